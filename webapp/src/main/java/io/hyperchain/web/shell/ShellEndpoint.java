package io.hyperchain.web.shell;

import io.hyperchain.docker.DockerExec;
import io.hyperchain.environment.EnvironmentShell;
import io.hyperchain.environment.ShellTarget;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.AccountDirectory;
import io.hyperchain.tenant.SessionsAndTokens;
import io.hyperchain.web.security.SessionGeneration;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser's terminal: a shell in the leader container of the tenant's running environment.
 * Text frames in are {@link ShellMessage}s; frames out are terminal output (binary, raw bytes
 * from the shell) and the portal's own lines (text: the banner, or why there is no shell).
 * Closing the socket ends the shell; the shell ending closes the socket.
 */
@ServerEndpoint(value = "/shell", configurator = ShellHandshake.class)
public class ShellEndpoint {

    private static final Logger LOG = Logger.getLogger(ShellEndpoint.class.getName());
    /** Big enough for a generous paste, small enough that a page cannot flood the portal. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;

    @Inject
    AccountDirectory accounts;

    @Inject
    EnvironmentShell environments;

    @Inject
    SessionsAndTokens sessions;

    @Inject
    io.hyperchain.task.TaskRelays relays;

    /** One frame at a time: output comes on the exec's thread, the portal's lines on others. */
    private final Object sending = new Object();
    private volatile DockerExec exec;

    @OnOpen
    public void open(Session session) {
        var properties = session.getUserProperties();
        var texts = ShellTexts.in(properties.get(ShellHandshake.LOCALE) instanceof Locale locale ? locale : null);
        if (properties.get(ShellHandshake.REFUSAL) instanceof String refusal) {
            close(session, CloseCodes.VIOLATED_POLICY, refusal);
            return;
        }
        if (!(properties.get(ShellHandshake.EMAIL) instanceof String email)) {
            close(session, CloseCodes.VIOLATED_POLICY, "login-required");
            return;
        }
        // a session logged in before the account's password changed is over here too (a handshake with no
        // session logged in with its own HTTP Basic header just now: nothing older to end)
        if (properties.get(ShellHandshake.GENERATION) instanceof Integer generation
                && SessionGeneration.ended(Optional.of(generation), sessions.generationOf(email))) {
            close(session, CloseCodes.VIOLATED_POLICY, "login-required");
            return;
        }
        Optional<ShellTarget> target;
        long tenantId;
        try {
            Optional<TenantContext> tenant = accounts.profile(email).tenantContext();
            if (tenant.isEmpty()) {
                close(session, CloseCodes.VIOLATED_POLICY, "tenant-only");
                return;
            }
            tenantId = tenant.get().tenantId();
            target = environments.target(tenant.get());
        } catch (DomainException e) {
            close(session, CloseCodes.VIOLATED_POLICY, "login-required");
            return;
        }
        if (target.isEmpty()) {
            sendLine(session, texts.text("shell.noEnvironment"));
            close(session, CloseCodes.NORMAL_CLOSURE, "no running environment");
            return;
        }
        session.setMaxIdleTimeout(0);
        // hc in this shell talks to the portal through the leader's relay: there before the first prompt
        relays.ensure(tenantId, target.get().leaderHost(), target.get().containerId(), true);
        sendLine(session, texts.banner(target.get()));
        attach(session, target.get(), texts);
    }

    private void attach(Session session, ShellTarget target, ShellTexts texts) {
        DockerExec shell;
        try {
            shell = DockerExec.open(target.leaderHost(), target.containerId(),
                    bytes -> sendOutput(session, bytes),
                    () -> close(session, CloseCodes.NORMAL_CLOSURE, "shell ended"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no shell in container " + target.containerId() + " on " + target.leaderHost(), e);
            sendLine(session, texts.text("shell.unavailable"));
            close(session, CloseCodes.UNEXPECTED_CONDITION, "shell unavailable");
            return;
        }
        exec = shell;
        if (!session.isOpen()) {
            // the browser left while the shell was starting
            shell.close();
        }
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void message(String text, Session session) {
        DockerExec shell = exec;
        if (shell == null) {
            return;
        }
        try {
            var message = ShellMessageParser.parse(text).orElse(null);
            if (message instanceof ShellMessage.Input input) {
                shell.write(input.data().getBytes(StandardCharsets.UTF_8));
            } else if (message instanceof ShellMessage.Resize resize) {
                shell.resize(resize.size().cols(), resize.size().rows());
            }
        } catch (IllegalStateException e) {
            // the shell is gone or no longer reads its input
            close(session, CloseCodes.UNEXPECTED_CONDITION, "shell not reading");
        }
    }

    @OnClose
    public void closed(Session session, CloseReason reason) {
        endShell();
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "shell socket failed", error);
        endShell();
    }

    private void endShell() {
        DockerExec shell = exec;
        if (shell != null) {
            shell.close();
        }
    }

    private void sendOutput(Session session, byte[] bytes) {
        synchronized (sending) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap(bytes));
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "terminal output not sent", e);
            }
        }
    }

    private void sendLine(Session session, String line) {
        synchronized (sending) {
            try {
                session.getBasicRemote().sendText(line + "\r\n");
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "line not sent", e);
            }
        }
    }

    private void close(Session session, CloseCodes code, String reason) {
        synchronized (sending) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.close(new CloseReason(code, reason));
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "socket close failed", e);
            }
        }
    }
}
