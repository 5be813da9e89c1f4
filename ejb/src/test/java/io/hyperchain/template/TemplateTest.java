package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
    private static final Duration ABANDONED = Duration.ofMinutes(30);
    private static final String SHA = "a".repeat(64);

    private static Template template() {
        return new Template(TemplateDraftTest.draft(), AT);
    }

    @Test
    void aNewTemplateWaitsForItsImage() {
        var template = template();
        assertEquals(TemplateState.AWAITING_IMAGE, template.state());
        assertFalse(template.isReady());
        assertFalse(template.isDefault());
        assertEquals("acme/python:3.12", template.image());
        assertEquals(TemplateDraftTest.draft(), template.draft());
    }

    @Test
    void anImportThatReachedAnEngineMakesItReadyWithTheUploadsDigest() {
        var template = template();
        template.beginImport(AT, ABANDONED);
        assertTrue(template.isImporting(AT.plusSeconds(5), ABANDONED));
        template.imported(SHA, 1234, true, AT.plusSeconds(9));
        assertTrue(template.isReady());
        assertEquals(SHA, template.imageSha256());
        assertEquals(1234L, template.imageBytes());
        assertFalse(template.isImporting(AT.plusSeconds(10), ABANDONED));
    }

    @Test
    void anImportThatReachedNoEngineFailsANewTemplate() {
        var template = template();
        template.beginImport(AT, ABANDONED);
        template.imported(SHA, 1234, false, AT);
        assertEquals(TemplateState.FAILED, template.state());
        assertNull(template.imageSha256());
    }

    @Test
    void aReadyTemplateStaysReadyOnItsOlderImageWhenAReUploadReachesNoEngine() {
        var template = template();
        template.beginImport(AT, ABANDONED);
        template.imported(SHA, 1234, true, AT);
        template.beginImport(AT.plusSeconds(60), ABANDONED);
        assertTrue(template.isReady(), "tenants go on starting from it while the new image is imported");
        template.imported("b".repeat(64), 99, false, AT.plusSeconds(70));
        assertTrue(template.isReady());
        assertEquals(SHA, template.imageSha256(), "the engines still hold the image of the first upload");
    }

    @Test
    void oneUploadAtATimeUntilAnAbandonedOneMayBeTakenOver() {
        var template = template();
        template.beginImport(AT, ABANDONED);
        var e = assertThrows(DomainException.class, () -> template.beginImport(AT.plusSeconds(60), ABANDONED));
        assertEquals(Problem.CONFLICT, e.problem());
        assertEquals("template.busy", e.code());
        assertThrows(DomainException.class, () -> template.checkUploadable(AT.plusSeconds(60), ABANDONED));
        template.beginImport(AT.plus(ABANDONED).plusSeconds(1), ABANDONED);
        assertTrue(template.isImporting(AT.plus(ABANDONED).plusSeconds(2), ABANDONED));
    }

    @Test
    void theBaseImageIsNeverReplacedByAnUpload() {
        var base = new Template(new TemplateDraft("busybox", new ImageReference(ContainerSpec.BASE_IMAGE), 2, 4,
                WorkloadKind.SERVICE, "BusyBox", "BusyBox"), AT);
        var e = assertThrows(DomainException.class, () -> base.beginImport(AT, ABANDONED));
        assertEquals("template.baseImage", e.code());
        assertFalse(base.isImporting(AT, ABANDONED));
    }

    @Test
    void aTemplateFoundOnAnEngineIsReady() {
        var template = template();
        template.foundOnAnEngine(AT);
        assertTrue(template.isReady());
        assertNull(template.imageSha256(), "an image the nodes came with has no upload's digest");
    }

    @Test
    void onlyAReadyTemplateMayBeTheDefault() {
        var template = template();
        var e = assertThrows(DomainException.class, () -> template.makeDefault(AT));
        assertEquals("template.notReady", e.code());
        assertEquals("default", e.field());
        template.foundOnAnEngine(AT);
        template.makeDefault(AT);
        assertTrue(template.isDefault());
        template.notDefault(AT);
        assertFalse(template.isDefault());
    }

    @Test
    void describingItKeepsItsImage() {
        var template = template();
        var changed = new TemplateChange("py", null, 1, 1, WorkloadKind.BATCH, "Py", "파이").applyTo(template.draft());
        template.describe(changed, AT);
        assertEquals("py", template.name());
        assertEquals(WorkloadKind.BATCH, template.kind());
        assertEquals("acme/python:3.12", template.image());
        var other = new TemplateDraft("py", new ImageReference("acme/other:1"), 1, 1, WorkloadKind.BATCH, "Py", "파이");
        assertThrows(IllegalStateException.class, () -> template.describe(other, AT));
    }
}
