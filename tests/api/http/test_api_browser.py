"""The web page in a real headless Chromium, against the app served by uvicorn on a loopback socket."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import urllib.request
import warnings

import pytest
from openpyxl import Workbook

from api.http.app import create_app
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL
from tests.api.api_support import AUTH, make_settings, matches_sheet

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1280,900"]


def _skip_loudly(reason: str):
    message = f"BROWSER TEST SKIPPED: {reason}. Install it with `apt-get install -y chromium chromium-driver` " \
              "(.ci/run does this when it runs as root)."
    warnings.warn(message)
    print("\n" + "!" * 100 + "\n" + message + "\n" + "!" * 100)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, encoder):
    """The app on a real socket: uvicorn in a thread of this process, sharing the session's encoder."""
    import uvicorn

    store = tmp_path_factory.mktemp("store")
    port = free_port()
    app = create_app(make_settings(store), encoder=encoder)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    import httpx

    response = httpx.post(f"{base}/v1/clauses", json={"clauses": INTERNATIONAL + DOMESTIC}, headers=AUTH)
    assert response.status_code == 200, response.text
    yield base
    uv.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _skip_loudly("the selenium package is not installed (pip install -e '.[test]')")
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        _skip_loudly(f"no Chromium found ({CHROMIUM}, {CHROMEDRIVER})")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_until(condition, seconds: float = 20, what: str = "condition"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_translator_search_shows_counterparts_side_by_side(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    assert "标准比对" in browser.title and "Translator search" in browser.page_source
    box = browser.find_element(By.ID, "q")
    box.send_keys(DOMESTIC[0]["text"])
    browser.find_element(By.ID, "min_score").clear()
    browser.find_element(By.ID, "min_score").send_keys("0")
    browser.find_element(By.ID, "search-btn").click()
    pairs = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#results .pair"), what="results")
    first = pairs[0]
    query_side = first.find_element(By.CSS_SELECTOR, ".query .text")
    counterpart = first.find_element(By.CSS_SELECTOR, ".counterpart")
    assert query_side.text == DOMESTIC[0]["text"]
    assert "CXS 193-1995 Lead 1" in counterpart.find_element(By.TAG_NAME, "h3").text
    assert counterpart.find_element(By.CSS_SELECTOR, ".text").text == INTERNATIONAL[0]["text"]
    # Indicators are marked in both texts; the verdict badge carries its colour class.
    assert any("0.2 mg/kg" in m.text for m in query_side.find_elements(By.CSS_SELECTOR, "mark.ind"))
    assert any("0.2 mg/kg" in m.text for m in counterpart.find_elements(By.CSS_SELECTOR, "mark.ind"))
    badge = counterpart.find_element(By.CSS_SELECTOR, ".verdict")
    assert "verdict-consistent" in badge.get_attribute("class").split() and "consistent" in badge.text
    assert badge.value_of_css_property("background-color") == "rgba(46, 125, 50, 1)"  # green
    table = first.find_element(By.CSS_SELECTOR, "table.indicators")
    assert "一致 consistent" in table.text
    copy = counterpart.find_element(By.CSS_SELECTOR, "button.copy")
    copy.click()
    wait_until(lambda: copy.get_attribute("data-copied"), what="copy")
    assert copy.get_attribute("data-copied") == INTERNATIONAL[0]["text"]
    assert "Copied" in copy.text
    status = browser.find_element(By.ID, "search-status").text
    assert "counterparts" in status


def test_upload_shows_progress_and_a_download_link(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    wb = Workbook()
    wb.active.append(["标准号", "条款号", "条款内容"])
    for _ in range(10):
        for d in DOMESTIC:
            wb.active.append([d["standard"], d["clause"], d["text"]])
    path = tmp_path / "清单.xlsx"
    wb.save(path)
    browser.get(f"{server}/ui/")
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "upload-btn").click()
    link = browser.find_element(By.ID, "download")
    wait_until(lambda: link.is_displayed(), seconds=60, what="the download link")
    bar = browser.find_element(By.ID, "bar")
    assert bar.get_attribute("value") == bar.get_attribute("max") == "40"
    assert "40 / 40" in browser.find_element(By.ID, "progress-text").text
    assert "done" in browser.find_element(By.ID, "progress-text").text
    with urllib.request.urlopen(link.get_attribute("href")) as response:
        assert len(matches_sheet(response.read())) == 41


def test_upload_error_is_shown(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    browser.get(f"{server}/ui/")
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(bad))
    browser.find_element(By.ID, "upload-btn").click()
    error = browser.find_element(By.ID, "job-error")
    wait_until(lambda: error.is_displayed(), what="the error")
    assert ".xlsx" in error.text


def test_statistics_view(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/ui/")
    browser.find_element(By.ID, "tab-stats").click()
    rows = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#stats tr"), what="statistics")
    table = {r.find_element(By.TAG_NAME, "th").text: r.find_element(By.TAG_NAME, "td").text for r in rows}
    assert table["国际条款 international clauses"] == str(len(INTERNATIONAL))
    assert table["国内条款 domestic clauses"] == str(len(DOMESTIC))
    assert table["目标 target (%)"] == "85"
