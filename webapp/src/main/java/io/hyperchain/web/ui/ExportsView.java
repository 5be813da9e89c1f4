package io.hyperchain.web.ui;

import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The accountant's exports: a month, and links to its CSV lines, journal and UBL documents. */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    MonthlyUsage usage;

    @Inject
    PageMessages messages;

    private String month;
    private String shownMonth;

    @PostConstruct
    void init() {
        caller.requireAny(Role.ACCOUNTANT, Role.ADMIN);
        month = usage.month(null).label();
        shownMonth = month;
    }

    /** Points the links at the month typed; a month that is no month is refused next to the field. */
    public void choose() {
        try {
            shownMonth = usage.month(month).label();
            month = shownMonth;
        } catch (DomainException e) {
            shownMonth = null;
            messages.refused("exports", e);
        }
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? null : month.strip();
    }

    /** The month the links export, or null while the field holds no month. */
    public String getShownMonth() {
        return shownMonth;
    }
}
