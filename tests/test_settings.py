import pytest

from bot.paths import PROJECT_ROOT
from bot.settings import (
    Settings,
    SettingsError,
    endpoints_config,
    lock_store_config,
    tracker_store_config,
)


def test_default_is_sqlite_in_the_runtime_folder():
    settings = Settings.from_env({})
    config = endpoints_config(settings, actions_port=6055)
    assert config["action_endpoint"] == {"url": "http://127.0.0.1:6055/webhook"}
    assert config["tracker_store"]["dialect"] == "sqlite"
    assert config["tracker_store"]["db"] == str(PROJECT_ROOT / ".mend" / "tracker.db")
    assert "lock_store" not in config
    assert settings.api_token is None


def test_sqlite_url(tmp_path):
    db = tmp_path / "sub" / "t.db"
    config = tracker_store_config(f"sqlite:///{db}")
    assert config == {"type": "bot.tracker_store.MendSQLTrackerStore", "dialect": "sqlite", "db": str(db)}
    assert db.parent.is_dir()


def test_postgres_url():
    config = tracker_store_config("postgresql://mend:s3cret@db.internal:5433/mend?sslmode=require")
    assert config == {
        "type": "bot.tracker_store.MendSQLTrackerStore",
        "dialect": "postgresql",
        "url": "db.internal",
        "port": 5433,
        "db": "mend",
        "username": "mend",
        "password": "s3cret",
        "query": {"sslmode": "require"},
    }


@pytest.mark.parametrize("url", ["not a url", "postgresql://host"])
def test_bad_db_url_names_the_setting(url):
    with pytest.raises(SettingsError, match="MEND_DB_URL"):
        tracker_store_config(url)


def test_redis_url_turns_on_the_lock_store():
    settings = Settings.from_env({"MEND_REDIS_URL": "redis://:pw@127.0.0.1:6380/2"})
    config = endpoints_config(settings, actions_port=5055)["lock_store"]
    assert config == {
        "type": "redis",
        "url": "127.0.0.1",
        "port": 6380,
        "db": 2,
        "use_ssl": False,
        "key_prefix": "mend",
        "password": "pw",
    }


def test_bad_redis_url_names_the_setting():
    with pytest.raises(SettingsError, match="MEND_REDIS_URL"):
        lock_store_config("http://localhost")
