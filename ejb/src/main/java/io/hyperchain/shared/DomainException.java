package io.hyperchain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule said no. Carries a stable code (for programs), the field at fault (for forms) and an
 * English message for people. An application exception: it rolls back but is not wrapped.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final Problem problem;
    private final String code;
    private final String field;

    public DomainException(Problem problem, String code, String field, String message) {
        super(message);
        this.problem = problem;
        this.code = code;
        this.field = field;
    }

    public static DomainException invalid(String field, String code, String message) {
        return new DomainException(Problem.INVALID, code, field, message);
    }

    public Problem problem() {
        return problem;
    }

    public String code() {
        return code;
    }

    /** The input field at fault, or null when no single field is. */
    public String field() {
        return field;
    }
}
