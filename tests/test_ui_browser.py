"""The web app in a real browser (Debian's chromium driven by Playwright) against ``launch`` serving
the real default models (SmolLM2 + the shipped adapter, MiniLM) on a free local port.

Screenshots go to ``artifacts/ui/``. Every request the page makes must stay on 127.0.0.1.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import docx
import openpyxl
import pytest

from chatbot.lm.adapters import shipped_adapter
from chatbot.lm.models import prepare_smollm2
from chatbot.settings import Settings
from tests.harness.app import app_at

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "ui"
ANSWER_TIMEOUT_MS = 60_000
DONE = re.compile(r"(Sources \(\d+\)|No matching documents)")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, free_port) -> Iterator[str]:
    """``chatbot serve``'s app (via :func:`launch`) over a fresh store of the shipped documents."""
    root = tmp_path_factory.mktemp("ui")
    settings = Settings(
        home=root / "home",
        persist_dir=root / "chroma",
        model=str(prepare_smollm2(Settings().models_dir)),
        adapter=str(shipped_adapter("smollm2-135m")),
    )
    with app_at(settings, free_port()) as url:
        yield f"{url}/"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: apt-get install -y chromium (make test does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url):
    """A fresh page on the app; fails the test if it requested anything but the app itself."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname or ""))
    page.goto(app_url)
    page.get_by_test_id("textbox").wait_for()
    yield page
    context.close()
    assert hosts <= {"127.0.0.1"}, f"the page called out to {hosts - {'127.0.0.1'}}"


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def ask(page, question: str) -> tuple[str, str]:
    """Type a question in the chat, wait for the answer and its sources block; return both texts."""
    done = page.get_by_test_id("bot").filter(has_text=DONE)
    before = done.count()
    box = page.get_by_test_id("textbox")
    box.fill(question)
    box.press("Enter")
    done.nth(before).wait_for(timeout=ANSWER_TIMEOUT_MS)
    bots = page.get_by_test_id("bot")
    return bots.nth(-2).inner_text(), bots.last.inner_text()


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_question_shows_the_answer_and_its_source(page):
    answer, sources = ask(page, "What is the capital of Germany?")
    assert "Berlin" in answer
    assert sources.startswith("Sources (1): country_by_capital_city.json")
    page.get_by_test_id("bot").last.get_by_text("Sources (1)").click()
    block = page.get_by_test_id("bot").last
    block.get_by_text("The capital of Germany is Berlin.").wait_for()
    assert re.search(r"score \d\.\d\d · country_by_capital_city\.json", block.inner_text())
    shot(page, "chat_answer_with_source")


def test_follow_up_and_no_matching_documents(page):
    ask(page, "What is the capital of Germany?")
    answer, sources = ask(page, "And of France?")
    assert "Paris" in answer and sources.startswith("Sources (1)")
    answer, sources = ask(page, "what about japan")
    assert "Tokyo" in answer
    answer, sources = ask(page, "What is the capital of Atlantis?")
    assert "don't know" in answer and sources.startswith("No matching documents")
    shot(page, "chat_follow_up_and_no_match")


def set_sliders(page, values: dict[str, str]) -> None:
    """Type each slider's value into its number box until all of them hold. Gradio commits a typed
    value to the app state asynchronously, and a value typed while the Settings accordion is still
    mounting is now and then put back to the default a moment later (CI saw top-k back at 1 after a
    one-second pause), so the values are checked after a pause and typed again if one slipped."""
    boxes = {label: page.get_by_label(f"number input for {label}") for label in values}
    for _ in range(5):
        for label, box in boxes.items():
            box.wait_for(state="visible")
            box.fill(values[label])
            box.press("Tab")  # leaving the box commits (and clamps) the value
        page.wait_for_timeout(1000)
        if all(box.input_value() == values[label] for label, box in boxes.items()):
            return
    pytest.fail(f"the sliders would not hold {values}")


def test_settings_apply_to_the_next_request(page):
    page.get_by_role("button", name="Settings (apply to your next question only)").click()
    set_sliders(page, {"Retrieval top-k (documents per question)": "3", "Score threshold (min. cosine)": "0"})
    page.get_by_label("Tuned adapter (off: the base model, to compare)").uncheck()
    # four documents name Guinea (Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea); a yes or
    # no question goes to the model (a plain one is answered by its one-fact document)
    answer, sources = ask(page, "Is the capital of Guinea on the coast?")
    assert sources.startswith("Sources (3)") and answer
    shot(page, "chat_settings_top3_base_model")
    open_tab(page, "Inspector")  # the base model reads the prompt inside its chat template
    prompt = page.locator("#last-prompt textarea").input_value()
    assert "<|im_start|>system" in prompt and "<Input> The capital of Guinea is Conakry." in prompt


def zubrowka(folder: Path, suffix: str) -> Path:
    """One fact in a file of the given kind: plain text, a web page (with navigation), a Word file, a
    spreadsheet row."""
    fact, path = "The capital of Zubrowka is Lutz.", folder / f"zubrowka{suffix}"
    if suffix == ".xlsx":
        workbook = openpyxl.Workbook()
        for row in (["country", "capital"], ["Zubrowka", "Lutz"]):
            workbook.active.append(row)
        workbook.save(path)
    elif suffix == ".docx":
        document = docx.Document()
        document.add_paragraph(fact)
        document.save(str(path))
    elif suffix == ".html":
        path.write_text(f"<html><body><nav>Home | Maps</nav><p>{fact}</p></body></html>", encoding="utf-8")
    else:
        path.write_text(fact, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".xlsx"])
def test_upload_answer_from_it_then_delete_it(page, tmp_path, suffix):
    notes = zubrowka(tmp_path, suffix)
    open_tab(page, "Documents")
    page.get_by_text("245 documents from 1 source(s)").wait_for()
    page.locator("#upload input[type=file]").set_input_files(notes)
    page.get_by_role("button", name="Ingest the files").click()
    page.get_by_text(f"Ingested {notes.name}: added 1").wait_for(timeout=ANSWER_TIMEOUT_MS)
    page.get_by_text("246 documents from 2 source(s)").wait_for()
    shot(page, f"documents_after_upload{suffix.replace('.', '_')}")

    open_tab(page, "Chat")
    answer, sources = ask(page, "What is the capital of Zubrowka?")
    assert "Lutz" in answer and sources.startswith(f"Sources (1): {notes.name}")
    shot(page, f"chat_answer_from_upload{suffix.replace('.', '_')}")

    open_tab(page, "Documents")
    page.locator("#source input").click()
    page.get_by_role("option", name=notes.name).click()
    page.get_by_role("button", name="Delete this source").click()
    page.get_by_text(f"Deleted {notes.name}: 1 document(s).").wait_for()
    page.get_by_text("245 documents from 1 source(s)").wait_for()
    open_tab(page, "Chat")
    answer, sources = ask(page, "What is the capital of Zubrowka?")
    assert "Lutz" not in answer and sources.startswith("No matching documents")
    shot(page, "chat_after_delete")


def test_a_bad_file_gets_a_message_and_changes_nothing(page, tmp_path):
    broken = tmp_path / "atlas.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    open_tab(page, "Documents")
    page.get_by_text("245 documents from 1 source(s)").wait_for()
    page.locator("#upload input[type=file]").set_input_files(broken)
    page.get_by_role("button", name="Ingest the files").click()
    status = page.locator("#store-status")
    status.get_by_text("Nothing was changed.").wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert "atlas.pdf: not a readable PDF" in status.inner_text()
    page.get_by_text("245 documents from 1 source(s)").wait_for()
    shot(page, "documents_bad_file")


def test_inspector_shows_tokens_next_token_chart_and_the_last_prompt(page):
    ask(page, "Is Berlin the capital of Germany?")  # a yes or no question: the model reads it
    open_tab(page, "Inspector")
    text = page.locator("#inspect-text textarea")
    text.fill("The capital of Germany is")
    page.get_by_role("button", name="Inspect").click()
    page.get_by_text("5 tokens, 25 characters").wait_for()
    tokens = page.locator("#tokens").inner_text()
    assert "␣capital" in tokens and "␣Germany" in tokens and re.search(r"\b\d{3,5}\b", tokens)
    page.locator("#next-token-chart canvas, #next-token-chart svg").first.wait_for()
    prompt = page.locator("#last-prompt textarea").input_value()
    assert prompt == (
        "<Input> The capital of Germany is Berlin.<Inst> Is Berlin the capital of Germany?<Response>"
    )
    shot(page, "inspector")


@pytest.fixture(scope="module", autouse=True)
def fresh_shots() -> None:
    """Screenshots of this run only."""
    shutil.rmtree(SHOTS, ignore_errors=True)
