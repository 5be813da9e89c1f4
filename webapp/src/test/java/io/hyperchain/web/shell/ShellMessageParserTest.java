package io.hyperchain.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellMessageParserTest {

    @Test
    void inputCarriesTheTypedText() {
        assertEquals(Optional.of(new ShellMessage.Input("ls -l\r")),
                ShellMessageParser.parse("{\"type\":\"input\",\"data\":\"ls -l\\r\"}"));
    }

    @Test
    void inputKeepsControlCharactersAndNonAsciiText() {
        assertEquals(Optional.of(new ShellMessage.Input("\u0003\u001b[A한국어")),
                ShellMessageParser.parse("{\"type\":\"input\",\"data\":\"\\u0003\\u001b[A한국어\"}"));
    }

    @Test
    void resizeCarriesTheSize() {
        assertEquals(Optional.of(new ShellMessage.Resize(new TerminalSize(120, 40))),
                ShellMessageParser.parse("{\"type\":\"resize\",\"cols\":120,\"rows\":40}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"resize\",\"cols\":9,\"rows\":40}",
            "{\"type\":\"resize\",\"cols\":501,\"rows\":40}",
            "{\"type\":\"resize\",\"cols\":120,\"rows\":4}",
            "{\"type\":\"resize\",\"cols\":120,\"rows\":201}",
            "{\"type\":\"resize\",\"cols\":4294967376,\"rows\":40}",
            "{\"type\":\"resize\",\"cols\":1e400,\"rows\":40}",
            "{\"type\":\"resize\",\"cols\":120.5,\"rows\":40}",
            "{\"type\":\"resize\",\"cols\":\"120\",\"rows\":\"40\"}",
            "{\"type\":\"resize\",\"cols\":120}"
    })
    void resizeOutOfBoundsOrMalformedIsIgnored(String frame) {
        assertTrue(ShellMessageParser.parse(frame).isEmpty(), frame);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "ls",
            "{",
            "[\"input\",\"ls\"]",
            "\"input\"",
            "null",
            "{}",
            "{\"type\":\"ping\"}",
            "{\"type\":\"INPUT\",\"data\":\"ls\"}",
            "{\"type\":1,\"data\":\"ls\"}",
            "{\"type\":\"input\"}",
            "{\"type\":\"input\",\"data\":\"\"}",
            "{\"type\":\"input\",\"data\":42}",
            "{\"type\":\"input\",\"data\":null}"
    })
    void anythingElseIsIgnored(String frame) {
        assertTrue(ShellMessageParser.parse(frame).isEmpty(), frame);
    }

    @Test
    void aMissingFrameIsIgnored() {
        assertTrue(ShellMessageParser.parse(null).isEmpty());
    }
}
