"""The chat page in a real browser: Playwright drives Debian's Chromium (headless) against
`mend serve`. Saves a phone-width screenshot to results/widget-phone.png."""

from __future__ import annotations


import pytest
from playwright.sync_api import expect

from bot.paths import PROJECT_ROOT
from tests.mend_server import MendServer, variations

pytestmark = pytest.mark.e2e

SCREENSHOT = PROJECT_ROOT / "results" / "widget-phone.png"
NEUTRAL = "https://www.bbc.co.uk/weather"



@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    # The quick exit leaves for a neutral site; the machine has no internet, so answer it here.
    page.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<h1>Weather</h1>", content_type="text/html"))
    yield page
    context.close()


def wait_enabled(page) -> None:
    expect(page.get_by_label("Your message")).to_be_enabled(timeout=30000)


def wait_bot_messages(page, count: int) -> None:
    # (the page's CSP forbids eval, so waits use locators rather than wait_for_function)
    page.locator(".mend-msg-bot").nth(count - 1).wait_for(timeout=30000)


def bot_texts(page):
    return page.locator(".mend-msg-bot").all_text_contents()


def start(page, mend: MendServer) -> None:
    page.goto(f"http://127.0.0.1:{mend.port}/")
    page.get_by_role("button", name="I understand, start").click()
    wait_enabled(page)


def send(page, text: str, expected_bot_messages: int) -> None:
    page.get_by_label("Your message").fill(text)
    page.keyboard.press("Enter")
    wait_bot_messages(page, expected_bot_messages)


def test_chat_buttons_reload_and_phone_width(page, mend: MendServer):
    start(page, mend)
    assert page.get_by_label("Your message").is_editable()
    send(page, "my husband and I keep fighting about chores", expected_bot_messages=3)
    texts = bot_texts(page)
    assert texts[0] in variations("welcome")
    assert texts[1] in variations("utter_topic_chores", partner="husband")

    page.get_by_role("button", name="Tell me more").click()
    wait_bot_messages(page, 5)
    assert bot_texts(page)[3] in variations("utter_topic_chores_more", partner="husband")
    assert page.locator(".mend-msg-user").all_text_contents() == [
        "my husband and I keep fighting about chores", "Tell me more"]

    page.screenshot(path=str(SCREENSHOT.parent.mkdir(exist_ok=True) or SCREENSHOT), full_page=True)
    width = page.evaluate("document.querySelector('.mend').getBoundingClientRect().width")
    assert width <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling

    # reload: history is back, and the server still knows the conversation (same session)
    before = bot_texts(page)
    page.reload()
    wait_enabled(page)
    assert bot_texts(page) == before
    send(page, "what should i do", expected_bot_messages=len(before) + 2)
    plan = bot_texts(page)[len(before)]
    assert plan.startswith("From what you've told me about chores at home")


def test_markup_is_shown_as_text(page, mend: MendServer):
    start(page, mend)
    attack = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script><b>bold</b>"
    send(page, attack, expected_bot_messages=2)
    assert page.locator(".mend-msg-user").last.text_content() == attack
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".mend-log img, .mend-log script, .mend-log b").count() == 0


def test_quick_exit_leaves_and_clears_the_history(page, mend: MendServer):
    start(page, mend)
    send(page, "we argue about money", expected_bot_messages=3)
    page.get_by_role("button", name="Quick exit").click()
    page.wait_for_url(f"{NEUTRAL}**")
    page.goto(f"http://127.0.0.1:{mend.port}/")
    assert page.evaluate("localStorage.getItem('mend.chat.v1')") in (None, "{}") or \
        page.evaluate("JSON.parse(localStorage.getItem('mend.chat.v1')).history.length") == 0
    assert page.locator(".mend-msg").count() == 0
    assert page.get_by_role("button", name="I understand, start").is_visible()


def test_keyboard_and_screen_reader_basics(page, mend: MendServer):
    page.goto(f"http://127.0.0.1:{mend.port}/")
    assert page.get_by_role("log", name="Conversation").count() == 1
    page.keyboard.press("Tab")  # quick exit is the first stop
    assert page.evaluate("document.activeElement.textContent") == "Quick exit"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # consent by keyboard
    wait_enabled(page)
    page.get_by_label("Your message").press_sequentially("hi")
    page.keyboard.press("Enter")
    wait_bot_messages(page, 2)
