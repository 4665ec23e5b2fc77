# Qingdan — the two commands the README names are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/qingdan
# The published form of each list in Samples/ is its PDF; Output/ is generated from those.
SAMPLES = Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf

.PHONY: run test deps venv build bench fuzz clean

## run: install the C libraries if missing, build, regenerate Output/ from Samples/
run: deps build
	@mkdir -p Output
	$(BIN) convert $(SAMPLES) -o Output --format json,csv,md
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format md -o Output/kouquan-cooperative.diff.md || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format json -o Output/kouquan-cooperative.diff.json || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format html -o Output/kouquan-cooperative.diff.html || [ $$? -eq 1 ]
	@echo "Output/ regenerated from Samples/"

## test: install the C libraries if missing, run the whole test suite
test: deps venv
	$(SWIFT) test

build:
	$(SWIFT) build -c $(CONFIG) --product qingdan

## deps: Debian packages the build and tests need (poppler-glib, poppler's C++ headers for
## reading page drawings, libxml2, SQLite for the dataset, pdftotext for bench)
deps:
	@if ! pkg-config --exists poppler-glib libxml-2.0 cairo sqlite3 || ! test -f /usr/include/poppler/OutputDev.h \
		|| ! command -v pdftotext >/dev/null || ! command -v sqlite3 >/dev/null; then \
		echo "installing libpoppler-glib-dev libpoppler-private-dev libxml2-dev libcairo2-dev libsqlite3-dev sqlite3 poppler-utils"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			libpoppler-glib-dev libpoppler-private-dev libxml2-dev libcairo2-dev libsqlite3-dev sqlite3 poppler-utils >/dev/null; \
	fi

## venv: test tooling (Tests/Tools/requirements.txt) in .build-venv, never in the system Python
VENV = .build-venv
venv: $(VENV)/.installed
$(VENV)/.installed: Tests/Tools/requirements.txt
	@command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 python3-venv >/dev/null; }
	@python3 -m venv $(VENV) 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && python3 -m venv $(VENV); }
	$(VENV)/bin/pip install -q --disable-pip-version-check -r Tests/Tools/requirements.txt
	@touch $@

bench: deps
	bash Tests/Tools/bench.sh

fuzz: deps
	bash Tests/Tools/fuzz.sh

clean:
	rm -rf .build .build-*
