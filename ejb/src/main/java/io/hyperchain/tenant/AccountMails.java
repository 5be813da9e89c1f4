package io.hyperchain.tenant;

import io.hyperchain.notify.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The mails of the account flows, in English and Korean (the portal does not know which one the
 * reader picked: the language lives in a cookie), each with its one-time link below
 * {@code HYPERCHAIN_PUBLIC_URL} ({@code hyperchain.publicUrl}).
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    Mailer mailer;

    @Inject
    Config config;

    private PublicUrl publicUrl;

    @PostConstruct
    void init() {
        // the documented variable first; the property (and MicroProfile's own spelling of it, HYPERCHAIN_PUBLICURL) too
        Optional<String> configured = config.getOptionalValue("HYPERCHAIN_PUBLIC_URL", String.class)
                .or(() -> config.getOptionalValue("hyperchain.publicUrl", String.class));
        publicUrl = new PublicUrl(configured.filter(url -> !url.isBlank()).orElse(PublicUrl.DEFAULT));
    }

    /** The sign-up mail (and a new one asked for): open the link to verify the address. True when the server took it. */
    public boolean sendVerification(String to, OneTimeToken token) {
        String link = publicUrl.link("verify.xhtml", token);
        return mailer.send(List.of(to), "HyperChain: confirm your e-mail address / 이메일 주소 확인", String.join("\n",
                "Welcome to HyperChain.",
                "",
                "Open this link to confirm that " + to + " is your address. Until you do, you can look",
                "around the portal but not ask for resources or start an environment.",
                "",
                link,
                "",
                "The link works once, for " + TokenPurpose.VERIFY_EMAIL.lifetime().toHours() + " hours. "
                        + "If you did not sign up, ignore this mail.",
                "",
                "---",
                "",
                "HyperChain에 오신 것을 환영합니다.",
                "",
                to + " 주소가 본인의 것임을 확인하려면 아래 링크를 여세요. 확인하기 전에는 포털을 둘러볼 수 있지만",
                "자원을 요청하거나 환경을 시작할 수는 없습니다.",
                "",
                link,
                "",
                "링크는 " + TokenPurpose.VERIFY_EMAIL.lifetime().toHours() + "시간 동안 한 번만 쓸 수 있습니다. "
                        + "가입한 적이 없다면 이 메일을 무시하세요."));
    }

    /** The forgotten-password mail: the link sets a new password. True when the server took it. */
    public boolean sendPasswordReset(String to, OneTimeToken token) {
        String link = publicUrl.link("reset.xhtml", token);
        long minutes = TokenPurpose.RESET_PASSWORD.lifetime().toMinutes();
        return mailer.send(List.of(to), "HyperChain: set a new password / 새 비밀번호 설정", String.join("\n",
                "Someone, probably you, asked to set a new password for " + to + " on HyperChain.",
                "",
                "Open this link to choose a new one:",
                "",
                link,
                "",
                "The link works once, for " + minutes + " minutes. Setting a new password logs this account",
                "out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.",
                "",
                "---",
                "",
                "HyperChain에서 " + to + " 계정의 새 비밀번호 설정을 요청했습니다.",
                "",
                "새 비밀번호를 정하려면 아래 링크를 여세요:",
                "",
                link,
                "",
                "링크는 " + minutes + "분 동안 한 번만 쓸 수 있습니다. 새 비밀번호를 정하면 모든 곳에서 로그아웃됩니다.",
                "요청한 적이 없다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다."));
    }

    /** Where the links of this portal start; for the README's check and the tests. */
    public PublicUrl publicUrl() {
        return publicUrl;
    }
}
