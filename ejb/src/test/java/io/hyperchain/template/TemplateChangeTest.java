package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;

class TemplateChangeTest {

    private static final TemplateDraft CURRENT = TemplateDraftTest.draft();

    @Test
    void whatIsLeftOutStaysAsItWas() {
        var changed = new TemplateChange(null, null, 8, null, null, null, "새 설명").applyTo(CURRENT);
        assertEquals(new TemplateDraft("python", CURRENT.image(), 8, 4, WorkloadKind.SERVICE, "Python 3.12", "새 설명"), changed);
    }

    @Test
    void everythingButTheImageMayChange() {
        var changed = new TemplateChange("py", null, 1, 2, WorkloadKind.BATCH, "Py", "파이").applyTo(CURRENT);
        assertEquals(new TemplateDraft("py", CURRENT.image(), 1, 2, WorkloadKind.BATCH, "Py", "파이"), changed);
    }

    @Test
    void theSameImageNamedAgainIsFine() {
        assertEquals(CURRENT, new TemplateChange(null, " acme/python:3.12", null, null, null, null, null).applyTo(CURRENT));
    }

    @Test
    void anotherImageIsAConflictNamingTheField() {
        var e = assertThrows(DomainException.class,
                () -> new TemplateChange(null, "acme/python:3.13", null, null, null, null, null).applyTo(CURRENT));
        assertEquals(Problem.CONFLICT, e.problem());
        assertEquals("template.imageFixed", e.code());
        assertEquals("image", e.field());
    }

    @Test
    void theChangedTemplateIsCheckedAsAWhole() {
        var e = assertThrows(DomainException.class, () -> new TemplateChange(null, null, 0, null, null, null, null).applyTo(CURRENT));
        assertEquals("template.cpu", e.code());
        var bad = assertThrows(DomainException.class,
                () -> new TemplateChange(null, "not an image", null, null, null, null, null).applyTo(CURRENT));
        assertEquals("template.imageInvalid", bad.code());
    }
}
