"""Concurrency Lab's CPython driver, protocol 1: runs the app's tasks under one CPython model and reports
what every thread and process did.

The app starts it as `python -E -s cl_driver.py` (no shell), writes commands to its stdin and reads events
from its stdout, each one JSON value a line, UTF-8; stderr is free text the app logs and quotes when the driver
fails. Python 3.8 or newer, standard library only. The README's "CPython models" section documents the format.
"""
import sys

if sys.version_info < (3, 8):  # the app checks the version first; this is for a person running the file
    sys.stderr.write("Concurrency Lab needs Python 3.8 or newer, this is %s\n" % sys.version.split()[0])
    sys.exit(3)

import json  # noqa: E402
import os  # noqa: E402
import queue  # noqa: E402
import re  # noqa: E402
import sysconfig  # noqa: E402
import threading  # noqa: E402

import cl_models  # noqa: E402
import cl_trace  # noqa: E402

PROTOCOL = 1


def hello():
    impl = sys.implementation
    v = impl.version
    return {
        "protocol": PROTOCOL,
        "implementation": impl.name,
        "implementationVersion": _version(v),
        "pythonVersion": _version(sys.version_info),
        "gil": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
        "freeThreadedBuild": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "switchInterval": sys.getswitchinterval(),
        "pid": os.getpid(),
        "cpus": os.cpu_count(),
        "executable": sys.executable,
        "jit": JIT,
        "missing": cl_trace.MISSING,
    }


def _jit():
    """Whether the interpreter compiles Python to machine code as it runs: PyPy's tracing JIT where built in,
    CPython's own (experimental, 3.14's sys._jit) where this build has it switched on."""
    if sys.implementation.name == "pypy":
        info = getattr(sys, "pypy_translation_info", {})
        return bool(info.get("translation.jit", False))
    jit = getattr(sys, "_jit", None)
    try:
        return bool(jit is not None and jit.is_enabled())
    except Exception:  # an interpreter of its own kind: it has no JIT we know how to ask about
        return False


JIT = _jit()


def _version(v):
    text = "%d.%d.%d" % (v.major, v.minor, v.micro)
    return text if v.releaselevel == "final" else text + v.releaselevel[0] + str(v.serial)


class Loaded:
    """A run's tasks, received before its clock starts: [id, [step, ...]] each."""

    def __init__(self, command):
        self.model = command["model"]
        pattern = command.get("regex")
        self.work = cl_trace.Work(re.compile(pattern, re.ASCII) if pattern else None, command.get("http"))
        self.tasks = command["tasks"]
        if self.model == "processes":
            import cl_pool  # noqa: F401  (multiprocessing's import is start-up, not part of the run)
        elif self.model in ("asyncio", "article-asyncio"):
            import asyncio  # noqa: F401


def run(loaded, command, out):
    sys.setswitchinterval(command["switchInterval"])
    settings = {"workers": command["workers"], "maxInFlight": command.get("maxInFlight", 0),
                "executorThreads": command.get("executorThreads", 0)}
    info = {"switchInterval": sys.getswitchinterval(), "gil": hello()["gil"]}
    if not command.get("traced", True):
        info["wallNs"], info["cpuNs"] = cl_models.plain(loaded.model, loaded.work, loaded.tasks, settings)
        out.write([["done", info]])
        return
    rec = cl_trace.Recorder()
    try:
        if loaded.model == "processes":
            import cl_pool
            info["startMethod"] = cl_pool.processes(rec, loaded.work, loaded.tasks, out, settings)
        else:
            cl_models.MODELS[loaded.model](rec, loaded.work, loaded.tasks, out, settings)
    except Exception as e:  # the run cannot go on: the app fails the tasks left with this line
        rec.events.append(["error", cl_trace.last_line(e)])
    rec.events.append(["done", info])
    out.write(rec.drain())


def read_commands(fd, commands):
    """Reads stdin through its own descriptor: a thread blocked in sys.stdin would hold that file's lock, and a
    pool worker forked meanwhile would hang closing sys.stdin (multiprocessing does so in every child)."""
    pending = b""
    while True:
        block = os.read(fd, 1 << 16)
        if not block:
            break
        lines = (pending + block).split(b"\n")
        pending = lines.pop()
        for line in lines:
            if line.strip():
                commands.put(json.loads(line.decode("utf-8")))
    # stdin closed: the app is done with us, or gone; nobody will read what a run still under way says
    if "cl_pool" in sys.modules:
        sys.modules["cl_pool"].kill_workers()
    os._exit(0)


def main():
    out = cl_trace.Output(sys.stdout.buffer)
    sys.stdout = sys.stderr  # a stray print must not corrupt the events
    commands = queue.Queue()
    threading.Thread(target=read_commands, args=(os.dup(sys.stdin.fileno()), commands), name="cl-stdin",
                     daemon=True).start()
    out.write([["hello", hello()]])
    loaded = None
    while True:
        command = commands.get()
        op = command.get("op")
        if op == "ping":
            out.write([["pong", cl_trace.clock()]])
        elif op == "load":
            loaded = Loaded(command)
            if JIT:
                out.warm_up()
            out.write([["loaded", len(loaded.tasks)]])
        elif op == "run":
            run(loaded, command, out)
        else:
            raise ValueError("unknown command %r" % (op,))


if __name__ == "__main__":
    main()
