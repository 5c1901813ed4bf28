package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The regex task against an independent, plain-Java oracle. */
class RegexWorkTest {

    /** A window qualifies if it has 10 word characters, none of which occurs anywhere later in the string. */
    static boolean qualifies(String s, int start) {
        if (start + 10 > s.length()) {
            return false;
        }
        for (int p = start; p < start + 10; p++) {
            char c = s.charAt(p);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_')) {
                return false;
            }
            if (s.indexOf(c, p + 1) >= 0) {
                return false;
            }
        }
        return true;
    }

    static RegexMatch oracle(String s) {
        for (int i = 0; i + 10 <= s.length(); i++) {
            if (qualifies(s, i)) {
                return new RegexMatch(true, i, i + 10);
            }
        }
        return RegexMatch.NONE;
    }

    @Test
    void generatedStringsAgreeWithTheOracle() {
        List<String> inputs = RegexInputs.generate(60, 300, 7);
        int found = 0;
        for (String s : inputs) {
            RegexMatch m = (RegexMatch) new RegexWork(s).run(Checkpoint.NONE);
            assertThat(m).isEqualTo(oracle(s));
            if (m.found()) {
                found++;
                assertThat(qualifies(s, m.start())).isTrue();
                assertThat(m.end() - m.start()).isEqualTo(10);
            }
        }
        assertThat(found).as("some strings match, or the test proves little").isGreaterThan(5);
    }

    @Test
    void handMadeCases() {
        assertThat(new RegexWork("abcdefghij").run(Checkpoint.NONE)).isEqualTo(new RegexMatch(true, 0, 10));
        assertThat(new RegexWork("aabcdefghij").run(Checkpoint.NONE)).isEqualTo(new RegexMatch(true, 1, 11));
        assertThat(new RegexWork("abcabcabcabc").run(Checkpoint.NONE)).isEqualTo(RegexMatch.NONE);
        assertThat(new RegexWork("xxabcdefghi-jklmnop").run(Checkpoint.NONE)).isEqualTo(oracle("xxabcdefghi-jklmnop"));
    }

    @Test
    void generationIsDeterministicPerSeed() {
        assertThat(RegexInputs.generate(3, 50, 1)).isEqualTo(RegexInputs.generate(3, 50, 1));
        assertThat(RegexInputs.generate(3, 50, 1)).isNotEqualTo(RegexInputs.generate(3, 50, 2));
    }
}
