"""Benchmarks: `make eval` (accuracy) and `make bench` (speed). They print figures; they are
not pass/fail gates."""
