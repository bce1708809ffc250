"""The Rasa server's cached check of action server answers accepts and rejects what Rasa does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError

from bot.rasa_speedups import install_fast_action_validation

VALID = {
    "events": [{"event": "slot", "name": "partner", "value": "wife", "timestamp": None}],
    "responses": [{"text": "hello", "buttons": [{"title": "More", "payload": "/ask_more"}]}],
}
INVALID = {"events": [{"event": 42}], "responses": "not a list"}


def test_same_verdicts_as_rasa():
    from rasa.core.actions.action import RemoteAction

    action = RemoteAction("action_x", None)
    rasa_validate = RemoteAction._validate_action_result
    assert rasa_validate(action, VALID) is True
    with pytest.raises(ValidationError) as rasa_error:
        rasa_validate(action, INVALID)

    install_fast_action_validation()
    install_fast_action_validation()  # idempotent
    try:
        assert RemoteAction._validate_action_result._mend_fast
        assert action._validate_action_result(VALID) is True
        assert action._validate_action_result({}) is True
        with pytest.raises(ValidationError) as error:
            action._validate_action_result(INVALID)
        assert str(error.value) == str(rasa_error.value)
        assert "Failed to validate Action server response" in error.value.message
    finally:
        RemoteAction._validate_action_result = rasa_validate
