"""`make bench`: Mend against stock Rasa, side by side, in one run on this machine.

For each configuration -- Mend's config.yml, and Rasa 3.6's stock configuration
(bench/stock_config.yml: the pipeline and policies `rasa init` gives, DIET, TED and friends) --
on Mend's own domain and data:

1. train with `rasa train --skip-validation` (as `make train` does; the data is checked by
   `make validate`) from a cold cache (fresh --out, TMPDIR and RASA_CACHE_DIRECTORY);
2. serve the model with `mend serve` (MEND_MODEL picks the model; SQLite tracker store in a
   temporary directory; Mend's action server running) and time start -> ready;
3. play a scripted 20-turn conversation over REST, N conversations one after another
   (latency p50/p95/p99), then C conversations at once (throughput, errors);
4. read the Rasa server's peak resident memory (VmHWM in /proc/<pid>/status).

The configurations are served one after the other, never together, so they don't compete for
the CPU. Prints a table with the Mend/stock ratios and the targets, and writes it to
results/bench.md.

Quick runs: BENCH_CONVERSATIONS (default 200) and BENCH_CONCURRENCY (default 50) shrink the
load; --mend-model/--stock-model reuse trained models (training time is then not measured);
--only mend|stock runs one side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot.paths import PROJECT_ROOT

STOCK_CONFIG = PROJECT_ROOT / "bench" / "stock_config.yml"
MEND_CONFIG = PROJECT_ROOT / "config.yml"
RESULTS = PROJECT_ROOT / "results" / "bench.md"
# Training longer than this is stopped and reported as a lower bound (BENCH_TRAIN_TIMEOUT).
TRAIN_TIMEOUT_SECONDS = float(os.environ.get("BENCH_TRAIN_TIMEOUT", 3600))
READY_TIMEOUT_SECONDS = 300
REQUEST_TIMEOUT_SECONDS = 60
# The apology bot.resilience sends when an action failed: an error, not a reply.
TROUBLE = "I'm having trouble right now"

# Scripted 20-turn conversations; conversation i plays SCRIPTS[i % len(SCRIPTS)].
SCRIPTS: List[List[str]] = [
    [
        "hi", "my husband and I keep fighting about chores", "/ask_more",
        "how do i bring it up without a fight", "he gets defensive as soon as i mention it",
        "how do i say it without blaming him", "honestly i feel so alone in this",
        "we feel like roommates lately", "how do we get the spark back",
        "we argue about money too", "/ask_more", "can trust come back after lies",
        "what should i do", "yes", "are you a bot", "what do you store",
        "idk", "thank you", "we need goals", "bye",
    ],
    [
        "hello there", "my wife and i argue about money all the time",
        "she spends and i save and it drives us crazy", "/ask_more",
        "what can we actually do about it", "we tried a budget and it didn't work",
        "she says i'm controlling", "we used to laugh a lot, now we barely talk",
        "how do we reconnect when we're both exhausted", "the kids take all our energy",
        "no", "is it normal to feel this way after ten years", "should we see a counsellor",
        "how long does couples therapy take", "he won't go to counselling", "ok",
        "what do you do with what i tell you", "that helps, thanks", "let's talk about something else",
        "goodbye",
    ],
    [
        "hey", "i found messages he sent to someone else", "i don't know if i can trust him again",
        "/ask_more", "he says it was nothing but i can't stop thinking about it",
        "how do i forgive him", "i feel stupid for not seeing it", "can trust come back after lies",
        "what should i ask him", "we've been together for 8 years", "sure",
        "he shuts down whenever we talk about it", "how do i talk without criticising",
        "i think we're drifting apart", "my partner doesn't help at home either",
        "who are you", "i'm in the uk, is there someone i can call", "thanks a lot",
        "i need to think about it", "see you",
    ],
]
assert all(len(script) == 20 for script in SCRIPTS)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- training -----------------------------------------------------------------------------

class TrainingTimedOut(Exception):
    """`rasa train` ran longer than TRAIN_TIMEOUT_SECONDS and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"training stopped after {seconds:.0f} s")
        self.seconds = seconds


