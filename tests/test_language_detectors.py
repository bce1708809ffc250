"""Rule-based language detectors (bot.language): horsemen, speaker, stance, questions,
thought-feelings, and a regression floor on the `tune` half of tests/data/language_skills.yml.

The sentences here are written for these tests; none comes from ../shared/eval.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from bot.language import (  # noqa: E402
    REAL_FEELINGS,
    LanguageAnalysis,
    analyse,
    analyse_text,
    real_feelings_for,
)
from bot.paths import SPACY_MODEL_DIR  # noqa: E402

LABELLED = Path(__file__).parent / "data" / "language_skills.yml"

pytestmark = pytest.mark.skipif(not SPACY_MODEL_DIR.exists(), reason="run `make spacy` first")


def labels(text: str) -> set:
    return set(analyse_text(text).horsemen_labels)


# ------------------------------------------------------------------ criticism
@pytest.mark.parametrize(
    "text",
    [
        "You never take the recycling out.",
        "you always interrupt me when I'm on the phone",
        "What on earth is wrong with you?",
        "You're so selfish with the car.",
        "I feel like you never make time for my parents.",
        "I feel that you don't care about my job at all",
        "Why are you always the last to leave every party?",
        "You're just like your father, completely unreliable.",
        "How hard is it to text me back?",
        "You left the gate open again, as usual.",
    ],
)
def test_criticism_fires(text):
    assert "criticism" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "I never said that!",  # defensiveness, not criticism
        "You always make me laugh when I'm down.",
        "she never forgets my birthday",
        "He never complains when I'm late.",
        "You always know what to say.",
        "I don't want to criticise him in front of the kids.",
        "How do you complain without it turning into criticism?",
        "He always works late on Thursdays.",  # neutral fact, no "you"
        "My boss criticises every report I write.",
        "I'm so grateful that you always pick the kids up.",
    ],
)
def test_criticism_does_not_fire(text):
    assert "criticism" not in labels(text)


def test_i_never_said_that_is_defensiveness():
    assert labels("I never said that.") == {"defensiveness"}


# ------------------------------------------------------------------ contempt
@pytest.mark.parametrize(
    "text",
    [
        "Oh brilliant, genius, you've flooded the bathroom.",
        "You're pathetic.",
        "you're such an idiot",
        "*rolls eyes* sure, whatever you say, Einstein",
        "He rolled his eyes the whole time I was explaining.",
        "Poor baby, did the meeting run long?",
        "She mocks the way I talk in front of her friends.",
        "Ugh, you make me sick.",
        "He called me a loser in front of everyone.",
        "Aren't you special.",
    ],
)
def test_contempt_fires(text):
    assert "contempt" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're not stupid, you just needed more time.",
        "I felt like such an idiot at the party.",
        "My sister rolls her eyes at my cooking.",  # not the couple
        "What does contempt look like in a marriage?",
    ],
)
def test_contempt_does_not_fire(text):
    assert "contempt" not in labels(text)


# ------------------------------------------------------------------ defensiveness
@pytest.mark.parametrize(
    "text",
    [
        "It's not my fault the car broke down.",
        "I was only trying to help with the garden!",
        "Yes, but you forgot the tickets last time.",
        "What about when you left me waiting for an hour?",
        "I didn't say that, stop twisting my words.",
        "How was I supposed to know it was tonight?",
        "Well you're not perfect either.",
        "He gets really defensive whenever I mention money.",
        "She always has an excuse for why the bills are late.",
    ],
)
def test_defensiveness_fires(text):
    assert "defensiveness" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I stop being defensive when she brings up chores?",
        "I got defensive there, sorry, let me listen.",
        "You have a point, I did forget to book it.",
    ],
)
def test_defensiveness_does_not_fire(text):
    assert "defensiveness" not in labels(text)


# ------------------------------------------------------------------ stonewalling
@pytest.mark.parametrize(
    "text",
    [
        "Whatever.",
        "Fine.",
        "I'm done talking about this.",
        "I'm not discussing this with you.",
        "Just leave me alone.",
        "He walks out whenever we argue.",
        "She gave me the silent treatment all weekend.",
        "He just shuts down and stares at the wall.",
        "She keeps scrolling her phone while I'm talking to her.",
        "ugh whatever, I don't care",
    ],
)
def test_stonewalling_fires(text):
    assert "stonewalling" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whatever you prefer is fine with me.",
        "whatever works for you",
        "Can we take a 20 minute break and come back to this?",
        "I need half an hour to calm down, then let's talk again.",
        "How do I stop stonewalling my wife?",
        "Fine dining isn't really our thing.",
    ],
)
def test_stonewalling_does_not_fire(text):
    assert "stonewalling" not in labels(text)


def test_spans_point_into_the_text():
    text = "Honestly, you never listen. Whatever."
    result = analyse_text(text)
    assert {s.label for s in result.horsemen} == {"criticism", "stonewalling"}
    for span in result.horsemen:
        assert text[span.start : span.end] == span.text
    assert any(s.text.lower().startswith("you never") for s in result.horsemen)


# ------------------------------------------------------------------ speaker
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("He said I'm useless.", "partner"),
        ("she told me 'you never help'", "partner"),
        ("His words were: you're a disappointment.", "partner"),
        ("I told him he never helps with bedtime.", "user"),
        ("You never help with bedtime.", "user"),
        ("He goes quiet for days after a fight.", "none"),
        ("What are the four horsemen?", "none"),
    ],
)
def test_message_speaker(text, speaker):
    assert analyse_text(text).speaker == speaker


def test_horseman_carries_who_showed_it():
    assert [(s.label, s.speaker) for s in analyse_text("he rolls his eyes at me").horsemen] == [("contempt", "partner")]
    assert [(s.label, s.speaker) for s in analyse_text("I rolled my eyes at him").horsemen] == [("contempt", "user")]
    quoted = analyse_text("He said I'm useless.")
    assert [(s.label, s.speaker) for s in quoted.horsemen] == [("contempt", "partner")]
    mine = analyse_text("I told him he never helps with bedtime.")
    assert [(s.label, s.speaker) for s in mine.horsemen] == [("criticism", "user")]
    assert mine.horsemen[0].text == "he never helps with bedtime"


# ------------------------------------------------------------------ stance
@pytest.mark.parametrize(
    "text, stance",
    [
        ("I feel lonely when we eat dinner in separate rooms.", "i"),
        ("I need a bit of quiet when I get home.", "i"),
        ("I'd like us to plan the weekend together.", "i"),
        ("It hurts me when plans change at the last minute.", "i"),
        ("You never plan anything.", "you"),
        ("You make me so anxious with your driving.", "you"),
        ("You're so stubborn.", "you"),
        ("I feel like you don't respect my time.", "you"),
        ("I feel that you never ask about my day.", "you"),
        ("We're seeing his parents on Sunday.", "neutral"),
        ("What time does the film start?", "neutral"),
    ],
)
def test_stance(text, stance):
    assert analyse_text(text).stance == stance


# ------------------------------------------------------------------ questions
@pytest.mark.parametrize(
    "text, kind",
    [
        ("What was that like for you?", "open"),
        ("How did the conversation go?", "open"),
        ("Why do you think she reacted that way?", "open"),
        ("Tell me more about the weekend.", "open"),
        ("Could you describe what happens when you argue?", "open"),
        ("In what way did it change things?", "open"),
        ("Did you talk to him afterwards?", "closed"),
        ("Are you still living together?", "closed"),
        ("Would you be willing to try it?", "closed"),
        ("Is it the money or the time that bothers you?", "closed"),
        ("How old are the children?", "closed"),
        ("How many times has that happened?", "closed"),
        ("When did you last go out together?", "closed"),
        ("Where were you when it started?", "closed"),
        ("Which evening suits you?", "closed"),
        ("You've already tried couples counselling?", "closed"),
        ("So, um, what would you like to be different?", "open"),
    ],
)
def test_question_type(text, kind):
    assert analyse_text(text).question == kind


@pytest.mark.parametrize("text", ["I went to the gym.", "What he said really stung.", "Thanks, that helps."])
def test_not_a_question(text):
    assert analyse_text(text).question is None


# ------------------------------------------------------------------ thought-feelings
def test_thought_feelings_and_real_feelings():
    result = analyse_text("I feel so ignored and taken for granted lately.")
    assert [s.label for s in result.thought_feelings] == ["ignored", "taken for granted"]
    text = "I feel so ignored and taken for granted lately."
    for span in result.thought_feelings:
        assert text[span.start : span.end] == span.text
        assert span.speaker == "user"
    assert real_feelings_for("ignored") == ["lonely", "sad", "hurt"]
    assert "hurt" in real_feelings_for("Betrayed")
    assert real_feelings_for("criticized") == real_feelings_for("criticised")
    assert real_feelings_for("happy") == []
    assert all(feelings for feelings in REAL_FEELINGS.values())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I felt completely betrayed when I saw the messages.", ["betrayed"]),
        ("I'm made to feel unappreciated in my own house.", ["unappreciated"]),
        ("Feeling really let down by the whole thing.", ["let down"]),
        ("I feel like I'm being manipulated.", ["manipulated"]),
        ("He ignored me at the party.", []),  # an action, not a feeling
        ("I don't feel rejected, just tired.", []),
    ],
)
def test_thought_feeling_frames(text, expected):
    assert [s.label for s in analyse_text(text).thought_feelings] == expected


def test_as_dict_is_json():
    result = analyse_text("I feel ignored because you never listen. Whatever.")
    data = json.loads(json.dumps(result.as_dict()))
    assert set(data) == {"horsemen", "stance", "question", "thought_feelings", "speaker"}
    assert data["thought_feelings"][0]["real_feelings"] == real_feelings_for("ignored")
    assert {h["label"] for h in data["horsemen"]} == {"criticism", "stonewalling"}


def test_analyse_takes_a_doc_and_is_fast():
    nlp = spacy.load(SPACY_MODEL_DIR)
    docs = [nlp(t) for t in ("You never listen to me.", "Whatever.", "How was your day?", "I feel hurt.")] * 25
    assert isinstance(analyse(docs[0]), LanguageAnalysis)
    samples = []
    for doc in docs:
        start = time.perf_counter()
        analyse(doc)
        samples.append(time.perf_counter() - start)
    assert statistics.median(samples) < 0.005  # target 1 ms; loose so slow CI machines pass


# ------------------------------------------------------------------ labelled set: tune split floor
# Measured on the tune split when the rules were frozen (macro-F1 1.00, stance 0.97, question
# 1.00, speaker 0.99); floors sit a margin below so a regression fails, a tweak does not.
FLOORS = {"macro_f1": 0.95, "stance": 0.90, "question": 0.93, "speaker": 0.93}
DEV = Path(__file__).parent / "data" / "language_skills_dev.yml"
# The independent development set (broad vocabulary; text, horsemen, speaker only). Measured at
# macro-F1 0.94 with every label's precision >= 0.90 when the generalised rules were frozen.
DEV_FLOORS = {"macro_f1": 0.90, "precision": 0.85}


@pytest.mark.skipif(not LABELLED.exists(), reason="tests/data/language_skills.yml not written yet")
def test_tune_split_scores_stay_above_floor():
    from bot.evaluation.language_skills import field_accuracy, horsemen_scores, load_labelled, macro_f1

    nlp = spacy.load(SPACY_MODEL_DIR)
    examples = [e for e in load_labelled(LABELLED) if e.get("split") == "tune"]
    results = [analyse(nlp(e["text"])) for e in examples]
    assert macro_f1(horsemen_scores(examples, results)) >= FLOORS["macro_f1"]
    for field in ("stance", "question", "speaker"):
        assert field_accuracy(examples, results, field) >= FLOORS[field], field


@pytest.mark.skipif(not DEV.exists(), reason="tests/data/language_skills_dev.yml not written yet")
def test_dev_set_scores_stay_above_floor():
    from bot.evaluation.language_skills import horsemen_scores, load_labelled, macro_f1

    nlp = spacy.load(SPACY_MODEL_DIR)
    examples = load_labelled(DEV)
    results = [analyse(nlp(e["text"])) for e in examples]
    scores = horsemen_scores(examples, results)
    assert macro_f1(scores) >= DEV_FLOORS["macro_f1"]
    for label, (precision, _recall, _f1, _n) in scores.items():
        assert precision >= DEV_FLOORS["precision"], label


# ------------------------------------------------------------------ generalisation: word classes
@pytest.mark.parametrize(
    "text, label",
    [
        # tense, adverbs and synonyms the phrase lists never saw (written for these tests)
        ("my boyfriend just stomped off mid-argument", "stonewalling"),
        ("she clammed up and went totally silent", "stonewalling"),
        ("he literally turned the telly up while i was talking", "stonewalling"),
        ("my wife refused to discuss the holiday at all", "stonewalling"),
        ("you're such an inconsiderate slob", "criticism"),
        ("you keep forgetting to lock the back door", "criticism"),
        ("would it kill you to say thank you once", "criticism"),
        ("you're a complete muppet", "contempt"),
        ("he sneered at my cooking again", "contempt"),
        ("do you want a medal for emptying the bin?", "contempt"),
        ("that's not on me, you never told me the date", "defensiveness"),
        ("you're blowing this way out of proportion", "defensiveness"),
        ("she always comes up with another excuse", "defensiveness"),
    ],
)
def test_generalised_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "he went quiet for a second and then said sorry",
        "i left the room to grab a charger and came straight back",
        "how do i stop walking out when we argue?",
        "sorry i stormed off last night, can we talk?",
        "you're the most thoughtful person i know",
        "my partner always knows how to make me laugh",
    ],
)
def test_generalised_families_stay_quiet(text):
    assert labels(text) == set()
