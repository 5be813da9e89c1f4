package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON request body read by hand, so that every mistake (not JSON, too big, a field missing
 * or of the wrong type) gets a message that names the field instead of a provider's stack trace.
 */
public final class JsonBody {

    /** Nothing the API takes is anywhere near this. */
    public static final int MAX_BYTES = 64 * 1024;

    /**
     * A decimal may have at most this many digits before the point and this many after it. Money and
     * quantities need far fewer; {@code 1E+999999999} is three words of JSON but a billion digits to any
     * code that rounds it, prints it or sends it to the database.
     */
    public static final int MAX_DECIMAL_DIGITS = 30;

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    public static JsonBody read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            // the client's doing (it went away mid-body, or sent a body the container could not decode):
            // a refusal like any other, not an incident of ours
            throw DomainException.invalid(null, "body.unreadable", "The request body could not be read.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException(Problem.TOO_LARGE, "body.tooLarge", null,
                    "The request body is larger than " + MAX_BYTES / 1024 + " KiB.");
        }
        if (bytes.length == 0) {
            throw DomainException.invalid(null, "body.missing", "Send a JSON object as the request body.");
        }
        JsonValue value;
        try (var parser = JsonValues.parser(new ByteArrayInputStream(bytes))) {
            parser.next();
            value = parser.getValue();
            // one JSON text and nothing after it: "{...} {...}" or "{...}]" is no body we read half of
            if (parser.hasNext()) {
                throw new jakarta.json.JsonException("content after the JSON value");
            }
        } catch (RuntimeException e) {
            // JsonException (JsonParsingException: bad syntax, content after the value), NoSuchElementException
            // for blanks, and Parsson's bare RuntimeException / UnsupportedOperationException for absurd
            // input (nesting over 1000 deep, numbers over 1100 digits)
            throw DomainException.invalid(null, "body.malformed", "The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.invalid(null, "body.notObject", "The request body must be a JSON object.");
        }
        return new JsonBody(value.asJsonObject());
    }

    /** A string field; null when absent or null, so the domain's own rule reports "missing". */
    public String text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw DomainException.invalid(field, field + ".type", field + " must be a string.");
    }

    /** A required whole-number field. */
    public int whole(String field) {
        Integer value = optionalWhole(field);
        if (value == null) {
            throw DomainException.invalid(field, field + ".missing", field + " is required.");
        }
        return value;
    }

    /** An optional whole-number field; null when absent or null. */
    public Integer optionalWhole(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw DomainException.invalid(field, field + ".range", field + " is out of range.");
            }
        }
        throw DomainException.invalid(field, field + ".type", field + " must be a whole number.");
    }

    /** An optional id; null when absent. */
    public Long optionalId(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw DomainException.invalid(field, field + ".range", field + " is out of range.");
            }
        }
        throw DomainException.invalid(field, field + ".type", field + " must be an id.");
    }

    /** An array of strings; null when absent or null, so the domain's own rule reports "missing". */
    public java.util.List<String> texts(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DomainException.invalid(field, field + ".type", field + " must be an array of strings.");
        }
        var texts = new java.util.ArrayList<String>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw DomainException.invalid(field, field + ".type", field + " must be an array of strings.");
            }
            texts.add(string.getString());
        }
        return texts;
    }

    /**
     * A string or an array of strings, as words: the string split by {@code split}, the array as it
     * is; null when absent or null. A split that fails (an unclosed quote) is a 400 on the field.
     */
    public java.util.List<String> words(String field, java.util.function.Function<String, java.util.List<String>> split) {
        JsonValue value = object.get(field);
        if (value instanceof JsonString string) {
            try {
                return split.apply(string.getString());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(field, field + ".syntax", field + ": " + e.getMessage() + ".");
            }
        }
        if (value != null && value != JsonValue.NULL && value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DomainException.invalid(field, field + ".type", field + " must be a string or an array of strings.");
        }
        return texts(field);
    }

    /** A required array of whole numbers (ids), duplicates dropped, order kept. */
    public java.util.Set<Long> ids(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            throw DomainException.invalid(field, field + ".missing", field + " is required.");
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DomainException.invalid(field, field + ".type", field + " must be an array of ids.");
        }
        var ids = new java.util.LinkedHashSet<Long>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral()) {
                throw DomainException.invalid(field, field + ".type", field + " must be an array of ids.");
            }
            try {
                ids.add(number.longValueExact());
            } catch (ArithmeticException e) {
                throw DomainException.invalid(field, field + ".type", field + " must be an array of ids.");
            }
        }
        return ids;
    }

    /** An optional decimal (a JSON number, or a string holding one, so money keeps its digits); null when absent. */
    public java.math.BigDecimal decimal(String field) {
        return decimalOf(object.get(field), field);
    }

    /** An optional true/false; {@code otherwise} when absent. */
    public boolean bool(String field, boolean otherwise) {
        Boolean value = optionalBool(field);
        return value == null ? otherwise : value;
    }

    /** An optional true/false; null when absent, for a change that leaves what was not named. */
    public Boolean optionalBool(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw DomainException.invalid(field, field + ".type", field + " must be true or false.");
    }

    /** An optional instant: ISO-8601 with an offset (2027-01-01T00:00:00+09:00); null when absent. */
    public java.time.Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(field, field + ".format",
                    field + " must be an instant with an offset, e.g. 2027-01-01T00:00:00+09:00.");
        }
    }

    /** An optional object of decimals by name ({"node-hours": 500}); empty when absent. */
    public java.util.Map<String, java.math.BigDecimal> decimals(String field) {
        var map = new java.util.LinkedHashMap<String, java.math.BigDecimal>();
        objectOf(field).forEach((name, value) -> map.put(name, decimalOf(value, field + "." + name)));
        return map;
    }

    /** An optional nested object as a body of its own; empty when absent. */
    public java.util.Map<String, JsonBody> objects(String field) {
        var map = new java.util.LinkedHashMap<String, JsonBody>();
        objectOf(field).forEach((name, value) -> {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw DomainException.invalid(field + "." + name, field + ".type", field + "." + name + " must be an object.");
            }
            map.put(name, new JsonBody(value.asJsonObject()));
        });
        return map;
    }

    /** An optional array of objects; empty when absent. */
    public java.util.List<JsonBody> list(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return java.util.List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DomainException.invalid(field, field + ".type", field + " must be an array.");
        }
        var list = new java.util.ArrayList<JsonBody>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw DomainException.invalid(field, field + ".type", field + " must be an array of objects.");
            }
            list.add(new JsonBody(item.asJsonObject()));
        }
        return list;
    }

    private JsonObject objectOf(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.invalid(field, field + ".type", field + " must be an object.");
        }
        return value.asJsonObject();
    }

    private static java.math.BigDecimal decimalOf(JsonValue value, String field) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        java.math.BigDecimal decimal = null;
        try {
            if (value instanceof JsonNumber number) {
                decimal = number.bigDecimalValue();
            } else if (value instanceof JsonString string && string.getString().length() < 40) {
                decimal = new java.math.BigDecimal(string.getString().trim());
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        if (decimal == null) {
            throw DomainException.invalid(field, "number.type", field + " must be a number.");
        }
        // decided on precision and scale alone: nothing here expands the exponent
        if (decimal.precision() - decimal.scale() > MAX_DECIMAL_DIGITS || decimal.scale() > MAX_DECIMAL_DIGITS) {
            throw DomainException.invalid(field, "number.range", field + " is out of range.");
        }
        return decimal;
    }

    /** The names of the fields the body carries. */
    public java.util.Set<String> names() {
        return object.keySet();
    }
}
