package io.hyperchain.tenant;

/** The three kinds of user; the names are the Jakarta Security groups. */
public enum Role {
    TENANT,
    ADMIN,
    ACCOUNTANT
}
