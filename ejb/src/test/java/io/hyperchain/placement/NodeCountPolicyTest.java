package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeCountPolicyTest {

    private static NodeCount count(ResourceRequest request, BaseAllotment base) {
        return NodeCountPolicy.nodeCount(request, base);
    }

    @Test
    void baseThirtyAndRequestNinetyGivesThreeNodes() {
        var base = new BaseAllotment(30, 65536, 65536);
        assertEquals(new NodeCount(3, Dimension.CPU), count(new ResourceRequest(90, 1, 1, 8), base));
    }

    @ParameterizedTest
    @CsvSource({
        "89, 3, MEMORY",
        "90, 3, MEMORY",
        "91, 4, MEMORY",
        "31, 2, MEMORY",
        "30, 1, CPU",
        "1,  1, CPU",
    })
    void eachDimensionRoundsUpToWholeNodes(int memoryGiB, int expected, Dimension decidedBy) {
        // cpu and disk need 1 node; at 1 node all three tie and CPU names the count
        var base = new BaseAllotment(1024, 30, 65536);
        assertEquals(new NodeCount(expected, decidedBy), count(new ResourceRequest(1, memoryGiB, 1, 8), base));
    }

    @Test
    void largestQuotientWins() {
        // cpu 8/2 = 4, memory 8/4 = 2, disk 200/20 = 10
        assertEquals(new NodeCount(10, Dimension.DISK),
                count(new ResourceRequest(8, 8, 200, 8), BaseAllotment.DEFAULT));
    }

    @Test
    void tieBetweenAllThreeIsDecidedByCpu() {
        assertEquals(new NodeCount(3, Dimension.CPU),
                count(new ResourceRequest(6, 12, 60, 8), BaseAllotment.DEFAULT));
    }

    @Test
    void tieBetweenMemoryAndDiskIsDecidedByMemory() {
        assertEquals(new NodeCount(3, Dimension.MEMORY),
                count(new ResourceRequest(2, 12, 60, 8), BaseAllotment.DEFAULT));
    }

    @Test
    void hoursPerDayDoNotChangeTheCount() {
        assertEquals(count(new ResourceRequest(6, 4, 20, 1), BaseAllotment.DEFAULT),
                count(new ResourceRequest(6, 4, 20, 24), BaseAllotment.DEFAULT));
    }

    @Test
    void largestRequestOverSmallestBaseDoesNotOverflow() {
        var request = new ResourceRequest(4096, 262_144, 1_048_576, 24);
        assertEquals(new NodeCount(1_048_576, Dimension.DISK), count(request, new BaseAllotment(1, 1, 1)));
    }

    @Test
    void largestRequestOverLargestBaseStillRoundsUp() {
        var request = new ResourceRequest(4096, 262_144, 1_048_576, 24);
        // cpu 4096/1024 = 4, memory 262144/65536 = 4, disk 1048576/65536 = 16
        assertEquals(new NodeCount(16, Dimension.DISK), count(request, new BaseAllotment(1024, 65536, 65536)));
    }
}
