# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run ingest serve test lint format bench score score-dev clean

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

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
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
	rm -rf var .pytest_cache .ruff_cache
