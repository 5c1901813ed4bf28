package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of corrupted variants of every preset to the reader: each must give a valid experiment (that
 * saves back to itself) or an {@link ExperimentFileException}; never another exception, never a hang.
 */
class ExperimentFileMutationTest {
    private static final int VARIANTS_PER_PRESET = 1500;
    private static final Pattern VALUE = Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9.eE+-]+|true|false|null)");
    private static final String[] SWAPS = {"\"x\"", "\"\"", "0", "-1", "1.5", "1e400", "99999999999999999999",
        "true", "null", "[]", "{}", "[1]", "{\"a\":1}", "\"NaN\"", "-0.0", "\"pool\"", "2147483648"};

    @Test
    void corruptedPresetsGiveAnExperimentOrTheDocumentedError() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            int accepted = 0;
            int refused = 0;
            for (String id : Presets.index()) {
                byte[] original = resource(id);
                Random random = new Random(id.hashCode());
                for (int i = 0; i < VARIANTS_PER_PRESET; i++) {
                    byte[] variant = mutate(original, random, i % 5);
                    if (check(id, i, variant)) {
                        accepted++;
                    } else {
                        refused++;
                    }
                }
            }
            assertThat(refused).isGreaterThan(accepted / 4);
            assertThat(accepted + refused).isEqualTo(Presets.index().size() * VARIANTS_PER_PRESET);
        });
    }

    @Test
    void corruptedRecordingsGiveARecordingOrTheDocumentedError() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            RecordedRuns.write(gz, Recordings.synthetic(2, 48, 9));
            byte[] json = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.toByteArray()))
                    .readAllBytes();
            Random random = new Random(11);
            for (int i = 0; i < 1500; i++) {
                byte[] variant = mutate(i % 2 == 0 ? json : gz.toByteArray(), random, i % 5);
                try {
                    RecordedRuns.read(new java.io.ByteArrayInputStream(variant), "r");
                } catch (ExperimentFileException e) {
                    assertThat(e.reason()).isNotBlank();
                } catch (Throwable t) {
                    fail("variant " + i + " threw " + t + " for:\n" + new String(variant, StandardCharsets.UTF_8), t);
                }
            }
        });
    }

    private static boolean check(String id, int i, byte[] variant) {
        try {
            ExperimentFile e = ExperimentFiles.parse(variant, id);
            assertThat(ExperimentFiles.parse(ExperimentFiles.toJson(e), id)).isEqualTo(e);
            return true;
        } catch (ExperimentFileException e) {
            assertThat(e.getMessage()).startsWith(id + ": ");
            assertThat(e.reason()).isNotBlank();
            return false;
        } catch (Throwable t) {
            fail("variant " + i + " of " + id + " threw " + t + " for:\n"
                    + new String(variant, StandardCharsets.UTF_8), t);
            return false;
        }
    }

    static byte[] mutate(byte[] in, Random r, int kind) {
        int n = in.length;
        int at = r.nextInt(n);
        return switch (kind) {
            case 0 -> { // flip one to three bytes to anything
                byte[] b = in.clone();
                for (int k = 0, m = 1 + r.nextInt(3); k < m; k++) {
                    b[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                yield b;
            }
            case 1 -> Arrays.copyOf(in, at); // truncate
            case 2 -> { // delete a run of bytes
                int len = 1 + r.nextInt(Math.min(40, n - at));
                byte[] b = new byte[n - len];
                System.arraycopy(in, 0, b, 0, at);
                System.arraycopy(in, at + len, b, at, n - at - len);
                yield b;
            }
            case 3 -> swapValue(in, r); // a value of another type
            default -> { // a structural character inserted
                byte[] b = new byte[n + 1];
                System.arraycopy(in, 0, b, 0, at);
                String marks = "{}[],:\"\\ 0-";
                b[at] = (byte) marks.charAt(r.nextInt(marks.length()));
                System.arraycopy(in, at, b, at + 1, n - at);
                yield b;
            }
        };
    }

    private static byte[] swapValue(byte[] in, Random r) {
        String text = new String(in, StandardCharsets.UTF_8);
        Matcher m = VALUE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        int pick = r.nextInt(Math.max(1, count));
        m.reset();
        for (int k = 0; m.find(); k++) {
            if (k == pick) {
                return (text.substring(0, m.start(1)) + SWAPS[r.nextInt(SWAPS.length)] + text.substring(m.end(1)))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return in;
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream(Presets.ROOT + file)) {
            return in.readAllBytes();
        }
    }
}
