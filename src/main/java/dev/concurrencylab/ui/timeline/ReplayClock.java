package dev.concurrencylab.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * Plays a replay time from 0 to the end at 0.1× to 10× real speed, once per pulse. Bind every panel's
 * {@link TimelineView#replayTimeProperty()} to {@link #timeProperty()} and they race in sync.
 * Use on the FX thread only.
 */
public final class ReplayClock {
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10.0;

    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(this, "time", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 0.25);
    private final LongProperty endNanos = new SimpleLongProperty(this, "endNanos", 0);
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void start() {
            last = -1;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last >= 0) {
                advance(now - last);
            }
            last = now;
        }
    };

    /** The replay's current instant in trace nanoseconds; -1 when not replaying (views show everything). */
    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Trace nanoseconds per real nanosecond, clamped to 0.1–10. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Where the replay stops: the longest run's end. */
    public LongProperty endNanosProperty() {
        return endNanos;
    }

    /** Starts from the beginning, or resumes where it was paused. */
    public void play() {
        if (time.get() < 0 || time.get() >= endNanos.get()) {
            time.set(0);
        }
        playing.set(true);
        timer.start();
    }

    public void pause() {
        timer.stop();
        playing.set(false);
    }

    /** Stops and shows everything again. */
    public void stop() {
        pause();
        time.set(-1);
    }

    /** Moves the replay on by {@code realNanos} of wall time at the current speed; stops at the end. */
    void advance(long realNanos) {
        double s = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
        long next = time.get() + Math.max(1, Math.round(realNanos * s));
        if (next >= endNanos.get()) {
            time.set(endNanos.get());
            pause();
        } else {
            time.set(next);
        }
    }
}
