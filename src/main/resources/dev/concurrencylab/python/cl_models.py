"""The CPython models, each as the article ran it, traced; and the same programs untraced, for comparison.

sequential       a plain loop on the main thread
threads          concurrent.futures.ThreadPoolExecutor(max_workers=N)
processes        multiprocessing.Pool(N) (see cl_pool)
asyncio          one asyncio event loop: asyncio.sleep, asyncio streams; --max-in-flight caps the tasks in flight
article-asyncio  loop.run_in_executor(None, ...): the default executor's threads do the work
"""
import selectors
import threading
from concurrent.futures import ThreadPoolExecutor

from cl_trace import (IoWindow, TaskRecord, checkpoint, clock, now_checkpoint, process_cpu, run_plain, run_step,
                      run_task)

# How often events go to the app while a run goes on: the app's live view refreshes ten times a second.
FLUSH_SECONDS = 0.1
FLUSH_NS = int(FLUSH_SECONDS * 1e9)
# A select() shorter than this is the loop polling, not waiting.
MIN_WAIT_NS = 20000


def sequential(rec, work, tasks, out, settings):
    lane = rec.thread_lane()
    for task in tasks:
        rec.queued(task[0])
    last = clock()
    # the only thread is this one: events go out between tasks, and as a wait begins (so it shows while it lasts)
    rec.on_wait = lambda: out.write(rec.drain())
    for task in tasks:
        run_task(rec, work, task, lane)
        if clock() - last >= FLUSH_NS:
            out.write(rec.drain())
            last = clock()


def threads(rec, work, tasks, out, settings):
    workers = settings["workers"]
    remaining = [len(tasks)]
    lock = threading.Lock()
    all_done = threading.Event()

    def one(task):
        try:
            run_task(rec, work, task, rec.thread_lane())
        finally:
            with lock:
                remaining[0] -= 1
                if remaining[0] == 0:
                    all_done.set()

    with ThreadPoolExecutor(max_workers=workers) as executor:
        for task in tasks:
            rec.queued(task[0])
            executor.submit(one, task)
        while not all_done.wait(FLUSH_SECONDS):
            out.write(rec.drain())


def article_asyncio(rec, work, tasks, out, settings):
    import asyncio

    def one(task):
        run_task(rec, work, task, rec.thread_lane())

    async def main():
        loop = asyncio.get_running_loop()
        _size_executor(loop, settings)
        flusher = asyncio.ensure_future(_flush_every(rec, out))
        futures = []
        for task in tasks:
            rec.queued(task[0])
            futures.append(loop.run_in_executor(None, one, task))
        await asyncio.gather(*futures)
        flusher.cancel()

    _run_loop(asyncio, None, main())


def event_loop(rec, work, tasks, out, settings):
    import asyncio
    t = threading.current_thread()
    lane = rec.register("asyncio loop (tid %d)" % (getattr(t, "native_id", None) or t.ident), "thread")
    pending = rec.register("pending I/O", "detached")
    in_flight = [0]
    cap = settings.get("maxInFlight") or 0

    async def one(task, gate):
        if gate:
            await gate.acquire()
        in_flight[0] += 1
        try:
            await _run_task_async(asyncio, rec, work, task, lane, pending)
        finally:
            in_flight[0] -= 1
            if gate:
                gate.release()

    async def main():
        gate = asyncio.Semaphore(cap) if cap else None  # made inside the loop: 3.8 binds it to the current one
        flusher = asyncio.ensure_future(_flush_every(rec, out))
        for task in tasks:
            rec.queued(task[0])
        await asyncio.gather(*[one(task, gate) for task in tasks])
        flusher.cancel()

    try:
        _run_loop(asyncio, _traced_selector(rec, lane, in_flight), main())
    finally:
        rec.events.append(["ck", lane, now_checkpoint()])


