package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A command run by exec in a container to its end, its output handed over frame by frame: what the
 * node helpers and the task manager both do.
 */
public final class ExecToEnd {

    /** An exec that failed, timed out or was interrupted; the message says why. */
    public static final class Failed extends RuntimeException {
        public Failed(String why) {
            super(why);
        }
    }

    private ExecToEnd() {
    }

    /** Runs it, handing each frame over as it comes; returns its exit code (null when the engine lost it). */
    public static Long run(DockerClient client, String container, List<String> command, Duration timeout,
                           BiConsumer<StreamType, byte[]> frames) {
        String execId = client.execCreateCmd(container).withAttachStdout(true).withAttachStderr(true)
                .withCmd(command.toArray(String[]::new)).exec().getId();
        try (var done = client.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                frames.accept(frame.getStreamType(), frame.getPayload());
            }
        })) {
            if (!done.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Failed("no answer in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return client.inspectExecCmd(execId).exec().getExitCodeLong();
    }
}
