"""What the driver records while tasks run, and the tasks' steps themselves.

Every time is time.perf_counter_ns() (CLOCK_MONOTONIC on Linux, the clock the app's System.nanoTime() reads).
A checkpoint is three numbers read back to back: the wall clock, the calling thread's CPU clock
(time.thread_time_ns) and the whole process's CPU clock (time.process_time_ns). The app reads the GIL out of
them: where a thread's CPU clock stood still while its wall clock ran on and the process's CPU clock advanced,
another thread of this interpreter was running (see the README, "CPython models").

An interpreter that lacks a CPU clock (or whose clock fails when read) is given a stand-in, and MISSING says
which function is missing and what is drawn instead; the app shows it with every run of that interpreter.
"""
import collections
import hashlib
import json
import os
import threading
import time
import traceback

clock = time.perf_counter_ns


def _readable(name):
    """time.<name>, where this interpreter has it and it can be read; else None."""
    f = getattr(time, name, None)
    try:
        if f is not None:
            f()
            return f
    except (OSError, RuntimeError, NotImplementedError):  # declared, but not on this platform
        pass
    return None


def _clocks():
    """The CPU clocks, each the interpreter's own or a stand-in, and what each stand-in means for the drawing."""
    missing = []
    thread_cpu = _readable("thread_time_ns")
    if thread_cpu is None:
        missing.append(["time.thread_time_ns", "each CPU step is drawn RUNNING for its whole wall time and counted as "
                        "its CPU time; no GIL wait is inferred"])
        thread_cpu = clock
    process_cpu = _readable("process_time_ns")
    if process_cpu is None:
        missing.append(["time.process_time_ns", "no other thread's CPU is seen, so no GIL wait is inferred"])
        process_cpu = thread_cpu
    return thread_cpu, process_cpu, missing


thread_cpu, process_cpu, MISSING = _clocks()
# False where thread_cpu is the wall clock standing in for a missing thread CPU clock
THREAD_CPU_MEASURED = thread_cpu is not clock

# A hash step checkpoints every this many rounds (about 0.2 ms here): a GIL hand-over inside pure-Python
# work is placed to within one such block.
HASH_ROUNDS_PER_CHECKPOINT = 512
_MASK64 = (1 << 64) - 1


# CPU time of the driver's own helper threads (a pool worker's watch), kept out of "another thread ran"
helper_cpu = [0]


def checkpoint(ck):
    """Appends (wall, thread CPU, process CPU less the driver's helpers) to the flat list ck."""
    ck.append(clock())
    ck.append(thread_cpu())
    ck.append(process_cpu() - helper_cpu[0])


def now_checkpoint():
    ck = []
    checkpoint(ck)
    return ck


def last_line(error):
    """The last line Python would print for this exception, e.g. 'ConnectionRefusedError: [Errno 111] ...'."""
    lines = traceback.format_exception_only(type(error), error)
    text = lines[-1].strip() if lines else ""
    return text or type(error).__name__


class Output:
    """The events channel: JSON arrays, one a line, written whole under a lock."""

    def __init__(self, stream):
        self._stream = stream
        self._lock = threading.Lock()

    def write(self, events):
        if not events:
            return
        text = _encode(events)
        with self._lock:
            self._stream.write(text)
            self._stream.flush()

    @staticmethod
    def warm_up():
        """Encodes a run's worth of events, untimed, before a run: a JIT (PyPy's) compiles the encoder here rather
        than in the run's first flushes, which it would otherwise stretch to gaps of 5-10 ms between tasks."""
        ck = now_checkpoint()
        sample = []
        for i in range(100):
            sample += [["queued", i, ck[0]], ["start", i, 0, ck[0]], ["cpu", 0, i, ck + ck],
                       ["io_begin", 0, i, ck], ["io_end", 0, i, ck, None], ["end", i, ck[0], [1, 2, 3]],
                       ["end", i, ck[0], "0123456789abcdef"]]
        for _ in range(20):
            _encode(sample)


def _encode(events):
    return ("\n".join([json.dumps(e, separators=(",", ":")) for e in events]) + "\n").encode("ascii")


