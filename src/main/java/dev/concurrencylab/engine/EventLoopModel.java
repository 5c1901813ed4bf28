package dev.concurrencylab.engine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One thread runs every task: CPU steps run on the loop and block it; I/O steps start without blocking
 * and resume the task when they complete, so many tasks wait at once. The loop's lane shows its CPU work
 * (RUNNING) and its waits for I/O (IO_WAIT); each task's own I/O waits go to a detached lane, where they
 * overlap: IO_WAIT until the timer fell due or the answer arrived, then READY until the loop, busy with
 * other tasks' CPU steps, got round to resuming the task.
 */
final class EventLoopModel implements ExecutionModel {

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        TraceRecorder tr = ctx.trace();
        List<LabTask> tasks = ctx.tasks();
        EventLoop loop = new EventLoop();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name("eventloop").daemon(true).unstarted(() -> {
            Lane lane = tr.newLane("eventloop", LaneKind.THREAD);
            Lane waits = tr.newLane("pending I/O", LaneKind.DETACHED);
            long cpu0 = CpuClock.currentThread();
            try {
                new Flow(ctx, loop, lane, waits).start();
            } catch (Throwable t) {
                crash.set(t);
            } finally {
                lane.setCpuNanos(CpuClock.currentThread() - cpu0);
            }
        });
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(loop::stop)) {
            thread.start();
            thread.join();
        } catch (InterruptedException e) {
            loop.stop();
            thread.join(5000);
            throw e;
        }
        Throwable t = crash.get();
        if (t instanceof CancellationException c) {
            throw c;
        }
        if (t != null) {
            throw new IllegalStateException("event loop failed: " + t, t);
        }
        ctx.cancel().poll();
    }

    /** The loop's own bookkeeping: admits tasks up to the cap and walks each through its steps. */
    private static final class Flow {
        private final RunContext ctx;
        private final TraceRecorder tr;
        private final EventLoop loop;
        private final Lane lane;
        private final Lane waits;
        private final List<LabTask> tasks;
        private final int cap;
        private int next;
        private int inFlight;
        private int ended;

        Flow(RunContext ctx, EventLoop loop, Lane lane, Lane waits) {
            this.ctx = ctx;
            this.tr = ctx.trace();
            this.loop = loop;
            this.lane = lane;
            this.waits = waits;
            this.tasks = ctx.tasks();
            this.cap = ctx.settings().ioConcurrency(ModelKind.EVENTLOOP, tasks.size());
        }

        void start() {
            long t = tr.now();
            for (LabTask task : tasks) {
                tr.submitted(task.id(), t);
            }
            loop.execute(this::admit);
            loop.run((from, to) -> {
                if (inFlight > 0) {
                    lane.segment(State.IO_WAIT, -1, from - tr.origin(), to - tr.origin());
                }
            }, ctx.cancel());
        }

        private void admit() {
            while (inFlight < cap && next < tasks.size()) {
                LabTask task = tasks.get(next++);
                inFlight++;
                tr.started(task.id(), tr.now());
                advance(task, 0, null);
            }
            if (ended == tasks.size()) {
                loop.stop();
            }
        }

        /** Runs steps from {@code index} until one must wait for I/O or the task ends. */
        private void advance(LabTask task, int index, Object result) {
            int id = task.id();
            for (int i = index; i < task.steps().size(); i++) {
                Step step = task.steps().get(i);
                if (step instanceof Step.Cpu cpu) {
                    lane.open(State.RUNNING, id, tr.now());
                    try {
                        result = cpu.work().run(ctx.cancel());
                    } catch (CancellationException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        end(id, null, TaskExecution.reason(e));
                        return;
                    } finally {
                        lane.close(tr.now());
                    }
                } else if (step instanceof Step.Io io) {
                    startIo(task, i, io.request());
                    return;
                }
            }
            end(id, result, null);
        }

        private void startIo(LabTask task, int index, IoRequest request) {
            long startNanos = tr.now();
            int id = task.id();
            ctx.io().callAsync(request, loop, new IoCallback() {
                @Override
                public long began() {
                    return startNanos + tr.origin();
                }

                @Override
                public void completed(IoOutcome outcome, long at) {
                    onLoop(() -> {
                        LaneWait.record(waits, id, startNanos, at - tr.origin(), tr.now());
                        advance(task, index + 1, outcome);
                    });
                }

                @Override
                public void failed(Throwable error, long at) {
                    onLoop(() -> {
                        LaneWait.record(waits, id, startNanos, at - tr.origin(), tr.now());
                        end(id, null, ctx.cancel().isCancelled() ? TaskTable.CANCELLED : TaskExecution.reason(error));
                    });
                }
            });
        }

        private void onLoop(Runnable r) {
            if (loop.inLoop()) {
                r.run();
            } else {
                loop.execute(r);
            }
        }

        private void end(int id, Object result, String failure) {
            if (failure == null) {
                tr.finished(id, tr.now(), result);
            } else {
                tr.failed(id, tr.now(), failure);
            }
            inFlight--;
            ended++;
            admit();
        }
    }
}
