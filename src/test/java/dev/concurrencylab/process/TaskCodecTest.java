package dev.concurrencylab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.HashWork;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.IoRequest;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.RegexMatch;
import dev.concurrencylab.engine.RegexWork;
import dev.concurrencylab.engine.SleepRequest;
import dev.concurrencylab.engine.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks and results survive the trip through a frame; anything else is refused or rejected as garbage. */
class TaskCodecTest {

    private static Frames.In reread(byte[] frame) throws IOException {
        return Frames.read(Frames.input(new ByteArrayInputStream(frame)));
    }

    @Test
    void aWorkerRebuildsTheSameTask() throws IOException {
        String input = "ünïcode and ascii " + "x".repeat(70_000);
        LabTask task = new LabTask(7, List.of(new Step.Cpu(new RegexWork(input)), new Step.Cpu(new HashWork(-3, 42)),
                new Step.Io(new SleepRequest(1_234_567))));

        LabTask back = TaskCodec.decodeTask(reread(TaskCodec.encodeTask(task)));

        assertThat(back.id()).isEqualTo(7);
        assertThat(((RegexWork) ((Step.Cpu) back.steps().get(0)).work()).input()).isEqualTo(input);
        HashWork hash = (HashWork) ((Step.Cpu) back.steps().get(1)).work();
        assertThat(hash.seed()).isEqualTo(-3);
        assertThat(hash.rounds()).isEqualTo(42);
        assertThat(back.steps().get(2)).isEqualTo(new Step.Io(new SleepRequest(1_234_567)));
    }

    @Test
    void resultsComeBackEqual() throws IOException {
        for (Object r : new Object[] {new RegexMatch(true, 3, 13), RegexMatch.NONE, "9f86d081884c7d65", IoOutcome.NONE,
                new IoOutcome(200, 512), null}) {
            Frames.Out f = new Frames.Out(Frames.RESULT);
            TaskCodec.writeResult(f.data, r);
            Frames.In in = reread(f.toFrame());
            assertThat(TaskCodec.readResult(in)).isEqualTo(r);
            in.end();
        }
    }

    @Test
    void httpIsRefusedBeforeAnyWorkerStarts() {
        IoRequest http = new IoRequest() {
            @Override
            public IoRequest forWarmup() {
                return this;
            }

            @Override
            public long nominalNanos() {
                return 0;
            }
        };
        assertThatThrownBy(() -> TaskCodec.requireSupported(List.of(new LabTask(0, List.of(new Step.Io(http))))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("model")
                .hasMessageContaining("in-process model");
    }

    @Test
    void textWhereAFrameShouldBeIsGarbage() {
        byte[] text = "Picked up JAVA_TOOL_OPTIONS\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reread(text)).isInstanceOf(ProtocolException.class).hasMessageContaining("frame length");
    }

    @Test
    void aFrameWithBytesLeftOverIsGarbage() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(1 + 8 + 4);
        out.writeByte(Frames.PONG);
        out.writeLong(1);
        out.writeInt(99);
        Frames.In in = reread(b.toByteArray());
        in.payload().getLong();
        assertThatThrownBy(in::end).isInstanceOf(ProtocolException.class);
    }
}