class Recorder:
    """Events of one run, appended by any thread (a deque's append is atomic) and drained by one."""

    def __init__(self):
        self.events = collections.deque()
        # called as an I/O wait begins, so the events so far can go out while the thread waits (or None)
        self.on_wait = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._lanes = 0

    def register(self, name, kind, ck=None, pid=None):
        """A new lane; kind is 'thread', 'process' or 'detached'; ck its first checkpoint. Returns its id."""
        with self._lock:
            lane = self._lanes
            self._lanes += 1
        self.events.append(["lane", lane, name, kind, pid or os.getpid(), ck or now_checkpoint()])
        return lane

    def thread_lane(self):
        """The calling thread's lane, registered on first use."""
        lane = getattr(self._local, "lane", None)
        if lane is None:
            t = threading.current_thread()
            ident = getattr(t, "native_id", None) or t.ident
            lane = self.register("%s (tid %d)" % (t.name, ident), "thread")
            self._local.lane = lane
        return lane

    def queued(self, task_id):
        self.events.append(["queued", task_id, clock()])

    def drain(self):
        out = []
        pop = self.events.popleft
        try:
            while True:
                out.append(pop())
        except IndexError:
            return out


class Work:
    """What the loaded tasks need: the compiled regex, and the HTTP client (made from plain settings, which
    is what a pool worker receives)."""

    def __init__(self, pattern, http_settings=None):
        self.pattern = pattern
        self.http_settings = http_settings
        self.http = None
        if http_settings:
            import cl_http
            self.http = cl_http.Http(http_settings)

    def http_settings_for(self, processes):
        """The settings for one of N processes: each gets 1/N of the per-host rate, so together they keep it."""
        if not self.http_settings:
            return None
        settings = dict(self.http_settings)
        settings["perSecond"] = settings.get("perSecond", 0) / float(processes)
        return settings


def hash_rounds(seed, rounds, ck):
    """Iterated SHA-256 exactly as the JVM's HashWork: the seed's 8 bytes little-endian, then zeros."""
    sha = hashlib.sha256
    digest = (seed & _MASK64).to_bytes(8, "little") + bytes(24)
    done = 0
    while done < rounds:
        n = min(HASH_ROUNDS_PER_CHECKPOINT, rounds - done)
        for _ in range(n):
            digest = sha(digest).digest()
        done += n
        if ck is not None and done < rounds:
            checkpoint(ck)
    return digest[:8].hex()


class TaskRecord:
    """A task's start; then, as the block ends, its end with its result, or its failure with Python's own words
    (the exception goes no further: the other tasks go on)."""

    def __init__(self, events, task_id, lane):
        self._events = events
        self._id = task_id
        self.result = None
        events.append(["start", task_id, lane, clock()])

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if error is None:
            self._events.append(["end", self._id, clock(), self.result])
        elif isinstance(error, Exception):
            self._events.append(["fail", self._id, clock(), last_line(error)])
            return True
        return False


class IoWindow:
    """Checkpoints on either side of a blocking call. 'due' may be set to when its cause was due to end (a
    sleep's deadline); the rest of the window is taking the GIL back and being scheduled again."""

    def __init__(self, rec, lane, task_id):
        self._rec = rec
        self._lane = lane
        self._id = task_id
        self.begin = now_checkpoint()
        self.due = None
        rec.events.append(["io_begin", lane, task_id, self.begin])
        if rec.on_wait is not None:
            rec.on_wait()

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        self._rec.events.append(["io_end", self._lane, self._id, now_checkpoint(), self.due])
        return False


def run_task(rec, work, task, lane):
    """Runs one task's steps on the calling thread, recording its start, each step's checkpoints and its end."""
    task_id, steps = task
    with TaskRecord(rec.events, task_id, lane) as record:
        for step in steps:
            record.result = run_step(rec, work, task_id, lane, step)


def run_step(rec, work, task_id, lane, step):
    kind = step[0]
    if kind in ("regex", "hash"):
        ck = []
        checkpoint(ck)
        try:
            if kind == "regex":
                m = work.pattern.search(step[1])
                return [1, m.start(), m.end()] if m else [0, -1, -1]
            return hash_rounds(step[1], step[2], ck)
        finally:
            checkpoint(ck)
            rec.events.append(["cpu", lane, task_id, ck])
    with IoWindow(rec, lane, task_id) as window:
        if kind == "sleep":
            window.due = window.begin[0] + step[1]
            time.sleep(step[1] / 1e9)
            return [0, 0]
        if kind == "get":
            return work.http.get(step[1])
        raise ValueError("unknown step " + repr(kind))


def run_plain(work, task):
    """The same task without any recording: the untraced peer the tracing cost is measured against."""
    result = None
    for step in task[1]:
        kind = step[0]
        if kind == "regex":
            m = work.pattern.search(step[1])
            result = [1, m.start(), m.end()] if m else [0, -1, -1]
        elif kind == "hash":
            result = hash_rounds(step[1], step[2], None)
        elif kind == "sleep":
            time.sleep(step[1] / 1e9)
        elif kind == "get":
            result = work.http.get(step[1])
    return result
