package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateDraftTest {

    static final ImageReference IMAGE = new ImageReference("acme/python:3.12");

    static TemplateDraft draft() {
        return new TemplateDraft("python", IMAGE, 2, 4, WorkloadKind.SERVICE, "Python 3.12", "파이썬 3.12");
    }

    private static void assertRefused(String field, String code, Executable making) {
        var e = assertThrows(DomainException.class, making);
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(field, e.field());
        assertEquals(code, e.code());
    }

    @Test
    void aCompleteDraftKeepsWhatItWasGivenStripped() {
        var draft = new TemplateDraft(" python ", IMAGE, 1, 65536, WorkloadKind.BATCH, " Python ", " 파이썬 ");
        assertEquals("python", draft.name());
        assertEquals("Python", draft.descriptionEn());
        assertEquals("파이썬", draft.descriptionKo());
        assertEquals(WorkloadKind.BATCH, draft.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "python-3.12", "data_base", "a", "0"})
    void namesOfLowerCaseLettersDigitsAndInnerPunctuationAreAccepted(String name) {
        assertEquals(name, new TemplateDraft(name, IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "x").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Python", "-python", "python.", "py thon", "파이썬"})
    void otherNamesAreRefused(String name) {
        assertRefused("name", "template.nameInvalid", () -> new TemplateDraft(name, IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "x"));
    }

    @Test
    void aNameIsNeededAndAtMost64Characters() {
        assertRefused("name", "template.nameMissing", () -> new TemplateDraft(" ", IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "x"));
        assertEquals(64, new TemplateDraft("a".repeat(64), IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "x").name().length());
        assertRefused("name", "template.nameInvalid", () -> new TemplateDraft("a".repeat(65), IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "x"));
    }

    @Test
    void anImageIsNeeded() {
        assertRefused("image", "template.imageMissing", () -> new TemplateDraft("python", null, 2, 4, WorkloadKind.SERVICE, "x", "x"));
    }

    @Test
    void limitsAreWithinWhatASettingMayGive() {
        assertRefused("cpu", "template.cpu", () -> new TemplateDraft("python", IMAGE, 0, 4, WorkloadKind.SERVICE, "x", "x"));
        assertRefused("cpu", "template.cpu", () -> new TemplateDraft("python", IMAGE, 1025, 4, WorkloadKind.SERVICE, "x", "x"));
        assertRefused("memoryGiB", "template.memoryGiB", () -> new TemplateDraft("python", IMAGE, 2, 0, WorkloadKind.SERVICE, "x", "x"));
        assertRefused("memoryGiB", "template.memoryGiB",
                () -> new TemplateDraft("python", IMAGE, 2, 65537, WorkloadKind.SERVICE, "x", "x"));
    }

    @Test
    void aKindIsNeededAndIsServiceOrBatch() {
        assertRefused("kind", "template.kindMissing", () -> new TemplateDraft("python", IMAGE, 2, 4, null, "x", "x"));
        assertEquals(WorkloadKind.BATCH, TemplateDraft.kind("batch"));
        assertEquals(WorkloadKind.SERVICE, TemplateDraft.kind("SERVICE"));
        assertNull(TemplateDraft.kind(null));
        assertRefused("kind", "template.kindInvalid", () -> TemplateDraft.kind("cron"));
    }

    @Test
    void bothDescriptionsAreNeededAndAtMost500Characters() {
        assertRefused("descriptionEn", "template.descriptionMissing",
                () -> new TemplateDraft("python", IMAGE, 2, 4, WorkloadKind.SERVICE, " ", "x"));
        assertRefused("descriptionKo", "template.descriptionMissing",
                () -> new TemplateDraft("python", IMAGE, 2, 4, WorkloadKind.SERVICE, "x", null));
        assertEquals(500, new TemplateDraft("python", IMAGE, 2, 4, WorkloadKind.SERVICE, "e".repeat(500), "x").descriptionEn().length());
        assertRefused("descriptionKo", "template.descriptionTooLong",
                () -> new TemplateDraft("python", IMAGE, 2, 4, WorkloadKind.SERVICE, "x", "가".repeat(501)));
    }
}
