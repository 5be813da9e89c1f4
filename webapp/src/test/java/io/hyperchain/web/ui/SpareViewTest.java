package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpareViewTest {

    @Test
    void aLoadShareIsShownInPercentToATenthAsTheApiGivesIt() {
        assertEquals(73.5, SpareView.percent(0.73456));
        assertEquals(0.0, SpareView.percent(0));
        assertEquals(100.0, SpareView.percent(1));
    }
}
