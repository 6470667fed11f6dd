"""The web page in a real headless Chromium, against the app served by uvicorn on a loopback socket.

The server asks for a key on reads too, as a locked-down server would: the page must send it. Each test saves a
screenshot under /tmp/stdcompare-screenshots (outside git) for a person to look at."""

from __future__ import annotations

import io
import os
import re
import shutil
import time
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
from openpyxl import Workbook

from api.http.app import create_app
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL
from tests.api.api_support import AUTH, KEY, make_settings, matches_sheet, served

SHOTS = Path(os.environ.get("STDCOMPARE_SCREENSHOTS", "/tmp/stdcompare-screenshots"))

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


@pytest.fixture(scope="module")
def server(tmp_path_factory, encoder):
    """The app on a real socket, reads behind a key, filled with the fixture clauses."""
    import httpx

    app = create_app(make_settings(tmp_path_factory.mktemp("store"), read_requires_key=True), encoder=encoder)
    with served(app) as base:
        response = httpx.post(f"{base}/v1/clauses", json={"clauses": INTERNATIONAL + DOMESTIC}, headers=AUTH)
        assert response.status_code == 200, response.text
        yield base


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads):
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
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False,
                                              # several downloads from one page, without asking
                                              "profile.default_content_setting_values.automatic_downloads": 1})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
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


def shot(browser, name: str) -> Path:
    """Save a screenshot of the whole page for a person to look at."""
    from selenium.webdriver.common.by import By

    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.body.scrollHeight")
    browser.set_window_size(1280, max(900, min(height + 40, 4000)))
    path = SHOTS / f"{name}.png"
    browser.find_element(By.TAG_NAME, "body").screenshot(str(path))
    browser.set_window_size(1280, 900)
    return path


def open_page(browser, server, *, key: str | None = KEY):
    """Open the page fresh and, with `key`, enter it in the key field as a user would."""
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/ui/")
    browser.execute_script("sessionStorage.clear()")
    browser.get(f"{server}/ui/")
    if key:
        browser.find_element(By.ID, "api-key").send_keys(key)
        browser.find_element(By.ID, "key-save").click()
        wait_until(lambda: "key set" in browser.find_element(By.ID, "key-state").text, what="the key saved")


def search_for(browser, text: str):
    from selenium.webdriver.common.by import By

    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    browser.find_element(By.ID, "min_score").clear()
    browser.find_element(By.ID, "min_score").send_keys("0")
    browser.find_element(By.ID, "search-btn").click()
    wait_until(lambda: "Searching" not in browser.find_element(By.ID, "search-status").text
               and browser.find_element(By.ID, "search-status").text, what="the search to end")
    return browser.find_elements(By.CSS_SELECTOR, "#results .pair")


def new_download(downloads: Path, before: set[str], suffix: str, seconds: float = 20) -> Path:
    def ready():
        found = [p for p in downloads.iterdir() if p.name not in before and p.suffix == suffix]
        return found[0] if found and found[0].stat().st_size > 0 else None
    return wait_until(ready, seconds=seconds, what=f"a downloaded {suffix} file")


