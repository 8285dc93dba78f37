# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install browser run ingest serve test lint typecheck format bench score score-dev clean
CHROMIUM ?= /usr/bin/chromium

$(BIN)/pgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/pgraph

ingest: install
	$(BIN)/pgraph ingest --store $(STORE) $(CORPUS)

run: ingest
	$(BIN)/pgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/pgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The browser tests drive Debian's Chromium through Playwright (never `playwright install`):
# installed here when missing and we are root or may sudo; otherwise one line saying how.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; \
	  else echo "make test: the browser tests need Chromium at $(CHROMIUM): run 'sudo apt-get install chromium' (Debian/Ubuntu), then make test again" >&2; exit 1; fi; \
	  if ! command -v apt-get >/dev/null 2>&1; then echo "make test: the browser tests need Chromium at $(CHROMIUM) and this system has no apt-get: install Chromium there (or link it), then make test again" >&2; exit 1; fi; \
	  echo "installing Debian's chromium for the browser tests"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null || exit 1; \
	fi

test: lint typecheck browser
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.viz_bench

score: install
	$(BIN)/python ../shared/eval/score.py --base-url http://$(HOST):$(PORT) --corpus $(CORPUS)

score-dev: install
	$(BIN)/python ../shared/eval/score.py --base-url http://$(HOST):$(PORT) \
	  --questions ../shared/eval/dev/questions_dev.yaml --corpus ../shared/eval/dev/docs

clean:
	rm -rf var .pytest_cache .ruff_cache .mypy_cache
