#!/usr/bin/env bash
# Side by side over the same files: compromise (npm; quotations, people, organisations) and NewsModel (full
# parse: statements with speakers, speakers, treaties). Prints both throughputs and the ratio.
#
#   benchmarks/peers/compare.sh [PATH ...]     default: ../shared/corpus/dev
#
# MB/s is of the input as stored (UTF-8), wall clock and per CPU-second (on a shared machine the wall clock also
# counts time spent waiting for a core). compromise runs at about 0.01 MB/s here: the dev set (77 KB) takes it about 10 s, the bulk set (6 MB) over 10 min.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=("$root/../shared/corpus/dev")
fi
for p in "${paths[@]}"; do
  [ -e "$p" ] || { echo "compare.sh: $p not found (the shared corpus lives in ../shared/corpus)" >&2; exit 2; }
done

# compromise, pinned in package.json, into the ignored node_modules; no lock file is kept (one pinned package).
if [ ! -d "$here/node_modules/compromise" ]; then
  (cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
fi

dotnet build "$root/benchmarks/NewsModel.Benchmarks/NewsModel.Benchmarks.csproj" -c Release -nologo -v q -o "$root/artifacts/bench" >/dev/null
line=$(dotnet "$root/artifacts/bench/NewsModel.Benchmarks.dll" throughput "${paths[@]}" | awk '$1 == "given"')
newsmodel_wall=$(echo "$line" | awk '{ print $4 }')
newsmodel_cpu=$(echo "$line" | awk '{ print $5 }')
peer=$(node "$here/compromise.mjs" "${paths[@]}")
field() { node -e 'const p = JSON.parse(process.argv[1]); console.log(p[process.argv[2]])' "$peer" "$1"; }
compromise_wall=$(field mbPerSecond)
compromise_cpu=$(field mbPerCpuSecond)

echo "files:      ${paths[*]} ($(field files) files, $(field bytes) bytes)"
printf 'compromise: %8.4f MB/s wall  %8.4f MB per CPU-second  (quotations, people, organisations)\n' "$compromise_wall" "$compromise_cpu"
printf 'NewsModel:  %8.1f MB/s wall  %8.1f MB per CPU-second  (full parse: layout, statements, speakers, treaties; one thread)\n' "$newsmodel_wall" "$newsmodel_cpu"
awk -v a="$newsmodel_wall" -v b="$compromise_wall" -v c="$newsmodel_cpu" -v d="$compromise_cpu" \
  'BEGIN { printf "ratio:      NewsModel is %.0f times as fast as compromise by the wall clock, %.0f times per CPU-second\n", a / b, c / d }'
