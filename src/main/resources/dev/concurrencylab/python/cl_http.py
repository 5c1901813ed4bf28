"""HTTP GETs for the http workload: urllib for threads, asyncio streams for the event loop.

Both read the whole body (counted, never kept, at most 64 MiB) within a deadline for the whole response, and
fail on a status of 400 or more. urllib follows at most 10 redirects and reads at most 100 header lines. Requests to remote hosts (anything but
localhost and 127.x, decided by the app) are spaced at most 'perSecond' a second per host, as the JVM models do.
"""
import asyncio
import ssl
import threading
import time
import urllib.parse
import urllib.request

_CHUNK = 65536
# A response is read whole but never kept: its bytes are counted, up to the app's own cap.
MAX_BODY_BYTES = 64 * 1024 * 1024


class RateCap:
    def __init__(self, per_second, hosts):
        self._interval = 1.0 / per_second if per_second else 0.0
        self._hosts = set(hosts or ())
        self._next = {}
        self._lock = threading.Lock()

    def reserve(self, host):
        """Seconds to wait before this host may be asked again (0 for an uncapped host)."""
        if not self._interval or host not in self._hosts:
            return 0.0
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self._interval
            return slot - now


class HttpStatusError(Exception):
    pass


class Http:
    """settings: {"timeout": seconds, "perSecond": n, "cappedHosts": [...]}."""

    def __init__(self, settings):
        # silence: the longest wait for any byte; deadline: for the whole response, from the request on
        self.timeout = float(settings.get("timeout", 10.0))
        self.deadline = float(settings.get("deadline", self.timeout + 10.0))
        self.cap = RateCap(settings.get("perSecond", 0), settings.get("cappedHosts"))
        # no proxies from the environment: the app's own client uses none either
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def get(self, url):
        delay = self.cap.reserve(urllib.parse.urlsplit(url).hostname)
        if delay:
            time.sleep(delay)
        end = time.monotonic() + self.deadline
        with self._opener.open(url, timeout=self.timeout) as response:
            n = 0
            while True:
                block = response.read(_CHUNK)
                if not block:
                    return [response.status, n]
                n += len(block)
                _check(n, end, self.deadline)

    async def get_async(self, url):
        delay = self.cap.reserve(urllib.parse.urlsplit(url).hostname)
        if delay:
            await asyncio.sleep(delay)
        return await asyncio.wait_for(_fetch(url), self.deadline)


def _check(n, end, deadline):
    if n > MAX_BODY_BYTES:
        raise ConnectionError("response body larger than %d bytes" % MAX_BODY_BYTES)
    if time.monotonic() > end:
        raise TimeoutError("deadline: no complete response within %d ms" % (deadline * 1000))


async def _fetch(url):
    """One HTTP/1.1 GET over a new connection with asyncio streams; returns [status, body bytes]."""
    parts = urllib.parse.urlsplit(url)
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    context = ssl.create_default_context() if https else None
    reader, writer = await asyncio.open_connection(parts.hostname, port, ssl=context)
    try:
        target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        writer.write(("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: concurrency-lab\r\nAccept: */*\r\n"
                      "Connection: close\r\n\r\n" % (target, parts.netloc)).encode("latin-1"))
        status_line = await reader.readline()
        fields = status_line.decode("latin-1").split(None, 2)
        if len(fields) < 2 or not fields[0].startswith("HTTP/"):
            raise ConnectionError("not an HTTP response: %r" % status_line[:80])
        status = int(fields[1])
        headers = {}
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        n = await _read_body(reader, headers)
    finally:
        writer.close()
    if status >= 400:
        raise HttpStatusError("HTTP %d" % status)
    return [status, n]


async def _read_body(reader, headers):
    if "chunked" in headers.get("transfer-encoding", "").lower():
        n = 0
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return n
            if n + size > MAX_BODY_BYTES:
                raise ConnectionError("response body larger than %d bytes" % MAX_BODY_BYTES)
            n += len(await reader.readexactly(size))
            await reader.readline()
    if "content-length" in headers:
        length = int(headers["content-length"])
        if length > MAX_BODY_BYTES:
            raise ConnectionError("response body larger than %d bytes" % MAX_BODY_BYTES)
        n = 0
        while n < length:  # in blocks: a large body is counted, not held
            n += len(await reader.readexactly(min(_CHUNK, length - n)))
        return n
    n = 0
    while True:
        block = await reader.read(_CHUNK)
        if not block:
            return n
        n += len(block)
        if n > MAX_BODY_BYTES:
            raise ConnectionError("response body larger than %d bytes" % MAX_BODY_BYTES)
