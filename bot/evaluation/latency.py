"""Reply latency and throughput of a running Mend over REST (`make bench`).

Starts `mend serve` on free ports with a throw-away SQLite tracker store, plays a scripted
20-turn conversation many times (one after another, then concurrently), prints p50/p95/p99
latency, messages per second and errors, then stops the servers.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Tuple

from bot.paths import PROJECT_ROOT

SCRIPT = [
    "hi", "my husband and I keep fighting about chores", "/ask_more",
    "how do i bring it up without a fight", "he gets defensive as soon as i mention it",
    "how do i say it without blaming him", "honestly i feel so alone in this",
    "we feel like roommates lately", "how do we get the spark back",
    "we argue about money too", "/ask_more", "can trust come back after lies",
    "what should i do", "yes", "are you a bot", "what do you store",
    "idk", "thank you", "we need goals", "bye",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send(port: int, sender: str, text: str) -> Tuple[float, bool]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook", data=body,
        headers={"Content-Type": "application/json"},
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            ok = response.status == 200 and bool(json.loads(response.read()))
    except OSError:
        ok = False
    return time.perf_counter() - start, ok


def conversation(port: int, sender: str) -> List[Tuple[float, bool]]:
    return [send(port, sender, text) for text in SCRIPT]


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def report(name: str, results: List[Tuple[float, bool]], seconds: float) -> None:
    latencies = [latency * 1000 for latency, _ in results]
    errors = sum(not ok for _, ok in results)
    print(
        f"{name:28} n={len(results):5d}  p50={percentile(latencies, 50):6.1f} ms  "
        f"p95={percentile(latencies, 95):6.1f} ms  p99={percentile(latencies, 99):6.1f} ms  "
        f"mean={statistics.mean(latencies):6.1f} ms  {len(results) / seconds:6.1f} msg/s  "
        f"errors={errors}"
    )


def main(argv: List[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args(argv)

    port, actions_port = free_port(), free_port()
    db = Path(tempfile.mkdtemp()) / "bench.db"
    env = dict(os.environ, MEND_DB_URL=f"sqlite:///{db}", RASA_TELEMETRY_ENABLED="false")
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port),
         "--actions-port", str(actions_port)],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert server.stdout is not None
        for line in server.stdout:
            if "Mend is ready" in line:
                break
        else:
            raise SystemExit("mend serve did not start")
        print(f"start to ready: {time.perf_counter() - started:.1f} s")
        send(port, "warm-up", "hi")

        begin = time.perf_counter()
        sequential = [r for i in range(args.conversations) for r in conversation(port, f"seq-{i}")]
        report("sequential 20-turn chats", sequential, time.perf_counter() - begin)

        begin = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            chats = pool.map(lambda i: conversation(port, f"par-{i}"), range(args.conversations))
            concurrent = [r for chat in chats for r in chat]
        report(f"{args.concurrency} concurrent chats", concurrent, time.perf_counter() - begin)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