def list_xlsx(path: Path, rows: int = 10, *, sheet: str | None = None, header=("标准号", "条款号", "条款内容")) -> Path:
    wb = Workbook()
    if sheet:
        wb.active.title = sheet
    wb.active.append(list(header))
    for _ in range(rows // len(DOMESTIC) + 1):
        for d in DOMESTIC:
            if wb.active.max_row > rows:
                break
            wb.active.append([d["standard"], d["clause"], d["text"]][:2] + ["见下列"] * (len(header) - 3)
                             + [d["text"]])
    wb.save(path)
    return path


def test_search_needs_the_key_and_works_with_it(server, browser):
    from selenium.webdriver.common.by import By

    open_page(browser, server, key=None)
    assert "标准比对" in browser.title and "Translator search" in browser.page_source
    # what a score is, said beside the search (a translator saw '58.7' and '70.8' with no scale)
    assert "50–90" in browser.find_element(By.ID, "score-hint").text
    search_for(browser, DOMESTIC[0]["text"])
    status = browser.find_element(By.ID, "search-status").text
    assert "API" in status and "key" in status  # what to do: enter the key
    shot(browser, "01-search-without-key")
    open_page(browser, server)
    pairs = search_for(browser, DOMESTIC[0]["text"])
    first = pairs[0]
    query_side = first.find_element(By.CSS_SELECTOR, ".query .text")
    counterpart = first.find_element(By.CSS_SELECTOR, ".counterpart")
    assert query_side.text == DOMESTIC[0]["text"]
    assert "CXS 193-1995 Lead 1" in counterpart.find_element(By.TAG_NAME, "h3").text
    assert counterpart.find_element(By.CSS_SELECTOR, ".text").text == INTERNATIONAL[0]["text"]
    # Indicators are marked in both texts; the verdict badge carries its colour class.
    assert any("0.2 mg/kg" in m.text for m in query_side.find_elements(By.CSS_SELECTOR, "mark.ind"))
    assert any("0.2 mg/kg" in m.text for m in counterpart.find_elements(By.CSS_SELECTOR, "mark.ind"))
    assert "0–100" in counterpart.find_element(By.CSS_SELECTOR, ".score").get_attribute("title")
    badge = counterpart.find_element(By.CSS_SELECTOR, ".verdict")
    assert "verdict-consistent" in badge.get_attribute("class").split() and "consistent" in badge.text
    assert badge.value_of_css_property("background-color") == "rgba(46, 125, 50, 1)"  # green
    assert "一致 consistent" in first.find_element(By.CSS_SELECTOR, "table.indicators").text
    # the indicators table sets the two limits side by side, as the workbook does (it showed the two source
    # phrases, "谷物中铅（以Pb计）的限量为0.2 mg/kg" beside "Lead (as Pb) in cereal grains: maximum level ...")
    cells = first.find_elements(By.CSS_SELECTOR, "table.indicators td.reading")
    assert [c.text for c in cells[:2]] == ["≤0.2 mg/kg (as Pb)", "≤0.2 mg/kg (as Pb)"]
    assert "0.2 mg/kg" in cells[0].get_attribute("title") and "Lead" in cells[1].get_attribute("title")
    copy = counterpart.find_element(By.CSS_SELECTOR, "button.copy")
    copy.click()
    wait_until(lambda: copy.get_attribute("data-copied"), what="copy")
    assert copy.get_attribute("data-copied") == INTERNATIONAL[0]["text"] and "Copied" in copy.text
    assert "counterparts" in browser.find_element(By.ID, "search-status").text
    shot(browser, "02-search-with-key")
    # a standard number without its year, in the Standard filter, finds the stored edition
    browser.find_element(By.ID, "standard").send_keys("CXS 193")
    pairs = search_for(browser, DOMESTIC[0]["text"])
    assert pairs and all("CXS 193-1995" in p.find_element(By.CSS_SELECTOR, ".counterpart h3").text for p in pairs)
    browser.find_element(By.ID, "standard").clear()


def test_confirm_and_reject_then_export_tmx(server, browser, downloads):
    import httpx
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    text = DOMESTIC[1]["text"]  # 大米中镉: its counterparts include the Codex cadmium and lead clauses
    pairs = search_for(browser, text)
    assert len(pairs) >= 2
    heads = [p.find_element(By.CSS_SELECTOR, ".counterpart h3").text for p in pairs]
    confirm_at = next(i for i, h in enumerate(heads) if "Cadmium 2" in h)
    reject_at = next(i for i, h in enumerate(heads) if i != confirm_at)
    pairs[confirm_at].find_element(By.CSS_SELECTOR, "button.confirm").click()
    pairs[reject_at].find_element(By.CSS_SELECTOR, "button.reject").click()
    for at, word in ((confirm_at, "confirmed"), (reject_at, "rejected")):
        state = pairs[at].find_element(By.CSS_SELECTOR, ".review-state")
        wait_until(lambda: word in state.text, what=f"the pair {word}")
    assert "confirmed" in pairs[confirm_at].get_attribute("class")
    shot(browser, "03-confirm-and-reject")
    stored = httpx.get(f"{server}/v1/reviews", headers=AUTH).json()
    decided = {(r["counterpart_standard"], r["counterpart_clause"]): r["decision"] for r in stored
               if r["query"] == "text:" + text}
    rejected = heads[reject_at].split("\n")[0]
    assert decided[("CXS 193-1995", "Cadmium 2")] == "confirmed" and "rejected" in decided.values()
    # The same text searched again: the confirmed counterpart first, the rejected one left out.
    again = search_for(browser, text)
    assert "Cadmium 2" in again[0].find_element(By.CSS_SELECTOR, ".counterpart h3").text
    assert "confirmed" in again[0].get_attribute("class")
    again_heads = [p.find_element(By.CSS_SELECTOR, ".counterpart h3").text for p in again]
    rejected_key = next(k for k, d in decided.items() if d == "rejected")
    assert not any(f"{rejected_key[0]} {rejected_key[1]}" in h for h in again_heads), (rejected, again_heads)
    # TMX of the confirmed pairs, downloaded through the page (with the key)
    before = {p.name for p in downloads.iterdir()}
    browser.find_element(By.ID, "tmx-btn").click()
    tmx = new_download(downloads, before, ".tmx")
    wait_until(lambda: "downloaded" in browser.find_element(By.ID, "tmx-status").text, what="the TMX status")
    shot(browser, "04-tmx-exported")
    segs = [[s.text for s in tu.iter("seg")] for tu in ET.parse(tmx).getroot().iter("tu")]
    assert [text, INTERNATIONAL[1]["text"]] in segs
    # A decision after the download: the "downloaded" line no longer stands as if the file held it
    again[1].find_element(By.CSS_SELECTOR, "button.confirm").click()
    wait_until(lambda: "export again" in browser.find_element(By.ID, "tmx-status").text, what="the TMX status")
    assert "downloaded " not in browser.find_element(By.ID, "tmx-status").text
    shot(browser, "04b-tmx-after-a-later-decision")


def test_upload_with_options_and_job_history(server, browser, downloads, tmp_path):
    from openpyxl import load_workbook
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select  # noqa: F401  (kept for form fields that become selects)

    path = list_xlsx(tmp_path / "清单-第二张.xlsx", rows=40, sheet="条款", header=("标准号", "条款号", "备注", "技术要求原文"))
    open_page(browser, server)
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "opt-sheet").send_keys("条款")
    browser.find_element(By.ID, "opt-text-column").send_keys("技术要求原文")
    browser.find_element(By.ID, "opt-threshold").send_keys("40")
    browser.find_element(By.ID, "opt-top-k").send_keys("3")
    browser.find_element(By.ID, "upload-btn").click()
    button = browser.find_element(By.ID, "download")
    wait_until(lambda: button.is_displayed(), seconds=60, what="the download button")
    bar = browser.find_element(By.ID, "bar")
    assert bar.get_attribute("value") == bar.get_attribute("max") == "40"
    progress = browser.find_element(By.ID, "progress-text").text
    assert "40 / 40" in progress and "完成 done" in progress and "清单-第二张.xlsx" in progress
    before = {p.name for p in downloads.iterdir()}
    button.click()
    result = new_download(downloads, before, ".xlsx")
    rows = matches_sheet(result.read_bytes())
    assert len(rows) == 41
    best = next(i for i, h in enumerate(rows[0]) if h and "Counterpart standard" in h)
    assert rows[1][best] == "CXS 193-1995"  # matched on the text column named in the options
    # the comparison report of the finished job, as a Word document
    from docx import Document

    before = {p.name for p in downloads.iterdir()}
    browser.find_element(By.ID, "report").click()
    report = new_download(downloads, before, ".docx")
    text = "\n".join(p.text for p in Document(str(report)).paragraphs)
    assert "比对分析报告" in text
    # the job history lists it, with its options and state in Chinese and English
    history = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#jobs tbody tr.job-done"), what="history")
    row = history[0].text
    assert "清单-第二张.xlsx" in row and "完成 done" in row and "技术要求原文" in row and "top-k: 3" in row
    assert "40 / 40" in row
    shot(browser, "05-upload-with-options-and-history")
    # the history's own download button fetches the result with the key and hands it to the browser (Chrome
    # may hold back a second download of the same file, so the page's record of it is what is checked)
    get = history[0].find_element(By.CSS_SELECTOR, "button.get")
    get.click()
    assert wait_until(lambda: get.get_attribute("data-downloaded"), what="the history download") \
        == "清单-第二张-matched.xlsx"


