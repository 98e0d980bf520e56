# Every target sets itself up from scratch on a fresh machine: .venv from the pinned
# requirements.txt, node_modules from package-lock.json (KaTeX, axe-core).
PYTHON ?= python3
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM# the browser tests read it too
JOBS ?= auto# pytest-xdist workers: one per core
BIN := .venv/bin
SITE := build/site
export NO_MKDOCS_2_WARNING := 1# Material 9.8's end-of-life banner, printed on every build
export DISABLE_MKDOCS_2_WARNING := true# the same banner from mkdocs-redirects (via properdocs)

.PHONY: setup serve test test-arm page build outputs lint browser bench clean

setup: .venv/.installed node_modules/.installed

.venv/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; v = sys.version_info[:3]; sys.exit(0 if (3, 11, 5) <= v < (3, 14) else \
	  "make: Python %d.%d.%d is not supported; use 3.11.5 to 3.13, e.g. make PYTHON=python3.12" % v)'
	$(PYTHON) -m venv .venv
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## serve: the site on http://127.0.0.1:8000; an edit in docs/, snippets/ or hooks/ rebuilds the pages it touches
serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

## test: lint, every code block on every page (also under other CPUs' kernels), the harness's own
## tests, the strict build, the built site in Chromium. A test that passed before on exactly the
## same inputs is not run again (harness/verdicts.py); FRESH=1 runs everything.
test: setup lint browser
	$(BIN)/python -m pytest -n $(JOBS) --dist worksteal $(if $(FRESH),--fresh)

# The browser tests drive Debian's chromium: install it when it is missing and we may (root or sudo).
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null && { [ "$$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then \
	  sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); echo "installing Debian's chromium for the browser tests"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	    --no-install-recommends chromium >/dev/null; \
	fi; \
	if [ ! -x "$(CHROMIUM)" ]; then \
	  echo "make test needs Chromium at $(CHROMIUM): apt-get install chromium, or make test CHROMIUM=/path/to/chrome"; \
	  exit 1; \
	fi

## test-arm: every code block on linux/aarch64 (qemu-user, Debian's arm64 Python, the pinned aarch64 wheels)
test-arm: setup
	bash tests/aarch64/run.sh

## page: one page's code blocks, prose numbers, formulas and notebook: make page PAGE=linear_algebra/vectors
page: setup
	@test -n "$(PAGE)" || { echo "usage: make page PAGE=<chapter>/<page>, e.g. PAGE=linear_algebra/vectors"; exit 2; }
	@test -f docs/$(PAGE).md || { echo "no page docs/$(PAGE).md"; exit 2; }
	PAGE=$(PAGE) $(BIN)/python -m pytest -q $(if $(FRESH),--fresh) docs/$(PAGE).md tests/test_pages.py tests/test_prose_values.py tests/test_reading_order.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## build: the static site in build/site, and the book as PDF in build/site/pdf (printed by Chromium)
build: setup browser
	$(BIN)/mkdocs build --strict --site-dir $(SITE)

## outputs: re-run every snippet, rewrite every shown output (# > lines) and figure
outputs: setup
	$(BIN)/python -m pytest -m markdown-docs --update-outputs -q

## bench: the speed table (medians of 3 runs); `make bench ARGS=--write-readme` updates the README
bench: setup
	$(BIN)/python benchmarks/run.py $(ARGS)

clean:
	rm -rf build .venv node_modules
