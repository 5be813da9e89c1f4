package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts text from the page's bundle (English or Korean) on the page. A domain refusal is shown in
 * the reader's language when the bundle knows its code ("error." + code), else in the domain's
 * English, next to the field at fault.
 */
@RequestScoped
public class PageMessages {

    @Inject
    FacesContext faces;

    public String text(String key, Object... arguments) {
        var bundle = bundle();
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /**
     * Shows a refusal next to its field in the given form (or at the top when no field is at
     * fault). A field named with dots ("prices.node-hours") is the input with underscores
     * ("prices_node-hours"), dots being no part of a component id.
     */
    public void refused(String formId, DomainException e) {
        refusedAt(e.field() == null ? null : formId + ":" + e.field().replace('.', '_'), e);
    }

    /**
     * Shows a refusal at the component found by this search expression ("form:field"; also in a
     * form with prependId="false"), or at the top when there is none.
     */
    public void refusedAt(String searchId, DomainException e) {
        addError(searchId, refusal(e));
    }

    /**
     * A refusal of the page's own beside the component found by this search expression (as
     * {@link #refusedAt}): a text of the bundle, for what the page checks before the domain is asked.
     */
    public void errorAt(String searchId, String key, Object... arguments) {
        addError(searchId, text(key, arguments));
    }

    /**
     * An information for one p:messages only, the one with {@code for="target" forType="key"} (the
     * banner of every page: its messages must not appear in the page's own).
     */
    public void infoFor(String target, String key, Object... arguments) {
        faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A refusal for one p:messages only, as {@link #infoFor}; in the reader's language when the bundle knows it. */
    public void refusedFor(String target, DomainException e) {
        faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(e), null));
    }

    /**
     * The text of a refusal, for a page that shows it itself (beside a field inside a repeated row, where
     * no component id names it): in the reader's language when the bundle knows its code, else the domain's.
     */
    public String refusal(DomainException e) {
        return refusal(e.code(), e.getMessage());
    }

    /** The text of a refusal known by its code and English message (one member's, in a group's answer). */
    public String refusal(String code, String message) {
        String key = "error." + code;
        return bundle().containsKey(key) ? text(key) : message;
    }

    /**
     * The text of a refusal on a page whose words for some codes differ from the rest (a group's name
     * is no node's): "{@code page}.error." + code first, then as {@link #refusal}.
     */
    public String refusalOn(String page, DomainException e) {
        String key = page + ".error." + e.code();
        return bundle().containsKey(key) ? text(key) : refusal(e);
    }

    /** As {@link #refused}, in the page's own words for the code where it has them ({@link #refusalOn}). */
    public void refusedOn(String page, String formId, DomainException e) {
        addError(e.field() == null ? null : formId + ":" + e.field().replace('.', '_'), refusalOn(page, e));
    }

    /** As {@link #refusedAt}, in the page's own words for the code where it has them ({@link #refusalOn}). */
    public void refusedOnAt(String page, String searchId, DomainException e) {
        addError(searchId, refusalOn(page, e));
    }

    /** An error text beside the component found by this search expression, or at the top when there is none. */
    private void addError(String searchId, String text) {
        var target = searchId == null ? null : faces.getViewRoot().findComponent(searchId);
        faces.addMessage(target == null ? null : target.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
