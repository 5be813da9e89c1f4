package io.hyperchain.template;

import io.hyperchain.shared.DomainException;
import java.util.regex.Pattern;

/**
 * An image as the engines name it, {@code repository:tag} with the tag said (no registry: images are
 * imported, never pulled). The repository is lower-case path parts ("hyperchain/debian"), the tag
 * letters, digits, '_', '.', '-' ("12").
 */
public record ImageReference(String value) {

    /** What Docker takes for a repository without a registry host: lower-case parts joined by '/'. */
    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    static final int MAX_LENGTH = 255;

    public ImageReference {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw DomainException.invalid("image", "template.imageMissing", "Name the image as repository:tag, e.g. acme/python:3.12.");
        }
        int colon = value.lastIndexOf(':');
        if (value.length() > MAX_LENGTH || colon <= 0 || !REPOSITORY.matcher(value.substring(0, colon)).matches()
                || !TAG.matcher(value.substring(colon + 1)).matches()) {
            throw DomainException.invalid("image", "template.imageInvalid", "An image is repository:tag, e.g. acme/python:3.12: the "
                    + "repository in lower-case letters, digits and '/', '.', '_', '-'; the tag said, up to 128 characters; "
                    + MAX_LENGTH + " characters at most.");
        }
    }

    /** "hyperchain/debian" of hyperchain/debian:12. */
    public String repository() {
        return value.substring(0, value.lastIndexOf(':'));
    }

    /** "12" of hyperchain/debian:12. */
    public String tag() {
        return value.substring(value.lastIndexOf(':') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
