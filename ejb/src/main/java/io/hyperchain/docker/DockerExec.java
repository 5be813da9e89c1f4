package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import io.hyperchain.docker.DockerHost;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An interactive {@code sh} with a TTY in a running container, for as long as someone types into
 * it. Output goes to a consumer as it comes; the end of the shell, whatever ended it, to a
 * runnable, once.
 *
 * <p>The exec streams over its own Docker client: a streaming call holds its connection for the
 * life of the shell, and the shared clients' response timeout would cut an idle shell.
 *
 * <p>Closing ends the shell. Docker does not: neither closing the exec's stdin nor dropping its
 * connection ends a process started with a TTY (it goes on running in the container, tried
 * against Docker 26). So every shell carries a marker in its environment, which the processes it
 * starts inherit, and closing hangs them up the way a terminal does: SIGHUP to each process that
 * carries the marker, then SIGKILL if the shell itself is still there a moment later. A job its
 * user started with {@code nohup} outlives the shell, as it would after a logout.
 */
public final class DockerExec implements Closeable {

    private static final Logger LOG = Logger.getLogger(DockerExec.class.getName());

    /** How long opening may take: the engine answers the attach with 101 Switching Protocols. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** How long closing waits for the shell to go after a hangup (and again after a kill). */
    static final Duration END_TIMEOUT = Duration.ofSeconds(2);
    /**
     * The shell's PATH: the task manager's {@code hc} (installed in /tmp/.hc/bin by its relay)
     * first, then Docker's default for a container whose image sets none.
     */
    public static final String PATH = "/tmp/.hc/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    /** The environment variable that marks the processes of one shell. */
    static final String MARKER = "HYPERCHAIN_SHELL";
    /** Signals every process whose environment holds {@code MARKER=$2} with signal $1. */
    private static final String SIGNAL_MARKED = "for d in /proc/[0-9]*; do"
            + " if tr '\\0' '\\n' <\"$d/environ\" 2>/dev/null | grep -qxF \"" + MARKER + "=$2\"; then"
            + " kill -\"$1\" \"${d#/proc/}\" 2>/dev/null; fi; done; true";

    private final DockerClient client;
    private final String containerId;
    private final String execId;
    private final String marker;
    private final Stdin stdin;
    private final Stream stream;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DockerExec(DockerClient client, String containerId, String execId, String marker, Stdin stdin,
                       Stream stream) {
        this.client = client;
        this.containerId = containerId;
        this.execId = execId;
        this.marker = marker;
        this.stdin = stdin;
        this.stream = stream;
    }

    /**
     * Starts {@code sh} in the container and returns once the engine attached it.
     *
     * @param output called with each chunk of terminal output (raw bytes, UTF-8 split anywhere),
     *               on the stream's own thread
     * @param ended  called once when the shell's stream ends (the shell exited, the engine went
     *               away, or {@link #close()}), on the stream's own thread; possibly before
     *               this method returns, when the shell exits at once
     * @throws RuntimeException when the engine refuses (no such container, not running) or does
     *                          not answer; nothing is left open then
     */
    public static DockerExec open(DockerHost host, String containerId, Consumer<byte[]> output, Runnable ended) {
        return start(host, containerId, true, List.of("TERM=xterm", "PATH=" + PATH), List.of("sh"), output, ended);
    }

    /**
     * Runs a command in the container with its stdin and stdout attached and no TTY: a channel
     * between the portal and a process in the container (the task manager's relay), over the
     * engine's own API. The same contract as {@link #open}; output holds stdout and stderr as they come.
     */
    public static DockerExec pipe(DockerHost host, String containerId, List<String> command, Consumer<byte[]> output,
                                  Runnable ended) {
        return start(host, containerId, false, List.of("PATH=" + PATH), command, output, ended);
    }