def test_a_list_of_one_batch_shows_its_rows_encoded_on_the_page(server, browser, tmp_path):
    """A list under 1,000 rows is matched as one 1:1 batch, all its rows at the end: the page's bar stood at 0
    until then. It now shows the rows encoded meanwhile ('编码中 encoding'), then the rows matched."""
    from selenium.webdriver.common.by import By

    path = list_xlsx(tmp_path / "清单-九百行.xlsx", rows=900)
    open_page(browser, server)
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "upload-btn").click()
    text = wait_until(lambda: (t := browser.find_element(By.ID, "progress-text").text) and "编码中 encoding" in t
                      and t, seconds=60, what="the rows encoded")
    encoded = int(re.search(r"(\d+) / 900", text).group(1))
    assert 0 < encoded < 900 and int(browser.find_element(By.ID, "bar").get_attribute("value")) == encoded
    # the job's row in the history shows the same progress, not 0 / 900 until the job ends
    row = wait_until(lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, "#jobs tbody tr.job-running")
                              if "清单-九百行.xlsx" in r.text and "编码中 encoding" in r.text], seconds=60,
                     what="the history row encoding")[0]
    in_row = int(re.search(r"(\d+) / 900", row.find_element(By.CSS_SELECTOR, ".rows").text).group(1))
    assert 0 < in_row < 900
    shot(browser, "05b-upload-encoding")
    wait_until(lambda: browser.find_element(By.ID, "download").is_displayed(), seconds=120, what="the download")
    assert "900 / 900" in browser.find_element(By.ID, "progress-text").text
    done = wait_until(lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, "#jobs tbody tr.job-done")
                               if "清单-九百行.xlsx" in r.text], what="the history row done")[0]
    assert "900 / 900" in done.text and "完成 done" in done.text


