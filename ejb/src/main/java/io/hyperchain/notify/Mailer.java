package io.hyperchain.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain-text e-mail over SMTP (HYPERCHAIN_SMTP_HOST / _PORT / HYPERCHAIN_MAIL_FROM). Short
 * timeouts: a missing mail server must not hold up a job; the portal notification is kept anyway.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "hyperchain.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "hyperchain.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "hyperchain.mail.from", defaultValue = "HyperChain <no-reply@hyperchain.local>")
    String from;

    /** True when the server took the message. */
    public boolean send(List<String> to, String subject, String text) {
        if (to.isEmpty()) {
            return false;
        }
        var properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        try {
            var message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.warning(() -> "mail to " + to + " not sent (" + host + ":" + port + "): " + e.getMessage());
            return false;
        }
    }
}
