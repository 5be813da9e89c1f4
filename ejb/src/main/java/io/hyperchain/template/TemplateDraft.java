package io.hyperchain.template;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import java.util.regex.Pattern;

/**
 * What an admin says of a template, checked field by field: a name tenants pick it by, the image, the
 * CPU and memory its containers get by default, what kind of work it runs, and what it is in English
 * and in Korean.
 */
public record TemplateDraft(String name, ImageReference image, int cpu, int memoryGiB, WorkloadKind kind,
                            String descriptionEn, String descriptionKo) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?");
    static final int MAX_CPU = 1024;
    static final int MAX_MEMORY_GIB = 65536;
    static final int MAX_DESCRIPTION = 500;

    public TemplateDraft {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("name", "template.nameMissing", "Give the template a name.");
        }
        if (!NAME.matcher(name).matches()) {
            throw DomainException.invalid("name", "template.nameInvalid",
                    "A template name uses lower-case letters, digits and inner '.', '_', '-', at most 64 characters.");
        }
        if (image == null) {
            throw DomainException.invalid("image", "template.imageMissing", "Name the image as repository:tag, e.g. acme/python:3.12.");
        }
        if (cpu < 1 || cpu > MAX_CPU) {
            throw DomainException.invalid("cpu", "template.cpu", "cpu must be between 1 and " + MAX_CPU + ".");
        }
        if (memoryGiB < 1 || memoryGiB > MAX_MEMORY_GIB) {
            throw DomainException.invalid("memoryGiB", "template.memoryGiB", "memoryGiB must be between 1 and " + MAX_MEMORY_GIB + ".");
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "template.kindMissing", "Say what the template runs: service or batch.");
        }
        descriptionEn = description("descriptionEn", descriptionEn, "English");
        descriptionKo = description("descriptionKo", descriptionKo, "Korean");
    }

    private static String description(String field, String text, String language) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw DomainException.invalid(field, "template.descriptionMissing", "Describe the template in " + language + ".");
        }
        if (stripped.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid(field, "template.descriptionTooLong",
                    "A description is at most " + MAX_DESCRIPTION + " characters.");
        }
        return stripped;
    }

    /** "service" or "batch" as the API and the page say it; anything else is refused naming the field. */
    public static WorkloadKind kind(String word) {
        if (word == null) {
            return null;
        }
        return WorkloadKind.byWord(word).orElseThrow(() ->
                DomainException.invalid("kind", "template.kindInvalid", "kind is service or batch."));
    }
}