def test_a_catalogue_goes_up_with_a_list_of_standards(server, browser, tmp_path):
    """The page sends the optional catalogue beside the list; the job history names it."""
    from selenium.webdriver.common.by import By

    wb = Workbook()
    wb.active.append(["标准号", "标准名称"])
    wb.active.append(["GB 2762-2022", "食品安全国家标准 食品中污染物限量"])
    listing = tmp_path / "标准清单.xlsx"
    wb.save(listing)
    catalogue = tmp_path / "采标目录.csv"
    catalogue.write_text("标准号,标准名称,状态,采标情况\nGB 2762-2022,食品中污染物限量,现行,详见前言\n", encoding="utf-8")
    open_page(browser, server)
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(listing))
    browser.find_element(By.ID, "opt-catalogue").send_keys(str(catalogue))
    browser.find_element(By.ID, "upload-btn").click()
    wait_until(lambda: browser.find_element(By.ID, "download").is_displayed(), seconds=60, what="the download")
    row = wait_until(lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, "#jobs tbody tr.job-done")
                              if "标准清单.xlsx" in r.text], what="the history row")[0]
    assert "标准目录 catalogue: 采标目录.csv" in row.text
    shot(browser, "05c-upload-with-a-catalogue")


def test_a_reviewed_result_is_read_back_and_reported_from_the_page(server, browser, downloads, tmp_path):
    """The official who works on the page downloaded the result and filled its Review column, but could neither
    read the decisions back (only `stdcompare review` or POST /v1/reviews/workbook could) nor get the report of
    the reviewed result: the job's report button reports the result as it was written."""
    import httpx
    from docx import Document
    from openpyxl import load_workbook
    from selenium.webdriver.common.by import By

    listing = list_xlsx(tmp_path / "审核清单.xlsx", rows=3)
    with listing.open("rb") as fh:
        job = httpx.post(f"{server}/v1/jobs", headers=AUTH, files={"file": (listing.name, fh)}).json()
    job = wait_until(lambda: (lambda j: j if j["state"] in ("done", "failed") else None)(
        httpx.get(f"{server}/v1/jobs/{job['id']}", headers=AUTH).json()), seconds=60, what="the job")
    assert job["state"] == "done", job
    reviewed = tmp_path / "审核清单-已审核.xlsx"
    reviewed.write_bytes(httpx.get(f"{server}/v1/jobs/{job['id']}/result", headers=AUTH).content)
    wb = load_workbook(reviewed)
    ws = wb["匹配 Matches"]
    header = [str(c.value) for c in ws[1]]
    review = header.index(next(h for h in header if h.startswith("审核\n"))) + 1
    ws.cell(row=2, column=review, value="确认")
    ws.cell(row=3, column=review, value="驳回")
    wb.save(reviewed)

    open_page(browser, server)
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "review-file").send_keys(str(reviewed))
    browser.find_element(By.ID, "review-btn").click()
    status = browser.find_element(By.ID, "review-status")
    wait_until(lambda: "stored" in status.text or "Refused" in status.text, what="the review read back")
    assert "审核清单-已审核.xlsx: 确认 1 confirmed，驳回 1 rejected，待定 1 pending" in status.text, status.text
    decided = httpx.get(f"{server}/v1/reviews", headers=AUTH).json()
    assert any(r["source"] == "审核清单-已审核.xlsx" and r["decision"] == "confirmed" for r in decided)
    before = {p.name for p in downloads.iterdir()}
    browser.find_element(By.ID, "review-report").click()
    report = new_download(downloads, before, ".docx")
    cells = [c.text for t in Document(str(report)).tables for r in t.rows for c in r.cells]
    assert cells[cells.index("审核已确认 Confirmed in review") + 1] == "1"  # the report of the reviewed result
    shot(browser, "05d-reviewed-result-read-back")


