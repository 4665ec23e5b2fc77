#!/usr/bin/env bash
# `make bench`: how fast qingdan is, as ratios against references measured in the same run.
#
#   1. PDF: `qingdan convert` of the sample PDF to all formats vs `pdftotext` of the same PDF.
#   2. Text throughput (MB/s) on a large list made by repeating and renumbering the sample's rows.
#   3. Scaling: time per page and peak RSS at 23 pages (the sample) vs a synthetic 1,000-page list.
#   4. Batch: 200 copies of the sample converted with --jobs 1 and with all cores.
#
# Large inputs are generated here (Tests/Tools/bench_lists.py; the 1,000-page PDF via LibreOffice
# from a generated DOCX) and cached in .build-bench/, which is never committed.
# Goals: PDF ratio ≤ 2.0, text ≥ 20 MB/s, per page at 1,000 pages within 10% of 23 pages,
# peak RSS ≤ 100 MB, batch speedup ≥ 1.8× on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CACHE=$ROOT/.build-bench
TOOLS=$ROOT/Tests/Tools
SAMPLE_PDF=Samples/kouquan-cooperative.pdf
SAMPLE_LAYOUT=Samples/kouquan-cooperative.layout.txt
SAMPLE_FLOW=Samples/kouquan-cooperative.txt
RUNS=${BENCH_RUNS:-7}
# BENCH_PARTS="1 3" runs only those parts (all five by default).
PARTS=" ${BENCH_PARTS:-1 2 3 4 5} "
part() { [[ "$PARTS" == *" $1 "* ]]; }
PAGES=1000
mkdir -p "$CACHE"
WORK=$(mktemp -d "$CACHE/run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

need() {  # need COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null && return 0
    echo "installing $2 for $1"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null) || true
    command -v "$1" >/dev/null
}
need pdftotext poppler-utils
need valgrind valgrind
[ -x /usr/bin/time ] || need /usr/bin/time time

# QD=BINARY measures that binary (`make bench` passes the shipped one: release, Swift runtime
# linked in); otherwise the release build of .build/.
if [ -z "${QD:-}" ]; then
    echo "== building (release)"
    swift build -c release --jobs "${BENCH_JOBS:-1}" --product qingdan 2>&1 | tail -1
    QD=$ROOT/.build/release/qingdan
fi
echo "== measuring $QD"

