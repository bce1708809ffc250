"""The input guard's stop words are spaCy's, read without importing the languages' packages."""

from __future__ import annotations

import subprocess
import sys

from bot.nlu.input_guard import _spacy_stop_words, _stop_words


def test_same_words_as_spacy():
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.fr.stop_words import STOP_WORDS as fr

    assert _spacy_stop_words("en") == frozenset(en)
    assert _spacy_stop_words("fr") == frozenset(fr)
    english, foreign = _stop_words()
    assert english == frozenset(en)
    assert "avec" in foreign and "the" not in foreign


def test_other_languages_packages_are_not_imported():
    code = ("import sys; from bot.nlu.input_guard import _stop_words; _stop_words(); "
            "print(any(m.startswith(('spacy.lang.fr', 'spacy.lang.de')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
