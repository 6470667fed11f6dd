"""Shared fixtures: the real default encoder (loaded once) and helpers that write real input files."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"

# Ray holds back error lines that look alike and prints them when the process exits: the death of the worker that
# tests/compare/core/test_distributed.py ends on purpose then came out after pytest's summary, as if something had
# failed. Each line is printed when it arrives (into the test's captured output) instead. Set before Ray is imported.
os.environ.setdefault("RAY_DEDUP_LOGS", "0")


# Fixtures that load an encoder (directly or through another fixture), or start Ray. A test that uses one is an
# integration test: it is marked slow here, so `pytest -m "not slow"` runs the unit tests alone.
ENCODER_FIXTURES = {"encoder", "one_thread_encoder", "small_store", "sample_store", "st_encoder", "local_ray"}


# `make test` runs the suite on two pytest-xdist workers (`-n 2 --dist loadgroup`), each a process of its own. A test
# sent to the other worker than the tests it shares something costly with would pay for it twice, or meet a second
# copy of it: each test gets at most one group, and a group's tests all run on one worker.
# - "ray-and-scans": every test of a module that starts Ray (one local Ray at a time on the machine, as before), and
#   every test that reads the scanned documents (the scans rendered once, each page OCR'd once per process, and
#   the Ray document test reads them too);
# - a module's own name: the tests of a module that share a fixture built once per module (a store, a server, a
#   browser), so it is built once.
# Without xdist (`pytest`, `pytest -m "not slow"`) the markers do nothing.
RAY_FIXTURES = {"local_ray"}
SCAN_FIXTURES = {"scanned"}


def _module_of(item) -> str:
    return item.nodeid.split("::")[0]


def _worker_group(item, ray_modules: set) -> str | None:
    names = set(getattr(item, "fixturenames", ()))
    if _module_of(item) in ray_modules or SCAN_FIXTURES & names:
        return "ray-and-scans"
    info = getattr(item, "_fixtureinfo", None)
    for name in names:
        defs = info.name2fixturedefs.get(name) if info is not None else None
        if defs and defs[-1].scope in ("module", "package", "class"):
            return _module_of(item)
    return None


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups
def pytest_collection_modifyitems(config, items):
    ray_modules = {_module_of(item) for item in items if RAY_FIXTURES & set(getattr(item, "fixturenames", ()))}
    for item in items:
        if ENCODER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
        group = _worker_group(item, ray_modules)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
            if getattr(config.option, "loadgroup", False):
                _name_the_group_in_the_id(item, group)


def _name_the_group_in_the_id(item, group: str) -> None:
    """What xdist's own hook does under `--dist loadgroup`: the scheduler reads a test's group from the end of its
    id ('...::test@group'). xdist 3.8 writes it into `item._nodeid`, which pytest 9.2 no longer reads (it keeps the
    id as `item._id`), so there the groups were lost and the tests of a group ran on both workers (two local Rays at
    once). Where pytest reads `_nodeid`, xdist's hook does it and this does nothing."""
    if hasattr(item, "_nodeid") or not hasattr(item, "_id"):
        return
    from _pytest.nodeid import coerce_node_id

    item._id = coerce_node_id(f"{item.nodeid}@{group}")


@pytest.fixture(scope="session", autouse=True)
def _each_encoder_loaded_once():
    """Each encoder (the default, e5, a sentence-transformers directory) is loaded once per test process for each
    set of arguments. A command run in-process (CliRunner, the HTTP app under TestClient) gets a new encoder
    object holding what the first load with the same arguments made (its model and weights), as the session
    fixtures `encoder` and `one_thread_encoder` are shared between tests: every load read the same weights into
    the same vectors, and only its seconds were repeated, a few on every command a test ran. The first load of
    each runs the real code; child processes and Ray workers load their own, as before."""
    from embeddings.e5 import E5Encoder
    from embeddings.st import SentenceTransformerEncoder
    from embeddings.use import USEEncoder

    loaded: dict[tuple, dict] = {}

    def same(value):  # a model directory however it is named
        if isinstance(value, (str, Path)) and str(value) and Path(value).expanduser().exists():
            return str(Path(value).expanduser().resolve())
        return value

    def once(cls):
        load = cls.__init__

        def init(self, *args, **kwargs):
            key = (cls, tuple(map(same, args)), tuple(sorted((k, same(v)) for k, v in kwargs.items())))
            if key not in loaded:
                load(self, *args, **kwargs)
                loaded[key] = dict(vars(self))
            vars(self).update(loaded[key])

        return init

    with pytest.MonkeyPatch.context() as patch:
        for cls in (USEEncoder, E5Encoder, SentenceTransformerEncoder):
            patch.setattr(cls, "__init__", once(cls))
        yield


