package io.hyperchain.environment;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;

/**
 * Which template a start runs (P4.1). The containers of a running environment were made from its
 * template: a start that only changes the nodes keeps it, and another template waits for a stop.
 */
final class TemplateChoice {

    private TemplateChoice() {
    }

    /**
     * The template to start from: the one asked for; when none is, the running environment's own, or
     * null (the catalogue's default) for a stopped one. 409 {@code template.running} when a running
     * environment is asked to change its template.
     */
    static Long of(Long asked, DesiredState state, Long current) {
        boolean running = state == DesiredState.RUNNING && current != null;
        if (asked == null) {
            return running ? current : null;
        }
        if (running && !asked.equals(current)) {
            throw new DomainException(Problem.CONFLICT, "template.running", "templateId",
                    "Your environment runs from another template: stop it, then start it from this one.");
        }
        return asked;
    }
}
