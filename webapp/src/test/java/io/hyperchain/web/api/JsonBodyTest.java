package io.hyperchain.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static JsonBody read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonBody read(byte[] bytes) {
        return JsonBody.read(new ByteArrayInputStream(bytes));
    }

    private static DomainException readFails(String json) {
        return assertThrows(DomainException.class, () -> read(json));
    }

    private static void assertProblem(Problem problem, String code, String field, DomainException e) {
        assertEquals(problem, e.problem());
        assertEquals(code, e.code());
        assertEquals(field, e.field());
    }

    /** A JSON object of exactly the given size in bytes, padded with whitespace. */
    private static byte[] objectOfSize(int size) {
        String json = "{\"name\":\"acme\"}";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    // reading the body

    @Test
    void objectIsRead() {
        var body = read("{\"name\":\"acme\",\"cpu\":4}");
        assertEquals("acme", body.text("name"));
        assertEquals(4, body.whole("cpu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"name\":}", "{\"name\":\"acme\"", "{'name':'acme'}", "{name:1}", "not json",
        "{\"n\":NaN}", "   "})
    void malformedJsonIsInvalid(String json) {
        var e = readFails(json);
        assertProblem(Problem.INVALID, "body.malformed", null, e);
        assertEquals("The request body is not valid JSON.", e.getMessage());
    }

    @Test
    void emptyBodyIsMissing() {
        assertProblem(Problem.INVALID, "body.missing", null, readFails(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"name\":\"acme\"}]", "\"acme\"", "42", "true", "null"})
    void anythingButAnObjectIsRejected(String json) {
        assertProblem(Problem.INVALID, "body.notObject", null, readFails(json));
    }

    @Test
    void bodyOfExactlySixtyFourKibIsRead() {
        assertEquals("acme", read(objectOfSize(JsonBody.MAX_BYTES)).text("name"));
    }

    @Test
    void bodyOverSixtyFourKibIsTooLarge() {
        var e = assertThrows(DomainException.class, () -> read(objectOfSize(JsonBody.MAX_BYTES + 1)));
        assertProblem(Problem.TOO_LARGE, "body.tooLarge", null, e);
        assertEquals("The request body is larger than 64 KiB.", e.getMessage());
    }

    @Test
    void tooLargeIsDecidedBeforeParsing() {
        byte[] garbage = new byte[JsonBody.MAX_BYTES * 2];
        var e = assertThrows(DomainException.class, () -> read(garbage));
        assertEquals(Problem.TOO_LARGE, e.problem());
    }

    // text()

    @Test
    void textReturnsTheStringAsSent() {
        assertEquals("  Acme Corp  ", read("{\"name\":\"  Acme Corp  \"}").text("name"));
    }

    @Test
    void textIsNullWhenAbsentOrNull() {
        var body = read("{\"name\":null}");
        assertNull(body.text("name"));
        assertNull(body.text("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "{}", "[\"acme\"]"})
    void textOfANonStringNamesTheField(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"name\":" + value + "}").text("name"));
        assertProblem(Problem.INVALID, "name.type", "name", e);
        assertEquals("name must be a string.", e.getMessage());
    }

    // whole()

    @ParameterizedTest
    @CsvSource({"0, 0", "4, 4", "-7, -7", "2147483647, 2147483647", "-2147483648, -2147483648"})
    void wholeReturnsTheInt(String json, int expected) {
        assertEquals(expected, read("{\"cpu\":" + json + "}").whole("cpu"));
    }

    @Test
    void wholeOfAnAbsentFieldIsMissing() {
        var e = assertThrows(DomainException.class, () -> read("{}").whole("cpu"));
        assertProblem(Problem.INVALID, "cpu.missing", "cpu", e);
        assertEquals("cpu is required.", e.getMessage());
    }

    @Test
    void wholeOfNullIsMissing() {
        var e = assertThrows(DomainException.class, () -> read("{\"cpu\":null}").whole("cpu"));
        assertProblem(Problem.INVALID, "cpu.missing", "cpu", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0.1", "-2.25", "4.0"})
    void wholeOfAFractionIsTheWrongType(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"cpu\":" + value + "}").whole("cpu"));
        assertProblem(Problem.INVALID, "cpu.type", "cpu", e);
        assertEquals("cpu must be a whole number.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"4\"", "true", "[4]", "{\"value\":4}"})
    void wholeOfANonNumberIsTheWrongType(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"cpu\":" + value + "}").whole("cpu"));
        assertProblem(Problem.INVALID, "cpu.type", "cpu", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775808", "100000000000000000000000"})
    void wholeTooLargeForAnIntIsOutOfRange(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"memoryGiB\":" + value + "}").whole("memoryGiB"));
        assertProblem(Problem.INVALID, "memoryGiB.range", "memoryGiB", e);
        assertEquals("memoryGiB is out of range.", e.getMessage());
    }

    @Test
    void absurdlyDeepNestingIsMalformedNotAnIncident() {
        assertProblem(Problem.INVALID, "body.malformed", null, readFails("[".repeat(1001)));
    }

    @Test
    void anAbsurdlyLongNumberIsMalformedNotAnIncident() {
        assertProblem(Problem.INVALID, "body.malformed", null, readFails("{\"cpu\":" + "9".repeat(1200) + "}"));
    }

    // arrays of strings

    @Test
    void anArrayOfStringsIsReadInOrder() {
        assertEquals(java.util.List.of("read", "write"), read("{\"scopes\":[\"read\",\"write\"]}").texts("scopes"));
        assertEquals(java.util.List.of(), read("{\"scopes\":[]}").texts("scopes"));
    }

    @Test
    void anAbsentArrayIsNullForTheDomainToJudge() {
        assertNull(read("{}").texts("scopes"));
        assertNull(read("{\"scopes\":null}").texts("scopes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"scopes\":\"read\"}", "{\"scopes\":[\"read\",1]}", "{\"scopes\":[null]}", "{\"scopes\":{}}"})
    void anythingButAnArrayOfStringsNamesTheField(String json) {
        var e = assertThrows(DomainException.class, () -> read(json).texts("scopes"));
        assertProblem(Problem.INVALID, "scopes.type", "scopes", e);
    }

    // hostile input (HostileCallersIT sends each of these to every endpoint that reads a body)

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"acme\"} {}", "{\"name\":\"acme\"}]", "{\"name\":\"acme\"}x", "{}{}", "{} null"})
    void contentAfterTheObjectIsMalformed(String json) {
        assertProblem(Problem.INVALID, "body.malformed", null, readFails(json));
    }

    @Test
    void aBodyThatCannotBeReadIsTheClientsProblemNotAnIncident() {
        // what the container's stream throws when the client goes away mid-body
        var broken = new java.io.InputStream() {
            private int sent;

            @Override
            public int read() throws java.io.IOException {
                if (sent++ < 10) {
                    return '{';
                }
                throw new java.io.EOFException("Unexpected EOF read on the socket");
            }
        };
        var e = assertThrows(DomainException.class, () -> JsonBody.read(broken));
        assertProblem(Problem.INVALID, "body.unreadable", null, e);
    }

    @Test
    void whitespaceAfterTheObjectIsFine() {
        assertEquals("acme", read("{\"name\":\"acme\"} \r\n\t ").text("name"));
    }

    @Test
    void aKeySentTwiceCountsOnceWithItsLastValue() {
        var body = read("{\"name\":\"first\",\"name\":\"last\"}");
        assertEquals("last", body.text("name"));
        assertEquals(java.util.Set.of("name"), body.names());
    }

    @Test
    void invalidUtf8InAStringIsReadAsReplacementCharactersNotAnIncident() {
        // 0xC3 0x28: a two-byte sequence cut short; 0xC0 0xAF: an overlong '/'
        byte[] cut = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
        assertEquals("\uFFFD(", read(cut).text("name"));
        byte[] overlong = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertEquals("\uFFFD\uFFFD", read(overlong).text("name"));
    }

    @Test
    void bytesThatAreJsonInNoEncodingAreMalformed() {
        for (byte[] bytes : new byte[][] {{(byte) 0xFF, (byte) 0xFE, '{', '}'}, {0, '{', 0, '"', 0}, {'{', 0, '}'},
                {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, {(byte) 0xC3, 0x28}}) {
            var e = assertThrows(DomainException.class, () -> read(bytes), () -> java.util.Arrays.toString(bytes));
            assertProblem(Problem.INVALID, "body.malformed", null, e);
        }
    }

    @Test
    void aLoneSurrogateEscapeIsReadNotAnIncident() {
        assertEquals(1, read("{\"name\":\"\\uD800\"}").text("name").length());
    }

    @Test
    void tenThousandOpenBracketsAreMalformedNotAnIncident() {
        assertProblem(Problem.INVALID, "body.malformed", null, readFails("[".repeat(10_000)));
        assertProblem(Problem.INVALID, "body.malformed", null, readFails("{\"a\":".repeat(5_000)));
    }

    // decimal()

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12375|12375", "0.5|0.5", "\"2375.00\"|2375.00", "1E+2|100", "-5|-5",
        "123456789012345678901234567890|123456789012345678901234567890", "0.000000000000000000000000000001|1E-30"})
    void decimalReturnsTheNumberAsSent(String json, String expected) {
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(read("{\"amount\":" + json + "}").decimal("amount")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "-1E+999999999", "1e309", "1E-999999999", "1234567890123456789012345678901",
        "0.0000000000000000000000000000001", "\"1e999999999\"", "\"-1E+31\""})
    void anAbsurdDecimalIsOutOfRangeDecidedWithoutExpandingIt(String json) {
        var e = assertThrows(DomainException.class, () -> read("{\"amount\":" + json + "}").decimal("amount"));
        assertProblem(Problem.INVALID, "number.range", "amount", e);
        assertEquals("amount is out of range.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"\"", "\"12 KRW\"", "true", "[1]", "{}"})
    void decimalOfSomethingElseIsTheWrongType(String json) {
        var e = assertThrows(DomainException.class, () -> read("{\"amount\":" + json + "}").decimal("amount"));
        assertProblem(Problem.INVALID, "number.type", "amount", e);
    }

    @Test
    void anAbsurdDecimalInsideAnObjectOfDecimalsNamesItsPlace() {
        var e = assertThrows(DomainException.class, () -> read("{\"prices\":{\"node-hours\":1e400}}").decimals("prices"));
        assertProblem(Problem.INVALID, "number.range", "prices.node-hours", e);
    }

    @Test
    void anOptionalWholeIsNullWhenAbsentOrNullAndTheNumberOtherwise() {
        assertNull(read("{}").optionalWhole("cpu"));
        assertNull(read("{\"cpu\":null}").optionalWhole("cpu"));
        assertEquals(4, read("{\"cpu\":4}").optionalWhole("cpu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"4\"", "1.5", "true"})
    void anOptionalWholeOfTheWrongTypeNamesTheField(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"cpu\":" + value + "}").optionalWhole("cpu"));
        assertProblem(Problem.INVALID, "cpu.type", "cpu", e);
    }

    @Test
    void anOptionalBoolIsNullWhenAbsentOrNullAndTheValueOtherwise() {
        assertNull(read("{}").optionalBool("pinned"));
        assertNull(read("{\"pinned\":null}").optionalBool("pinned"));
        assertEquals(Boolean.TRUE, read("{\"pinned\":true}").optionalBool("pinned"));
        assertEquals(Boolean.FALSE, read("{\"pinned\":false}").optionalBool("pinned"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"true\"", "1", "0", "[true]"})
    void anOptionalBoolOfAnythingButTrueOrFalseNamesTheField(String value) {
        var e = assertThrows(DomainException.class, () -> read("{\"pinned\":" + value + "}").optionalBool("pinned"));
        assertProblem(Problem.INVALID, "pinned.type", "pinned", e);
        assertEquals("pinned must be true or false.", e.getMessage());
    }
}