def train(config: Path, name: str, workdir: Path) -> Tuple[float, Path]:
    """Trains from a cold cache; returns (wall seconds of `rasa train`, model path).
    Raises TrainingTimedOut when it takes longer than TRAIN_TIMEOUT_SECONDS."""
    out, cache, tmp = workdir / "models", workdir / "cache", workdir / "tmp"
    for directory in (out, cache, tmp):
        directory.mkdir(parents=True)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3",
               RASA_CACHE_DIRECTORY=str(cache), TMPDIR=str(tmp))
    log = workdir / "train.log"
    command = [sys.executable, "-m", "rasa", "train", "--domain", "domain", "--data", "data",
               "--config", str(config), "--out", str(out), "--fixed-model-name", name, "--quiet",
               # as `make train` does for Mend (validation is `make validate`'s job), for both
               "--skip-validation"]
    print(f"[{name}] training with {config} (cold cache) ...", flush=True)
    started = time.perf_counter()
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=handle,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code = process.wait(timeout=TRAIN_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            seconds = time.perf_counter() - started
            print(f"[{name}] training stopped after {seconds:.0f} s (BENCH_TRAIN_TIMEOUT)", flush=True)
            raise TrainingTimedOut(seconds) from None
    seconds = time.perf_counter() - started
    model = out / f"{name}.tar.gz"
    if code != 0 or not model.is_file():
        raise SystemExit(f"[{name}] training failed (exit {code}); see {log}:\n"
                         + log.read_text(errors="replace")[-3000:])
    print(f"[{name}] trained in {seconds:.1f} s", flush=True)
    return seconds, model


def with_epochs(config: Path, epochs: int, out: Path) -> Path:
    """A copy of `config` with every `epochs` setting replaced."""
    import yaml

    content = yaml.safe_load(config.read_text(encoding="utf-8"))
    for item in content.get("pipeline", []) + content.get("policies", []):
        if "epochs" in item:
            item["epochs"] = epochs
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return out


# --- serving ------------------------------------------------------------------------------

def children(pid: int) -> List[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def peak_rss_mb(pid: int) -> Optional[float]:
    """VmHWM (peak resident set size) of a process, in MB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """`mend serve` for one model, with its own ports and SQLite tracker store."""

    def __init__(self, model: Path, workdir: Path) -> None:
        self.port, self.actions_port = free_port(), free_port()
        db = workdir / "tracker.db"
        env = dict(os.environ, MEND_DB_URL=f"sqlite:///{db}", MEND_MODEL=str(model),
                   RASA_TELEMETRY_ENABLED="false")
        env.pop("MEND_API_TOKEN", None)
        self.log_path = workdir / "serve.log"
        self._log = self.log_path.open("w")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port),
             "--actions-port", str(self.actions_port)],
            cwd=PROJECT_ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while "Mend is ready" not in self.log():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"mend serve did not become ready:\n{self.log()[-3000:]}")
            time.sleep(0.1)
        self.ready_seconds = time.perf_counter() - started
        rasa = [c for c in children(self.process.pid) if "bot.rasa_server" in cmdline(c)]
        if not rasa:
            self.stop()
            raise SystemExit("could not find the Rasa server process under mend serve")
        self.rasa_pid = rasa[0]
        actions = [c for c in children(self.process.pid) if "rasa_sdk" in cmdline(c)]
        self.actions_pid = actions[0] if actions else self.rasa_pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


# --- load ---------------------------------------------------------------------------------

@dataclass
class Turn:
    seconds: float
    error: Optional[str]  # None when the bot answered
    empty: bool = False  # a 200 with no bot message (not an error: a policy may listen)


async def send(session, url: str, sender: str, text: str) -> Turn:
    started = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.read()
            seconds = time.perf_counter() - started
            if response.status != 200:
                return Turn(seconds, f"HTTP {response.status}")
            messages = json.loads(body)
    except Exception as error:  # noqa: BLE001 - a timeout or a dropped connection is an error
        return Turn(time.perf_counter() - started, type(error).__name__)
    if any(TROUBLE in (m.get("text") or "") for m in messages):
        return Turn(seconds, "action failed")
    return Turn(seconds, None, empty=not messages)


async def conversation(session, url: str, sender: str, script: List[str]) -> List[Turn]:
    return [await send(session, url, sender, text) for text in script]


async def load(port: int, prefix: str, conversations: int, concurrency: int) -> Tuple[List[Turn], float]:
    """Plays `conversations` scripted chats, `concurrency` at a time; returns turns and seconds."""
    import aiohttp

    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        gate = asyncio.Semaphore(concurrency)

        async def one(i: int) -> List[Turn]:
            async with gate:
                return await conversation(session, url, f"{prefix}-{i}", SCRIPTS[i % len(SCRIPTS)])

        started = time.perf_counter()
        chats = await asyncio.gather(*(one(i) for i in range(conversations)))
        seconds = time.perf_counter() - started
    return [turn for chat in chats for turn in chat], seconds


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


@dataclass
class Result:
    name: str
    train_seconds: Optional[float] = None
    ready_seconds: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    sequential_errors: int = 0
    throughput: float = 0.0
    concurrent_p95: float = 0.0
    cpu_ms_per_message: float = 0.0  # the Rasa server's own CPU, robust to a busy machine
    actions_cpu_ms_per_message: float = 0.0
    concurrent_errors: int = 0
    empty_replies: int = 0
    peak_rss_mb: Optional[float] = None
    error_kinds: Dict[str, int] = field(default_factory=dict)


def bench_model(name: str, model: Path, workdir: Path, conversations: int,
                concurrency: int) -> Result:
    result = Result(name)
    print(f"[{name}] serving {model} ...", flush=True)
    server = Server(model, workdir)
    try:
        result.ready_seconds = server.ready_seconds
        print(f"[{name}] ready in {server.ready_seconds:.1f} s", flush=True)
        # Warm-up (not measured): the first messages load lazily imported code.
        asyncio.run(load(server.port, f"{name}-warm", len(SCRIPTS), len(SCRIPTS)))

        cpu_before = cpu_seconds(server.rasa_pid), cpu_seconds(server.actions_pid)
        turns, seconds = asyncio.run(load(server.port, f"{name}-seq", conversations, 1))
        result.cpu_ms_per_message = (cpu_seconds(server.rasa_pid) - cpu_before[0]) * 1000 / len(turns)
        result.actions_cpu_ms_per_message = (
            (cpu_seconds(server.actions_pid) - cpu_before[1]) * 1000 / len(turns))
        latencies = [t.seconds * 1000 for t in turns]
        result.p50, result.p95, result.p99 = (percentile(latencies, q) for q in (50, 95, 99))
        result.sequential_errors = sum(t.error is not None for t in turns)
        print(f"[{name}] sequential: {len(turns)} messages in {seconds:.1f} s, "
              f"p50 {result.p50:.1f} ms, p95 {result.p95:.1f} ms, p99 {result.p99:.1f} ms",
              flush=True)

        turns2, seconds2 = asyncio.run(load(server.port, f"{name}-par", concurrency, concurrency))
        result.throughput = len(turns2) / seconds2
        result.concurrent_p95 = percentile([t.seconds * 1000 for t in turns2], 95)
        result.concurrent_errors = sum(t.error is not None for t in turns2)
        result.empty_replies = sum(t.empty for t in turns + turns2)
        for turn in turns + turns2:
            if turn.error:
                result.error_kinds[turn.error] = result.error_kinds.get(turn.error, 0) + 1
        print(f"[{name}] {concurrency} concurrent: {len(turns2)} messages in {seconds2:.1f} s, "
              f"{result.throughput:.1f} msg/s, errors {result.concurrent_errors}", flush=True)
        result.peak_rss_mb = peak_rss_mb(server.rasa_pid)
    finally:
        server.stop()
    if "Traceback" in server.log():
        print(f"[{name}] note: the server log has a traceback: {server.log_path}", flush=True)
    return result


# --- the table ----------------------------------------------------------------------------

def _num(value: Optional[float], digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _ratio(mend: Optional[float], stock: Optional[float]) -> Optional[float]:
    if mend is None or stock is None or stock == 0:
        return None
    return mend / stock


def _verdict(*checks: Optional[bool]) -> str:
    if any(c is None for c in checks):
        return "n/a"
    return "PASS" if all(checks) else "MISS"


def table(mend: Optional[Result], stock: Optional[Result], conversations: int,
          concurrency: int) -> str:
    def get(result: Optional[Result], attr: str) -> Optional[float]:
        return None if result is None else getattr(result, attr)

    rows = []

    def row(label: str, attr: str, digits: int, target: str, verdict: str) -> None:
        m, s = get(mend, attr), get(stock, attr)
        ratio = _ratio(m, s)
        rows.append(f"| {label} | {_num(m, digits)} | {_num(s, digits)} | "
                    f"{_num(ratio, 2)} | {target} | {verdict} |")

    def le(value: Optional[float], limit: float) -> Optional[bool]:
        return None if value is None else value <= limit

    m_train, s_train = get(mend, "train_seconds"), get(stock, "train_seconds")
    m_p95, s_p95 = get(mend, "p95"), get(stock, "p95")
    m_rss, s_rss = get(mend, "peak_rss_mb"), get(stock, "peak_rss_mb")
    m_tput = get(mend, "throughput")
    m_errors = None if mend is None else mend.sequential_errors + mend.concurrent_errors

    row("training, cold cache (s)", "train_seconds", 1, "≤ 0.25 × stock and ≤ 30 s",
        _verdict(le(_ratio(m_train, s_train), 0.25), le(m_train, 30)))
    row("start → ready (s)", "ready_seconds", 1, "–", "")
    row(f"latency p50, {conversations} sequential chats (ms)", "p50", 1, "–", "")
    row("latency p95 (ms)", "p95", 1, "≤ 0.5 × stock and ≤ 20 ms",
        _verdict(le(_ratio(m_p95, s_p95), 0.5), le(m_p95, 20)))
    row("latency p99 (ms)", "p99", 1, "–", "")
    row("Rasa server CPU per message (ms)", "cpu_ms_per_message", 1, "–", "")
    row("action server CPU per message (ms)", "actions_cpu_ms_per_message", 1, "–", "")
    row(f"throughput, {concurrency} concurrent chats (msg/s)", "throughput", 1,
        "≥ 100 msg/s, zero errors",
        _verdict(None if m_tput is None else m_tput >= 100,
                 None if m_errors is None else m_errors == 0))
    row(f"latency p95 at {concurrency} concurrent (ms)", "concurrent_p95", 1, "–", "")
    row("errors, sequential", "sequential_errors", 0, "0",
        _verdict(None if mend is None else mend.sequential_errors == 0))
    row("errors, concurrent", "concurrent_errors", 0, "0",
        _verdict(None if mend is None else mend.concurrent_errors == 0))
    row("peak RSS of the Rasa server (MB)", "peak_rss_mb", 0, "≤ 0.6 × stock",
        _verdict(le(_ratio(m_rss, s_rss), 0.6)))
    row("empty replies (200, no message; info)", "empty_replies", 0, "–", "")

    header = ["| metric | Mend | stock Rasa | Mend/stock | target (Mend) | |",
              "|---|---:|---:|---:|---|---|"]
    load = os.getloadavg()
    notes = [
        "",
        f"Machine: {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}; load average at the end "
        f"{load[0]:.2f}/{load[1]:.2f}/{load[2]:.2f}. The CPU is shared with other work "
        "(tests running concurrently), so the figures are contended, not a quiet machine's.",
        "Each configuration was trained from a cold cache and served alone (`mend serve`: Rasa "
        "server + action server, SQLite tracker store), the same 20-turn scripts over REST "
        "with keep-alive (aiohttp client on the same machine).",
    ]
    for result in (mend, stock):
        if result is not None and result.error_kinds:
            notes.append(f"{result.name} errors: {result.error_kinds}")
    return "\n".join(header + rows + notes)


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int,
                        default=int(os.environ.get("BENCH_CONVERSATIONS", 200)),
                        help="sequential 20-turn conversations for latency (BENCH_CONVERSATIONS)")
    parser.add_argument("--concurrency", type=int,
                        default=int(os.environ.get("BENCH_CONCURRENCY", 50)),
                        help="concurrent conversations for throughput (BENCH_CONCURRENCY)")
    parser.add_argument("--mend-model", type=Path, help="use this Mend model (no training)")
    parser.add_argument("--stock-model", type=Path, help="use this stock model (no training)")
    parser.add_argument("--only", choices=["mend", "stock"], help="bench one side only")
    parser.add_argument("--stock-epochs", type=int,
                        help="train the stock model with this many epochs instead of 100: same "
                             "architecture, so the same serving cost, for quick serving figures "
                             "(its training time is then not reported)")
    parser.add_argument("--mend-train-seconds", type=float,
                        help="with --mend-model: a training time measured earlier, to show")
    parser.add_argument("--stock-train-seconds", type=float,
                        help="with --stock-model: a training time measured earlier, to show")
    parser.add_argument("--workdir", type=Path,
                        help="keep models, logs and databases here (default: a temporary "
                             "directory, removed at the end)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="markdown table (results/bench.md)")
    args = parser.parse_args(argv)

    keep = args.workdir is not None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="mend-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: Dict[str, Result] = {}
    notes: List[str] = []
    try:
        sides = [("mend", MEND_CONFIG, args.mend_model), ("stock", STOCK_CONFIG, args.stock_model)]
        for name, config, model in sides:
            if args.only and args.only != name:
                continue
            train_seconds = getattr(args, f"{name}_train_seconds")
            if model is None:
                if name == "stock" and args.stock_epochs:
                    config = with_epochs(config, args.stock_epochs, workdir / "stock_config.yml")
                try:
                    train_seconds, model = train(config, name, workdir / name / "train")
                except TrainingTimedOut as stopped:
                    notes.append(f"{name} training did not finish: stopped after {stopped.seconds:.0f} s "
                                 f"(so it takes longer than that; BENCH_TRAIN_TIMEOUT); its serving "
                                 f"figures are missing (`--stock-epochs 1` gives them).")
                    continue
                if name == "stock" and args.stock_epochs:
                    notes.append(f"stock model trained with {args.stock_epochs} epoch(s) instead "
                                 f"of 100 (same architecture and serving cost); its training "
                                 f"time ({train_seconds:.0f} s) is not the stock training time.")
                    train_seconds = None
            (workdir / name / "serve").mkdir(parents=True)
            result = bench_model(name, model, workdir / name / "serve", args.conversations,
                                 args.concurrency)
            result.train_seconds = train_seconds
            results[name] = result
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)

    text = table(results.get("mend"), results.get("stock"), args.conversations, args.concurrency)
    text = "\n".join([text] + notes)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(f"# `make bench`: Mend vs stock Rasa 3.6\n\n{text}\n", encoding="utf-8")
    print(f"\nSaved to {args.out}")


if __name__ == "__main__":
    main()
