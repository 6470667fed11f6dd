# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
# pip byte-compiles every module it installs (about 19,500 here, most never imported: about 80 CPU-s, one core);
# without it Python compiles the ones a run imports, once, as it imports them
INSTALL := $(PIP) install --no-compile
# the test suite on two pytest-xdist workers (the CI machine has two cores); PYTEST_WORKERS=0 runs it in one process
PYTEST_WORKERS ?= 2
STORE  ?= out/demo-store

.PHONY: install install-test demo test bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

# torch is installed first and pinned: 2.13.0 is the local CPU build; an unpinned torch pulls GBs of CUDA packages.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(INSTALL) torch==2.13.0
	$(INSTALL) -e '.[st]'
	touch $@

# the tests include Ray's, on a local Ray, and the e5 encoder's: those extras are installed with the test extras, in
# one pip run with the rest (on a fresh machine `make test` installs once; the install of `make install` is then done)
$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(INSTALL) torch==2.13.0
	$(INSTALL) -e '.[st,test,ray,e5]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	@rm -rf $(STORE)
	$(VENV)/bin/stdcompare ingest data/international_clauses.csv --store $(STORE)
	$(VENV)/bin/stdcompare ingest data/domestic_clauses.csv --store $(STORE)
	$(VENV)/bin/stdcompare match data/domestic_list.xlsx --store $(STORE) --output out/demo-matches.xlsx
	$(VENV)/bin/stdcompare report out/demo-matches.xlsx --output out/demo-report.docx
	$(VENV)/bin/stdcompare search "Lead (as Pb) in cereal grains: maximum level 0.2 mg/kg" --store $(STORE) --top-k 3
	$(VENV)/bin/stdcompare compare --domestic "硝酸盐（以N计）不得超过10 mg/L；镉≤0.005 mg/L" \
		--international "Nitrate: 50 mg/L as nitrate ion; cadmium: guideline value 3 μg/L"

test: install-test
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup

bench: install
	$(PY) bench/bench_ingest_match.py
	$(PY) bench/bench_indicators.py
	$(PY) bench/bench_quality.py

clean:
	rm -rf out .pytest_cache
