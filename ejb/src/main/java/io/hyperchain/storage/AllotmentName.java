package io.hyperchain.storage;

/** The name of a tenant's allotment on a node, as the node helper knows it: t&lt;tenant&gt;-n&lt;node&gt;. */
public final class AllotmentName {

    private AllotmentName() {
    }

    public static String of(long tenantId, long nodeId) {
        return "t" + tenantId + "-n" + nodeId;
    }
}
