# The two commands of the README: `make demo` and `make test`. Each sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch first, pinned: this exact CPU wheel is on local disk; any other spec downloads GBs.
TORCH ?= torch==2.13.0

.PHONY: demo test lint format bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.base-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q $(TORCH)
	$(BIN)/pip install -q -e '.[dev,model,cpu-llm,capture,gui,train,eval,bertscore]'
	touch $@ $(VENV)/.base-installed

demo: $(VENV)/.base-installed
	$(BIN)/mixassist demo

test: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q -ra; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# A benchmark that exits 2 needs material this machine lacks (the real-music corpus, a ysfx build): it says
# which on its own line and the others still run.
bench: $(VENV)/.dev-installed
	for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b; rc=$$?; \
	  if [ $$rc -eq 2 ]; then echo "(not run: it needs material not given here)"; \
	  elif [ $$rc -ne 0 ]; then exit 1; fi; done
