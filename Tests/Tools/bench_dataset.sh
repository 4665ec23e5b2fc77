#!/usr/bin/env bash
# Part 5 of `make bench` (also runs alone): the dataset at scale.
#
#   1,000 generated lists (the sample's rows under 112 townships × three kinds × three editions,
#   varied by township and edition: rows dropped, items of their own, renamed, reworded, removed
#   and added items; flow text, generated into .build-bench/, never committed) are
#   - converted to JSON with `qingdan convert DIR --format json` (the reference), and
#   - built into one dataset with `qingdan dataset build DIR`, in the same run, same --jobs;
#   then each query is timed on that database (median of RUNS runs), process start included and
#   without it (the median of `qingdan --version`, timed in the same run, taken off), and its
#   instructions counted with callgrind (repeatable on a busy machine), also without those of
#   `qingdan --version`.
# Goals: build ≤ 1.3× the conversion, peak RSS ≤ 150 MB, each query ≤ 50 ms (the process start included).
# DATASET_DB=FILE times the queries on a dataset built before (DATASET_KEEP keeps one), skipping
# the generation, conversion and build.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CACHE=$ROOT/.build-bench
LISTS=${DATASET_LISTS:-1000}
RUNS=${BENCH_RUNS:-7}
JOBS=${DATASET_JOBS:-2}
QD=${QD:-$ROOT/.build/release/qingdan}
[ -x "$QD" ] || { swift build -c release --product qingdan 2>&1 | tail -1; }
[ -x /usr/bin/time ] || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null)
command -v valgrind >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null)
mkdir -p "$CACHE"
WORK=$(mktemp -d "$CACHE/dataset-run.XXXXXX")
# DATASET_KEEP=FILE keeps the built dataset (to profile the queries on it).
trap '[ -n "${DATASET_KEEP:-}" ] && [ -f "$WORK/lists.sqlite" ] && sqlite3 "$WORK/lists.sqlite" ".backup $DATASET_KEEP"; rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc -l | awk '{printf "%.2f", $1}'; }
median_ms() {
    local runs=$1; shift
    local times=() i start
    for ((i = 0; i < runs; i++)); do
        start=$(now)
        "$@" >/dev/null 2>&1 || true
        times+=("$(echo "($(now) - $start) * 1000" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f\n", m}'
}

if [ -n "${DATASET_DB:-}" ]; then
    sqlite3 "$DATASET_DB" ".backup $WORK/lists.sqlite"
else
# Keyed by the generator's own hash: a changed generator makes new lists.
INPUTS=$CACHE/dataset-$LISTS-$(sha256sum Tests/Tools/bench_lists.py | cut -c1-12)
if [ ! -f "$INPUTS/.done" ]; then
    rm -rf "$CACHE"/dataset-"$LISTS"-* "$CACHE/dataset-$LISTS"
    start=$(date +%s.%N)
    python3 Tests/Tools/bench_lists.py dataset Samples/kouquan-cooperative.txt "$INPUTS" "$LISTS"
    echo "generated $LISTS lists in $(echo "$(date +%s.%N) - $start" | bc -l | awk '{printf "%.1f", $1}') s"
    touch "$INPUTS/.done"
fi

echo "== 5. dataset: $LISTS lists ($(ls "$INPUTS" | wc -l) files, $(du -sh "$INPUTS" | cut -f1)), --jobs $JOBS"
start=$(now)
/usr/bin/time -v -o "$WORK/convert.time" "$QD" convert "$INPUTS" -o "$WORK/json" --format json --jobs "$JOBS" 2>"$WORK/convert.err" \
    || { echo "convert failed:"; tail -3 "$WORK/convert.err"; }
t_convert=$(seconds "$start" "$(now)")
start=$(now)
/usr/bin/time -v -o "$WORK/build.time" "$QD" dataset build "$INPUTS" -o "$WORK/lists.sqlite" --jobs "$JOBS" 2>"$WORK/build.err" \
    || { tail -5 "$WORK/build.err"; exit 1; }
t_build=$(seconds "$start" "$(now)")
rss=$(awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/build.time")
tail -1 "$WORK/build.err"
echo "convert to JSON: ${t_convert}s; dataset build: ${t_build}s"
echo "RATIO dataset build / convert = $(echo "scale=4; $t_build / $t_convert" | bc -l | awk '{printf "%.2f", $1}')  (goal <= 1.3)"
echo "peak RSS dataset build: ${rss} MB (goal <= 150; the largest of the writer and the conversions);" \
     "convert: $(awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/convert.time") MB"
echo "dataset file: $(du -h "$WORK/lists.sqlite" | cut -f1); items: $(sqlite3 "$WORK/lists.sqlite" 'SELECT COUNT(*) FROM items')," \
     "lineages: $(sqlite3 "$WORK/lists.sqlite" 'SELECT COUNT(DISTINCT lineage) FROM items')"
# Adding the same files again reads nothing but their sha256.
start=$(now)
"$QD" dataset build "$INPUTS" -o "$WORK/lists.sqlite" --jobs "$JOBS" 2>/dev/null
echo "rebuild with every file already present: $(seconds "$start" "$(now)")s"

fi

DB=$WORK/lists.sqlite
# A dataset made by an older version is brought up to date once, before any query is timed.
"$QD" dataset summary --db "$DB" --format json >/dev/null
QD_CG=$WORK/qingdan-callgrind
strip -g -o "$QD_CG" "$QD"   # valgrind 3.19 gives up on Swift's DWARF; code and symbols stay
instructions() {  # instructions (millions) of one run under callgrind
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$@" 2>&1 >/dev/null |
        awk '/refs:/ {gsub(",", "", $NF); printf "%.1f", $NF / 1000000}'
}
i_startup=$(instructions "$QD_CG" --version)
lineage=$(sqlite3 "$DB" "SELECT lineage FROM items WHERE name = '志愿者服务工作' LIMIT 1")
startup=$(median_ms "$RUNS" "$QD" --version)
echo "process start (qingdan --version): ${startup} ms, ${i_startup} M instructions"
query() {  # query LABEL ARGS...
    local label=$1; shift
    local ms rows
    ms=$(median_ms "$RUNS" "$QD" dataset "$@" --db "$DB" --format json)
    rows=$("$QD" dataset "$@" --db "$DB" --format json 2>/dev/null | grep -c '^    {' || true)
    i=$(instructions "$QD_CG" dataset "$@" --db "$DB" --format json)
    echo "query $label: ${ms} ms with process start, $(echo "$ms - $startup" | bc -l | awk '{printf "%.1f", $1}') ms without;" \
         "${i} M instructions, $(echo "$i - $i_startup" | bc -l | awk '{printf "%.1f", $1}') M without; $rows rows (goal <= 50 ms with the start)"
}
query "summary" summary
query "department 区发展改革和科技局 (in every list)" department 区发展改革和科技局
query "department 区市场监督局 (short form; in every list)" department 区市场监督局
query "history --lineage $lineage" history --lineage "$lineage"
query "history --name 志愿者服务工作 --region 东南乡" history --name 志愿者服务工作 --region 东南乡
query "history --name 志愿者服务工作 (every township)" history --name 志愿者服务工作
query "history --name 助餐 (part of a name)" history --name 助餐
query "compare 东东乡 东南乡 --kind cooperative" compare 东东乡 东南乡 --kind cooperative
query "department 区民政局" department 区民政局
