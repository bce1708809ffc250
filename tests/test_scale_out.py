"""Scale-out for real: two Rasa servers share one action server, one PostgreSQL tracker store
and one Redis lock store, and 50 conversations of 20 messages go to both servers alternately.

Server A is `mend serve` (Rasa + the action server); server B is `mend serve --actions-url`
(Rasa only, using A's action server), as a second replica behind a load balancer would be.
Conversations run 8 at a time, and in every fifth conversation two messages are sent at the
same moment, one to each server: only the shared Redis lock store keeps those from being
processed on the same stale tracker (then events are lost or duplicated in PostgreSQL).

Afterwards every conversation is read back from PostgreSQL and must hold exactly the user
messages that were sent, in order, each once, each followed by at least one bot message, in
one session with one welcome.
"""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from tests.services import (  # noqa: F401  (fixtures)
    MendServe,
    PostgresServer,
    RedisServer,
    mend_env,
    postgres,
    redis_server,
    rest_send,
    user_and_bot_turns,
)

pytestmark = pytest.mark.e2e

CONVERSATIONS = 50
MESSAGES = 20
PARALLEL_CONVERSATIONS = 8
BURST_EVERY = 5  # conversations 0, 5, 10, ... send messages BURST_AT and BURST_AT+1 at once
BURST_AT = 10

# Things people say to Mend (from data/nlu), none of them a crisis or a goodbye.
TEXTS = [
    "my husband and I keep fighting about chores",
    "every conversation with my husband ends in a fight",
    "how do i get him to open up",
    "how do i say it without blaming him",
    "he gets defensive as soon as i mention it",
    "we fight about money",
    "she spends too much",
    "how do we get the spark back",
    "ideas for date night",
    "we're like roommates",
    "work stress is wrecking our relationship",
    "i feel so alone",
    "i'm exhausted",
    "tell me more",
    "what should i do",
    "should we see a counsellor",
    "how long does this take",
    "i lost myself in this relationship",
    "we need goals",
    "thank you",
    "what do you store",
    "are you a bot",
    "this isn't what i signed up for",
    "nothing works",
]


def script(conversation: int) -> List[str]:
    """'hi', then 19 different texts, in a different order for each conversation."""
    shift = (conversation * 7) % len(TEXTS)
    rotated = TEXTS[shift:] + TEXTS[:shift]
    return ["hi"] + rotated[: MESSAGES - 1]


class Cluster:
    def __init__(self, a: MendServe, b: MendServe, db_url: str) -> None:
        self.servers = (a, b)
        self.db_url = db_url

    def tails(self) -> str:
        return "\n".join(server.tail() for server in self.servers)


@pytest.fixture(scope="module")
def cluster(postgres: PostgresServer, redis_server: RedisServer, tmp_path_factory) -> Cluster:
    workdir: Path = tmp_path_factory.mktemp("scale-out")
    db_url = postgres.create_database("scale")
    env = mend_env(MEND_DB_URL=db_url, MEND_REDIS_URL=redis_server.url)
    started: List[MendServe] = []
    try:
        a = MendServe(workdir, env, name="mend serve A")
        started.append(a)
        b = MendServe(workdir, env, name="mend serve B (Rasa only)",
                      extra=("--actions-url", f"http://127.0.0.1:{a.actions_port}/webhook"))
        started.append(b)
        a.wait_ready()
        b.wait_ready()
        yield Cluster(a, b, db_url)
    finally:
        for server in reversed(started):
            server.stop()


def run_conversation(cluster: Cluster, index: int, latencies: List[float], lock: threading.Lock
                     ) -> Tuple[str, List[str], List[str]]:
    """Sends the script, alternating servers; returns (sender, sent texts, problems)."""
    sender = f"scale-{index:02d}"
    texts = script(index)
    problems: List[str] = []

    def send(k: int) -> None:
        server = cluster.servers[(index + k) % 2]
        started = time.monotonic()
        try:
            reply = rest_send(server.port, sender, texts[k], timeout=120)
        except Exception as error:  # noqa: BLE001 - reported below with the message
            problems.append(f"{sender} message {k} to {server.name}: {error!r}")
            return
        with lock:
            latencies.append(time.monotonic() - started)
        if not reply:
            problems.append(f"{sender} message {k} ({texts[k]!r}) to {server.name}: no reply")

    k = 0
    while k < len(texts):
        if index % BURST_EVERY == 0 and k == BURST_AT:
            pair = [threading.Thread(target=send, args=(k + j,)) for j in (0, 1)]
            for thread in pair:
                thread.start()
            for thread in pair:
                thread.join()
            k += 2
        else:
            send(k)
            k += 1
    return sender, texts, problems


def test_fifty_conversations_on_two_servers_are_complete_and_in_order(
    cluster: Cluster, postgres: PostgresServer, redis_server: RedisServer
):
    redis_commands_before = redis_server.client().info("stats")["total_commands_processed"]
    latencies: List[float] = []
    lock = threading.Lock()
    started = time.monotonic()
    with ThreadPoolExecutor(PARALLEL_CONVERSATIONS) as pool:
        results = list(pool.map(lambda i: run_conversation(cluster, i, latencies, lock),
                                range(CONVERSATIONS)))
    elapsed = time.monotonic() - started
    problems = [problem for _, _, found in results for problem in found]
    assert not problems, "\n".join(problems[:20]) + "\n" + cluster.tails()
    assert all(server.alive() for server in cluster.servers), cluster.tails()
    latencies.sort()
    print(
        f"\n{CONVERSATIONS * MESSAGES} messages in {elapsed:.1f}s; latency p50 "
        f"{statistics.median(latencies) * 1000:.0f} ms, p95 "
        f"{latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms"
    )

    stored: Dict[str, List[dict]] = postgres.events(cluster.db_url)
    failures = []
    for sender, sent, _ in results:
        events = stored.get(sender, [])
        turns = user_and_bot_turns(events)
        received = [text for text, _ in turns]
        expected_orders = [sent]
        if int(sender.split("-")[1]) % BURST_EVERY == 0:  # the simultaneous pair may be either way
            swapped = list(sent)
            swapped[BURST_AT], swapped[BURST_AT + 1] = swapped[BURST_AT + 1], swapped[BURST_AT]
            expected_orders.append(swapped)
        if received not in expected_orders:
            failures.append(f"{sender}: stored user messages differ from those sent\n"
                            f"  sent:   {sent}\n  stored: {received}")
            continue
        silent = [text for text, replies in turns if not replies]
        if silent:
            failures.append(f"{sender}: no bot message stored after {silent}")
        sessions = sum(1 for event in events if event.get("event") == "session_started")
        starts = sum(1 for event in events
                     if event.get("event") == "action" and event.get("name") == "action_session_start")
        if sessions != 1 or starts != 1:
            failures.append(f"{sender}: {sessions} session_started and {starts} action_session_start "
                            "events (expected one of each)")
    assert not failures, f"{len(failures)} of {CONVERSATIONS} conversations are wrong:\n" + "\n".join(failures[:10])

    # Both Rasa servers locked each conversation in the shared Redis (at least a few commands per
    # message), rather than each in its own memory.
    redis_commands = redis_server.client().info("stats")["total_commands_processed"] - redis_commands_before
    assert redis_commands >= CONVERSATIONS * MESSAGES, (
        f"only {redis_commands} Redis commands for {CONVERSATIONS * MESSAGES} messages: "
        "is the Redis lock store in use?"
    )
