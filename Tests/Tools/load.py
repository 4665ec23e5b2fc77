#!/usr/bin/env python3
"""`make load`: `qingdan serve` on loopback under 200 requests from 16 concurrent clients.

The mix (fixed seed): the sample PDF and the DOCX through POST /api/convert, a diff of the two
editions through POST /api/diff, and bad files — random bytes, a truncated PDF, an upload over the
size limit. Every good request must succeed with the right item count (100; the diff 1 removed,
1 added, 4 modified), every bad one must get its 4xx, no 5xx, no dropped connection. Reports the
server's peak RSS (its own, and with its conversion children) and p50/p99 latency per kind as a
ratio to one `qingdan convert` of the same file measured in this run. Loopback only; bounded in
count (200) and time (each request 120 s at most).

    python3 load.py --binary .build/release/qingdan [--requests 200] [--clients 16]
"""
import argparse
import http.client
import json
import os
import random
import select
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server_process import Server  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "Samples")
LIMIT_MB = 8
TIMEOUT = 120


def multipart(fields):
    boundary = "----qingdan-load-" + uuid.uuid4().hex
    body = b""
    for name, filename, data in fields:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def post(port, path, body, content_type):
    """Sends the request in pieces and stops sending as soon as the server answers (a refused
    upload is answered before it is read); returns (status, body)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
        sock.sendall(head)
        view, sent = memoryview(body), 0
        while sent < len(body):
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            try:
                sent += sock.send(view[sent:sent + 65536])
            except (BrokenPipeError, ConnectionResetError):
                break
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, response.read()
    finally:
        sock.close()


class RSS(threading.Thread):
    """Samples the server's resident memory, alone and with its children, every 20 ms."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak_server, self.peak_total, self.running = pid, 0, 0, True

    @staticmethod
    def rss_kb(pid):
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def children(self):
        # Children are started from the server's worker threads: every thread's list counts.
        found = []
        try:
            for task in os.listdir(f"/proc/{self.pid}/task"):
                with open(f"/proc/{self.pid}/task/{task}/children") as f:
                    found += [int(p) for p in f.read().split()]
        except OSError:
            pass
        return found

    def run(self):
        while self.running:
            own = self.rss_kb(self.pid)
            self.peak_server = max(self.peak_server, own)
            self.peak_total = max(self.peak_total, own + sum(self.rss_kb(c) for c in self.children()))
            time.sleep(0.02)

    def hwm_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0


def single_convert(binary, path, repeats=3):
    """Median wall time of `qingdan convert FILE --format json -o DIR`, the reference."""
    times = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run([binary, "convert", path, "--format", "json", "-o", out], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)

    pdf = open(os.path.join(SAMPLES, "kouquan-cooperative.pdf"), "rb").read()
    rev = open(os.path.join(SAMPLES, "kouquan-cooperative-rev.pdf"), "rb").read()
    docx = open(os.path.join(SAMPLES, "kouquan-cooperative.docx"), "rb").read()
    rng = random.Random(12)
    noise = bytes(rng.getrandbits(8) for _ in range(20000))
    oversized = bytes(LIMIT_MB * 1048576 + 4096)

    # kind: (path, fields, expected status, check of the body)
    def items(n):
        return lambda body: len(json.loads(body)["items"]) == n

    def diff(body):
        d = json.loads(body)
        return (len(d["removed"]), len(d["added"]), len(d["modified"])) == (1, 1, 4)

    def refused(body):
        return "message" in json.loads(body)["error"]

    kinds = {
        "pdf": ("/api/convert", [("file", "kouquan-cooperative.pdf", pdf)], 200, items(100)),
        "docx": ("/api/convert", [("file", "kouquan-cooperative.docx", docx)], 200, items(100)),
        "diff": ("/api/diff", [("old", "old.pdf", pdf), ("new", "new.pdf", rev)], 200, diff),
        "random": ("/api/convert", [("file", "random.pdf", noise)], 422, refused),
        "truncated": ("/api/convert", [("file", "truncated.pdf", pdf[: len(pdf) // 2])], 422, refused),
        "oversized": ("/api/convert", [("file", "big.pdf", oversized)], 413, refused),
    }
    weights = {"pdf": 40, "docx": 25, "diff": 10, "random": 10, "truncated": 10, "oversized": 5}
    plan = rng.choices(list(weights), weights=list(weights.values()), k=args.requests)
    bodies = {k: multipart(v[1]) for k, v in kinds.items()}

    reference = {
        "pdf": single_convert(binary, os.path.join(SAMPLES, "kouquan-cooperative.pdf")),
        "docx": single_convert(binary, os.path.join(SAMPLES, "kouquan-cooperative.docx")),
    }
    reference["diff"] = 2 * reference["pdf"]

    server = Server(binary, "--max-upload-mb", str(LIMIT_MB))
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    rss = RSS(server.pid)
    rss.start()
    results, lock, cursor = [], threading.Lock(), iter(range(len(plan)))

    def client():
        while True:
            with lock:
                index = next(cursor, None)
            if index is None:
                return
            kind = plan[index]
            path, _, expected, ok = kinds[kind]
            body, content_type = bodies[kind]
            start = time.perf_counter()
            try:
                status, answer = post(port, path, body, content_type)
                good = status == expected and ok(answer)
                error = None if good else f"status {status}: {answer[:200]!r}"
            except Exception as exc:  # a dropped connection is a failure, reported
                status, good, error = None, False, repr(exc)
            with lock:
                results.append((kind, status, good, time.perf_counter() - start, error))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    rss.running = False
    rss.join()
    hwm = rss.hwm_kb()
    alive = server.process.poll() is None
    stopped = server.stop()

    failed = [r for r in results if not r[2]]
    five_hundreds = [r for r in results if r[1] is not None and r[1] >= 500]
    print(f"{len(results)} requests from {args.clients} clients in {wall:.1f} s; reference `qingdan convert`: "
          f"PDF {reference['pdf']:.3f} s, DOCX {reference['docx']:.3f} s (median of 3)")
    print(f"{'kind':10} {'n':>4} {'ok':>4} {'status':>7} {'p50 s':>7} {'p99 s':>7} {'p50/ref':>8} {'p99/ref':>8}")
    for kind in kinds:
        rows = [r for r in results if r[0] == kind]
        if not rows:
            continue
        latencies = [r[3] for r in rows]
        p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
        statuses = ",".join(sorted({str(r[1]) for r in rows}))
        ratio = (f"{p50 / reference[kind]:8.1f} {p99 / reference[kind]:8.1f}" if kind in reference else f"{'':8} {'':8}")
        print(f"{kind:10} {len(rows):4} {sum(r[2] for r in rows):4} {statuses:>7} {p50:7.3f} {p99:7.3f} {ratio}")
    print(f"server peak RSS: {hwm / 1024:.1f} MB (VmHWM); with its conversion children, sampled: {rss.peak_total / 1024:.1f} MB")
    print(f"5xx: {len(five_hundreds)}; failures: {len(failed)}; server alive after the run: {alive}; SIGTERM exit: {stopped}")
    for r in failed[:10]:
        print(f"  FAIL {r[0]}: {r[4]}")
    if failed or five_hundreds or not alive or stopped != 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