now() { date +%s.%N; }
# median SECONDS of RUNS runs of a command (its output discarded)
median() {
    local runs=$1; shift
    local times=() i start
    for ((i = 0; i < runs; i++)); do
        start=$(now)
        "$@" >/dev/null 2>&1 || true
        times+=("$(echo "$(now) - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.4f\n", m}'
}
# peak RSS in MB of one run of a command
peak_mb() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.1f\n", $2/1024}'
}
ratio() { echo "scale=4; $1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
# instructions (millions) of one run of a command under callgrind: the same on a busy machine,
# where wall times are not (the bench machine is shared)
# valgrind 3.19 gives up on the Swift binary's DWARF ("possibly corrupted debuginfo"), so it runs
# a copy without debug information (the same code; symbols kept).
instructions() {
    local command=$1; shift
    [ "$command" = "$QD" ] && command=$QD_CG
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$command" "$@" 2>&1 >/dev/null |
        awk '/Collected :/ {printf "%.1f\n", $NF / 1e6}'
}
QD_CG=$WORK/qingdan-callgrind
strip -g -o "$QD_CG" "$QD"
# user CPU seconds of one run (less disturbed by other work than wall time)
user_s() {
    /usr/bin/time -f "%U" "$@" 2>&1 >/dev/null | tail -1
}
convert_all() { "$QD" convert "$1" -o "$WORK/out" --format json,csv,md; }
# whether qingdan reads this form yet (another branch may not be merged)
reads() { "$QD" convert "$1" -o "$WORK/probe" --format json >/dev/null 2>&1; }
pages_of_text() { tr -cd '\f' <"$1" | wc -c; }
mb() { echo "scale=3; $(stat -c %s "$1") / 1048576" | bc -l | awk '{printf "%.2f", $1}'; }

echo "(wall times vary with other work on the machine; the callgrind instruction counts and the ratios measured in the same run do not)"
startup=$(median "$RUNS" "$QD" --version)
echo "process start (qingdan --version): ${startup}s"

# ---------------------------------------------------------------- inputs
LAYOUT_BIG=$CACHE/list-${PAGES}p.layout.txt
if [ ! -s "$LAYOUT_BIG" ]; then
    per=$(pages_of_text "$SAMPLE_LAYOUT")
    python3 "$TOOLS/bench_lists.py" layout "$SAMPLE_LAYOUT" "$LAYOUT_BIG.tmp" $(( (PAGES + per - 1) / per ))
    # Cut at exactly $PAGES pages (the last row is cut short, as in a truncated print).
    python3 - "$LAYOUT_BIG.tmp" "$LAYOUT_BIG" "$PAGES" <<'EOF'
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")[: int(sys.argv[3])]
open(sys.argv[2], "w", encoding="utf-8").write("\f".join(pages) + "\f")
EOF
    rm -f "$LAYOUT_BIG.tmp"
fi
FLOW_BIG=$CACHE/list-40x.txt
[ -s "$FLOW_BIG" ] || python3 "$TOOLS/bench_lists.py" flow "$SAMPLE_FLOW" "$FLOW_BIG" 40

PDF_OK=0
if reads "$SAMPLE_PDF"; then PDF_OK=1; fi
PDF_BIG=$CACHE/list-${PAGES}p.pdf
if [ $PDF_OK = 1 ] && [ ! -s "$PDF_BIG" ]; then
    if need soffice libreoffice-writer-nogui && need qpdf qpdf; then
        echo "generating a ${PAGES}-page PDF (LibreOffice, once; cached in .build-bench/)"
        python3 "$TOOLS/bench_lists.py" docx Samples/kouquan-cooperative.docx "$CACHE/list-1x.docx" 1
        soffice -env:UserInstallation=file://$CACHE/lo-profile --headless --convert-to pdf --outdir "$CACHE" "$CACHE/list-1x.docx" >/dev/null 2>&1
        per=$(pdfinfo "$CACHE/list-1x.pdf" | awk '/^Pages:/ {print $2}')
        copies=$(( (PAGES + per - 1) / per + 1 ))
        # In parts of 5 copies: LibreOffice lays out one very long table slowly. Each part
        # continues the numbering; the parts are joined and cut at $PAGES pages.
        parts=()
        for ((first = 0; first < copies; first += 5)); do
            part=$CACHE/list-part-$first
            python3 "$TOOLS/bench_lists.py" docx Samples/kouquan-cooperative.docx "$part.docx" 5 "$first"
            timeout 600 soffice -env:UserInstallation=file://$CACHE/lo-profile --headless --convert-to pdf --outdir "$CACHE" "$part.docx" >/dev/null 2>&1 || true
            parts+=("$part.pdf")
        done
        qpdf --empty --pages "${parts[@]}" -- "$CACHE/list-big.pdf" &&
            qpdf --empty --pages "$CACHE/list-big.pdf" 1-$PAGES -- "$PDF_BIG" || true
    fi
fi

# ---------------------------------------------------------------- 1. PDF vs pdftotext
if part 1; then
echo
echo "== 1. PDF: qingdan convert (json,csv,md) vs pdftotext, median of $RUNS runs"
if [ $PDF_OK = 1 ]; then
    t_qd=$(median "$RUNS" convert_all "$SAMPLE_PDF")
    t_ref=$(median "$RUNS" pdftotext "$SAMPLE_PDF" "$WORK/ref.txt")
    t_ref_layout=$(median "$RUNS" pdftotext -layout "$SAMPLE_PDF" "$WORK/ref.txt")
    echo "qingdan convert $SAMPLE_PDF: ${t_qd}s; pdftotext: ${t_ref}s; pdftotext -layout: ${t_ref_layout}s"
    echo "RATIO pdf/pdftotext = $(ratio "$t_qd" "$t_ref")  (-layout: $(ratio "$t_qd" "$t_ref_layout"); goal <= 2.0)"
    i_qd=$(instructions "$QD_CG" convert "$SAMPLE_PDF" -o "$WORK/out" --format json,csv,md)
    i_ref=$(instructions pdftotext "$SAMPLE_PDF" "$WORK/ref.txt")
    i_raster=$(QINGDAN_RULES=raster instructions "$QD_CG" convert "$SAMPLE_PDF" -o "$WORK/out" --format json,csv,md)
    echo "instructions (callgrind, M): qingdan ${i_qd}, pdftotext ${i_ref}; qingdan with rules from renderings (QINGDAN_RULES=raster) ${i_raster}"
    echo "RATIO pdf/pdftotext instructions = $(ratio "$i_qd" "$i_ref")  (rules from renderings: $(ratio "$i_raster" "$i_ref"); goal <= 2.0)"
    u_qd=$(user_s "$QD" convert "$SAMPLE_PDF" -o "$WORK/out" --format json,csv,md)
    u_ref=$(user_s pdftotext "$SAMPLE_PDF" "$WORK/ref.txt")
    i_start=$(instructions "$QD" --version)
    echo "user CPU (one run): qingdan ${u_qd}s, pdftotext ${u_ref}s; process start alone (qingdan --version) ${i_start} M instructions"
    echo "RATIO pdf/pdftotext user CPU = $(ratio "$u_qd" "$u_ref")"
else
    echo "PDF input not available (PDF reading not merged yet); skipped"
fi
fi

# ---------------------------------------------------------------- 2. text throughput
if part 2; then
echo
echo "== 2. text throughput: qingdan convert (json,csv,md), median of 3 runs"
throughput() {  # throughput FILE LABEL
    local t
    local t c
    t=$(median 3 convert_all "$1")
    c=$(median 3 "$QD" check "$1")
    echo "$2 $(basename "$1") ($(mb "$1") MB): convert ${t}s = $(echo "scale=3; $(mb "$1") / $t" | bc -l | awk '{printf "%.1f", $1}') MB/s (goal >= 20);" \
         "check (read and validate only) ${c}s = $(echo "scale=3; $(mb "$1") / $c" | bc -l | awk '{printf "%.1f", $1}') MB/s"
}
throughput "$LAYOUT_BIG" "layout text"
t_wc=$(median 3 wc -m "$LAYOUT_BIG")
echo "reference: wc -m of the same file ${t_wc}s = $(echo "scale=3; $(mb "$LAYOUT_BIG") / $t_wc" | bc -l | awk '{printf "%.1f", $1}') MB/s"
echo "RATIO layout text convert / wc -m = $(ratio "$(median 3 convert_all "$LAYOUT_BIG")" "$t_wc")"
per_byte() {  # per_byte FILE LABEL: callgrind instructions per input byte, against wc -m
    local i w
    i=$(instructions "$QD_CG" convert "$1" -o "$WORK/out" --format json,csv,md)
    w=$(instructions wc -m "$1")
    echo "instructions (callgrind) $2 $(basename "$1"): qingdan ${i} M = $(echo "$i * 1000000 / $(stat -c %s "$1")" | bc) per byte; wc -m ${w} M; RATIO $(ratio "$i" "$w")"
}
per_byte "$SAMPLE_LAYOUT" "layout text"
reads "$SAMPLE_FLOW" && per_byte "$SAMPLE_FLOW" "flow text"
if reads "$SAMPLE_FLOW"; then
    throughput "$FLOW_BIG" "flow text"
    t_wc=$(median 3 wc -m "$FLOW_BIG")
    echo "RATIO flow text convert / wc -m = $(ratio "$(median 3 convert_all "$FLOW_BIG")" "$t_wc")"
else
    echo "flow text input not available (flow tokenizer not merged yet); skipped"
fi
fi

# ---------------------------------------------------------------- 2b. text at scale: memory
# Issue 10 point 6: peak memory must stay a small multiple of the input. 100,000 rows (1,000
# copies of the sample's 100) and 200 MB of flow text, generated once into .build-bench/.
echo
echo "== 2b. text at scale: peak RSS as a multiple of the input (flow text, convert json,csv,md)"
FLOW_ROWS=$CACHE/list-100000-rows.txt
[ -s "$FLOW_ROWS" ] || python3 "$TOOLS/bench_lists.py" flow "$SAMPLE_FLOW" "$FLOW_ROWS" 1000
FLOW_200=$CACHE/list-200mb.txt
[ -s "$FLOW_200" ] || python3 "$TOOLS/bench_lists.py" flow "$SAMPLE_FLOW" "$FLOW_200" $(( 200 * 1048576 / $(stat -c %s "$SAMPLE_FLOW") + 1 ))
floor=$(peak_mb "$QD" --version)
echo "reference: peak RSS of qingdan --version (the process without input) ${floor} MB"
if reads "$SAMPLE_FLOW"; then
    for big in "$FLOW_ROWS" "$FLOW_200"; do
        start=$(now)
        p=$(peak_mb "$QD" convert "$big" -o "$WORK/out" --format json,csv,md)
        t=$(echo "$(now) - $start" | bc -l)
        c=$(peak_mb "$QD" check "$big")
        echo "$(basename "$big") ($(mb "$big") MB): convert peak ${p} MB = RATIO $(ratio "$p" "$(mb "$big")") x input" \
             "(check: ${c} MB = $(ratio "$c" "$(mb "$big")") x), $(echo "scale=3; $(mb "$big") / $t" | bc -l | awk '{printf "%.1f", $1}') MB/s"
    done
fi

# ---------------------------------------------------------------- 3. scaling
if part 3; then
echo
echo "== 3. scaling: time per page and peak RSS, 23 pages vs ${PAGES} pages of the same list"
scaling() {  # scaling SMALL BIG SMALL_PAGES BIG_PAGES LABEL
    local ts tb ps pb
    ts=$(median "$RUNS" convert_all "$1")
    tb=$(median 3 convert_all "$2")
    ps=$(echo "scale=6; $ts / $3" | bc -l)
    pb=$(echo "scale=6; $tb / $4" | bc -l)
    printf '%s: %d pages %ss (%.2f ms/page), %d pages %ss (%.2f ms/page)\n' "$5" "$3" "$ts" \
        "$(echo "$ps * 1000" | bc -l)" "$4" "$tb" "$(echo "$pb * 1000" | bc -l)"
    echo "RATIO $5 per-page ${4}p/${3}p = $(ratio "$pb" "$ps")  (goal <= 1.10; the ${3}-page time includes process start)"
    local us ub
    us=$(user_s "$QD" convert "$1" -o "$WORK/out" --format json,csv,md)
    ub=$(user_s "$QD" convert "$2" -o "$WORK/out" --format json,csv,md)
    echo "user CPU $5: ${3}p ${us}s, ${4}p ${ub}s; RATIO per-page user CPU ${4}p/${3}p =" \
         "$(ratio "$(echo "scale=6; $ub / $4" | bc -l)" "$(echo "scale=6; $us / $3" | bc -l)")  (goal <= 1.10)"
    echo "peak RSS $5: ${3}p $(peak_mb "$QD" convert "$1" -o "$WORK/out" --format json,csv,md) MB," \
         "${4}p $(peak_mb "$QD" convert "$2" -o "$WORK/out" --format json,csv,md) MB (goal <= 100)"
    local format line=""
    for format in json csv md xlsx; do
        line+=" $format $(peak_mb "$QD" convert "$2" -o "$WORK/out" --format "$format") MB;"
    done
    echo "peak RSS $5 ${4}p by format:$line (goal <= 100; qingdan --version alone: $(peak_mb "$QD" --version) MB)"
}
# Instructions per page: the sample against its first pages repeated (callgrind on the whole
# 1,000-page PDF would take many minutes; the first 200 pages of it stand for it).
scaling_instructions() {  # scaling_instructions SMALL SMALL_PAGES BIG_PDF PAGES
    local cut=$WORK/cut-$4p.pdf is ib
    qpdf --empty --pages "$3" 1-"$4" -- "$cut" || return 0
    is=$(instructions "$QD" convert "$1" -o "$WORK/out" --format json,csv,md)
    ib=$(instructions "$QD" convert "$cut" -o "$WORK/out" --format json,csv,md)
    echo "instructions (callgrind) PDF: ${2}p ${is} M = $(echo "scale=2; $is / $2" | bc -l) M/page, ${4}p ${ib} M = $(echo "scale=2; $ib / $4" | bc -l) M/page;" \
         "RATIO per-page instructions ${4}p/${2}p = $(ratio "$(echo "scale=6; $ib / $4" | bc -l)" "$(echo "scale=6; $is / $2" | bc -l)")" \
         "(the ${2}-page figure carries process start, $(instructions "$QD" --version) M)"
}
scaling "$SAMPLE_LAYOUT" "$LAYOUT_BIG" "$(pages_of_text "$SAMPLE_LAYOUT")" "$(pages_of_text "$LAYOUT_BIG")" "layout text"
if [ $PDF_OK = 1 ] && [ -s "$PDF_BIG" ]; then
    # The same pages at two lengths: the 1,000-page PDF's first 23 pages (LibreOffice's pages
    # hold more than the sample's, so the sample would not measure scaling) against all of it.
    small_pages=$(pdfinfo "$SAMPLE_PDF" | awk '/^Pages:/ {print $2}')
    PDF_SMALL=$WORK/first-${small_pages}p.pdf
    qpdf --empty --pages "$PDF_BIG" 1-"$small_pages" -- "$PDF_SMALL"
    scaling "$PDF_SMALL" "$PDF_BIG" "$small_pages" "$PAGES" "PDF"
    scaling_instructions "$PDF_SMALL" "$small_pages" "$PDF_BIG" 200
elif [ $PDF_OK = 1 ]; then
    echo "PDF: no ${PAGES}-page PDF (LibreOffice or qpdf missing); skipped"
fi
fi

# ---------------------------------------------------------------- 4. batch
if part 4; then
echo
cores=$(nproc)
if [ $PDF_OK = 1 ]; then BATCH_SRC=$SAMPLE_PDF; else BATCH_SRC=$SAMPLE_LAYOUT; fi
ext=${BATCH_SRC##*.}
echo "== 4. batch: 200 copies of $(basename "$BATCH_SRC"), --jobs 1 vs all $cores cores"
mkdir -p "$WORK/batch"
for i in $(seq -w 1 200); do cp "$BATCH_SRC" "$WORK/batch/list-$i.$ext"; done
batch() { rm -rf "$WORK/bout"; "$QD" convert "$WORK/batch" -o "$WORK/bout" --format json,csv,md "$@"; }
t1=$(median 1 batch --jobs 1)
tn=$(median 1 batch --jobs "$cores")
echo "--jobs 1: ${t1}s; --jobs $cores: ${tn}s"
echo "RATIO batch speedup = $(ratio "$t1" "$tn")  (goal >= 1.8 on 2 cores)"
# Reference: what this machine gives in parallel right now (other work shares its cores).
one() { local i; for i in 1 2 3 4; do "$QD" convert "$BATCH_SRC" -o "$WORK/ref-$1" --format json,csv,md; done; }
seq_ref() { local j; for ((j = 1; j <= cores; j++)); do one "$j"; done; }
par_ref() { local j; for ((j = 1; j <= cores; j++)); do one "$j" & done; wait; }
t_seq=$(median 1 seq_ref)
t_par=$(median 1 par_ref)
capacity=$(ratio "$t_seq" "$t_par")
echo "reference: $cores independent qingdan processes side by side run ${capacity}x faster than one after another" \
     "(load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "RATIO batch speedup / machine's parallel capacity = $(ratio "$(ratio "$t1" "$tn")" "$capacity")  (1.00: the batch uses all the parallelism the machine gives now)"
echo "peak RSS batch (all cores): $(peak_mb "$QD" convert "$WORK/batch" -o "$WORK/bout" --format json,csv,md) MB"
fi

# ---------------------------------------------------------------- 5. dataset
if part 5; then
echo
QD=$QD bash "$TOOLS/bench_dataset.sh"
fi
