# The two commands of the README. Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench serve clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The store is the dataset; the whole-graph files are exported from it (streamed, and left
# untouched when they already hold the same bytes).
demo: $(STAMP)
	$(BIN)/kg build data/articles --out exports --store exports/store
	$(BIN)/kg export --store exports/store --format trig -o exports/graph.trig
	$(BIN)/kg export --store exports/store --format turtle -o exports/graph.ttl
	$(BIN)/kg export --store exports/store --format jsonld -o exports/graph.jsonld
	@echo
	@echo "== kg query officials --store exports/store"
	$(BIN)/kg query officials --store exports/store
	@echo
	@echo "== kg query quotes --store exports/store"
	$(BIN)/kg query quotes --store exports/store

test: $(STAMP)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/kg serve --store exports/store

bench: $(STAMP)
	$(BIN)/python -m graph.bench all

clean:
	rm -rf $(VENV) exports/graph.* exports/store build *.egg-info
