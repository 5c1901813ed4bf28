package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A lane can be read while its owner appends: every visible entry is whole and in order. */
class SegmentBufferTest {

    @Test
    void indexesAcrossChunks() {
        for (int i : new int[] {0, 31, 32, 95, 96, 224, 10_000}) {
            int k = SegmentBuffer.chunkIndex(i);
            int offset = SegmentBuffer.offsetIn(i);
            assertThat(offset).isBetween(0, (32 << k) - 1);
        }
    }

    @Test
    void readersSeeConsistentPrefixesWhileTheWriterAppends() throws Exception {
        TraceRecorder tr = new TraceRecorder(1);
        Lane lane = tr.newLane("w", LaneKind.THREAD);
        int n = 300_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get() && problem.get() == null) {
                Segments s = tr.snapshot().lanes().get(0).segments();
                for (int i = Math.max(0, s.size() - 500); i < s.size(); i++) {
                    if (s.start(i) != i * 2L || s.end(i) != i * 2L + 1 || s.task(i) != i || s.state(i) != State.IO_WAIT) {
                        problem.set("entry " + i + " of " + s.size() + " torn");
                    }
                }
            }
        });
        for (int i = 0; i < n; i++) {
            lane.segment(State.IO_WAIT, i, i * 2L, i * 2L + 1);
        }
        done.set(true);
        reader.join();
        assertThat(problem.get()).isNull();
        Segments all = tr.snapshot().lanes().get(0).segments();
        assertThat(all.size()).isEqualTo(n);
        assertThat(all.start(n - 1)).isEqualTo((n - 1) * 2L);
    }

    @Test
    void openSegmentIsVisibleToLiveViews() {
        TraceRecorder tr = new TraceRecorder(1);
        Lane lane = tr.newLane("w", LaneKind.THREAD);
        lane.open(State.RUNNING, 0, 5);
        LaneSnapshot live = tr.snapshot().lanes().get(0);
        assertThat(live.openState()).isEqualTo(State.RUNNING);
        assertThat(live.openStart()).isEqualTo(5);
        lane.close(9);
        LaneSnapshot after = tr.snapshot().lanes().get(0);
        assertThat(after.openState()).isNull();
        assertThat(after.segments().size()).isEqualTo(1);
        assertThat(after.segments().end(0)).isEqualTo(9);
    }
}
