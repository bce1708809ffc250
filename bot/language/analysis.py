"""One pass over a message: horsemen, stance, question type, thought-feelings and speaker.

Why one entry point: the Rasa component calls `analyse(doc)` on the Doc the pipeline already
made, so the text is tokenised and lemmatised once and every detector shares one normalised view
(bot.language.text.prepare). Patterns are compiled at import; the spaCy PhraseMatcher is built
once per Vocab. The result is frozen and JSON-able (`as_dict`) for parse data and the tracker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from spacy.tokens import Doc

from bot.language import feelings, horsemen, questions, speaker as sp, stance as st
from bot.language.text import Prepared, prepare

if TYPE_CHECKING:
    from bot.language.learned import HorsemenModel

RULES, MODEL = "rules", "model"  # Span.source


@dataclass(frozen=True)
class Span:
    """A finding in the message: its label, the exact text and character offsets, who
    exhibited it ("user", "partner" or "none"), and what found it: the rules (confidence 1) or
    the learned complement (its probability; the text is the sentence it points at)."""

    label: str
    text: str
    start: int
    end: int
    speaker: str
    source: str = RULES
    confidence: float = 1.0

    def as_dict(self) -> Dict[str, object]:
        return {
            "label": self.label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "source": self.source,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class LanguageAnalysis:
    horsemen: Tuple[Span, ...]
    stance: str  # "i" | "you" | "neutral"
    question: Optional[str]  # "open" | "closed" | None
    thought_feelings: Tuple[Span, ...]
    speaker: str  # "user" | "partner" | "none"

    @property
    def horsemen_labels(self) -> Tuple[str, ...]:
        """Distinct horsemen found, in the order of horsemen.HORSEMEN."""
        found = {s.label for s in self.horsemen}
        return tuple(label for label in horsemen.HORSEMEN if label in found)

    def as_dict(self) -> Dict[str, object]:
        return {
            "horsemen": [s.as_dict() for s in self.horsemen],
            "stance": self.stance,
            "question": self.question,
            "thought_feelings": [
                {**s.as_dict(), "real_feelings": feelings.real_feelings_for(s.label)} for s in self.thought_feelings
            ],
            "speaker": self.speaker,
        }


def _span(prep: Prepared, label: str, i: int, j: int, who: str, source: str = RULES, confidence: float = 1.0) -> Span:
    start, end = prep.char_span(i, j)
    return Span(label, prep.doc.text[start:end], start, end, who, source, confidence)


def _utterances(prep: Prepared) -> List[List[str]]:
    """Sentences, also cut at question marks and quotation marks, so a quoted question
    ("she said 'did you make this yourself?' and...") stands on its own."""
    out: List[List[str]] = [[]]
    current = prep.sentence_of[0] if prep.sentence_of else 0
    quote_marks = {k for k, opened in enumerate(prep.quote_open) if opened >= 0} | {
        opened for opened in prep.quote_open if opened >= 0
    }
    for k, (word, sent) in enumerate(zip(prep.words.tokens, prep.sentence_of)):
        is_mark = k in quote_marks and not prep.quoted[k]
        if sent != current or is_mark:
            out.append([])
            current = sent
        if is_mark:
            continue
        out[-1].append(word)
        if "?" in word:
            out.append([])
    return [u for u in out if any(w.strip(" ?!.,") for w in u)]


def analyse(doc: Doc, model: Optional["HorsemenModel"] = None) -> LanguageAnalysis:
    """Analyse one message already run through the project pipeline (tokenizer + lemmatizer).
    With `model`, the learned complement may add horsemen the rules missed
    (bot.language.complement)."""
    prep = prepare(doc)
    reporting = sp.find_reporting(prep)
    tf_hits = feelings.find(doc, prep.words.tokens)
    thought = []
    for i, j, key, verb in tf_hits:
        anchor = verb if verb is not None else i
        who = reporting.speaker_at(i) or sp.described_actor(prep, anchor, j) or sp.USER
        thought.append(_span(prep, key, i, j, who if who != sp.NONE else sp.USER))
    excluded = tuple((i, j) for i, j, _, _ in tf_hits)
    set_aside: Optional[List[horsemen.SetAside]] = [] if model is not None else None
    hits = horsemen.find(prep, reporting, excluded, set_aside)
    found = tuple(_span(prep, h.label, h.i, h.j, h.speaker) for h in hits)
    if model is not None:
        from bot.language import complement

        added = complement.additions(prep, reporting, model, {h.label for h in hits}, set_aside or ())
        found += tuple(_span(prep, a.label, a.i, a.j, a.speaker, MODEL, a.confidence) for a in added)

    question_words = questions.last_question(_utterances(prep))
    question = questions.classify(question_words) if question_words is not None else None
    focal = reporting.focal
    lo, hi = (focal.i, focal.j) if focal is not None else (0, len(doc))
    blame = any(
        lo <= h.i < hi
        and (h.label in (horsemen.CRITICISM, horsemen.CONTEMPT) or (h.label == horsemen.DEFENSIVENESS and _names_partner(prep, h)))
        and (focal is not None or h.speaker == sp.USER)
        for h in hits
    )
    stance = st.detect(_focal_words(prep, reporting), blame)
    who = sp.message_speaker(prep, reporting, question is not None)
    return LanguageAnalysis(found, stance, question, tuple(thought), who)


def _names_partner(prep: Prepared, hit: horsemen.Hit) -> bool:
    """A counter-attack ("yes but you...", "what about when you..."), not "what do you expect?"."""
    words = prep.words.tokens[hit.i : hit.j]
    return any(w in ("you", "your", "u", "ur") for w in words) and not any(w in ("expect", "want") for w in words)


def _focal_words(prep: Prepared, reporting: sp.Reporting) -> str:
    """The words whose stance counts: the reported line when there is one (indirect speech
    shifted back to what was said), else the whole message."""
    focal = reporting.focal
    if focal is None:
        return prep.words.text
    view = reporting.shifted if (reporting.shifted is not None and not focal.quoted) else prep.words
    return " ".join(view.tokens[focal.i : focal.j])


_NLP = None


def analyse_text(text: str, model: Optional["HorsemenModel"] = None) -> LanguageAnalysis:
    """Convenience for scripts and tests: loads the project pipeline once (build/spacy/en_mend)."""
    global _NLP
    if _NLP is None:
        import spacy

        from bot.paths import SPACY_MODEL_DIR

        _NLP = spacy.load(SPACY_MODEL_DIR)
    return analyse(_NLP(text), model)
