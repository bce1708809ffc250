"""`mend review`: the practitioner's read-only web app over anonymised transcripts."""
