package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class HashWorkTest {
    @Test
    void oneRoundIsSha256OfTheSeedBlock() {
        // SHA-256 of 32 zero bytes, a published test value
        assertThat(new HashWork(0, 1).run(Checkpoint.NONE)).isEqualTo("66687aadf862bd77");
    }

    @Test
    void roundsChain() {
        assertThat(new HashWork(5, 3).run(Checkpoint.NONE)).isNotEqualTo(new HashWork(5, 2).run(Checkpoint.NONE));
        assertThat(new HashWork(5, 3).run(Checkpoint.NONE)).isEqualTo(new HashWork(5, 3).run(Checkpoint.NONE));
    }

    @Test
    void pollsItsCheckpointSoItCanBeCancelled() {
        CancelToken token = new CancelToken();
        token.cancel();
        Assertions.assertThatThrownBy(() -> new HashWork(1, 1_000_000).run(token))
                .isInstanceOf(CancellationException.class);
    }
}
