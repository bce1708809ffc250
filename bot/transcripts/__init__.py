"""Stored conversations for the practitioner: anonymised transcripts (build, store), filters,
exports (export) and deletion (deletion). Raw text never leaves bot.transcripts.build."""