def test_refused_upload_and_failed_job_name_the_file_and_the_field(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    fake = tmp_path / "报告.xlsx"
    fake.write_bytes(b"%PDF-1.4 a report renamed as a workbook")
    open_page(browser, server)
    browser.find_element(By.ID, "tab-upload").click()
    browser.find_element(By.ID, "file").send_keys(str(fake))
    browser.find_element(By.ID, "upload-btn").click()
    error = browser.find_element(By.ID, "job-error")
    wait_until(lambda: error.is_displayed(), what="the error")
    assert "报告.xlsx" in error.text and "not an Excel workbook" in error.text and "Upload refused" in error.text
    shot(browser, "06-refused-upload")
    # a list whose text column is not found: the message names the file and the page's field, never a flag
    wrong = list_xlsx(tmp_path / "无文本列.xlsx", rows=4, header=("标准号", "条款号", "备注", "说明"))
    browser.find_element(By.ID, "file").clear()
    browser.find_element(By.ID, "file").send_keys(str(wrong))
    browser.find_element(By.ID, "opt-text-column").send_keys("条款内容")
    browser.find_element(By.ID, "upload-btn").click()
    wait_until(lambda: "Failed" in error.text, seconds=30, what="the job to fail")
    assert "无文本列.xlsx" in error.text and "条款文本列 Text column" in error.text
    assert "--" not in error.text and "input." not in error.text
    assert "invalid" in browser.find_element(By.ID, "opt-text-column").get_attribute("class")
    shot(browser, "07-failed-job-names-the-field")


def test_upload_without_a_key_says_what_to_do(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    path = list_xlsx(tmp_path / "清单.xlsx", rows=4)
    open_page(browser, server, key=None)
    browser.find_element(By.ID, "tab-upload").click()
    assert "enter the API key" in browser.find_element(By.ID, "jobs-status").text
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "upload-btn").click()
    error = browser.find_element(By.ID, "job-error")
    wait_until(lambda: error.is_displayed(), what="the error")
    assert "API" in error.text and "清单.xlsx" in error.text


def test_statistics_view(server, browser):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    browser.find_element(By.ID, "tab-stats").click()
    rows = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#stats tr th"), what="statistics")
    rows = browser.find_elements(By.CSS_SELECTOR, "#stats tr")
    table = {r.find_element(By.TAG_NAME, "th").text: r.find_element(By.TAG_NAME, "td").text for r in rows}
    assert table["国际条款 international clauses"] == str(len(INTERNATIONAL))
    assert table["国内条款 domestic clauses"] == str(len(DOMESTIC))
    # The 85 % is the adoption rate's target, and the adoption rate comes from catalogues: the page showed a
    # share of indicators ('达到国际水平 at international level (%) 84.6') right above 'adoption rate —' and
    # 'target 85', as if 84.6 fell short of it.
    assert table["采标率目标 adoption-rate target (%)"] == "85"
    assert "catalogues" in table["采标率 adoption rate (%)"]
    shares = [label for label in table if "international level" in label]
    assert shares == ["已确认对应中达到国际水平的指标 indicators of confirmed pairs at the international level (%)"]
    labels = list(table)
    assert labels.index("采标率 adoption rate (%)") + 1 == labels.index("采标率目标 adoption-rate target (%)")


EXTERNAL = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.I)


