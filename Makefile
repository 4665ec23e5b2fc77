# Qingdan — the two commands the README names are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/qingdan
# The published form of each list in Samples/ is its PDF; Output/ is generated from those.
SAMPLES = Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf

# The toolchain the package needs (Package.swift's swift-tools-version and the Swift 6 language mode).
SWIFT_NEEDED = 6.3
SWIFT_URL = https://www.swift.org/install/linux/ (Debian 12: the debian12 tar.gz; put its usr/bin on PATH)
PREFIX ?= /usr/local
# The .deb: built with the Swift standard library linked in, so its machine needs no toolchain.
STATIC = .build-static
PACKAGE_CONFIG = release
VERSION = 0.1.0

.PHONY: run test deps venv build toolchain install static package package-test bench fuzz load screenshots clean

## run: install the C libraries if missing, build, regenerate Output/ from Samples/
run: deps build
	@mkdir -p Output
	$(BIN) convert $(SAMPLES) -o Output --format json,csv,md
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format md -o Output/kouquan-cooperative.diff.md || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format json -o Output/kouquan-cooperative.diff.json || [ $$? -eq 1 ]
	$(BIN) diff Samples/kouquan-cooperative.pdf Samples/kouquan-cooperative-rev.pdf --format html -o Output/kouquan-cooperative.diff.html || [ $$? -eq 1 ]
	@echo "Output/ regenerated from Samples/"

## test: install the C libraries if missing, run the whole test suite, the browser test of
## `qingdan serve`, then install the .deb into a scratch root and convert with it (the package of the
## debug build, static Swift runtime: a release build of Hummingbird and GRDB takes longer than the suite may)
test: toolchain deps venv
	$(SWIFT) test
	$(VENV)/bin/python Tests/Tools/browser_test.py --binary .build/debug/qingdan
	$(MAKE) package-test PACKAGE_CONFIG=debug STATIC=.build

## screenshots: the browser test, saving a PNG of each page into Tests/Tools/screenshots (linked from the README)
screenshots: deps venv
	$(SWIFT) build --product qingdan
	$(VENV)/bin/python Tests/Tools/browser_test.py --binary .build/debug/qingdan --screenshots Tests/Tools/screenshots

build: toolchain
	$(SWIFT) build -c $(CONFIG) --product qingdan

## toolchain: a missing or too old Swift says which version is needed and where to get it
toolchain:
	@command -v $(SWIFT) >/dev/null || { echo "qingdan needs Swift $(SWIFT_NEEDED) or newer; '$(SWIFT)' is not on PATH. Get it from $(SWIFT_URL)" >&2; exit 1; }
	@found=$$($(SWIFT) --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | head -n 1); \
	if [ -z "$$found" ] || ! printf '%s\n%s\n' "$(SWIFT_NEEDED)" "$$found" | sort -V -C; then \
		echo "qingdan needs Swift $(SWIFT_NEEDED) or newer; found $${found:-a version it cannot read} ($$(command -v $(SWIFT))). Get it from $(SWIFT_URL)" >&2; \
		exit 1; \
	fi

## install: the release binary into $(DESTDIR)$(PREFIX)/bin (PREFIX=/usr/local unless given)
install: deps build
	install -D -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/qingdan
	@echo "installed $(DESTDIR)$(PREFIX)/bin/qingdan"

## package: .build-deb/qingdan_VERSION_ARCH.deb, the Swift runtime linked in, depending on
## Debian's runtime libraries (found from what the binary links: poppler, libxml2, cairo …)
package: static
	bash Tests/Tools/package.sh $(STATIC)/$(PACKAGE_CONFIG)/qingdan $(VERSION) .build-deb

## static: the binary with the Swift runtime linked in: what the .deb ships and `make bench` measures
## (the dynamic loader's work at start is about half of the binary that loads each Swift library)
static: toolchain deps
	$(SWIFT) build -c $(PACKAGE_CONFIG) --product qingdan --static-swift-stdlib --scratch-path $(STATIC) $(STATIC_FOUNDATION)

## Static Foundation's own libraries, named for the linker: objects compiled for the test build (dynamic
## Foundation) carry no autolink entries for them, and `make test` links the package from those objects
## (a clean clone's `make test` failed with undefined CFBundleGetMainBundle and swift_udat_open).
STATIC_FOUNDATION = -Xlinker -lCoreFoundation -Xlinker -l_FoundationCollections -Xlinker -l_FoundationCShims \
	-Xlinker -l_FoundationICU -Xlinker -lstdc++ -Xlinker -lm

## package-test: installs the .deb into a scratch root (dpkg-deb -x) and converts a sample with
## it from another folder
package-test: package
	bash Tests/Tools/package-test.sh .build-deb

## deps: Debian packages the build and tests need (poppler-glib, poppler's C++ headers for
## reading page drawings, libxml2, SQLite for the dataset, pdftotext for bench; LibreOffice and the
## Noto CJK fonts for the tests that open the XLSX and DOCX in an office program; chromium and its
## driver for the browser test of `qingdan serve`)
DEBIAN_PACKAGES = libpoppler-glib-dev libpoppler-private-dev libxml2-dev libcairo2-dev libsqlite3-dev sqlite3 \
	poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk chromium chromium-driver
deps:
	@if ! pkg-config --exists poppler-glib libxml-2.0 cairo sqlite3 || ! test -f /usr/include/poppler/OutputDev.h \
		|| ! command -v pdftotext >/dev/null || ! command -v sqlite3 >/dev/null || ! command -v soffice >/dev/null \
		|| ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] \
		|| ! fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then \
		echo "installing $(DEBIAN_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			$(DEBIAN_PACKAGES) >/dev/null; \
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
	$(MAKE) static PACKAGE_CONFIG=release STATIC=.build-static
	QD=$(CURDIR)/.build-static/release/qingdan bash Tests/Tools/bench.sh

fuzz: deps
	bash Tests/Tools/fuzz.sh

## load: `qingdan serve` on loopback under 200 mixed requests from 16 clients (Tests/Tools/load.py)
load: deps build
	python3 Tests/Tools/load.py --binary $(BIN)

clean:
	rm -rf .build .build-*
