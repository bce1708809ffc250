import pytest

from bot.nlu.guard_reasons import EMPTY_MESSAGE, LONG_MESSAGE, NO_WORDS, OTHER_LANGUAGE
from bot.nlu.input_guard import MAX_MESSAGE_CHARS, guard_reason, looks_foreign, normalize_text


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("<b>we fight</b> about <i>money</i>", "we fight about money"),
        ("<script>alert('x')</script>hello", "alert('x') hello"),
        ("tom &amp; jerry", "tom & jerry"),
        ("we\x00 argue\n\n\tso much  ", "we argue so much"),
        ("i <3 him but we fight", "i <3 him but we fight"),
    ],
)
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", EMPTY_MESSAGE),
        ("   ", EMPTY_MESSAGE),
        ("😢😢😢", NO_WORDS),
        ("?!...", NO_WORDS),
        ("12345", NO_WORDS),
        ("necesito ayuda con mi esposo, siempre peleamos por todo", OTHER_LANGUAGE),
        ("je ne sais pas quoi faire avec mon mari", OTHER_LANGUAGE),
        ("ich weiß nicht mehr weiter mit meiner frau", OTHER_LANGUAGE),
        ("我和我丈夫总是吵架", OTHER_LANGUAGE),
        ("мы постоянно ссоримся", OTHER_LANGUAGE),
        ("we fight all the time " * 300, LONG_MESSAGE),
    ],
)
def test_guard_reasons(text, reason):
    assert guard_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "my husband and i keep fighting about chores",
        "idk",
        "hi",
        "we went to a cafe in paris and had a croissant, it was nice",
        "my wife José and I argue about the dishes",
        "no",
        "he said no and then he left",
        "x" * MAX_MESSAGE_CHARS,
    ],
)
def test_ordinary_english_passes_through(text):
    assert guard_reason(text) is None


def test_long_is_judged_on_the_raw_length():
    assert guard_reason("short after cleaning", raw_length=MAX_MESSAGE_CHARS + 1) == LONG_MESSAGE


def test_looks_foreign_ignores_a_single_foreign_word():
    assert not looks_foreign("she said hola to me and i melted")
