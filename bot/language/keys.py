"""The parse-data key the NLU component (bot.nlu.language_skills) stores
`LanguageAnalysis.as_dict()` under; the actions and the practitioner review read it from there.
Its own module, so reading it does not compile the language rules."""

LANGUAGE_KEY = "language"
