#!/usr/bin/env bash
# `make fuzz`: 100,000 mutated samples (text, layout, raw, HTML, DOCX and PDF) through ListReader in a release build (FuzzTests).
# No crash, no hang (a case over QINGDAN_FUZZ_TIMEOUT seconds), no lost text; a failure prints
# its seed, and QINGDAN_FUZZ_SEED=<seed> QINGDAN_FUZZ_CASES=1 replays it alone.
#   CASES=1000000 SEED=7 make fuzz
set -euo pipefail
cd "$(dirname "$0")/../.."
export QINGDAN_FUZZ_CASES=${CASES:-100000}
export QINGDAN_FUZZ_SEED=${SEED:-20261129}
export QINGDAN_FUZZ_TIMEOUT=${TIMEOUT:-10}
# Every case drawn for PDF is kept (the normal test run keeps one in two, to stay fast).
export QINGDAN_FUZZ_PDF_SHARE=${PDF_SHARE:-1}
# Its own build folder: release tests need -enable-testing, which the release binary must not get.
swift test -c release -Xswiftc -enable-testing --scratch-path .build-fuzz --filter FuzzTests 2>&1 \
    | grep -v -E '^\[[0-9]+/[0-9]+\] |^warning: .zipfoundation|PrivacyInfo.xcprivacy'
