"""Mend's custom NLU graph components and the spaCy pipeline they share."""
