"""processes: multiprocessing.Pool(N), with the platform's default start method.

Tasks go to the pool in chunks of the size Pool.map picks (tasks / 4N, rounded up), one apply_async each, so
a worker that dies can be noticed (Pool.map would wait for it forever). Each worker records its tasks as the
threads do and hands the events back with its chunk's results; this process, the only writer of stdout,
names the worker's lane and adds the pool's own costs: SPAWN from the pool's creation until the worker's
initializer ran, IPC between one chunk's end in the worker and the next one's start there (the result sent,
the next chunk received and unpickled), and for its last chunk until this process had its result.
"""
import multiprocessing
import os
import re
import signal
import threading
import time

import cl_trace
from cl_models import FLUSH_SECONDS

_PARENT_CHECK_SECONDS = 0.2
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


def _init_worker(ready, pattern, http, parent, traced):
    global _state
    st = _Worker()
    st.rec = cl_trace.Recorder()  # a forked worker must not inherit the parent's pending events
    st.work = cl_trace.Work(re.compile(pattern, re.ASCII) if pattern else None, http)
    st.ready = ready
    st.name = multiprocessing.current_process().name
    st.ready_ck = cl_trace.now_checkpoint()
    _state = st
    threading.Thread(target=_exit_with_parent, args=(parent,), name="cl-parent-watch", daemon=True).start()
    if traced:
        ready.put(("ready", os.getpid(), st.name, st.ready_ck))


def _exit_with_parent(parent):
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _run_chunk(index, chunk):
    st = _state
    st.ready.put(("begin", os.getpid(), index))
    enter = cl_trace.clock()
    for task in chunk:
        cl_trace.run_task(st.rec, st.work, task, 0)
    return index, os.getpid(), st.name, st.ready_ck, enter, cl_trace.clock(), st.rec.drain()


def _run_plain(task):
    return cl_trace.run_plain(_state.work, task)


def _pool(ctx, workers, work, ready, traced):
    return ctx.Pool(workers, initializer=_init_worker,
                    initargs=(ready, work.pattern.pattern if work.pattern else None,
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
    ready = ctx.SimpleQueue()
    pool = _pool(ctx, workers, work, ready, True)
    try:
        for i, chunk in enumerate(chunks):
            for task in chunk:
                rec.queued(task[0])
            pool.apply_async(_run_chunk, (i, chunk), callback=run.finished,
                             error_callback=lambda e, i=i: run.failed(i, cl_trace.last_line(e)))
        while not run.done.wait(FLUSH_SECONDS):
            run.poll(ready, ctx)
            out.write(rec.drain())
        run.poll(ready, ctx)
        run.last_results()
    finally:
        pool.terminate()
        pool.join()
    return ctx.get_start_method()


class _PoolRun:
    def __init__(self, rec, chunks):
        self.rec = rec
        self.chunks = chunks
        self.started = cl_trace.clock()
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._lanes = {}
        self._last = {}        # pid -> (left the chunk, result received, its last task)
        self._running = {}     # pid -> the chunk it began last
        self._ended = set()    # chunks finished or failed
        self._dead = set()

    def _lane(self, pid, name, ready_ck):
        lane = self._lanes.get(pid)
        if lane is None:
            _known_workers.add(pid)
            lane = self.rec.register("%s (pid %d)" % (name, pid), "process", ready_ck, pid)
            self.rec.events.append(["spawn", lane, self.started, ready_ck[0]])
            self._lanes[pid] = lane
        return lane

    def finished(self, result):
        index, pid, name, ready_ck, enter, leave, events = result
        received = cl_trace.clock()
        chunk = self.chunks[index]
        with self._lock:
            lane = self._lane(pid, name, ready_ck)
            previous = self._last.get(pid)
            self.rec.events.append(["ipc", lane, chunk[0][0], previous[0] if previous else ready_ck[0], enter])
            for e in events:  # the worker wrote lane 0: its lane is named here
                if e[0] == "start":
                    e[2] = lane
                elif e[0] in ("cpu", "io_begin", "io_end"):
                    e[1] = lane
                self.rec.events.append(e)
            self._last[pid] = (leave, received, chunk[-1][0])
            self._end(index)

    def failed(self, index, reason):
        with self._lock:
            if index not in self._ended:
                t = cl_trace.clock()
                for task in self.chunks[index]:
                    self.rec.events.append(["fail", task[0], t, reason])
                self._end(index)

    def _end(self, index):
        self._ended.add(index)
        if len(self._ended) == len(self.chunks):
            self.done.set()

    def poll(self, ready, ctx):
        """Reads the workers' news (ready, began a chunk) and fails the chunk of a worker that died."""
        while not ready.empty():
            message = ready.get()
            with self._lock:
                if message[0] == "ready":
                    self._lane(message[1], message[2], message[3])
                else:
                    self._running[message[1]] = message[2]
        alive = {p.pid for p in ctx.active_children()}
        for pid, lane in list(self._lanes.items()):
            if pid not in alive and pid not in self._dead:
                self._dead.add(pid)
                index = self._running.get(pid)
                if index is not None:
                    self.failed(index, "pool worker (pid %d) ended while running this task's chunk" % pid)

    def last_results(self):
        """Each worker's last chunk: IPC until this process had its result."""
        with self._lock:
            for pid, (leave, received, task) in self._last.items():
                self.rec.events.append(["ipc", self._lanes[pid], task, leave, received])
