package io.hyperchain.web.ui;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.shared.DomainException;
import io.hyperchain.token.ApiTokens;
import io.hyperchain.token.TokenLifetime;
import io.hyperchain.token.TokenScope;
import io.hyperchain.token.TokenView;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.TokenGrant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The caller's API tokens, for every role: the list, a form for a new one whose secret is shown
 * once (until the next action or the page is left), and revoking with a confirmation.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Caller caller;

    @Inject
    ApiTokens tokens;

    @Inject
    BillingConfig config;

    @Inject
    HttpServletRequest request;

    @Inject
    PageMessages messages;

    private List<TokenView> list;
    private String name;
    private String scope = TokenScope.READ.name();
    private Integer days = TokenLifetime.CHOICES.get(1);
    private String secret;

    @PostConstruct
    void init() {
        list = tokens.list(caller.profile());
    }

    /** Makes the token of the form and shows its secret, this once. */
    public void create() {
        secret = null;
        try {
            TokenGrant.refuseToken(request);
            var issued = tokens.create(caller.profile(), name, scopeNames(), days == null ? 0 : days);
            secret = issued.secret();
            name = null;
            list = tokens.list(caller.profile());
            messages.info("tokens.created", issued.token().name());
        } catch (DomainException e) {
            messages.refused("tokens", e);
        }
    }

    public void revoke(long id) {
        secret = null;
        try {
            TokenGrant.refuseToken(request);
            var revoked = tokens.revoke(caller.profile(), id);
            list = tokens.list(caller.profile());
            messages.info("tokens.revoked", revoked.name());
        } catch (DomainException e) {
            messages.refused("tokens", e);
        }
    }

    /** The user has copied the secret: it is not shown again. */
    public void dismiss() {
        secret = null;
    }

    /** The choice of the form as the API's names; an unknown choice goes to the domain, which refuses it. */
    private List<String> scopeNames() {
        for (TokenScope offered : TokenScope.values()) {
            if (offered.name().equals(scope)) {
                return offered.names();
            }
        }
        return List.of(String.valueOf(scope));
    }

    /** An instant as a local time of the installation: 2027-01-01 09:00. */
    public String local(Instant instant) {
        return instant == null ? "" : SHOWN.withZone(config.zone()).format(instant);
    }

    public String getZone() {
        return config.zone().getId();
    }

    public List<TokenView> getTokens() {
        return list;
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public List<Integer> getLifetimes() {
        return TokenLifetime.CHOICES;
    }

    /** "90 days" in the reader's language. */
    public String lifetimeLabel(int days) {
        return messages.text("tokens.days", days);
    }

    /** The secret of the token just made, or null. */
    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
