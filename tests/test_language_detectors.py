"""Rule-based language detectors (bot.language): horsemen, speaker, stance, questions,
thought-feelings, and a regression floor on the `tune` half of tests/data/language_skills.yml.

Horsemen that must be found are checked on the rules alone (`labels`); the bot's reading (rules
plus the learned complement) can only add to them. Tricky negatives are checked on the bot's
reading (`bot_labels`, with the model `make` builds), so neither the rules nor the learned
complement may name a pattern there.

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
    """The horsemen the rules find."""
    return set(analyse_text(text).horsemen_labels)


_MODEL = []


def bot_labels(text: str) -> set:
    """The horsemen the bot finds: the rules plus the learned complement built by `make`."""
    if not _MODEL:
        from bot.language.learned import load_built

        _MODEL.append(load_built())
    return set(analyse_text(text, _MODEL[0]).horsemen_labels)


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
    assert "criticism" not in bot_labels(text)


def test_i_never_said_that_is_defensiveness():
    assert bot_labels("I never said that.") == {"defensiveness"}


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
    assert "contempt" not in bot_labels(text)


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
    assert "defensiveness" not in bot_labels(text)


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
    assert "stonewalling" not in bot_labels(text)


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
# macro-F1 0.94 with every label's precision >= 0.90 when the generalised rules were frozen, and
# at 0.985 (precision >= 0.94) after the "more families" layer.
DEV_FLOORS = {"macro_f1": 0.95, "precision": 0.90}


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
    assert bot_labels(text) == set()


# ------------------------------------------------------------------ more families (written for these tests)
@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: an adverb between "you" and the negation; "anyone but yourself"; relative clauses
        ("you clearly don't care how tired i am", "criticism"),
        ("u really never help with the shopping", "criticism"),
        ("honestly you think about nobody but yourself", "criticism"),
        ("all you ever care about is the footy", "criticism"),
        ("you're a partner who never plans a single thing", "criticism"),
        ("that's a bit much from someone who never cleans the bathroom", "criticism"),
        ("how can you be so inconsiderate", "criticism"),
        ("you have zero consideration for anyone", "criticism"),
        ("why r u like this", "criticism"),
        ("he called me selfish in front of the kids", "criticism"),
        ("i had a go at her for being so self-centred", "criticism"),
        ("she keeps reminding me how hopeless i am with money", "criticism"),
        ("you are so freaking inconsiderate", "criticism"),
        # contempt: sarcastic epithets, adverbs, belittling, mock sympathy
        ("sure thing, financial wizard genius", "contempt"),
        ("nice of you to turn up, miss punctual", "contempt"),
        ("he said it mockingly, like i was a kid", "contempt"),
        ("she always makes me look stupid at parties", "contempt"),
        ("my husband corrects my pronunciation when his family is over", "contempt"),
        ("oh sorry, i forgot you're never wrong", "contempt"),
        ("as if you would ever wash a dish", "contempt"),
        ("he calls me thick whenever i ask a question", "contempt"),
        ("she does a fake yawn every time i talk about work", "contempt"),
        ("here come the waterworks again", "contempt"),
        ("my gran could park better than that", "contempt"),
        ("lol you think you're so funny", "contempt"),
        ("she laughs when i get upset", "contempt"),
        # defensiveness: what more do you want, minimising, counter-complaints, denial
        ("what else do you want from me?", "defensiveness"),
        ("i already do loads around here", "defensiveness"),
        ("it was only a couple of beers, it's not that deep", "defensiveness"),
        ("i'm doing all i can, you know that", "defensiveness"),
        ("he rattles off everything he's done for me whenever i complain", "defensiveness"),
        ("she turns every conversation into something about me", "defensiveness"),
        ("whenever i mention the credit card he says i spend just as much", "defensiveness"),
        ("i wouldn't need to nag if you just did it", "defensiveness"),
        ("that never happened and you know it", "defensiveness"),
        ("she says i'm imagining things again", "defensiveness"),
        ("it's not lying if you never asked", "defensiveness"),
        ("you did the exact same thing last christmas", "defensiveness"),
        ("well excuse me for caring", "defensiveness"),
        ("you can't pin that on me, i wasn't even there", "defensiveness"),
        ("he said he was too knackered to help", "defensiveness"),
        ("he always finds someone else to blame", "defensiveness"),
        ("i only snapped because you yelled first", "defensiveness"),
        ("she said it's your fault we missed the train", "defensiveness"),
        # stonewalling: turning over, phone out, one-word noises, "was not going to discuss"
        ("she just rolled over and went back to sleep when i asked", "stonewalling"),
        ("he pulled his phone out and started scrolling mid sentence", "stonewalling"),
        ("he just says 'mhm' to everything i say", "stonewalling"),
        ("he says he wasn't going to discuss it any further", "stonewalling"),
        ("my gf goes on her switch the second i bring up money", "stonewalling"),
        ("she hasn't spoken to me since friday", "stonewalling"),
        ("he just sat there texting while i poured my heart out", "stonewalling"),
        ("she left without saying a word", "stonewalling"),
        ("i don't wanna talk about it", "stonewalling"),
        ("he's not answering any of my texts", "stonewalling"),
        ("need space. don't call me", "stonewalling"),
        ("she grabbed her coat and left mid sentence", "stonewalling"),
        ("he watches youtube whenever i try to raise the rent", "stonewalling"),
        ("he muted our group chat after the row", "stonewalling"),
        ("she pretended not to hear me and kept typing", "stonewalling"),
        ("he just goes 'leave it' and walks off", "stonewalling"),
        ("i'm not exaggerating, it happened twice", "defensiveness"),
        ("i wasn't shouting, that's just how i talk", "defensiveness"),
        ("it was just one drink, relax", "defensiveness"),
        ("why are you getting so worked up?", "defensiveness"),
        ("you're just hunting for reasons to be annoyed", "defensiveness"),
        ("this wouldn't have happened if you had checked the date", "defensiveness"),
        ("he's sick of being the villain apparently", "defensiveness"),
        ("aww did the little princess get her feelings hurt", "contempt"),
        ("no other woman would put up with you", "contempt"),
        ("adorable that you think that's cleaning", "contempt"),
        ("oh look, his lordship has decided to get up", "contempt"),
        ("oh my god what a tough guy you are", "contempt"),
        ("sure, because you're the world's greatest cook", "contempt"),
        ("ooh somebody's grumpy this morning", "contempt"),
        ("you're honestly incapable of being on time", "criticism"),
        ("why do i have to do all the planning in this house", "criticism"),
    ],
)
def test_more_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # appreciation and ordinary talk that shares words with the new families
        "you're the one who always calms me down",
        "you're someone who never gives up on me",
        "every time you hold my hand i feel safe",
        "you always look after me when i'm ill",
        "i love you even when you're moody",
        "what else do you need from the shops?",
        "that never happened to me before we met",
        "i do loads of gardening on sundays",
        "i do everything i can to make her feel special",
        "he is a genius at fixing bikes",
        "whatever, let's just order thai",
        "i'll do it later, i promise",
        "i've been so tired lately, i think i need a break",
        "i was busy all day so i missed your call, shall we catch up tonight?",
        # third parties, owning one's part, gentle start-ups, general questions
        "my mate's boyfriend gives her the silent treatment",
        "my brother rolls his eyes at everything my dad says",
        "he walked out of the interview feeling great",
        "that's on me, i didn't tell you about the bill",
        "i was wrong to walk out on you last night",
        "i hate that i shut down and i want to work on it",
        "i feel lonely when you go quiet for days, can we talk about it?",
        "she rolled her eyes playfully, we were messing around",
        "he apologised for storming off and we hugged",
        "he told me he felt stonewalled and we talked it through",
        "is eye rolling always a bad sign?",
        "is it contempt if he sighs when i talk?",
        "what does it mean when someone gives you the cold shoulder?",
        "it's not that i don't care, i just need ten minutes",
        "i don't want to become someone who walks out",
        "she asked me to stop rolling my eyes and i said she was right",
        "he drove off to collect the kids from school",
        "she went quiet because she had a migraine",
        "he rolled his eyes at the telly when the pundit spoke",
        "she sat with me without saying a word and held my hand",
        "he listened without saying a word, then thanked me",
        "i've been working on being calmer and it's helping",
        "someone at work was grumpy today",
        "because you're an expert in this, can you help me with the form?",
    ],
)
def test_more_families_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a dismissal inside a defence is defensiveness, not also criticism
        ("he swears he did nothing wrong and i'm just oversensitive", "defensiveness", "criticism"),
        # a rhetorical "like you've never..." counter is not a verdict of its own
        ("like you've never forgotten anything, i was stuck at work", "defensiveness", "criticism"),
        # "you're obviously perfect" is sarcasm, not a shut-down
        ("sure, whatever you say, einstein", "contempt", "stonewalling"),
        # "called me lazy" is a character verdict; name-calling with insults stays contempt
        ("she called me lazy in front of her sister", "criticism", "contempt"),
        # "not like you're perfect either" is a counter, not sarcasm
        ("it's not like you're perfect either", "defensiveness", "contempt"),
    ],
)
def test_one_reading_per_phrase(text, wanted, unwanted):
    found = labels(text)  # how the rules resolve one stretch of words
    assert wanted in found and unwanted not in found


def test_partner_words_after_a_subordinate_clause():
    # "when I complain" is a subordinate clause: the speaker of "says..." is the husband
    result = analyse_text("my husband sulks when i complain and says i'm always moaning")
    assert "criticism" in result.horsemen_labels
    assert result.speaker == "partner"


def test_typed_forms_are_normalised():
    from bot.language.text import normalise_regex, prepare

    nlp = spacy.load(SPACY_MODEL_DIR)
    prep = prepare(nlp("i wanna go, he's gonna leave the second i'm self-centred"))
    assert "want to go" in prep.words.text and "going to leave" in prep.words.text
    assert " 2 " not in prep.lemmas.text  # an ordinal is not a number
    pattern = __import__("re").compile(normalise_regex("self[- ]?centred|what are you,? twelve"))
    assert pattern.search("so self - centred") and pattern.search("what are you , twelve")


# ------------------------------------------------------------------ families for unseen writers
# Written for these tests in new words (not copied from any data file): the families added after
# reading the misses of two new writers' tuning sets, and look-alikes they must leave alone.
@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: totalising incompetence, reported charges with quotes, quiet verdicts
        ("you cant even fold a towel properly can you", "criticism"),
        ("this man cannot pay a single bill without me nagging him first", "criticism"),
        ("my fiance reckons i 'never finish anything' i start", "criticism"),
        ("According to my wife, I'm 'incapable of listening'.", "criticism"),
        ("You are, if I'm being frank, a thoroughly selfish man.", "criticism"),
        ("He is simply not a thoughtful person and never has been.", "criticism"),
        ("The trouble with you, Mark, is that you think money fixes everything.", "criticism"),
        ("Is it really so difficult for you to answer a text?", "criticism"),
        ("ur the type of person who borrows things and never gives them back", "criticism"),
        # contempt: mock awards and titles, pity comparisons, backhanded praise, looks and noises
        ("wow you hoovered the stairs, someone give this guy a trophy", "contempt"),
        ("sure thing miss i am never wrong", "contempt"),
        ("my nephew is six and even a 6 year old could do it better than you", "contempt"),
        ("You look quite smart today, for once.", "contempt"),
        ("He has the emotional range of a teaspoon.", "contempt"),
        ("she tasted my soup and just went 'yuck' in front of her sister", "contempt"),
        ("he talks to me like i am a child who cant count", "contempt"),
        ("Don't strain yourself reading the instructions.", "contempt"),
        ("it was hardly a real career anyway, was it?", "contempt"),
        # defensiveness: minimising, admit-then-counter, reported dismissal, blame shifted
        ("you're making such a huge fuss over one late bill", "defensiveness"),
        ("ok i forgot the milk but you forgot the bread yesterday", "defensiveness"),
        ("he keeps telling me i'm 'imagining things' whenever i bring it up", "defensiveness"),
        ("I can hardly be expected to remember every single date.", "defensiveness"),
        ("I don't see why I should say sorry for something you started.", "defensiveness"),
        ("It was one coffee. One. With a colleague.", "defensiveness"),
        ("i havent taken any of it, i dont know what ur talking about", "defensiveness"),
        # stonewalling: avoidance as a purpose, unanswered messages, elided subjects, waiting it out
        ("He works late every night so that he doesn't have to talk about the baby.", "stonewalling"),
        ("My calls go unanswered for the whole weekend after every row.", "stonewalling"),
        ("she hasnt answered a single message since sunday", "stonewalling"),
        ("he just pulled the blanket over his head and said nothing", "stonewalling"),
        ("i sat in the car scrolling till she gave up and went inside", "stonewalling"),
        ("we were arguing and he wouldnt say another word all evening", "stonewalling"),
        ("She turned back to her laptop as if I hadn't spoken.", "stonewalling"),
    ],
)
def test_unseen_writer_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # appreciation with always / never and superlatives, praise named after the fact
        "you always cook the nicest curries, never stop",
        "You always warm the car up before I leave, and I love that about you.",
        "what i love most about you is you're never too proud to say sorry",
        # sincere praise and reassurance that share words with sarcasm
        "you deserve a medal for putting up with my snoring, thank you",
        "it must be hard being a nurse on nights, i'm proud of you",
        # the user owning a part, or a pattern overcome
        "I'm sorry about my tone last night, it was dismissive and unfair.",
        "i ignored her texts all evening and i realised how rude that was, how do i make it up to her?",
        "We used to go quiet on each other for days, but we learned to stop.",
        # a pause with a reason, a request, a third party, an ex
        "I went silent because the news about your job scared me. Can we talk about it tonight?",
        "can we not do the gift thing this year, money is tight",
        "my dad never listens, he just changes the subject to football",
        "my ex used to walk out mid-argument and it still makes me anxious",
        # a quoted "no" does not cancel what follows; a simile is not an insult
        "we went for a walk out along the river and talked for hours",
        "we sat up chatting till late about the move, first time in ages",
        # whole-message healthy readings that keep the learned complement quiet
        "he's the type who remembers every birthday",
        "she's the sort of woman who makes everyone feel welcome",
        "fair enough, i did forget to call her back",
        "i told him i just need fifteen minutes to calm down first",
        "he never leaves for work without kissing me goodbye",
        "i didn't know what to say when she told me, i just hugged her",
        "I don't say thank you often enough for all you do.",
        "I told him it was not his fault and that I was the one who was stressed.",
    ],
)
def test_unseen_writer_families_stay_quiet(text):
    assert bot_labels(text) == set()


def test_quoted_reply_does_not_negate_the_walkout():
    assert "stonewalling" in labels("When I asked what was wrong he said 'no' and left the table.")


def test_left_out_is_excluded():
    found = {s.label for s in analyse_text("I felt so left out when you all went to the pub without me").thought_feelings}
    assert "excluded" in found


# ------------------------------------------------------------------ phone typing and hard negatives
# Written for these tests in new words: families added for writers who type on a phone (typos,
# "u", "idc", second-language English) and healthy messages that use horseman-like words.
@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: phone spellings, character attacks told plainly
        ("u alwyas turn every plan into drama about u", "criticism"),
        ("she criticises me for everything, how i cook, how i talk to the kids", "criticism"),
        ("he keeps a running tally of my faults and recites it when we row", "criticism"),
        ("any time i forget something he makes it about what kind of wife i am", "criticism"),
        # contempt: mock awards, pity comparisons, "lucky anyone wants you", disgust
        ("wow u took the bins out, do u want a medal", "contempt"),
        ("arguing with him is like talking to a labrador, nothing going on up there", "contempt"),
        ("she told me im lucky anyone would put up with me", "contempt"),
        ("there was a look of utter disgust on her face when i tried to hug her", "contempt"),
        # defensiveness: "in my defence", blame shifted back, minimising described
        ("in my defence the car was already scratched", "defensiveness"),
        ("well maybe if u stopped nagging me all the time i would help more", "defensiveness"),
        ("so im supposed to just know what u want without being told?", "defensiveness"),
        ("he downplays everything, me being upset is 'just a mood'", "defensiveness"),
        # stonewalling: left on read, one-word answers, the phone as a shield, "idc. do whatever"
        ("my messages from this morning are still on read", "stonewalling"),
        ("whenever i start crying he picks up his phone", "stonewalling"),
        ("she answers all my texts with one word and nothing else", "stonewalling"),
        ("idc anymore. do whatever.", "stonewalling"),
    ],
)
def test_phone_typed_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # accommodation, someone outside the couple, a neutral colleague's eye-roll
        "i said whatever restaurant you pick is fine with me",
        "my cousin said 'youre so lazy' to me at the wedding and i laughed it off",
        "my boss is so dismissive, he rolls his eyes whenever i speak up in meetings",
        # owning, a pattern left behind, a break with a time to come back
        "I owe her an apology. I called her selfish and that was unfair.",
        "i used to walk out when we argued. therapy helped me see why and now i stay",
        "not doing this while im this wound up. walking the dog, back by 9, then lets talk properly",
        # a question to the coach, "can hardly", praise, a bare "typical" about a train
        "what exactly counts as contempt? my wife sighs when i tell long stories",
        "I can hardly say no to my sister when she asks for help",
        "you absolute legend, you remembered my mum's birthday",
        "she never makes mistakes with the budget, she's brilliant with money",
        "typical. the train is late again",
    ],
)
def test_phone_typed_families_stay_quiet(text):
    assert bot_labels(text) == set()


def test_phone_spellings_are_normalised():
    from bot.language.text import prepare

    doc = analyse_text.__globals__["_NLP"]("idc, u alwyas do this becuase ur so bored")
    assert prepare(doc).words.text == "i do not care , you always do this because you are so bored"


@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: third-person character verdicts with an intensifier, superlative verdicts
        ("my boyfriend is so unreliable, honestly", "criticism"),
        ("she's really inconsiderate about my shifts", "criticism"),
        ("my wife is bone idle and it drives me mad", "criticism"),
        ("i told him he's the most self-centred man i have ever known", "criticism"),
        ("she reckons i'm the least supportive partner in the world", "criticism"),
        # contempt: mockery by voice and face, regional insults, scorn for a failed adult
        ("he copies everything I say in a silly sing-song voice", "contempt"),
        ("she did an impression of me crying while her friends watched", "contempt"),
        ("my husband curled his lip when I mentioned my painting class", "contempt"),
        ("he called me a dunce in front of the whole table", "contempt"),
        ("what sort of grown adult still cannot boil pasta?", "contempt"),
        # defensiveness: everyday defence idioms, turning a complaint into one's own hard week
        ("can you just get off my back about the car for one day", "defensiveness"),
        ("it wasnae me who lost the keys, check your own coat", "defensiveness"),
        ("that is not how I remember it at all", "defensiveness"),
        ("you're making it seem like I never help with anything", "defensiveness"),
        ("whenever I say I'm struggling she makes it all about how hard her week was", "defensiveness"),
        # stonewalling: the cold shoulder, the brick wall, messages left unanswered
        ("he's been cold-shouldering me since the wedding", "stonewalling"),
        ("she left my texts unanswered for three whole days", "stonewalling"),
        ("asking him about money is like talking to a brick wall", "stonewalling"),
    ],
)
def test_regional_and_story_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone outside the couple: a teenager, a hyphenated co-worker
        "our teenager gives us both the cold shoulder whenever we mention homework",
        "my co-worker is so arrogant, she talks to me like I'm new",
        # a break with a return: "give me twenty minutes", "I'll be back in ten", sleeping on it
        "I was getting heated so I said give me twenty minutes and went for a walk",
        "we both went quiet and agreed to sleep on it, and this morning we talked it through",
        "she walked out of the kitchen but popped her head back in and said she needed a breather",
        # shared silence, an act stopped in time, what didn't happen, a device switched off
        "we sat by the fire without talking, a really comfortable silence",
        "I was about to storm off when I stopped myself and sat back down",
        "proud of us, the whole talk didn't end with either of us walking out",
        "he switched off the telly so he could hear me properly",
        # thanks, praise with always, "never" + a bad thing
        "thank you for being patient with me when I shut down last night",
        "you always talk to my dad so kindly, it means a lot",
        "my husband says I'm always the sensible one and he loves that about me",
        "you never bore me, even after twenty years",
        # the user raising a topic; validation; a feeling instead of anger; a simile; excuses for the partner
        "every time I bring up my worries about money I try to stay calm",
        "she said 'I didn't know you felt so lonely' and hugged me",
        "I'm not angry with her, I'm just sad we don't see each other",
        "he handed me the keys like it was nothing and smiled",
        "I'm tired of making excuses for her when she misses family dinners",
        # good news "for once", a mimic who makes us laugh
        "finally some good news for once, the scan came back clear",
        "he does an impression of me singing in the shower and we're both in stitches",
    ],
)
def test_regional_and_story_families_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # stonewalling: regional silent-treatment idioms, a talk dropped for good, silence kept up
        ("my husband has been forming deaf since I asked about the rent", "stonewalling"),
        ("she's been carrying face all week over the wedding", "stonewalling"),
        ("he's doing dedma again, acting like I'm not even there", "stonewalling"),
        ("I asked about the loan and she said later and never came back to it", "stonewalling"),
        ("my girlfriend does the silent thing whenever we disagree", "stonewalling"),
        ("we haven't spoken in days, not since the party", "stonewalling"),
        ("every row ends the same: he goes to his shed and shuts the door", "stonewalling"),
        # defensiveness: a charge echoed back, the grilling protested
        ("Me? Selfish? I paid for the whole holiday.", "defensiveness"),
        ("I was ten minutes late, why am I getting the third degree?", "defensiveness"),
        # contempt: stock sarcasm
        ("he just said cool story bro and went back to his game", "contempt"),
    ],
)
def test_silent_treatment_idioms_and_echoes_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "he went quiet for a bit, then came back to it after dinner and we sorted it",
        "we're not talking about moving house until the baby is born, we agreed that together",
        "my sister goes to her room and shuts the door when she's studying, it's how she focuses",
        "she carried the boxes up for me, bless her",
    ],
)
def test_silent_treatment_idioms_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: habits told about the partner in the third person, and more third-person flaws
        ("my boyfriend never apologises, not even when he knows he's wrong", "criticism"),
        ("she always has to have the last word in every row", "criticism"),
        ("he complains about everything, the food, the weather, me", "criticism"),
        ("honestly my husband is so so moody lately", "criticism"),
        # stonewalling: silence counted out in time, a silence kept until an apology
        ("still no reply from her since monday and we share a bed", "stonewalling"),
        ("two weeks of nothing after I mentioned couples therapy", "stonewalling"),
        ("moved to the sofa. not speaking to her until she says sorry", "stonewalling"),
        # defensiveness: blaming who started it
        ("ok but she started it, I just answered back", "defensiveness"),
        # contempt: a mock award for the partner in the third person
        ("he hung up one shirt, somebody get the man a trophy", "contempt"),
    ],
)
def test_third_person_habits_and_counted_silence_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "my wife always rings her sister on a sunday morning",
        "he never skips breakfast, whatever time he gets up",
        "she never goes to sleep without saying goodnight to the kids",
        "my boyfriend never complains when I pick the film",
        "we had three days of silence at the meditation retreat and it was lovely",
    ],
)
def test_third_person_habits_and_counted_silence_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # stonewalling: messages left unanswered, curt texts, headphones kept in
        ("two days now and still not a single reply to my texts", "stonewalling"),
        ("she has not texted back since saturday", "stonewalling"),
        ("he left my message on read again", "stonewalling"),
        ("all she said back was 'fine' and then nothing", "stonewalling"),
        ("he's had his earbuds in for hours and won't tell me why", "stonewalling"),
        # criticism: a character verdict made lasting, in the third person
        ("my husband is just a lazy man, plain and simple", "criticism"),
        ("she's careless and she always will be", "criticism"),
        # defensiveness: one slip, not me, only because of you
        ("it was one slip, I don't get why it's such a big deal", "defensiveness"),
        ("that wasn't me, the dog knocked it over", "defensiveness"),
        ("I only snapped because you kept pushing", "defensiveness"),
        # contempt: mockery shown (slow clap, tiny violin, gagging noise), stock put-downs, the eye-roll emoji
        ("he clapped slowly after I burned the toast", "contempt"),
        ("when I said I was anxious he played a tiny violin", "contempt"),
        ("he made a gagging noise at the dinner I cooked", "contempt"),
        ("her whole answer to my apology was 🙄", "contempt"),
        ("best plan ever, said no one ever", "contempt"),
    ],
)
def test_unanswered_lasting_and_shown_families_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # shared withdrawal with a way back, a pause with a reason
        "we both went quiet in the waiting room and just held each other",
        "if one of us stomps off we set a timer and meet back in the kitchen",
        "he went quiet on the phone because he'd just had bad news about his job",
        # laughing at a joke; sarcasm at the day, not at a person; praise meant
        "she laughed at my terrible jokes all evening",
        "oh brilliant, the washing machine's flooded again",
        "I told him 'you did the whole garden all by yourself' and I meant every word, he was so proud",
        # the user owning a past pattern, an explanation after an apology
        "I got defensive when he raised the budget, then told him he had a point",
        "I did roll my eyes at him, and told him later that it was unkind",
        "sorry I went quiet this morning, I was overwhelmed. can we try again tonight?",
        "I caught myself about to say 'you never listen' and asked a question instead",
        # a third party, appreciation of help unasked
        "my stepdad makes a disgusted face whenever we kiss",
        "he always does the washing up without being asked",
    ],
)
def test_shared_owned_and_sincere_readings_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # criticism: thinking only of oneself, whole-person frames, sweeping third-person verdicts
        ("he only ever thinks about himself and his golf", "criticism"),
        ("you're the kind of person who never says thank you", "criticism"),
        ("there's something seriously wrong with you", "criticism"),
        ("do you ever stop moaning?", "criticism"),
        ("my wife is unreliable with everything", "criticism"),
        ("the trouble is he's a workaholic", "criticism"),
        # defensiveness: a charge rebutted, everyone does it, not my problem
        ("he says I never cook but I made dinner three times this week", "defensiveness"),
        ("everybody forgets birthdays sometimes, it's not a crime", "defensiveness"),
        ("it's not my problem you missed the train", "defensiveness"),
        # stonewalling: avoiding the talk by other means
        ("every time I get upset he scrolls through tiktok", "stonewalling"),
        ("she stays up gaming so she doesn't have to talk to me", "stonewalling"),
        # contempt: quoted names for what I love, mock superiority
        ("she calls my friends 'the losers club'", "contempt"),
        ("lol he thinks he's so clever", "contempt"),
    ],
)
def test_self_centred_frames_rebuttals_and_avoidance_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # an urge named, the act denied, words agreed to be dropped
        "I notice the pull to shut down when he raises his voice",
        "honestly it was nerves rather than shutting down",
        "we've agreed to stop saying 'whatever' when we argue",
        # thanks, a warm sign-off, a neutral type, a door in the wind
        "my wife wrote 'thank you for always laughing at my awful puns' on a sticky note",
        "lol ok see you at 6 ❤️",
        "he's the kind of person who remembers everyone's birthday and I love that",
        "the door slammed in the wind and woke the baby",
    ],
)
def test_urges_denials_and_warm_words_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # stonewalling: a one-word reply and nothing more, ticks gone blue, never looking up
        ("I said I was sad and she wrote back 'ok.' and that was it", "stonewalling"),
        ("I watched the ticks turn blue and nothing, all evening", "stonewalling"),
        ("he's been on his laptop all night and hasn't looked up once", "stonewalling"),
        # defensiveness: out of proportion, a flat denial, when was I meant to
        ("honestly he's blowing this completely out of proportion", "defensiveness"),
        ("he says I'm always late. I'm simply not.", "defensiveness"),
        ("when exactly am I supposed to find time for that", "defensiveness"),
    ],
)
def test_curt_replies_and_flat_denials_fire(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a pause with a reason, a shrug that means easy-going, what he thought was happening
        "my wife shrugs when I ask about restaurants because she genuinely doesn't mind where we eat",
        "I could tell she thought I was walking out, so I said I'd be back in ten minutes",
        # laughing at ourselves together
        "we put on silly voices to replay our row and couldn't stop laughing at ourselves",
    ],
)
def test_reasons_and_shared_laughter_stay_quiet(text):
    assert bot_labels(text) == set()


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "his brother" is the partner's brother: the "he" who walks off after it is the partner
        ("When his brother brought up the loan, he just got up and went out to the garage.", "partner"),
        ("Whenever her sister mentions the wedding she leaves the room and won't come back.", "partner"),
    ],
)
def test_a_relative_of_the_partner_named_first_does_not_take_the_partners_act(text, speaker):
    found = analyse_text(text).horsemen
    assert {(s.label, s.speaker) for s in found} == {("stonewalling", speaker)}


@pytest.mark.parametrize(
    "text",
    [
        # but a relative who opens the sentence is who "he" / "she" is
        "his dad never listens, he just walks off mid-sentence",
        "my brother never listens, he just walks out",
    ],
)
def test_a_relative_who_opens_the_sentence_is_outside_the_couple(text):
    assert "stonewalling" not in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker naming their own pattern by its name, and owning it
        "I got defensive when he mentioned the overdraft, and I want to go back and hear him out properly.",
        "we both get sarcastic when we're hungry. how do we stop doing that?",
        "I stonewalled her on Friday and I've apologised, but how do I make sure it doesn't happen again?",
    ],
)
def test_naming_ones_own_pattern_to_own_it_is_not_the_pattern(text):
    assert labels(text) == set()


@pytest.mark.parametrize(
    "text, label",
    [
        # ... but naming it to defend it is still the pattern
        ("my boyfriend says I get defensive but honestly he only ever brings things up when I'm exhausted", "defensiveness"),
        ("yeah I got defensive, so what, she started it", "defensiveness"),
    ],
)
def test_naming_ones_own_pattern_to_defend_it_stays(text, label):
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a quiet with a reason that is not the partner or the row
        "she went silent at lunch but it wasn't about me, her team had just lost the contract",
        "he goes quiet on Sundays when he's deep in his marking and we both know it's not about us",
    ],
)
def test_a_quiet_that_is_not_about_us_is_not_stonewalling(text):
    assert "stonewalling" not in labels(text)


def test_a_quiet_that_turns_away_stays_stonewalling():
    assert "stonewalling" in labels("he went quiet and turned away from me the moment I mentioned his mother")


@pytest.mark.parametrize(
    "text",
    [
        # a charge against the speaker that they concede, or their own charge taken back
        "my husband says I never text back. honestly he's right, I've been terrible at it this month",
        "she told me I'm always late and she's right, so I'm setting two alarms now",
        "I told her she always ruins birthdays. That wasn't fair and I'll say so tonight.",
    ],
)
def test_a_charge_conceded_or_taken_back_is_not_criticism(text):
    assert "criticism" not in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # not angry: a circumstance or excitement named instead
        "I'm not cross with her, it's just the shifts, we never see each other",
        "I'm not yelling at you, I'm yelling because I'm so happy, she said yes!!",
    ],
)
def test_not_angry_with_a_circumstance_or_excitement_is_not_defensiveness(text):
    assert "defensiveness" not in labels(text)


def test_a_nickname_said_with_a_grin_is_not_contempt():
    assert "contempt" not in labels("he calls me 'trouble' all day long, always with a cheeky grin, and I secretly love it")


def test_a_nickname_not_meant_affectionately_stays_contempt():
    assert "contempt" in labels("she calls me 'the genius' whenever I get lost, and not in an affectionate way")


def test_asking_whether_a_behaviour_is_the_pattern_is_not_the_pattern():
    assert labels("I told her I need an hour to cool off and she said that's stonewalling. is it?") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # a curt word explained at once as meant kindly, and one that is not
        ("he said 'fine' but then said he means fine as in he genuinely doesn't mind which film", False),
        ("she said 'fine' and walked off to the bedroom", True),
    ],
)
def test_a_curt_word_explained_as_meant_kindly(text, expected):
    assert ("stonewalling" in labels(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        # talking down to the partner as to a small child, put-downs by comparison, mock celebration
        "he explains the mortgage to me like I'm five, every single time",
        "he's about as romantic as a wet sock",
        "she has the personality of a cardboard box",
        "you emptied the bin, should we alert the media?",
        "oh you finally booked the dentist. gold star.",
    ],
)
def test_condescension_comparisons_and_mock_celebration_are_contempt(text):
    assert "contempt" in labels(text)


def test_asking_for_a_simple_explanation_is_not_contempt():
    assert labels("could you explain what flooding is like I'm five?") == set()


@pytest.mark.parametrize(
    "text",
    [
        # read and left unanswered, back to the screen or behind a door, a talk ended by fiat
        "he opened my message about the rent at 8:15. still nothing",
        "she's left me on two ticks since breakfast",
        "I asked if he was coming to the scan and he shrugged and went back to his laptop",
        "every time money comes up she goes to the spare room and shuts the door",
        "I'm not talking about the holiday again. End of.",
    ],
)
def test_unanswered_reads_screens_doors_and_talks_ended_are_stonewalling(text):
    assert "stonewalling" in labels(text)


def test_end_of_as_emphasis_is_not_stonewalling():
    assert "stonewalling" not in labels("she's the best cook in the family, end of.")


@pytest.mark.parametrize(
    "text",
    [
        # a denial corrected in the same breath, "how was I supposed to know", "what more do you want"
        "I didn't ignore your mum, I was just tired after the flight",
        "I wasn't laughing at you, I was laughing at the dog",
        "how was I supposed to know the boiler was playing up?",
        "I've done the school run all week, what more do you want from me",
        "you booked the wrong date, not me",
    ],
)
def test_denials_with_a_correction_and_how_was_i_to_know_are_defensiveness(text):
    assert "defensiveness" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feeling or an I-statement after "I'm not ...": reassurance, not a defence
        "I'm not angry, I'm just sad",
        "I'm not blaming you, I just need a hand with the bins on Thursdays",
    ],
)
def test_reassurance_with_a_feeling_or_need_is_not_defensiveness(text):
    assert "defensiveness" not in labels(text)
