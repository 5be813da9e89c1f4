package io.hyperchain.template;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;

/**
 * A change of a template's metadata: what is named changes, what is left out (null) stays. The image
 * is no part of it: containers and the engines' copies are found by it, so it is fixed when the
 * template is made; naming the same image again is fine.
 */
public record TemplateChange(String name, String image, Integer cpu, Integer memoryGiB, WorkloadKind kind,
                             String descriptionEn, String descriptionKo) {

    /** The template as it is after this change, checked as a whole. */
    public TemplateDraft applyTo(TemplateDraft current) {
        if (image != null && !new ImageReference(image).equals(current.image())) {
            throw new DomainException(Problem.CONFLICT, "template.imageFixed", "image",
                    "A template's image is fixed when it is made (" + current.image() + "); make another template for "
                            + "another image.");
        }
        return new TemplateDraft(name == null ? current.name() : name, current.image(),
                cpu == null ? current.cpu() : cpu, memoryGiB == null ? current.memoryGiB() : memoryGiB,
                kind == null ? current.kind() : kind,
                descriptionEn == null ? current.descriptionEn() : descriptionEn,
                descriptionKo == null ? current.descriptionKo() : descriptionKo);
    }
}
