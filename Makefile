# briefing — the two commands of the README, and a few helpers.
#   make site   builds briefing (release) and the example site into Output/
#   make test   builds briefing and runs the whole test suite

SWIFT ?= swift
BIN_DEBUG := .build/debug/briefing
BIN_RELEASE := .build/release/briefing

.PHONY: site test deps build release theme clean

site: deps release
	$(BIN_RELEASE) build --root . --output Output

test: deps build
	$(SWIFT) test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Installs the system packages briefing needs when they are missing (Debian; needs root or sudo).
deps:
	@bash scripts/install-deps.sh

# Regenerates the copy of Templates/ compiled into the binary.
theme:
	python3 scripts/embed-theme.py

clean:
	rm -rf .build Output
