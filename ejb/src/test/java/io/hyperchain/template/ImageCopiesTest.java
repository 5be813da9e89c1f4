package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.template.ImageCopies.Copy;
import io.hyperchain.template.ImageCopies.Engine;
import io.hyperchain.template.ImageCopies.Held;
import io.hyperchain.template.ImageCopies.Key;
import io.hyperchain.template.ImageCopies.Missing;
import io.hyperchain.template.ImageCopies.Wanted;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImageCopiesTest {

    private static final Wanted BUSYBOX = new Wanted(1, "hyperchain/busybox:1");
    private static final Wanted DEBIAN = new Wanted(2, "hyperchain/debian:12");

    private static Engine engine(long id, String... images) {
        return new Engine(id, Set.of(images));
    }

    @Test
    void enginesThatHoldEveryImageAreOnlyLookedAt() {
        var plan = ImageCopies.plan(List.of(BUSYBOX), List.of(engine(1, BUSYBOX.image()), engine(2, BUSYBOX.image())), null, Set.of());
        assertEquals(List.of(new Held(1, 1), new Held(1, 2)), plan.held());
        assertEquals(List.of(), plan.copies());
        assertEquals(List.of(), plan.nowhere());
    }

    @Test
    void anEngineThatLacksAnImageGetsItFromOneThatHoldsIt() {
        var plan = ImageCopies.plan(List.of(DEBIAN), List.of(engine(1, DEBIAN.image()), engine(7)), null, Set.of());
        assertEquals(List.of(new Copy(2, DEBIAN.image(), 7, 1)), plan.copies());
        assertEquals(List.of(new Held(2, 1)), plan.held());
    }

    @Test
    void onlyTheTargetsAreFilled() {
        var plan = ImageCopies.plan(List.of(DEBIAN), List.of(engine(1, DEBIAN.image()), engine(2), engine(3)), List.of(3L), Set.of());
        assertEquals(List.of(new Copy(2, DEBIAN.image(), 3, 1)), plan.copies());
        assertEquals(List.of(), plan.held(), "a node that is no target is a source, not a subject");
    }

    @Test
    void anImageNoEngineHoldsIsMissingEverywhere() {
        var plan = ImageCopies.plan(List.of(DEBIAN), List.of(engine(1), engine(2)), null, Set.of());
        assertEquals(List.of(new Missing(2, DEBIAN.image(), 1), new Missing(2, DEBIAN.image(), 2)), plan.nowhere());
        assertEquals(List.of(), plan.copies());
    }

    @Test
    void aTagWhoseLastImportFailedIsCopiedOverAndNeverASource() {
        // node 2 still has the tag, but of the older image: its import of the new one failed
        var plan = ImageCopies.plan(List.of(DEBIAN), List.of(engine(1, DEBIAN.image()), engine(2, DEBIAN.image()), engine(3)), null,
                Set.of(new Key(2, 2)));
        assertEquals(List.of(new Copy(2, DEBIAN.image(), 2, 1), new Copy(2, DEBIAN.image(), 3, 1)), plan.copies());
    }

    @Test
    void leastBusySourceSpreadsTheCopiesOverTheHolders() {
        var plan = ImageCopies.plan(List.of(DEBIAN),
                List.of(engine(1, DEBIAN.image()), engine(2, DEBIAN.image()), engine(3), engine(4), engine(5)), null, Set.of());
        assertEquals(List.of(1L, 2L, 1L), plan.copies().stream().map(Copy::sourceNodeId).toList());
    }

    @Test
    void leastBusySourcePrefersTheLowerNodeOnATieAndNeverTheTargetItself() {
        var holders = List.of(engine(4, "x"), engine(2, "x"));
        assertEquals(2L, ImageCopies.leastBusySource(holders, 9, Map.of()).orElseThrow());
        assertEquals(4L, ImageCopies.leastBusySource(holders, 9, Map.of(2L, 1)).orElseThrow());
        assertEquals(4L, ImageCopies.leastBusySource(holders, 2, Map.of()).orElseThrow());
        assertEquals(true, ImageCopies.leastBusySource(List.of(engine(2, "x")), 2, Map.of()).isEmpty());
    }

    @Test
    void holdsIntactWantsTheTagAndNoFailedRow() {
        assertEquals(true, ImageCopies.holdsIntact(engine(1, DEBIAN.image()), DEBIAN, Set.of()));
        assertEquals(false, ImageCopies.holdsIntact(engine(1), DEBIAN, Set.of()));
        assertEquals(false, ImageCopies.holdsIntact(engine(1, DEBIAN.image()), DEBIAN, Set.of(new Key(2, 1))));
        assertEquals(true, ImageCopies.holdsIntact(engine(1, DEBIAN.image()), DEBIAN, Set.of(new Key(1, 1))), "another template's row");
    }

    @Test
    void eachTemplateIsPlannedOnItsOwn() {
        var plan = ImageCopies.plan(List.of(BUSYBOX, DEBIAN), List.of(engine(1, BUSYBOX.image(), DEBIAN.image()),
                engine(2, BUSYBOX.image())), null, Set.of());
        assertEquals(List.of(new Held(1, 1), new Held(1, 2), new Held(2, 1)), plan.held());
        assertEquals(List.of(new Copy(2, DEBIAN.image(), 2, 1)), plan.copies());
    }
}
