# Two commands matter: `make run` (set up, index, start) and `make test` (set up with dev tools, check, test).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint ingest chat eval quality robustness bench clean

# install(extras): a venv with the project (and those extras) installed in one resolve
define install
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.$(1)'
endef

$(VENV)/.installed: pyproject.toml
	$(call install,)
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	$(call install,[dev])
	touch $(VENV)/.installed $@

## run: create .venv, install, build the index if missing, start the bot (or a terminal chat without a token)
run: $(VENV)/.installed
	$(BIN)/python -m bot

## test: create .venv with dev tools, then ruff, mypy and pytest
test: $(VENV)/.installed-dev lint
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check bot tests benchmarks
	$(BIN)/mypy

ingest: $(VENV)/.installed
	$(BIN)/python -m bot ingest

chat: $(VENV)/.installed
	$(BIN)/python -m bot chat

eval: $(VENV)/.installed
	$(BIN)/python -m bot eval tests/data/qa.jsonl

## quality: every report's question set, each report indexed alone (dev and test splits)
quality: $(VENV)/.installed
	$(BIN)/python -m benchmarks.quality

## robustness: dev questions answered right, asked again as typed in chats (traditional, fillers, typos)
robustness: $(VENV)/.installed
	$(BIN)/python -m benchmarks.robustness

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.upload

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
