"""Mend's input channels (Rasa InputChannel subclasses)."""
