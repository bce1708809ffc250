"""The production layout in deploy/: every YAML file loads, the Helm values keep the keys that
make N Rasa replicas safe (shared tracker and lock store, shared session secret, sticky
sessions), no secret is written in them, and the endpoints variants resolve from the
environment the way Rasa reads them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator, Tuple

import pytest
import yaml

from bot.paths import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
VALUES = DEPLOY / "helm" / "rasa-values.yaml"

# Top-level and applicationSettings keys of the rasa chart 1.17.8 (RasaHQ/helm-charts,
# charts/rasa/values.yaml) plus its dependencies: a misspelt key would be silently ignored.
CHART_KEYS = {
    "nameOverride", "fullnameOverride", "registry", "applicationSettings", "replicaCount",
    "hostAliases", "networkPolicy", "args", "extraArgs", "command", "extraEnv", "image",
    "serviceAccount", "podAnnotations", "podLabels", "deploymentAnnotations", "deploymentLabels",
    "podSecurityContext", "securityContext", "service", "ingress", "resources", "autoscaling",
    "nodeSelector", "tolerations", "affinity", "strategy", "livenessProbe", "readinessProbe",
    "initContainers", "extraContainers", "volumes", "volumeMounts", "global", "postgresql",
    "redis", "rabbitmq", "nginx", "rasa-action-server", "duckling",
}
APPLICATION_SETTINGS_KEYS = {
    "debugMode", "initialModel", "trainInitialModel", "port", "scheme", "token", "cors",
    "enableAPI", "credentials", "telemetry", "endpoints", "rasaX",
}
ENDPOINT_KEYS = {"models", "trackerStore", "lockStore", "eventBroker", "action", "additionalEndpoints"}
SECRET_WORDS = re.compile(r"password|secret|token", re.IGNORECASE)
SECRET_REFERENCE_KEYS = {"secretName", "existingSecret", "existingSecretKey", "existingSecretPasswordKey"}
ENV_REFERENCE = re.compile(r"^\$\{[A-Z_][A-Z0-9_]*\}$")


def deploy_yaml_files():
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml"))


def walk(node: Any, path: str = "") -> Iterator[Tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}[{index}]")
    else:
        yield path, node


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load(VALUES.read_text())


def test_there_are_deploy_files():
    names = {p.relative_to(DEPLOY).as_posix() for p in deploy_yaml_files()}
    assert {"helm/rasa-values.yaml", "endpoints.postgres.yml", "endpoints.sqlite.yml"} <= names


@pytest.mark.parametrize("path", deploy_yaml_files(), ids=lambda p: p.relative_to(DEPLOY).as_posix())
def test_every_deploy_yaml_loads_and_holds_no_secret(path: Path):
    content = yaml.safe_load(path.read_text())
    assert isinstance(content, dict) and content, f"{path} is empty or not a mapping"
    for key_path, value in walk(content):
        last_key = key_path.rsplit(".", 1)[-1]
        if SECRET_WORDS.search(last_key) and isinstance(value, str) and value:
            # only ${VAR} references (Rasa expands them) or names of Kubernetes Secrets
            assert ENV_REFERENCE.match(value) or last_key in SECRET_REFERENCE_KEYS, (
                f"{path.name}: {key_path} looks like a secret written in the file: {value!r}"
            )


def test_values_use_only_keys_the_rasa_chart_knows(values):
    assert set(values) <= CHART_KEYS, set(values) - CHART_KEYS
    assert set(values["applicationSettings"]) <= APPLICATION_SETTINGS_KEYS
    assert set(values["applicationSettings"]["endpoints"]) <= ENDPOINT_KEYS


def test_several_rasa_servers_share_tracker_and_lock_store(values):
    assert values["replicaCount"] >= 2 or values["autoscaling"]["enabled"]
    endpoints = values["applicationSettings"]["endpoints"]
    tracker, lock = endpoints["trackerStore"], endpoints["lockStore"]
    assert tracker["enabled"] and tracker["type"] == "bot.tracker_store.MendSQLTrackerStore" and tracker["dialect"] == "postgresql"
    assert {tracker[k] for k in ("url", "port", "username", "password", "db")} == {
        "${DB_HOST}", "${DB_PORT}", "${DB_USER}", "${DB_PASSWORD}", "${DB_DATABASE}"}
    assert lock["enabled"] and lock["type"] == "redis"
    assert (lock["url"], lock["port"], lock["password"]) == ("${REDIS_HOST}", "${REDIS_PORT}", "${REDIS_PASSWORD}")
    assert values["postgresql"]["install"] or values["postgresql"]["external"]["enabled"]
    assert values["redis"]["install"] or values["redis"]["external"]["enabled"]
    assert values["global"]["postgresql"]["existingSecret"], "the database password must come from a Secret"
    assert values["redis"]["auth"]["existingSecret"] == values["redis"]["existingSecret"]


def test_rasa_runs_mends_server_with_the_model_in_the_image(values):
    args = values["args"]
    assert args[0] == "run"
    assert args[args.index("--endpoints") + 1] == "/app/endpoints.yml"  # where the chart mounts it
    assert args[args.index("--credentials") + 1] == "/app/credentials.yml"
    assert args[args.index("--model") + 1].endswith(".tar.gz")
    assert "--enable-api" not in args and "--auth-token" not in args
    settings = values["applicationSettings"]
    assert settings["initialModel"] == "" and settings["trainInitialModel"] is False
    assert settings["telemetry"]["enabled"] is False
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["python", "-m", "bot.rasa_server"]' in dockerfile
    assert "--fixed-model-name mend" in dockerfile and args[args.index("--model") + 1] == "/app/models/mend.tar.gz"


def test_channels_match_credentials_yml(values):
    ours = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    chart = values["applicationSettings"]["credentials"]["additionalChannelCredentials"]
    assert set(chart) == set(ours)
    assert chart["bot.channels.socketio.MendSocketIOInput"] == ours["bot.channels.socketio.MendSocketIOInput"]


def test_session_secret_is_shared_and_sessions_are_sticky(values):
    env = {item["name"]: item for item in values["extraEnv"]}
    secret = env["MEND_SESSION_SECRET"]  # the name bot/channels/session_tokens.py reads
    assert "secretKeyRef" in secret["valueFrom"] and "value" not in secret
    from bot.channels.session_tokens import SECRET_ENV

    assert SECRET_ENV == "MEND_SESSION_SECRET"
    annotations = values["ingress"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert values["nginx"]["enabled"] is False


def test_action_server_is_reachable_under_the_name_the_chart_uses(values):
    actions = values["rasa-action-server"]
    assert actions["install"] is True
    assert actions["command"] == ["python", "-m", "rasa_sdk"]
    assert actions["args"][:2] == ["--actions", "actions"]
    assert str(actions["applicationSettings"]["port"]) in actions["args"]
    # charts/rasa/templates/helpers/_action-server.tpl: <rasa fullname>-rasa-action-server
    assert actions["fullnameOverride"] == f"{values['fullnameOverride']}-rasa-action-server"
    assert actions["image"] == values["image"] | {"tag": actions["image"]["tag"]}


POSTGRES_ENV = {
    "MEND_ACTIONS_URL": "http://mend-actions:5055/webhook",
    "MEND_DB_HOST": "db.internal", "MEND_DB_PORT": "5432", "MEND_DB_NAME": "mend",
    "MEND_DB_USER": "mend", "MEND_DB_PASSWORD": "pw",
    "MEND_REDIS_HOST": "redis.internal", "MEND_REDIS_PORT": "6379", "MEND_REDIS_DB": "1",
    "MEND_REDIS_PASSWORD": "",
}


def test_postgres_endpoints_resolve_from_the_environment(monkeypatch):
    from rasa.core.lock_store import LockStore, RedisLockStore
    from rasa.utils.endpoints import read_endpoint_config

    for name, value in POSTGRES_ENV.items():
        monkeypatch.setenv(name, value)
    path = str(DEPLOY / "endpoints.postgres.yml")
    tracker = read_endpoint_config(path, "tracker_store")
    assert (tracker.type, tracker.url) == ("bot.tracker_store.MendSQLTrackerStore", "db.internal")
    assert tracker.kwargs == {"dialect": "postgresql", "port": "5432", "db": "mend",
                              "username": "mend", "password": "pw"}
    lock_store = LockStore.create(read_endpoint_config(path, "lock_store"))
    assert isinstance(lock_store, RedisLockStore) and lock_store.key_prefix == "mend:lock:"
    assert read_endpoint_config(path, "action_endpoint").url == "http://mend-actions:5055/webhook"


def test_postgres_endpoints_name_a_missing_variable(monkeypatch):
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import read_endpoint_config

    for name, value in POSTGRES_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("MEND_DB_PASSWORD")
    with pytest.raises(RasaException, match="MEND_DB_PASSWORD"):
        read_endpoint_config(str(DEPLOY / "endpoints.postgres.yml"), "tracker_store")


def test_sqlite_endpoints_resolve_from_the_environment(monkeypatch, tmp_path):
    from rasa.utils.endpoints import read_endpoint_config

    monkeypatch.setenv("MEND_ACTIONS_URL", "http://127.0.0.1:5055/webhook")
    monkeypatch.setenv("MEND_SQLITE_PATH", str(tmp_path / "tracker.db"))
    tracker = read_endpoint_config(str(DEPLOY / "endpoints.sqlite.yml"), "tracker_store")
    assert tracker.kwargs == {"dialect": "sqlite", "db": str(tmp_path / "tracker.db")}
