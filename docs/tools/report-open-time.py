#!/usr/bin/env python3
"""How long report.html takes to open in headless Chromium: navigation start to the load event's
end (performance.timing), median of N loads, each in a fresh session, through Debian's
chromedriver over the W3C WebDriver protocol (no client library needed).

usage: report-open-time.py RUNS FILE [FILE ...]   e.g. report-open-time.py 5 out/report.html
Each FILE is loaded in turn in every round, so that the machine's noise falls on all alike.
"""
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["value"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_ms(base, path):
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]}}}}
    session = call(base, "POST", "/session", caps)["sessionId"]
    try:
        call(base, "POST", f"/session/{session}/url", {"url": "file://" + os.path.abspath(path)})
        while True:  # the driver may hand back a page still loading
            t = call(base, "POST", f"/session/{session}/execute/sync", {
                "script": "var t = performance.timing;"
                          " return t.loadEventEnd > 0 ? [t.loadEventEnd - t.navigationStart,"
                          " t.domContentLoadedEventEnd - t.navigationStart] : null;", "args": []})
            if t is not None:
                return t
            time.sleep(0.05)
    finally:
        call(base, "DELETE", f"/session/{session}")


def main():
    runs = int(sys.argv[1])
    files = sys.argv[2:]
    port = free_port()
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(50):
            try:
                call(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.2)
        times = {f: [] for f in files}
        for _ in range(runs):
            for f in files:
                times[f].append(open_ms(base, f))
        for f in files:
            load = statistics.median(t[0] for t in times[f])
            dcl = statistics.median(t[1] for t in times[f])
            print(json.dumps({"file": f, "bytes": os.path.getsize(f), "runs": runs,
                              "load_ms_median": load, "dom_content_loaded_ms_median": dcl,
                              "load_ms": [t[0] for t in times[f]]}))
    finally:
        driver.terminate()


if __name__ == "__main__":
    main()
