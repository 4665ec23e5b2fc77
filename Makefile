# Qingdan — the two commands the README names are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/qingdan
# The published form of each list in Samples/ is its PDF; Output/ is generated from those.
SAMPLES = Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf

.PHONY: run test deps venv build bench fuzz load screenshots clean

## run: install the C libraries if missing, build, regenerate Output/ from Samples/
run: deps build
	@mkdir -p Output
	$(BIN) convert $(SAMPLES) -o Output --format json,csv,md
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format md -o Output/kouquan-cooperative.diff.md || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format json -o Output/kouquan-cooperative.diff.json || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format html -o Output/kouquan-cooperative.diff.html || [ $$? -eq 1 ]
	@echo "Output/ regenerated from Samples/"

## test: install the C libraries if missing, run the whole test suite, then the browser test of `qingdan serve`
test: deps venv
	$(SWIFT) test
	$(VENV)/bin/python Tests/Tools/browser_test.py --binary .build/debug/qingdan

## screenshots: the browser test, saving a PNG of each page into Tests/Tools/screenshots (linked from the README)
screenshots: deps venv
	$(SWIFT) build --product qingdan
	$(VENV)/bin/python Tests/Tools/browser_test.py --binary .build/debug/qingdan --screenshots Tests/Tools/screenshots

build:
	$(SWIFT) build -c $(CONFIG) --product qingdan

## deps: Debian packages the build and tests need (poppler-glib, poppler's C++ headers for
## reading page drawings, libxml2, pdftotext for bench; chromium and its driver for the browser
## test, CJK fonts so that its pages show Chinese)
deps:
	@if ! pkg-config --exists poppler-glib libxml-2.0 cairo || ! test -f /usr/include/poppler/OutputDev.h \
		|| ! command -v pdftotext >/dev/null || ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] \
		|| ! { command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; }; then \
		echo "installing libpoppler-glib-dev libpoppler-private-dev libxml2-dev libcairo2-dev poppler-utils chromium chromium-driver fonts-noto-cjk"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			libpoppler-glib-dev libpoppler-private-dev libxml2-dev libcairo2-dev poppler-utils \
			chromium chromium-driver fonts-noto-cjk >/dev/null; \
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

## load: `qingdan serve` on loopback under 200 mixed requests from 16 clients (Tests/Tools/load.py)
load: deps build
	python3 Tests/Tools/load.py --binary $(BIN)

clean:
	rm -rf .build .build-*
