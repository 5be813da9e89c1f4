package io.hyperchain.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionGenerationTest {

    @Test
    void aSessionOfTheCurrentGenerationGoesOn() {
        assertFalse(SessionGeneration.ended(Optional.of(3), Optional.of(3)));
    }

    @Test
    void aSessionFromBeforeThePasswordChangedHasEnded() {
        assertTrue(SessionGeneration.ended(Optional.of(2), Optional.of(3)));
    }

    @Test
    void aSessionWhoseAccountIsGoneHasEnded() {
        assertTrue(SessionGeneration.ended(Optional.of(0), Optional.empty()));
    }

    @Test
    void aLoggedInSessionThatRecordedNoGenerationHasEnded() {
        // every login records one: a session without it is not one we made, so it fails closed
        assertTrue(SessionGeneration.ended(Optional.empty(), Optional.of(0)));
    }
}