@pytest.fixture(scope="session", autouse=True)
def _each_page_image_recognised_once():
    """RapidOCR reads each page image once per test process: a scan that several tests (or the several commands
    of one test) read gives the engine the same pixels each time, and the engine's boxes for them are kept and
    handed out again (copies). Everything around the engine (rendering, ruled-table search, lines, cells, the
    tree) runs each time. Pages OCR'd in Ray workers or child processes are read there, as before."""
    import copy
    import hashlib

    from compare.documents import ocr

    read = ocr._rapidocr
    seen: dict[tuple, list[dict]] = {}

    def once(gray):
        key = (gray.shape, str(gray.dtype), hashlib.blake2b(np.ascontiguousarray(gray).tobytes()).digest())
        if key not in seen:
            seen[key] = read(gray)
        return copy.deepcopy(seen[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ocr, "_rapidocr", once)
        yield


@pytest.fixture(autouse=True)
def _unit_tests_load_no_encoder(request, monkeypatch):
    """A unit test (not marked slow) that loads an encoder fails, naming the fix."""
    if request.node.get_closest_marker("slow"):
        return

    def refuse(*args, **kwargs):
        raise AssertionError("this unit test loads an encoder: use the `encoder` fixture (the test is then "
                             "marked slow) or mark it @pytest.mark.slow")

    from embeddings.e5 import E5Encoder
    from embeddings.st import SentenceTransformerEncoder
    from embeddings.use import USEEncoder

    # the classes themselves: however a test reaches them (load_encoder, a CLI command run in-process)
    monkeypatch.setattr(USEEncoder, "__init__", refuse)
    monkeypatch.setattr(SentenceTransformerEncoder, "__init__", refuse)
    monkeypatch.setattr(E5Encoder, "__init__", refuse)


@pytest.fixture(scope="session")
def local_ray():
    """A local Ray of two workers (compare.core.distributed), started once for the tests that use Ray; skipped
    where the ray extra is not installed."""
    from compare.core.distributed import RayCluster, ray_installed

    if not ray_installed():
        pytest.skip("the ray extra is not installed: pip install 'stdcompare[ray]'")
    with RayCluster("auto", workers=2) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def encoder():
    from embeddings import load_encoder

    return load_encoder()


@pytest.fixture(scope="session")
def one_thread_encoder():
    """The default encoder on one BLAS thread, as child processes and Ray workers run it. Its vectors equal
    those of two threads only to float rounding on some CPUs (seen on an AVX2 machine: 3e-7 at most), so a test
    that claims vectors 'to the bit' compares with the encoder of the same thread count."""
    from embeddings import load_encoder

    return load_encoder(threads=1)


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]], merge: dict[str, str] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for line in ws.iter_rows():
            for cell in line:  # text typed as '=... in Excel stays text
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        if merge and name in merge:
            ws.merge_cells(merge[name])
    wb.save(path)
    return path


INTERNATIONAL = [
    ["standard", "clause", "text"],
    ["CXS 193-1995", "Lead-1", "Lead (as Pb) in cereal grains: maximum level 0.2 mg/kg"],
    ["CXS 193-1995", "Cd-3", "Cadmium in polished rice: maximum level 0.4 mg/kg"],
    ["WHO GDWQ", "NO3", "Nitrate: the guideline value is 50 mg/L as nitrate ion, to protect bottle-fed infants"],
    ["IEC 60335-1", "16.2", "The leakage current of class I portable appliances shall not exceed 0.75 mA"],
    ["ISO 291", "4", "Test specimens shall be conditioned at 23 °C and 50 % relative humidity"],
]

DOMESTIC = [
    ["标准号", "条款号", "条款内容"],
    ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"],
    ["GB 2762-2022", "4.3", "大米中镉（以Cd计）限量不大于0.2 mg/kg"],
    ["GB 5749-2022", "表1", "生活饮用水中硝酸盐（以N计）不得超过10 mg/L"],
]


@pytest.fixture()
def small_store(tmp_path, encoder):
    """A store holding the five international clauses above and the three domestic ones."""
    from compare.store.ingest import prepare_records
    from compare.io.readers import open_table
    from compare.store.store import Store

    intl = write_csv(tmp_path / "intl.csv", INTERNATIONAL)
    dom = write_csv(tmp_path / "dom.csv", DOMESTIC)
    store = Store.open(tmp_path / "store", create=True)
    for path in (intl, dom):
        store.ingest(prepare_records(open_table(path).rows()).records, encoder)
    yield store
    store.close()


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, encoder):
    """A store holding the shipped sample corpus (data/): 82 international and 52 domestic clauses."""
    from compare.store.ingest import prepare_records
    from compare.io.readers import open_table
    from compare.store.store import Store

    store = Store.open(tmp_path_factory.mktemp("sample") / "store", create=True)
    for name in ("international_clauses.csv", "domestic_clauses.csv"):
        store.ingest(prepare_records(open_table(DATA / name).rows()).records, encoder)
    yield store
    store.close()
