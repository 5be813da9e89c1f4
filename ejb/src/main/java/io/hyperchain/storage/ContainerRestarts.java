package io.hyperchain.storage;

/**
 * Brings a tenant's container on a node back after its disk changed, when its environment should
 * run. Declared here and provided by environment (which starts containers on prepared disks), so
 * storage does not depend on environment.
 */
public interface ContainerRestarts {

    void restartIfWanted(long tenantId, long nodeId);
}
