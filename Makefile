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

demo: $(STAMP)
	$(BIN)/kg build data/articles --out exports --store exports/store
	@echo
	@echo "== kg query officials"
	$(BIN)/kg query officials
	@echo
	@echo "== kg query quotes"
	$(BIN)/kg query quotes

test: $(STAMP)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/kg serve --store exports/store

bench: $(STAMP)
	$(BIN)/python -m graph.bench all

clean:
	rm -rf $(VENV) exports/graph.* exports/store build *.egg-info
