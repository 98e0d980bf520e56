# Every target sets itself up from scratch on a fresh machine: .venv from the pinned
# requirements.txt, node_modules from package-lock.json (KaTeX, axe-core).
PYTHON ?= python3
BIN := .venv/bin
SITE := build/site
export NO_MKDOCS_2_WARNING := 1# Material 9.8's end-of-life banner, printed on every build

.PHONY: setup serve test page build outputs lint bench clean

setup: .venv/.installed node_modules/.installed

.venv/.installed: requirements.txt
	$(PYTHON) -m venv .venv
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## serve: the site on http://127.0.0.1:8000; an edit in docs/, snippets/ or hooks/ rebuilds the pages it touches
serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

## test: lint, every code block on every page, the harness's own tests, the strict build
test: setup lint
	$(BIN)/python -m pytest

## page: one page's code blocks, prose numbers, formulas and notebook: make page PAGE=linear_algebra/vectors
page: setup
	@test -n "$(PAGE)" || { echo "usage: make page PAGE=<chapter>/<page>, e.g. PAGE=linear_algebra/vectors"; exit 2; }
	@test -f docs/$(PAGE).md || { echo "no page docs/$(PAGE).md"; exit 2; }
	PAGE=$(PAGE) $(BIN)/python -m pytest -q docs/$(PAGE).md tests/test_pages.py tests/test_prose_values.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## build: the static site in build/site
build: setup
	$(BIN)/mkdocs build --strict --site-dir $(SITE)

## outputs: re-run every snippet, rewrite every shown output (# > lines) and figure
outputs: setup
	$(BIN)/python -m pytest -m markdown-docs --update-outputs -q

## bench: the speed table (medians of 3 runs); `make bench ARGS=--write-readme` updates the README
bench: setup
	$(BIN)/python benchmarks/run.py $(ARGS)

clean:
	rm -rf build .venv node_modules
