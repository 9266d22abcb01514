#!/usr/bin/env python3
"""Measures how long `briefing serve` takes from saving an article to telling the browser to reload.

    scripts/serve-latency.py SITE [--briefing PATH] [--edits N] [--timeout S] [--article NAME] [--settle] [--show-server]

Copies SITE (a briefing site folder, e.g. one written by `make-corpus --format briefing`) to a temporary
folder, starts `briefing serve` on a free loopback port, waits for the first build, connects to the
live-reload event stream (/__briefing/events) and then, N times: appends a unique paragraph to one article,
waits for the `reload` event, and fetches the article's page to check that it already holds the new text.
Prints each save-to-reload time, the median and the range (and, with --show-server, what the server printed
meanwhile). With --settle, each edit also waits for the rebuild that follows it (the server's "rebuilt" line) and
reports whether the stream carried a second event within half a second after it; the next edit then starts
from an idle server. Loopback only; every wait is bounded by --timeout.
Not a test: the figures depend on the machine.
"""
import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EventStream:
    """A minimal text/event-stream reader over a raw socket."""

    def __init__(self, port, timeout):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.sendall(b"GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""
        head = self._read_until(b"\r\n\r\n", time.monotonic() + timeout)
        if b" 200 " not in head.split(b"\r\n", 1)[0]:
            raise SystemExit("event stream refused: %r" % head[:80])
        self.chunked = b"transfer-encoding: chunked" in head.lower()

    def _read_until(self, marker, deadline):
        while marker not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no event in time")
            self.sock.settimeout(remaining)
            data = self.sock.recv(65536)
            if not data:
                raise SystemExit("event stream closed")
            self.buffer += data
        head, self.buffer = self.buffer.split(marker, 1)
        return head

    def next_event(self, deadline):
        """The name of the next event (comments and keep-alives skipped)."""
        while True:
            # Events end with a blank line; chunk framing lines, if any, are skipped by the regex below.
            block = self._read_until(b"\n\n", deadline).decode("utf-8", "replace")
            match = re.search(r"^event: (.+)$", block, re.M)
            if match:
                return match.group(1).strip()


def fetch(port, path, timeout):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--briefing", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "briefing"))
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120.0, help="bound on every wait, in seconds")
    parser.add_argument("--article", help="file name in Content/articles/ to edit (default: the first)")
    parser.add_argument("--settle", action="store_true", help="after each edit, wait for its rebuild and look for a second event")
    parser.add_argument("--show-server", action="store_true", help="print what the server printed after it started serving, but its diagnostics")
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="briefing-serve-latency-")
    site = os.path.join(scratch, "site")
    shutil.copytree(args.site, site)
    articles = sorted(n for n in os.listdir(os.path.join(site, "Content", "articles")) if n.endswith(".md"))
    name = args.article or articles[0]
    article = os.path.join(site, "Content", "articles", name)
    with open(article, encoding="utf-8") as f:
        text = f.read()
    slug_match = re.search(r"^slug:\s*\"?([^\"\n]+)\"?\s*$", text.split("\n---", 1)[0], re.M)
    slug = slug_match.group(1) if slug_match else name.rsplit(".", 1)[0]
    page = "/articles/%s/" % slug

    port = free_port()
    command = [args.briefing, "serve", "--root", site, "--port", str(port), "--host", "127.0.0.1",
               "--output", os.path.join(scratch, "out")]
    started = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = started + args.timeout
        while True:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("briefing serve stopped before serving")
            if line.startswith("Serving at"):
                break
            if time.monotonic() > deadline:
                raise SystemExit("no first build within %.0f s" % args.timeout)
        print("first build and listen: %.2f s" % (time.monotonic() - started))
        # Keep reading the server's output, so that it never blocks on a full pipe.
        server_lines = []
        output_changed = threading.Condition()

        def read_server():
            for line in server.stdout:
                with output_changed:
                    server_lines.append(line)
                    output_changed.notify_all()

        def rebuilds():
            return sum(1 for line in server_lines if " rebuilt " in line or "the build failed" in line)

        reader = threading.Thread(target=read_server, daemon=True)
        reader.start()
        status, _ = fetch(port, page, args.timeout)
        if status != 200:
            raise SystemExit("%s answered %d; pass --article" % (page, status))
        events = EventStream(port, args.timeout)
        if events.next_event(time.monotonic() + args.timeout) != "hello":
            print("note: the stream did not start with hello")
        latencies = []
        for edit in range(args.edits):
            with output_changed:
                rebuilt_before = rebuilds()
            marker = "latency-marker-%d-%d" % (os.getpid(), edit)
            text += "\n\n%s\n" % marker
            saved = time.monotonic()
            with open(article, "w", encoding="utf-8") as f:
                f.write(text)
            name_seen = events.next_event(saved + args.timeout)
            elapsed = time.monotonic() - saved
            status, body = fetch(port, page, args.timeout)
            served = status == 200 and marker.encode() in body
            latencies.append(elapsed)
            print("edit %d: %s after %.3f s; page served updated: %s" % (edit + 1, name_seen, elapsed, "yes" if served else "NO"))
            if name_seen != "reload" or not served:
                raise SystemExit(1)
            if args.settle:
                with output_changed:
                    if not output_changed.wait_for(lambda: rebuilds() > rebuilt_before, timeout=args.timeout):
                        raise SystemExit("no rebuild within %.0f s" % args.timeout)
                    settled = time.monotonic() - saved
                try:
                    extra = events.next_event(time.monotonic() + 0.5)
                except TimeoutError:
                    extra = None
                print("        rebuilt after %.2f s; second event: %s" % (settled, extra or "none"))
        print("save -> reload event: median %.3f s, min %.3f s, max %.3f s over %d edits"
              % (statistics.median(latencies), min(latencies), max(latencies), len(latencies)))
        if args.show_server:
            server.terminate()
            server.wait(timeout=30)
            reader.join(timeout=10)
            print("server output (diagnostics left out):")
            for line in server_lines:
                if ": warning: " not in line and ": error: " not in line and line.strip():
                    print("  " + line.rstrip("\n"))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
