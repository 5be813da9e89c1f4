package io.hyperchain.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's language, English or Korean: a cookie once they chose, else their browser's
 * preference. A cookie (not the session) so the choice holds on the login page and after logout.
 */
@Named("language")
@RequestScoped
public class LanguageView {

    static final String COOKIE = "hc-lang";
    static final Locale KOREAN = Locale.KOREAN;

    @Inject
    FacesContext faces;

    public Locale getLocale() {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return "ko".equals(cookie.getValue()) ? KOREAN : Locale.ENGLISH;
                }
            }
        }
        var preferred = request.getLocale();
        return preferred != null && "ko".equals(preferred.getLanguage()) ? KOREAN : Locale.ENGLISH;
    }

    public boolean isKorean() {
        return "ko".equals(getLocale().getLanguage());
    }

    /** Remembers the choice and shows the same page again in that language. */
    public void choose(String language) throws IOException {
        String tag = "ko".equals(language) ? "ko" : "en";
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, tag, Map.of("maxAge", 365 * 24 * 3600, "path",
                external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(), "httpOnly", true));
        var request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
