#!/usr/bin/env bash
# Builds the SharpFuzz harness and runs it under libFuzzer for a given time.
#
#   fuzz/run.sh SECONDS [parser|json|both]      (default: both; "both" gives the parser 2/3 of the time)
#
# Needs clang++ and libFuzzer.a (Debian/Ubuntu: apt-get install clang-14 libfuzzer-14-dev) and the .NET SDK;
# installs the SharpFuzz.CommandLine tool 2.3.0 into the work directory on first use.
# Work directory: $FUZZ_WORK (default fuzz/out, git-ignored): build output, the growing corpora,
# crash inputs (artifacts-<target>/crash-*) and one log per target. A crash replays with
#   NEWSMODEL_FUZZ_TARGET=parser "$FUZZ_WORK/bin/NewsModel.Fuzz" "$FUZZ_WORK/artifacts-parser/crash-…"
# Exit code: 0 when no target found a crash, 1 when one did, 2 on bad arguments or a missing tool.
set -euo pipefail

seconds=${1:-}
which=${2:-both}
if [[ ! $seconds =~ ^[0-9]+$ ]] || [[ ! $which =~ ^(parser|json|both)$ ]]; then
  echo "usage: fuzz/run.sh SECONDS [parser|json|both]" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work=${FUZZ_WORK:-$here/out}
mkdir -p "$work"
work=$(cd "$work" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cxx=$(command -v clang++ || ls /usr/bin/clang++-* 2>/dev/null | sort -V | tail -1 || true)
libfuzzer=$(ls /usr/lib/llvm-*/lib/libFuzzer.a 2>/dev/null | sort -V | tail -1 || true)
if [[ -z $cxx || -z $libfuzzer ]]; then
  echo "fuzz/run.sh: needs clang++ and libFuzzer.a (apt-get install clang-14 libfuzzer-14-dev)" >&2
  exit 2
fi

echo "== building the libFuzzer driver with $cxx"
"$cxx" -O2 -std=c++17 "$here/driver/dotnet-driver.cc" "$libfuzzer" -lpthread -o "$work/dotnet-driver"

if [[ ! -x $work/tools/sharpfuzz ]]; then
  echo "== installing SharpFuzz.CommandLine 2.3.0"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

echo "== building and instrumenting the harness"
dotnet build "$here/NewsModel.Fuzz" -c Release -o "$work/bin" -nologo -v q
"$work/tools/sharpfuzz" "$work/bin/NewsModel.dll"

# Seeds: the seed article (first byte 0 = read the rest as UTF-8), the shared corpus when it is beside the
# repository (never copied into it), and the seed's canonical JSON for the reader.
mkdir -p "$work/corpus-parser" "$work/corpus-json"
{ printf '\0'; cat "$repo/tests/NewsModel.Tests/TestData/seed.txt"; } > "$work/corpus-parser/seed"
if [[ -d $repo/../shared/corpus/dev ]]; then
  for f in "$repo"/../shared/corpus/dev/*.txt; do
    { printf '\0'; cat "$f"; } > "$work/corpus-parser/dev-$(basename "$f")"
  done
fi
cp "$repo"/tests/NewsModel.Tests/Serialization/__snapshots__/SeedSnapshotTests.*.snap "$work/corpus-json/seed.json"
# Hostile shapes, 20-40 KB each: with -timeout below, a stage that turned quadratic on one of them again (at
# 25 KB such text once cost a second) and the mutations around it fail the run instead of passing slowly.
# Each %s is a word made from the counter (digits spelt as letters), so names and treaties stay distinct.
hostile() {
  local name=$1 times=$2 format=$3 i
  { printf '\0'; for ((i = 0; i < times; i++)); do printf "$format" "$(printf %d "$i" | tr 0-9 bdfgklmnpr)a"; done; } > "$work/corpus-parser/hostile-$name"
}
hostile organisations 500 'The Ko%s Committee said the talks would go on.\n\n'
hostile according-to 500 'The talks will go on, according to Ke%s Mola.\n\n'
hostile treaties 400 'They signed the agreement on ab%s between Efgh and Ijkl.\n\n'
hostile pronouns 300 'Bo%s Ludo said so.\n\n"We will," he said.\n\n'
hostile quotes 4000 '"%s" '
hostile nested 2000 '\xe2\x80\x9c\xe2\x80\x98%s ' 

# A unit slower than this fails the run as a timeout: the parser reads 256 KB (the longest input) in well under a
# second even instrumented, and a quadratic path takes minutes there. The JSON reader gets the same limit.
timeout=${FUZZ_TIMEOUT:-10}

run_target() {
  local target=$1 time=$2
  local log="$work/$target.log"
  mkdir -p "$work/artifacts-$target"
  echo "== fuzzing $target for ${time}s (log: $log)"
  set +e
  NEWSMODEL_FUZZ_TARGET=$target "$work/dotnet-driver" --target_path="$work/bin/NewsModel.Fuzz" \
    -max_total_time="$time" -max_len=262144 -timeout="$timeout" -report_slow_units=2 -rss_limit_mb=4096 \
    -dict="$here/newsmodel.dict" -print_final_stats=1 \
    -artifact_prefix="$work/artifacts-$target/" "$work/corpus-$target" >"$log" 2>&1
  local rc=$?
  set -e
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|Done )' "$log" | sed "s/^/   $target: /" || true
  if ls "$work/artifacts-$target"/crash-* "$work/artifacts-$target"/timeout-* >/dev/null 2>&1; then
    echo "   $target: FOUND: $(ls "$work/artifacts-$target" | tr '\n' ' ')"
    return 1
  fi
  if [[ $rc -ne 0 ]]; then
    echo "   $target: libFuzzer ended with $rc; see $log"
    return 1
  fi
  return 0
}

status=0
case $which in
  parser) run_target parser "$seconds" || status=1 ;;
  json) run_target json "$seconds" || status=1 ;;
  both)
    run_target parser $((seconds * 2 / 3)) || status=1
    run_target json $((seconds - seconds * 2 / 3)) || status=1
    ;;
esac
exit $status
