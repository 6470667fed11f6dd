"""`make test` runs the suite on two pytest-xdist workers; tests/conftest.py gives each test at most one group, and a
group's tests run on one worker: Ray's tests together (one local Ray at a time), the tests that read the scans
together (rendered once, each page OCR'd once per process), a module's tests that share a module fixture together."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.conftest import pytest_collection_modifyitems


def item(nodeid: str, fixtures: dict[str, str]):
    """A collected test as the hook sees it: its id, its fixtures' closure and each fixture's scope."""
    defs = {name: [SimpleNamespace(scope=scope)] for name, scope in fixtures.items()}
    made = SimpleNamespace(nodeid=nodeid, fixturenames=list(fixtures), markers=[],
                           _fixtureinfo=SimpleNamespace(name2fixturedefs=defs))
    made.add_marker = made.markers.append
    return made


def groups(items) -> list:
    pytest_collection_modifyitems(SimpleNamespace(option=SimpleNamespace(loadgroup=False)), items)
    names = []
    for one in items:
        found = [m.args[0] for m in one.markers if m.name == "xdist_group"]
        assert len(found) <= 1  # xdist would join two names into a third group
        names.append(found[0] if found else None)
    return names


def test_each_test_gets_one_group_by_what_it_shares():
    items = [
        item("suite/a/test_ray.py::test_on_ray", {"local_ray": "session", "tmp_path": "function"}),
        item("suite/a/test_ray.py::test_import_guard", {"tmp_path": "function"}),  # its module starts Ray
        item("suite/b/test_docs.py::test_scan", {"scanned": "session", "documents": "session"}),
        item("suite/b/test_docs.py::test_scan_on_ray", {"scanned": "session", "local_ray": "session"}),
        item("suite/c/test_http.py::test_one", {"client": "module", "encoder": "session"}),
        item("suite/c/test_http.py::test_two", {"client": "module"}),
        item("suite/d/test_plain.py::test_alone", {"encoder": "session", "tmp_path": "function"}),
    ]
    assert groups(items) == ["ray-and-scans", "ray-and-scans", "ray-and-scans", "ray-and-scans",
                             "suite/c/test_http.py", "suite/c/test_http.py", None]
    # the encoder fixtures still mark a test slow
    assert [any(m.name == "slow" for m in one.markers) for one in items] == \
        [True, False, False, True, True, False, True]


@pytest.mark.parametrize("scope", ["function", "session"])
def test_a_test_sharing_nothing_per_module_is_left_to_either_worker(scope):
    assert groups([item("suite/e/test_x.py::test_x", {"documents": scope})]) == [None]
