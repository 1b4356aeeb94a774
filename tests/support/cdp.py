"""A small client of the Chrome DevTools Protocol over ``--remote-debugging-pipe``: headless
Chromium reads commands on its file descriptor 3 and writes answers and events on 4, each a JSON
message ended by a NUL byte. Only the standard library: no browser driver to install.

    with Browser() as browser:
        visit = browser.visit("file:///…/index.html")   # links, ids, images, events
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")

# What the page tells us once it has loaded (run by DevTools, not by the page: the site has no
# script of its own, and the test checks that it has none).
INSPECT = """(() => {
  const links = [...document.querySelectorAll('a[href]')].map(a => ({
    href: a.href, raw: a.getAttribute('href'), external: a.classList.contains('external')}));
  const resources = [
    ...[...document.querySelectorAll('link[href]')].map(l => ({href: l.href, raw: l.getAttribute('href'), tag: 'link', rel: l.rel})),
    ...[...document.querySelectorAll('img')].map(i => ({href: i.src, raw: i.getAttribute('src'), tag: 'img', loaded: i.complete && i.naturalWidth > 0})),
  ];
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id)
    .concat([...document.querySelectorAll('a[name]')].map(a => a.name));
  const handlers = [...document.querySelectorAll('*')].flatMap(e =>
    [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + ' ' + a.name));
  const sheets = [...document.styleSheets].map(s => { try { return s.cssRules.length; } catch (e) { return -1; } });
  return {links, resources, ids, handlers, scripts: document.scripts.length, title: document.title,
          lang: document.documentElement.lang, sheets,
          width: document.documentElement.scrollWidth, h1: document.querySelectorAll('h1').length};
})()"""


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@dataclass
class Visit:
    """One page as the browser saw it."""

    url: str
    info: dict
    events: list[dict] = field(default_factory=list)

    def console_problems(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Runtime.consoleAPICalled":
                found.append(f"console.{params.get('type')}: {params.get('args')}")
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                if entry.get("level") in ("error", "warning"):
                    found.append(
                        f"log {entry.get('level')}: {entry.get('text')} ({entry.get('url')})"
                    )
        return found

    def requests(self) -> list[str]:
        return [
            event["params"]["request"]["url"]
            for event in self.events
            if event["method"] == "Network.requestWillBeSent"
        ]

    def failed_loads(self) -> list[str]:
        return [
            f"{event['params'].get('errorText')} ({event['params'].get('requestId')})"
            for event in self.events
            if event["method"] == "Network.loadingFailed" and not event["params"].get("canceled")
        ]


class Browser:
    """Headless Chromium driven over a pipe, with one page (tab) attached."""

    def __init__(self, executable: str | None = None, timeout: float = 30.0) -> None:
        self.executable = executable or find_chromium()
        if self.executable is None:
            raise RuntimeError("chromium is not installed (apt-get install chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="lgotp-chromium-")
        self._next = 0
        self._answers: dict[int, dict] = {}
        self._events: queue.Queue = queue.Queue()
        self._lock = threading.Condition()

    def __enter__(self) -> Browser:
        commands_read, self._commands = os.pipe()
        self._answers_read, answers_write = os.pipe()

        def give_pipes() -> None:  # in the child, before exec: the pipes become fds 3 and 4
            os.dup2(commands_read, 3)
            os.dup2(answers_write, 4)

        self.process = subprocess.Popen(
            [
                self.executable,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--hide-scrollbars",
                f"--user-data-dir={self.profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=give_pipes,  # the test starts no thread before this
        )
        os.close(commands_read)
        os.close(answers_write)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=self.session)
        # Belt and braces: nothing may leave the machine, even if a page asked for it (the
        # requests are still seen, and the test fails on them).
        self.call(
            "Network.setBlockedURLs",
            {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]},
            session=self.session,
        )
        return self

    def __exit__(self, *exc) -> None:
        with contextlib.suppress(Exception):  # closing anyway
            self.call("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._answers_read, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._answers[-1] = {"closed": True}
                    self._lock.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        self._answers[message["id"]] = message
                        self._lock.notify_all()
                else:
                    self._events.put(message)

    def call(
        self,
        method: str,
        params: dict | None = None,
        *,
        session: str | None = None,
        timeout: float | None = None,
    ) -> dict:
        self._next += 1
        number = self._next
        message = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._lock:
            while number not in self._answers:
                if -1 in self._answers:
                    raise RuntimeError(f"chromium closed the pipe during {method}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no answer to {method} within the time allowed")
                self._lock.wait(left)
            answer = self._answers.pop(number)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def _drain(self) -> list[dict]:
        events = []
        while True:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                return events

    def visit(self, url: str) -> Visit:
        """Load ``url``, wait for its load event, and inspect it."""
        self._drain()
        self.call("Page.navigate", {"url": url}, session=self.session)
        events: list[dict] = []
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{url} did not finish loading")
            try:
                event = self._events.get(timeout=left)
            except queue.Empty:
                continue
            events.append(event)
            if event.get("method") == "Page.loadEventFired":
                break
        result = self.call(
            "Runtime.evaluate",
            {"expression": INSPECT, "returnByValue": True},
            session=self.session,
        )
        events += self._drain()
        return Visit(url, result["result"]["value"], events)

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page (DevTools runs it, not the page)."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=self.session,
        )
        return result["result"].get("value")

    def viewport(self, width: int, height: int, *, mobile: bool = False) -> None:
        """Lay pages out as a screen of ``width`` × ``height`` CSS pixels (a phone: mobile)."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            session=self.session,
        )

    def media(self, kind: str) -> None:
        """Lay pages out for ``print`` or ``screen``."""
        self.call("Emulation.setEmulatedMedia", {"media": kind}, session=self.session)

    def screenshot(self, path: Path, width: int = 1280, height: int = 1600) -> None:
        """The current page as a PNG (for a person to look at)."""
        import base64

        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
            session=self.session,
        )
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=self.session)
        path.write_bytes(base64.b64decode(data["data"]))
