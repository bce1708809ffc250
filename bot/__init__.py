"""Mend: a reflective relationship-coaching assistant built on Rasa Open Source."""

__version__ = "0.1.0"
