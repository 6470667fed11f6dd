"""A bounded schemathesis run against the OpenAPI schema: generated requests never get a 5xx.

Driven through Hypothesis directly (one test per operation) rather than schemathesis' pytest plugin, whose
fixture support does not work with pytest 9.
"""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from api.http.app import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402
from tests.api.api_support import AUTH, running_app  # noqa: E402

# The operations, read from the schema of an app that is built but not started (nothing is opened).
OPERATIONS = [(method.upper(), path)
              for path, item in create_app(Settings(store=Path("unused"))).openapi()["paths"].items()
              for method in item]
EXAMPLES = 5


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder) as client:
        yield schemathesis.openapi.from_asgi("/openapi.json", client.app)


@pytest.mark.parametrize("method,path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_server_errors(api_schema, method, path):
    operation = api_schema[path][method]
    # Writes carry a valid key, so generated bodies reach the endpoint behind the key check.
    headers = AUTH if method in ("POST", "DELETE") else None

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck),
              database=None)
    def run(case):
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    run()
