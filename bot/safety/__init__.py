"""Safety: catching crisis and abuse disclosures, whatever the classifier thinks."""
