"""processes: multiprocessing.Pool(N), with the platform's default start method.

Tasks go to the pool in chunks of the size Pool.map picks (tasks / 4N, rounded up), one apply_async each, so
a worker that dies can be noticed (Pool.map would wait for it forever). Each worker records its tasks as the
threads do and sends its news through one queue, in order: ready (its initializer ran), each chunk's start,
and its events (at a chunk's end, and while an I/O wait goes on, so a live view sees long waits grow). This process, the only writer of stdout, names the worker's lane and adds the pool's own costs:
SPAWN from the pool's creation until the worker was ready, IPC between one chunk's end in the worker and the
next one's start there (the results sent, the next chunk received and unpickled), and after its last chunk
until this process had the results.
"""
import multiprocessing
import os
import re
import signal
import threading
import time

import cl_trace
from cl_models import FLUSH_SECONDS

_WATCH_SECONDS = FLUSH_SECONDS
_state = None
_known_workers = set()


def kill_workers():
    """Kills every pool worker this driver has heard of (the app went away mid-run)."""
    for pid in list(_known_workers):
        try:
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        except OSError:
            pass


def chunk_size(tasks, workers):
    size, extra = divmod(tasks, workers * 4)
    return max(1, size + (1 if extra else 0))


class _Worker:
    pass


def _init_worker(news, pattern, http, parent, traced):
    global _state
    st = _Worker()
    st.rec = cl_trace.Recorder()  # a forked worker must not inherit the parent's pending events
    st.work = cl_trace.Work(re.compile(pattern, re.ASCII) if pattern else None, http)
    st.news = news
    st.pid = os.getpid()
    st.ready_ck = cl_trace.now_checkpoint()
    st.left = st.ready_ck[0]
    st.sending = threading.Lock()
    _state = st
    threading.Thread(target=_watch, args=(parent, traced), name="cl-worker-watch", daemon=True).start()
    if traced:
        news.put(("ready", st.pid, multiprocessing.current_process().name, st.ready_ck))


def _watch(parent, traced):
    """Ends the worker when its parent is gone; sends the events of a wait under way, so a live view sees it."""
    st = _state
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
        events = st.rec.events
        if traced and events and events[-1][0] == "io_begin":
            _send_events()
        if cl_trace.THREAD_CPU_MEASURED:
            cl_trace.helper_cpu[0] = cl_trace.thread_cpu()  # this thread is the tool's, not the program's
    os._exit(1)


def _send_events():
    st = _state
    with st.sending:  # two threads send: the batches must leave in the order they were drained
        st.news.put(("events", st.pid, st.rec.drain()))


def _run_chunk(index, chunk):
    st = _state
    st.news.put(("begin", st.pid, index, st.left, cl_trace.clock()))
    for task in chunk:
        cl_trace.run_task(st.rec, st.work, task, 0)
    _send_events()
    st.left = cl_trace.clock()
    return index, st.pid, st.left


def _run_plain(task):
    return cl_trace.run_plain(_state.work, task)


def _pool(ctx, workers, work, news, traced):
    return ctx.Pool(workers, initializer=_init_worker,
                    initargs=(news, work.pattern.pattern if work.pattern else None,
                              work.http_settings_for(workers), os.getpid(), traced))


def plain(work, tasks, workers):
    ctx = multiprocessing.get_context()
    with _pool(ctx, workers, work, ctx.SimpleQueue(), False) as pool:
        pool.map(_run_plain, tasks)


def processes(rec, work, tasks, out, settings):
    ctx = multiprocessing.get_context()
    workers = settings["workers"]
    size = chunk_size(len(tasks), workers)
    chunks = [tasks[i:i + size] for i in range(0, len(tasks), size)]
    run = _PoolRun(rec, chunks)
    news = ctx.SimpleQueue()
    pool = _pool(ctx, workers, work, news, True)
    try:
        for i, chunk in enumerate(chunks):
            for task in chunk:
                rec.queued(task[0])
            pool.apply_async(_run_chunk, (i, chunk), callback=run.finished,
                             error_callback=lambda e, i=i: run.failed(i, cl_trace.last_line(e)))
        while not run.done.wait(FLUSH_SECONDS):
            run.poll(news, ctx)
            out.write(rec.drain())
        run.poll(news, ctx)  # a worker's last events were queued before its chunk's result was sent
        run.last_results()
    finally:
        pool.terminate()
        pool.join()
    return ctx.get_start_method()


class _PoolRun:
    """The pool's bookkeeping: read on this process's main thread, except finished(), the pool's callback."""

    def __init__(self, rec, chunks):
        self.rec = rec
        self.chunks = chunks
        self.started = cl_trace.clock()
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._lanes = {}
        self._results = {}     # pid -> (left its last chunk, its results received here)
        self._running = {}     # pid -> the chunk it began last
        self._closed = set()   # chunks finished or failed
        self._ended = set()    # tasks ended
        self._dead = set()

    def finished(self, result):
        index, pid, left = result
        with self._lock:
            self._results[pid] = (left, cl_trace.clock())
            self._close(index)

    def failed(self, index, reason):
        with self._lock:
            if index in self._closed:
                return
            t = cl_trace.clock()
            for task in self.chunks[index]:
                if task[0] not in self._ended:
                    self.rec.events.append(["fail", task[0], t, reason])
            self._close(index)

    def _close(self, index):
        self._closed.add(index)
        if len(self._closed) == len(self.chunks):
            self.done.set()

    def poll(self, news, ctx):
        """Applies the workers' news, in the order they sent it, and fails the chunk of a worker that died."""
        while not news.empty():
            message = news.get()
            kind, pid = message[0], message[1]
            if kind == "ready":
                _known_workers.add(pid)
                lane = self.rec.register("%s (pid %d)" % (message[2], pid), "process", message[3], pid)
                self._lanes[pid] = lane
                self.rec.events.append(["spawn", lane, self.started, message[3][0]])
            elif kind == "begin":
                self._running[pid] = message[2]
                # the pool's messages between two chunks: the last results out, this chunk in (no one task's)
                self.rec.events.append(["ipc", self._lanes[pid], -1, message[3], message[4]])
            else:
                self._events(self._lanes[pid], message[2])
        alive = {p.pid for p in ctx.active_children()}
        for pid in list(self._lanes):
            if pid not in alive and pid not in self._dead:
                self._dead.add(pid)
                index = self._running.get(pid)
                if index is not None:
                    self.failed(index, "pool worker (pid %d) ended while running this task's chunk" % pid)

    def _events(self, lane, events):
        for e in events:
            if e[0] == "start":
                e[2] = lane  # the worker wrote lane 0: its lane is named here
            elif e[0] in ("cpu", "io_begin", "io_end"):
                e[1] = lane
            elif e[0] in ("end", "fail"):
                self._ended.add(e[1])
            self.rec.events.append(e)

    def last_results(self):
        """After each worker's last chunk: IPC until this process had its results."""
        with self._lock:
            for pid, (left, received) in self._results.items():
                self.rec.events.append(["ipc", self._lanes[pid], -1, left, received])
