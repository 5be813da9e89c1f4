package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The one place the rule "an unverified account starts nothing" is enforced: around every
 * {@link VerifiedEmailRequired} method (today {@code EnvironmentService.start} and
 * {@code NodeAssignments.request}), before it runs.
 */
@VerifiedEmailRequired
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class VerifiedEmailGuard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountDirectory accounts;

    @AroundInvoke
    Object requireVerifiedEmail(InvocationContext call) throws Exception {
        if (!accounts.hasVerifiedEmail(actingTenant(call.getParameters()))) {
            throw unverified();
        }
        return call.proceed();
    }

    /** The tenant (and acting user) a guarded method works for: its one TenantContext parameter. */
    static TenantContext actingTenant(Object[] parameters) {
        List<TenantContext> found = Arrays.stream(parameters == null ? new Object[0] : parameters)
                .filter(TenantContext.class::isInstance).map(TenantContext.class::cast).toList();
        if (found.size() != 1) {
            // a programming error: the annotation sits on a method that does not say who acts
            throw new IllegalStateException("a @VerifiedEmailRequired method takes exactly one TenantContext, not "
                    + found.size());
        }
        return found.get(0);
    }

    /** 403 {@code email.unverified}: what an unverified tenant gets when it tries to start something. */
    public static DomainException unverified() {
        return new DomainException(Problem.FORBIDDEN, "email.unverified", null,
                "Verify your e-mail address first: open the link we mailed you (or ask for a new one).");
    }
}
