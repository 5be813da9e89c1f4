package io.hyperchain.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tests' SMTP server (GreenMail) in this JVM, on the port the portal mails to
 * ({@code HYPERCHAIN_SMTP_PORT}, 3025 under {@code bin/hyperchain test}). Start one around the steps
 * that mail, and close it: one test at a time holds the port. Mail sent while none runs is lost
 * (the portal logs it and goes on).
 */
final class Mailbox implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMail mail;

    private Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    static Mailbox start() {
        var mail = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv().getOrDefault("HYPERCHAIN_SMTP_PORT", "3025")),
                "127.0.0.1", "smtp"));
        mail.start();
        return new Mailbox(mail);
    }

    /** Every mail received so far addressed to this address, oldest first. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** The newest mail to this address whose subject holds this text, waiting for it up to 20 s. */
    MimeMessage await(String address, String subjectPart) throws InterruptedException {
        return await(address, subjectPart, 1);
    }

    /** The newest of at least COUNT mails to this address whose subject holds this text, waiting up to 20 s. */
    MimeMessage await(String address, String subjectPart, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            var found = to(address).stream().filter(m -> subject(m).contains(subjectPart)).toList();
            if (found.size() >= count) {
                return found.get(found.size() - 1);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " mail(s) to " + address + " about \"" + subjectPart + "\" expected, got "
                        + found.size() + "; all received: " + Arrays.stream(mail.getReceivedMessages()).map(Mailbox::describe).toList());
            }
            Thread.sleep(100);
        }
    }

    /** The plain text of a mail, decoded. */
    static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    /** The token of the link to this page in the mail (".../verify.xhtml?token=..."). */
    static String token(MimeMessage message, String page) {
        var link = Pattern.compile("/" + Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("no link to " + page + " in: " + text(message));
        }
        return link.group(1);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String describe(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()) + " " + message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        mail.stop();
    }
}
