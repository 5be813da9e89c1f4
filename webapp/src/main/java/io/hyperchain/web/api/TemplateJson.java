package io.hyperchain.web.api;

import io.hyperchain.template.Template;
import io.hyperchain.template.TemplateChange;
import io.hyperchain.template.TemplateDraft;
import io.hyperchain.template.TemplateView;
import io.hyperchain.web.JsonValues;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/** Templates as the API shows and reads them. */
final class TemplateJson {

    private TemplateJson() {
    }

    /** A template as an admin sees it, with each node's copy. */
    static JsonObject of(TemplateView t) {
        var nodes = JsonValues.array();
        t.nodes().forEach(n -> {
            var node = JsonValues.object().add("nodeId", n.nodeId()).add("nodeName", n.nodeName()).add("state", n.state().name())
                    .add("updatedAt", n.at().toString());
            if (n.message() == null) {
                node.addNull("message");
            } else {
                node.add("message", n.message());
            }
            nodes.add(node);
        });
        var body = JsonValues.object()
                .add("id", t.id())
                .add("name", t.name())
                .add("image", t.image())
                .add("cpu", t.cpu())
                .add("memoryGiB", t.memoryGiB())
                .add("kind", t.kind().word())
                .add("descriptionEn", t.descriptionEn())
                .add("descriptionKo", t.descriptionKo())
                .add("default", t.isDefault())
                .add("state", t.state().name())
                .add("importing", t.isImporting());
        if (t.importStartedAt() == null) {
            body.addNull("importStartedAt");
        } else {
            body.add("importStartedAt", t.importStartedAt().toString());
        }
        if (t.imageSha256() == null) {
            body.addNull("imageSha256").addNull("imageBytes");
        } else {
            body.add("imageSha256", t.imageSha256()).add("imageBytes", t.imageBytes());
        }
        return body.add("nodes", nodes).build();
    }

    /** A ready template as a tenant sees it: the description in its language, and both. */
    static JsonObject offered(Template t, String language) {
        return JsonValues.object()
                .add("id", t.id())
                .add("name", t.name())
                .add("kind", t.kind().word())
                .add("cpu", t.cpu())
                .add("memoryGiB", t.memoryGiB())
                .add("default", t.isDefault())
                .add("description", "ko".equals(language) ? t.descriptionKo() : t.descriptionEn())
                .add("descriptions", JsonValues.object().add("en", t.descriptionEn()).add("ko", t.descriptionKo()))
                .build();
    }

    /** A new template's fields; each missing or wrong one is refused naming it. */
    static TemplateDraft draft(JsonBody json) {
        return new TemplateDraft(json.text("name"), new io.hyperchain.template.ImageReference(json.text("image")),
                json.whole("cpu"), json.whole("memoryGiB"), kind(json), json.text("descriptionEn"), json.text("descriptionKo"));
    }

    /** What a change names; left out: unchanged. */
    static TemplateChange change(JsonBody json) {
        return new TemplateChange(json.text("name"), json.text("image"), json.optionalWhole("cpu"), json.optionalWhole("memoryGiB"),
                kind(json), json.text("descriptionEn"), json.text("descriptionKo"));
    }

    private static io.hyperchain.balance.WorkloadKind kind(JsonBody json) {
        return TemplateDraft.kind(json.text("kind"));
    }

    /**
     * The caller's language, Korean or English: {@code lang} if it says one, else the page's language
     * cookie, else the browser's Accept-Language; English when none says.
     */
    static String language(String lang, String cookie, String acceptLanguage) {
        for (String said : new String[] {lang, cookie}) {
            if ("ko".equals(said) || "en".equals(said)) {
                return said;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("ko", "en"));
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException unreadable) {
                // a header no one can read says nothing
            }
        }
        return "en";
    }
}
