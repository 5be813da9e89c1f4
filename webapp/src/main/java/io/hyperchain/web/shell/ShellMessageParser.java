package io.hyperchain.web.shell;

import io.hyperchain.web.JsonValues;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads one text frame from the browser: {@code {"type":"input","data":"ls\r"}} (keystrokes or
 * pasted text) or {@code {"type":"resize","cols":120,"rows":40}}. Anything else (not JSON,
 * another type, a size out of bounds) is nothing, so a page may also send keep-alives such as
 * {@code {"type":"ping"}}.
 */
final class ShellMessageParser {

    /** One factory: looking the JSON provider up for every frame would cost more than parsing it. */
    private static final JsonReaderFactory READERS = JsonValues.readerFactory();

    private ShellMessageParser() {
    }

    static Optional<ShellMessage> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        JsonValue value;
        try (var reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject json = value.asJsonObject();
        if (!(json.get("type") instanceof JsonString type)) {
            return Optional.empty();
        }
        return switch (type.getString()) {
            case "input" -> input(json);
            case "resize" -> resize(json);
            default -> Optional.empty();
        };
    }

    private static Optional<ShellMessage> input(JsonObject json) {
        if (json.get("data") instanceof JsonString data && !data.getString().isEmpty()) {
            return Optional.of(new ShellMessage.Input(data.getString()));
        }
        return Optional.empty();
    }

    private static Optional<ShellMessage> resize(JsonObject json) {
        if (json.get("cols") instanceof JsonNumber cols && json.get("rows") instanceof JsonNumber rows
                && cols.isIntegral() && rows.isIntegral()) {
            return TerminalSize.of(whole(cols), whole(rows)).map(ShellMessage.Resize::new);
        }
        return Optional.empty();
    }

    /** A huge number stays out of bounds instead of wrapping around into them. */
    private static long whole(JsonNumber number) {
        var value = number.bigIntegerValue();
        return value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
    }
}