    private static DockerExec start(DockerHost host, String containerId, boolean tty, List<String> env, List<String> command,
                                    Consumer<byte[]> output, Runnable ended) {
        DockerClient client = streamingClient(host);
        String marker = UUID.randomUUID().toString();
        var withMarker = new java.util.ArrayList<>(env);
        withMarker.add(MARKER + "=" + marker);
        try {
            String execId = client.execCreateCmd(containerId)
                    .withAttachStdin(true)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .withTty(tty)
                    .withEnv(withMarker)
                    .withCmd(command.toArray(String[]::new))
                    .exec()
                    .getId();
            var stdin = new Stdin();
            var stream = new Stream(output, ended);
            client.execStartCmd(execId).withDetach(false).withTty(tty).withStdIn(stdin).exec(stream);
            stream.awaitStart(START_TIMEOUT);
            return new DockerExec(client, containerId, execId, marker, stdin, stream);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    /** Sends keystrokes (or pasted text) to the shell's stdin. */
    public void write(byte[] bytes) {
        if (closed.get()) {
            throw new IllegalStateException("the shell is closed");
        }
        stdin.add(bytes);
    }

    /** Tells the shell's terminal its size; a shell that just ended does not mind. */
    public void resize(int cols, int rows) {
        if (closed.get()) {
            return;
        }
        try {
            client.resizeExecCmd(execId).withSize(rows, cols).exec();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "resize of exec " + execId + " refused", e);
        }
    }

    /**
     * Ends the shell and whatever runs in its foreground, and frees its connection and client.
     * Blocks a few seconds at most; never throws.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stdin.close();
        try {
            if (isRunning()) {
                signalMarked("HUP");
                if (!awaitExit(END_TIMEOUT)) {
                    LOG.warning(() -> "shell exec " + execId + " ignored SIGHUP; killing it");
                    signalMarked("KILL");
                    awaitExit(END_TIMEOUT);
                }
            }
        } catch (RuntimeException e) {
            // the container or its engine is gone: so is the shell
            LOG.log(Level.FINE, "hanging up exec " + execId + " failed", e);
        }
        stream.close();
        closeQuietly(client);
    }

    private boolean isRunning() {
        try {
            return Boolean.TRUE.equals(client.inspectExecCmd(execId).exec().isRunning());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean awaitExit(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Sends a signal to the shell and every process it started, by the marker they inherited. */
    private void signalMarked(String signal) {
        String id = client.execCreateCmd(containerId)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withCmd("sh", "-c", SIGNAL_MARKED, "hyperchain-hangup", signal, marker)
                .exec()
                .getId();
        try (var done = client.execStartCmd(id).exec(new ResultCallback.Adapter<Frame>())) {
            done.awaitCompletion(END_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the hangup exec failed", e);
        }
    }

    private static DockerClient streamingClient(DockerHost host) {
        // no response timeout: an idle shell sends nothing for as long as its user thinks
        return DockerClients.open(host.value(), 4, null);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing " + closeable + " failed", e);
        }
    }

    /**
     * The shell's stdin: chunks handed over by {@link #write}, read by docker-java's hijacking
     * thread. Not a {@code PipedInputStream}: that one breaks ("Write end dead") when the thread
     * that last wrote ends, and WebSocket messages arrive on pooled threads.
     */
    private static final class Stdin extends InputStream {

        private static final int CAPACITY = 256;
        private static final long POLL_MILLIS = 100;

        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>(CAPACITY);
        private volatile boolean closed;
        private byte[] current = new byte[0];
        private int position;

        void add(byte[] bytes) {
            if (bytes.length == 0) {
                return;
            }
            try {
                if (!chunks.offer(bytes.clone(), 2, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the shell does not read its input");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing input to the shell", e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (closed) {
                    return -1;
                }
                try {
                    byte[] next = chunks.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        current = next;
                        position = 0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            if (closed) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        /** The end of input: the reader sees it within {@value #POLL_MILLIS} ms. */
        @Override
        public void close() {
            closed = true;
            chunks.clear();
        }
    }

    /** The attached stream: output to the consumer, its end to the runnable, exactly once. */
    private static final class Stream implements ResultCallback<Frame> {

        private final Consumer<byte[]> output;
        private final Runnable ended;
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch finished = new CountDownLatch(1);
        private final AtomicBoolean endReported = new AtomicBoolean();
        private volatile Closeable connection;
        private volatile Throwable failure;

        Stream(Consumer<byte[]> output, Runnable ended) {
            this.output = output;
            this.ended = ended;
        }

        @Override
        public void onStart(Closeable closeable) {
            connection = closeable;
            started.countDown();
        }

        @Override
        public void onNext(Frame frame) {
            byte[] payload = frame.getPayload();
            if (payload == null || payload.length == 0) {
                return;
            }
            try {
                output.accept(payload);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "terminal output not delivered", e);
            }
        }

        @Override
        public void onError(Throwable error) {
            failure = error;
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        private void end() {
            started.countDown();
            finished.countDown();
            // a shell that never attached is reported by open() throwing, not as an end
            if (connection != null && endReported.compareAndSet(false, true)) {
                try {
                    ended.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the end-of-shell handler failed", e);
                }
            }
        }

        /** Waits for the engine to attach; throws when it refused or did not answer in time. */
        void awaitStart(Duration timeout) {
            try {
                if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    close();
                    throw new IllegalStateException("the engine did not attach the shell within "
                            + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while attaching the shell", e);
            }
            Throwable error = failure;
            if (error != null && connection == null) {
                throw error instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("the engine refused the shell: " + error.getMessage(), error);
            }
        }

        boolean awaitEnd(Duration timeout) {
            try {
                return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            Closeable open = connection;
            if (open != null) {
                closeQuietly(open);
            }
        }
    }
}
