package io.hyperchain.web.api.doc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's one error shape (written by {@code ErrorReply} and {@code ErrorBody}); documentation only. */
@Schema(name = ApiAccessFilter.ERROR_SCHEMA, description = "A refusal: what went wrong, its stable code, and the field it concerns",
        requiredProperties = {"error", "code", "field"})
public final class ErrorSchema {

    @Schema(description = "A sentence for people", example = "There is no node 42.")
    String error;

    @Schema(description = "A stable code for programs: the thing, a dot, the problem", example = "node.notFound")
    String code;

    @Schema(description = "The request field at fault, or null", nullable = true, example = "nodeIds")
    String field;

    private ErrorSchema() {
    }
}
