"""Anonymising transcripts for practitioner review (Presidio, offline).

Importing this package loads Presidio and spaCy (seconds); the analyzer itself, with its name
tables, is built on the first message and then shared by the whole process.
"""

from bot.privacy.anonymiser import (
    Anonymiser,
    PrivacyConfigError,
    TranscriptAnonymiser,
    channel_names,
    pseudonym,
    pseudonym_key_from_env,
)

__all__ = [
    "Anonymiser",
    "PrivacyConfigError",
    "TranscriptAnonymiser",
    "channel_names",
    "pseudonym",
    "pseudonym_key_from_env",
]