def test_no_page_the_app_serves_references_an_external_url(server, browser):
    """Static: no HTML or CSS the app serves loads anything from another host (src, href, url(), @import); our
    own script fetches only paths. In the browser: every resource the pages load comes from the app itself."""
    import httpx
    from selenium.webdriver.common.by import By

    pages = ["/ui/", "/docs", "/redoc"]
    texts = {p: httpx.get(server + p, headers=AUTH).text for p in pages}
    for asset in ("/ui/app.js", "/ui/style.css", "/docs-assets/swagger-ui.css"):
        texts[asset] = httpx.get(server + asset).text
    for path, text in texts.items():
        assert not EXTERNAL.findall(text), (path, EXTERNAL.findall(text)[:3])
    assert not re.findall(r"https?://", texts["/ui/app.js"] + texts["/ui/index.html" if False else "/ui/"])
    host = urlparse(server).netloc
    for page, ready in (("/ui/", "#tab-search"), ("/docs", ".swagger-ui .info"), ("/redoc", "h1")):
        browser.get(server + page)
        wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, ready), seconds=30, what=f"{page} to render")
        time.sleep(0.5)
        loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        outside = [u for u in loaded if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != host]
        assert not outside, (page, outside)
        shot(browser, f"08-offline{page.replace('/', '-').rstrip('-')}")
    assert "stdcompare" in browser.find_element(By.TAG_NAME, "h1").text


def test_a_narrow_window_needs_no_sideways_scroll(server, browser):
    """At 420 px (a phone, a window beside the workbook) the key form floated over the title ('标准比对 stdcompare'
    under 'API 密钥 API key', both unreadable), the two sides of a pair squeezed into two columns of about 170 px,
    and the job history ran 44 px past the right edge. Now the key form sits under the title, a pair's counterpart
    under its source, and no panel is wider than the window."""
    from selenium.webdriver.common.by import By

    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 420, "height": 900, "deviceScaleFactor": 1, "mobile": True})
    try:
        open_page(browser, server)
        assert browser.execute_script("return window.innerWidth") == 420

        def box(element):
            return browser.execute_script("const r = arguments[0].getBoundingClientRect();"
                                          "return [r.left, r.top, r.right, r.bottom];", element)

        title, key = box(browser.find_element(By.TAG_NAME, "h1")), box(browser.find_element(By.ID, "key-form"))
        apart = key[1] >= title[3] - 1 or key[0] >= title[2] or key[2] <= title[0]
        assert apart, (title, key)
        pairs = search_for(browser, DOMESTIC[0]["text"])
        assert pairs
        query, counterpart = (box(pairs[0].find_element(By.CSS_SELECTOR, css)) for css in (".query", ".counterpart"))
        assert counterpart[1] >= query[3] - 1, (query, counterpart)  # one above the other
        width = "return document.documentElement.scrollWidth"
        assert browser.execute_script(width) <= 420
        browser.find_element(By.ID, "tab-upload").click()
        browser.find_element(By.ID, "jobs-refresh").click()
        wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#jobs tbody tr"), what="the job history")
        assert browser.execute_script(width) <= 420
        browser.find_element(By.ID, "tab-stats").click()
        assert browser.execute_script(width) <= 420
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
