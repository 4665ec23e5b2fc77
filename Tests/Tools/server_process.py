"""Starts `qingdan serve` on a free loopback port and stops it: shared by the browser test and
`make load`."""
import os
import re
import signal
import subprocess
import time


class Server:
    def __init__(self, binary, *arguments):
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", "0", *arguments],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 30
        line = ""
        while time.time() < deadline:
            line = self.process.stderr.readline()
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+/)", line)
            if match:
                self.url = match.group(1)
                return
            if self.process.poll() is not None:
                break
        raise SystemExit(f"qingdan serve did not start: {line.strip()!r}")

    @property
    def pid(self):
        return self.process.pid

    def stop(self):
        """SIGTERM, as systemd stops it; returns the exit status (0 when it stopped cleanly)."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return -1
