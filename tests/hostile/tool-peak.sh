#!/usr/bin/env bash
# The tool's peak memory on every hostile shape: writes each shape of HostileText as a file (`NewsModel.Benchmarks
# write`), runs `newsmodel parse FILE` on it in a fresh process, and prints the maximum resident set of that process
# minus that of a tiny input taken the same way, per input byte, for each tool given (measured by GNU time,
# /usr/bin/time). With --million, the million statements in one paragraph (14 MB, check.sh's case) too.
#
#   tests/hostile/tool-peak.sh [--size N] [--runs R] [--million] [--limit X] [TOOL ...]
# TOOL: a NewsModel.Cli.dll (run with dotnet) or a native executable (the Native AOT build:
# `dotnet publish src/NewsModel.Cli -c Release -r linux-x64 -o DIR`); default: the JIT build this script makes of
# src/NewsModel.Cli. Each run of each shape is a column; the last column says "over" when every run of the shape
# was above X bytes per byte (default 30). Inputs go to $HOSTILE_WORK (default: a new directory under /tmp).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${HOSTILE_WORK:-$(mktemp -d /tmp/newsmodel-toolpeak.XXXXXX)}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
size=2000000 runs=1 million=0 limit=30 tools=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    --million) million=1; shift ;;
    *) tools+=("$1"); shift ;;
  esac
done
if [[ ${#tools[@]} -eq 0 ]]; then
  dotnet build "$repo/src/NewsModel.Cli" -c Release -o "$work/cli" -nologo -v q >/dev/null
  tools=("$work/cli/NewsModel.Cli.dll")
fi
bench=$repo/benchmarks/NewsModel.Benchmarks
if [[ ! -f $work/shapes/prose.txt ]]; then
  dotnet run -c Release --project "$bench" -- write "$work/shapes" --size "$size" >/dev/null
fi
if [[ $million -eq 1 && ! -f $work/million/one-paragraph-statements.txt ]]; then
  dotnet run -c Release --project "$bench" -- write "$work/million" one-paragraph-statements --size 14000000 >/dev/null
fi
printf 'Talks go on\n\nYes.\n' >"$work/tiny.txt"

python3 - "$work" "$runs" "$million" "$limit" "${tools[@]}" <<'PY'
import os, subprocess, sys
work, runs, million, limit, tools = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", float(sys.argv[4]), sys.argv[5:]
def max_rss(tool, path):
    # GNU time forks itself (about 1 MB resident) and execs the tool. A child's maximum resident set counts the
    # process it was before exec: a Python child would floor every figure at Python's own 10 to 14 MB, above the
    # Native AOT tool's tiny-input peak, and so hide part of that tool's growth.
    command = (["dotnet", tool] if tool.endswith(".dll") else [tool]) + ["parse", path, "--reference-date", "2026-11-27"]
    report = os.path.join(work, "time.out")
    subprocess.run(["/usr/bin/time", "-f", "%x %M", "-o", report, *command],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rc, kb = open(report).read().split()[-2:]
    if rc != "0": sys.exit(f"{tool} parse {path}: exit {rc}")
    return int(kb) * 1024
shapes = sorted(os.listdir(os.path.join(work, "shapes")))
files = [os.path.join(work, "shapes", s) for s in shapes]
if million: files.append(os.path.join(work, "million", "one-paragraph-statements.txt"))
over = 0
for tool in tools:
    tiny = min(max_rss(tool, os.path.join(work, "tiny.txt")) for _ in range(2))
    print(f"== {tool}: a tiny input peaks at {tiny / 1e6:.1f} MB; per input byte, {runs} run(s) each")
    for path in files:
        size = os.path.getsize(path)
        ratios = [(max_rss(tool, path) - tiny) / size for _ in range(runs)]
        name = os.path.basename(path)[:-4] + (" (14 MB)" if "million" in path else "")
        flag = "over" if min(ratios) > limit else ""
        over += flag == "over"
        print(f"{name:34s} {size / 1e6:5.1f} MB  " + "  ".join(f"{r:5.1f}x" for r in ratios) + f"  {flag}")
print(f"== {over} over {limit:g}x")
PY