async def _run_task_async(asyncio, rec, work, task, lane, pending):
    task_id, steps = task
    with TaskRecord(rec.events, task_id, lane) as record:
        for step in steps:
            if step[0] in ("regex", "hash"):
                record.result = run_step(rec, work, task_id, lane, step)  # on the loop: it blocks every other task
                continue
            with IoWindow(rec, pending, task_id) as window:
                if step[0] == "sleep":
                    window.due = window.begin[0] + step[1]
                    await asyncio.sleep(step[1] / 1e9)
                    record.result = [0, 0]
                else:
                    record.result = await work.http.get_async(step[1])


def _traced_selector(rec, lane, in_flight):
    """The loop's selector, recording its waits while tasks are in flight (IO_WAIT on the loop's lane)."""

    class TracedSelector(selectors.DefaultSelector):
        def select(self, timeout=None):
            if in_flight[0] <= 0 or timeout == 0:
                return super().select(timeout)
            ck = []
            checkpoint(ck)
            try:
                return super().select(timeout)
            finally:
                checkpoint(ck)
                if ck[3] - ck[0] >= MIN_WAIT_NS:
                    rec.events.append(["wait", lane, ck])

    return TracedSelector()


def _run_loop(asyncio, selector, coroutine):
    """A fresh selector event loop for one run (a selector loop on every platform, so its waits can be traced)."""
    loop = asyncio.SelectorEventLoop(selector) if selector else asyncio.SelectorEventLoop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coroutine)
    finally:
        if hasattr(loop, "shutdown_default_executor"):
            loop.run_until_complete(loop.shutdown_default_executor())
        asyncio.set_event_loop(None)
        loop.close()


def _size_executor(loop, settings):
    """The default executor as the run asks: Python's own, min(32, cores + 4) threads, unless executorThreads
    names a size (the article's machine ran 12)."""
    threads = settings.get("executorThreads") or 0
    if threads > 0:
        # named as asyncio names its own default executor's threads
        loop.set_default_executor(ThreadPoolExecutor(max_workers=threads, thread_name_prefix="asyncio"))


async def _flush_every(rec, out):
    import asyncio
    while True:
        await asyncio.sleep(FLUSH_SECONDS)
        out.write(rec.drain())


# ---- the untraced peers: the same programs with nothing recorded

def plain(model, work, tasks, settings):
    """Runs the model's plain program; returns its wall time and the CPU time it used (pool workers' included,
    once the pool has ended), in nanoseconds."""
    import os
    cpu0 = process_cpu()
    children0 = sum(os.times()[2:4])
    t0 = clock()
    if model == "sequential":
        for task in tasks:
            run_plain(work, task)
    elif model == "threads":
        with ThreadPoolExecutor(max_workers=settings["workers"]) as executor:
            list(executor.map(lambda t: run_plain(work, t), tasks))
    elif model == "processes":
        import cl_pool
        cl_pool.plain(work, tasks, settings["workers"])
    else:
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            if model == "article-asyncio":
                _size_executor(loop, settings)
                await asyncio.gather(*[loop.run_in_executor(None, run_plain, work, t) for t in tasks])
                return
            cap = settings.get("maxInFlight") or 0
            gate = asyncio.Semaphore(cap) if cap else None

            async def one(task):
                if gate:
                    await gate.acquire()
                try:
                    for step in task[1]:
                        if step[0] == "sleep":
                            await asyncio.sleep(step[1] / 1e9)
                        elif step[0] == "get":
                            await work.http.get_async(step[1])
                        else:
                            run_plain(work, [task[0], [step]])
                finally:
                    if gate:
                        gate.release()

            await asyncio.gather(*[one(t) for t in tasks])

        _run_loop(asyncio, None, main())
    wall = clock() - t0
    return wall, process_cpu() - cpu0 + int((sum(os.times()[2:4]) - children0) * 1e9)


MODELS = {
    "sequential": sequential,
    "threads": threads,
    "article-asyncio": article_asyncio,
    "asyncio": event_loop,
}
