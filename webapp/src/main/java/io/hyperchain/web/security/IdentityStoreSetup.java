package io.hyperchain.web.security;

import io.hyperchain.tenant.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security's database identity store over the user_account table: the stored hash is a
 * PBKDF2 hash written by {@link PasswordHashing}; the role column is the caller's group.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/hyperchain",
        callerQuery = "select password_hash from user_account where email = ?",
        groupsQuery = "select role from user_account where email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS_PARAMETER,
                PasswordHashing.SALT_BYTES, PasswordHashing.KEY_BYTES})
public class IdentityStoreSetup {
}
