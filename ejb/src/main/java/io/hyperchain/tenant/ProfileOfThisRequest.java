package io.hyperchain.tenant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's profile as this request read it: the e-mail check before a start or a request for
 * nodes answers from it instead of reading the account again. The next request reads afresh, so a
 * change (a verified address, a removed account) counts from the next request on.
 */
@RequestScoped
public class ProfileOfThisRequest {

    private CallerProfile profile;

    CallerProfile profile() {
        return profile;
    }

    void keep(CallerProfile read) {
        profile = read;
    }
}
