package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeWindowTest {
    @Test
    void panningAndZoomingStopAtTheRunsStart() {
        TimeWindow w = new TimeWindow(1_000, 3_000);
        assertThat(w.pan(-5_000)).isEqualTo(new TimeWindow(0, 2_000));
        assertThat(w.pan(500)).isEqualTo(new TimeWindow(1_500, 3_500));
        assertThat(w.zoom(4, 2_000)).as("zooming out around the middle").isEqualTo(new TimeWindow(0, 8_000));
        assertThat(TimeWindow.between(-50, 2_000)).isEqualTo(new TimeWindow(0, 2_000));
    }
}
