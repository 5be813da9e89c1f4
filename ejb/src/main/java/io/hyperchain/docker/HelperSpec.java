package io.hyperchain.docker;

import java.util.List;

/**
 * What one node's helper container runs; how it is privileged is {@link HelperContainers}' part.
 *
 * @param name       the container's name, from {@link #nameFor}
 * @param version    what it runs, in short: a helper labelled with another version is replaced
 * @param env        its environment, {@code NAME=value}
 * @param command    its main process
 * @param nodeDir    the directory of the node it mounts ...
 * @param mountedAt  ... and where it sees it
 * @param readyCheck a command that succeeds once the main process has put its files in place
 */
public record HelperSpec(String name, String version, List<String> env, List<String> command,
                         String nodeDir, String mountedAt, List<String> readyCheck) {

    /** Marks helper containers, with their version as value. */
    public static final String LABEL_HELPER = "io.hyperchain.helper";

    /** hc-&lt;installation prefix&gt;-n&lt;node&gt;-helper: one per node, not per engine (several nodes may share one). */
    public static String nameFor(String installation, long nodeId) {
        return "hc-" + installation.substring(0, 8) + "-n" + nodeId + "-helper";
    }
}
