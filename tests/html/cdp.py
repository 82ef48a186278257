"""cdp: a headless Chromium driven over --remote-debugging-pipe (the DevTools protocol on
file descriptors 3 and 4, messages ended by NUL) — no npm package, no port.

    with Browser() as b:
        b.open("file:///tmp/x.html")   # waits for the load event
        b.eval("1 + 1")                # -> 2
        b.screenshot("x.png", 1280, 800)
        b.errors                       # console errors, exceptions, failed loads
        b.requests                     # every URL the page asked for
"""
import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--enable-unsafe-swiftshader", "--use-angle=swiftshader"]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("cdp: chromium not found: run scripts/install-deps.sh (Debian package chromium)")


class Browser:
    def __init__(self, timeout=60):
        self.timeout = timeout
        self.errors, self.requests, self.events = [], [], []
        self.next_id = 0
        self.buf = b""
        self.dir = tempfile.mkdtemp(prefix="unxref-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        # the child sees them as fds 3 (commands in) and 4 (replies out)
        def setup():
            w = os.dup(from_child_w)  # may be 3 itself
            os.dup2(to_child_r, 3)
            os.dup2(w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
            os.closerange(5, 65536)
        self.proc = subprocess.Popen(
            [chromium()] + FLAGS + ["--user-data-dir=" + self.dir, "--remote-debugging-pipe",
                                    "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=setup, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        targets = self.call("Target.getTargets")["targetInfos"]
        page = [t for t in targets if t["type"] == "page"][0]
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                 flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            self.call(domain + ".enable", session=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            self.send("Browser.close")
            self.proc.wait(10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_child)
        os.close(self.from_child)
        shutil.rmtree(self.dir, ignore_errors=True)

    def send(self, method, session=False, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self.to_child, json.dumps(msg).encode() + b"\0")
        return self.next_id

    def read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.time()
            if left <= 0 or not select.select([self.from_child], [], [], left)[0]:
                raise TimeoutError("cdp: no answer from chromium")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("cdp: chromium closed the pipe")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\0", 1)
        msg = json.loads(line)
        self.note(msg)
        return msg

    def note(self, msg):
        m, p = msg.get("method"), msg.get("params", {})
        if m == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert"):
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description")))
                                                    for a in p["args"]))
        elif m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            self.errors.append("exception: " + d.get("exception", {}).get("description", d["text"]))
        elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
            self.errors.append("log: " + p["entry"]["text"])
        elif m == "Network.requestWillBeSent":
            self.requests.append(p["request"]["url"])
        elif m:
            self.events.append(m)

    def call(self, method, session=False, **params):
        want = self.send(method, session, **params)
        deadline = time.time() + self.timeout
        while True:
            msg = self.read(deadline)
            if msg.get("id") == want:
                if "error" in msg:
                    raise RuntimeError("cdp: %s: %s" % (method, msg["error"]))
                return msg["result"]

    def wait_event(self, name):
        deadline = time.time() + self.timeout
        while name not in self.events:
            self.read(deadline)
        self.events.remove(name)

    def open(self, url, width=1280, height=800):
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width,
                  height=height, deviceScaleFactor=1, mobile=False)
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_event("Page.loadEventFired")

    def eval(self, expr):
        r = self.call("Runtime.evaluate", session=True, expression=expr, awaitPromise=True,
                      returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError("cdp: %s: %s" % (expr, r["exceptionDetails"].get(
                "exception", {}).get("description", r["exceptionDetails"]["text"])))
        return r["result"].get("value")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
