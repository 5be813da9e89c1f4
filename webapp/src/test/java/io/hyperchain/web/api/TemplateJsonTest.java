package io.hyperchain.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import io.hyperchain.template.NodeImageState;
import io.hyperchain.template.TemplateState;
import io.hyperchain.template.TemplateView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateJsonTest {

    private static JsonBody body(String json) {
        return JsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "ko, en, en-US, ko",          // lang wins
            "-, ko, en-US, ko",           // then the page's cookie
            "-, -, 'ko-KR,ko;q=0.9,en;q=0.8', ko",
            "-, -, 'en-US,en;q=0.9,ko;q=0.5', en",
            "-, -, 'fr-FR,ko;q=0.4', ko", // the first of ours the browser takes
            "-, -, fr, en",               // neither: English
            "-, -, 'zz-ZZ;q=x', en",      // a header no one can read says nothing
            "-, -, -, en",
            "zz, zz, -, en"})             // words that name no language of ours are passed over
    void theCallersLanguageIsLangThenTheCookieThenTheBrowsersElseEnglish(String lang, String cookie, String accept, String expected) {
        assertEquals(expected, TemplateJson.language(lang, cookie, accept));
    }

    @Test
    void aTemplateShowsItsStateItsDigestAndEachNodesCopy() {
        var at = Instant.parse("2026-12-05T10:00:00Z");
        var view = new TemplateView(3, "python", "acme/python:3.12", 2, 4, WorkloadKind.BATCH, "Python", "파이썬", false,
                TemplateState.READY, null, "a".repeat(64), 1234L,
                List.of(new TemplateView.OnNode(1, "node-1", NodeImageState.READY, "imported", at),
                        new TemplateView.OnNode(2, "node-2", NodeImageState.FAILED, null, at)));
        var json = TemplateJson.of(view);
        assertEquals("batch", json.getString("kind"));
        assertEquals(false, json.getBoolean("default"));
        assertEquals("READY", json.getString("state"));
        assertEquals(false, json.getBoolean("importing"));
        assertTrue(json.isNull("importStartedAt"));
        assertEquals(1234, json.getJsonNumber("imageBytes").longValue());
        assertEquals("FAILED", json.getJsonArray("nodes").getJsonObject(1).getString("state"));
        assertTrue(json.getJsonArray("nodes").getJsonObject(1).isNull("message"));
        assertEquals("2026-12-05T10:00:00Z", json.getJsonArray("nodes").getJsonObject(0).getString("updatedAt"));
    }

    @Test
    void aShippedTemplateHasNoDigest() {
        var view = new TemplateView(1, "busybox", "hyperchain/busybox:1", 2, 4, WorkloadKind.SERVICE, "BusyBox", "BusyBox", true,
                TemplateState.READY, null, null, null, List.of());
        var json = TemplateJson.of(view);
        assertTrue(json.isNull("imageSha256"));
        assertTrue(json.isNull("imageBytes"));
        assertEquals(true, json.getBoolean("default"));
    }

    @Test
    void aNewTemplatesFieldsAreReadAndEachWrongOneIsNamed() {
        var draft = TemplateJson.draft(body("{\"name\":\"python\",\"image\":\"acme/python:3.12\",\"cpu\":2,\"memoryGiB\":4,"
                + "\"kind\":\"batch\",\"descriptionEn\":\"Python\",\"descriptionKo\":\"파이썬\"}"));
        assertEquals(WorkloadKind.BATCH, draft.kind());
        assertEquals("acme/python", draft.image().repository());
        var missingCpu = assertThrows(DomainException.class, () -> TemplateJson.draft(body("{\"name\":\"python\","
                + "\"image\":\"acme/python:3.12\",\"memoryGiB\":4,\"kind\":\"batch\",\"descriptionEn\":\"x\",\"descriptionKo\":\"x\"}")));
        assertEquals("cpu", missingCpu.field());
        var badKind = assertThrows(DomainException.class, () -> TemplateJson.draft(body("{\"name\":\"python\","
                + "\"image\":\"acme/python:3.12\",\"cpu\":1,\"memoryGiB\":4,\"kind\":\"cron\",\"descriptionEn\":\"x\",\"descriptionKo\":\"x\"}")));
        assertEquals("template.kindInvalid", badKind.code());
    }

    @Test
    void aChangeLeavesOutWhatItDoesNotName() {
        var change = TemplateJson.change(body("{\"cpu\":8}"));
        assertEquals(8, change.cpu());
        assertNull(change.name());
        assertNull(change.kind());
        assertNull(change.image());
    }
}
