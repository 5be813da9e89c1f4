package io.hyperchain.shared;

/** What kind of "no" a domain rule says; the web layer turns each into one HTTP status. */
public enum Problem {
    /** The input breaks a rule of its own (a bad e-mail, a short password). */
    INVALID,
    /** The caller is not logged in. */
    UNAUTHENTICATED,
    /** The caller is logged in but may not do this. */
    FORBIDDEN,
    /** No such thing, or not the caller's. */
    NOT_FOUND,
    /** It clashes with what already exists (a taken e-mail). */
    CONFLICT,
    /** It existed but is no more: a one-time link already used or past its time. */
    GONE,
    /** Well-formed, but the world says no (the engine does not answer). */
    UNPROCESSABLE,
    /** The request is bigger than we read. */
    TOO_LARGE,
    /** Too many attempts: come back later. */
    TOO_MANY_ATTEMPTS
}
