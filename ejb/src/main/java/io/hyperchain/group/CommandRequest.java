package io.hyperchain.group;

import io.hyperchain.shared.DomainException;
import java.util.function.Function;

/** A group command as an admin asks for it, checked: a known command and, where it takes one, its argument. */
public record CommandRequest(GroupCommand command, String argument) {

    /**
     * Reads the command's word and, for a command that takes an argument, the field it names
     * ({@code fields} gives a field's text, null when absent). A command that takes none ignores it.
     */
    public static CommandRequest of(String word, Function<String, String> fields) {
        if (word == null || word.isBlank()) {
            throw DomainException.invalid("command", "command.missing",
                    "Name the command: one of " + String.join(", ", GroupCommand.words()) + ".");
        }
        GroupCommand command = GroupCommand.byWord(word.strip()).orElseThrow(() -> DomainException.invalid("command",
                "command.unknown", "A group's commands are " + String.join(", ", GroupCommand.words()) + "."));
        var argument = command.argument();
        if (argument.isEmpty()) {
            return new CommandRequest(command, null);
        }
        String field = argument.get().field();
        String text = fields.apply(field);
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, field + ".missing", "The " + command.word() + " command needs " + field + ".");
        }
        if (text.length() > argument.get().maxLength()) {
            throw DomainException.invalid(field, field + ".tooLong",
                    field + " has at most " + argument.get().maxLength() + " characters.");
        }
        if (text.indexOf('\0') >= 0) {
            throw DomainException.invalid(field, field + ".invalid", field + " may not hold a NUL character.");
        }
        return new CommandRequest(command, text);
    }
}
