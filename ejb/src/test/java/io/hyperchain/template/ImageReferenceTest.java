package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    private static void assertRefused(String code, String input) {
        var e = assertThrows(DomainException.class, () -> new ImageReference(input));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("image", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hyperchain/busybox:1", "hyperchain/debian:12", "acme/python:3.12", "a:b", "acme/data_base:v1.0-rc_2",
            "deep/path/of/parts:LATEST", "a.b/c__d-e:1"})
    void aRepositoryAndASaidTagAreAccepted(String input) {
        assertEquals(input, new ImageReference(input).value());
    }

    @Test
    void theRepositoryAndTheTagAreSplitAtTheLastColon() {
        var image = new ImageReference(" hyperchain/debian:12 ");
        assertEquals("hyperchain/debian", image.repository());
        assertEquals("12", image.tag());
        assertEquals("hyperchain/debian:12", image.toString(), "surrounding blanks are stripped");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nothingIsMissing(String input) {
        assertRefused("template.imageMissing", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"debian", "debian:", ":12", "Debian:12", "registry.example:5000/debian:12", "acme//python:1",
            "acme/python:.hidden", "acme/python:a b", "acme/-python:1", "acme/python-:1", "acme/python:1;rm", "acme/pýthon:1"})
    void aMissingTagARegistryHostOrOtherCharactersAreRefused(String input) {
        assertRefused("template.imageInvalid", input);
    }

    @Test
    void atMost255CharactersAnd128ForTheTag() {
        String repository = "a".repeat(126);
        assertEquals(255, new ImageReference(repository + ":" + "t".repeat(128)).value().length());
        assertRefused("template.imageInvalid", repository + "a:" + "t".repeat(128));
        assertRefused("template.imageInvalid", "acme:" + "t".repeat(129));
    }
}
