package io.hyperchain.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;

/**
 * JSON builders from one provider found once. {@code JsonValues.object()} and its kin look
 * the provider up again on every call (a service-loader scan of the class path): profiled under
 * load, that was an eighth of a resource request's CPU.
 */
public final class JsonValues {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonValues() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    public static jakarta.json.stream.JsonParser parser(InputStream in) {
        return PROVIDER.createParser(in);
    }

    public static jakarta.json.JsonReaderFactory readerFactory() {
        return PROVIDER.createReaderFactory(java.util.Map.of());
    }
}
