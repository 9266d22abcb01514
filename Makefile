# briefing — the two commands of the README, and a few helpers.
#   make site   builds briefing (release) and the example site into Output/
#   make test   builds briefing and runs the whole test suite

SWIFT ?= swift
BIN_DEBUG := .build/debug/briefing
BIN_RELEASE := .build/release/briefing

.PHONY: site test browser-test deps build release theme fuzz fuzz-smoke memcheck clean

site: deps release
	$(BIN_RELEASE) build --root . --output Output

test: deps build
	$(SWIFT) test
	$(MAKE) browser-test
	$(MAKE) fuzz-smoke

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Installs the system packages briefing needs when they are missing (Debian; needs root or sudo).
deps:
	@bash scripts/install-deps.sh

# A one-minute libFuzzer run over the content stages (part of `make test`).
fuzz-smoke: deps
	bash scripts/fuzz.sh 60

# The long run recorded in docs/fuzzing.md.
fuzz: deps
	bash scripts/fuzz.sh 3600 -runs=1000000

# Browser, feed, sitemap and Nu HTML Checker tests on built sites (Tests/browser, pytest; see docs/offline.md).
# Installs Chromium, chromedriver, Java and the Python packages first when they are missing.
browser-test: build
	bash scripts/install-test-tools.sh >/dev/null
	BRIEFING_BINARY="$(CURDIR)/$(BIN_DEBUG)" .build-pytools/venv/bin/python -m pytest Tests/browser

# A full build of the example site under valgrind's memcheck: no definite leaks allowed.
memcheck: deps
	bash scripts/memcheck.sh

# Regenerates the copy of Templates/ compiled into the binary.
theme:
	python3 scripts/embed-theme.py

clean:
	rm -rf .build Output
