package io.hyperchain.docker;

/** What a Docker engine said about itself when asked just now, or why it did not answer. */
public record EngineFacts(boolean reachable, String version, int containers, int runningContainers,
                          String problem) {

    public static EngineFacts answered(String version, int containers, int running) {
        return new EngineFacts(true, version, containers, running, null);
    }

    public static EngineFacts unreachable(String problem) {
        return new EngineFacts(false, null, 0, 0, problem);
    }

    public boolean isReachable() {
        return reachable;
    }

    public String getVersion() {
        return version;
    }

    public int getContainers() {
        return containers;
    }

    public int getRunningContainers() {
        return runningContainers;
    }

    public String getProblem() {
        return problem;
    }
}
