#!/usr/bin/env bash
# Side by side over the same files: compromise (npm; quotations, people, organisations) and NewsModel (full
# parse: statements with speakers, speakers, treaties). Prints both throughputs and the ratio, then the newsmodel
# tool as a user runs it (the linux-x64 Native AOT build that its package installs), whole process:
#   - over copies of the bulk set (COPIES, default 9: about 56 MB) with --jobs 1 and with --jobs = all cores;
#   - over a batch of 3,000 small files of about 3 KB (cut from the bulk set at paragraph breaks), --jobs 1;
#   - the in-process parse of the bulk set (the throughput program, after warm-up) for comparison.
#
#   benchmarks/peers/compare.sh [PATH ...]     default: ../shared/corpus/dev      (PATH: the compromise comparison)
#   NO_PEER=1 benchmarks/peers/compare.sh      skips compromise; NO_TOOL=1 skips the tool section
#
# MB/s is of the input as stored (UTF-8), wall clock and per CPU-second (user + system time of the process). On a
# shared machine the wall clock also counts time spent waiting for a core: the script prints the load average
# before and after. compromise runs at about 0.01 MB/s here: the dev set (77 KB) takes it about 10 s, the bulk set
# (6 MB) over 10 min. Generated files go to a temporary folder, never into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bulk="$root/../shared/corpus/bulk"

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=("$root/../shared/corpus/dev")
fi
for p in "${paths[@]}"; do
  [ -e "$p" ] || { echo "compare.sh: $p not found (the shared corpus lives in ../shared/corpus)" >&2; exit 2; }
done
echo "machine:    $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the wall clock)"

dotnet build "$root/benchmarks/NewsModel.Benchmarks/NewsModel.Benchmarks.csproj" -c Release -nologo -v q -o "$root/artifacts/bench" >/dev/null
if [ -z "${NO_PEER:-}" ]; then
  # compromise, pinned in package.json, into the ignored node_modules; no lock file is kept (one pinned package).
  if [ ! -d "$here/node_modules/compromise" ]; then
    (cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
  fi
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
fi

[ -z "${NO_TOOL:-}" ] || exit 0
if [ ! -d "$bulk" ]; then
  echo "tool:       skipped: $bulk not found"
  exit 0
fi
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "tool: skipped: unknown machine $(uname -m)"; exit 0 ;; esac
tool="$root/artifacts/bench-tool"
linker=$(compgen -c | grep -m1 -xE 'clang(-[0-9]+)?|gcc' || true)
if [ "$rid" = linux-x64 ] && [ -n "$linker" ]; then
  build="Native AOT"
  dotnet publish "$root/src/NewsModel.Cli" -c Release -r "$rid" -p:CppCompilerAndLinker="$linker" -o "$tool" -nologo -v q >/dev/null
else
  build="ReadyToRun"
  dotnet publish "$root/src/NewsModel.Cli" -c Release -r "$rid" -p:PublishAot=false -o "$tool" -nologo -v q >/dev/null
fi

work=$(mktemp -d /tmp/newsmodel-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
copies=${COPIES:-9}
mkdir -p "$work/bulk-copies"
for i in $(seq 1 "$copies"); do cp -r "$bulk" "$work/bulk-copies/copy$i"; done
python3 - "$bulk" "$work/small" <<'PY'
import glob, os, sys
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.txt"), recursive=True))]
os.makedirs(sys.argv[2])
n = i = 0
while n < 3000 and texts:
    t = texts[i % len(texts)]; i += 1
    if len(t.encode("utf-8")) < 2000:
        continue
    if len(t.encode("utf-8")) > 3000:
        head = t[:3000]
        cut = head.rfind("\n\n")
        t = head[:cut] if cut > 1500 else head
    open(os.path.join(sys.argv[2], f"{n:04d}.txt"), "w", encoding="utf-8").write(t)
    n += 1
PY

measure() {  # LABEL DIR JOBS: one whole-process run, timed by wall clock and by the process's CPU time
  python3 - "$1" "$2" "$3" "$tool/NewsModel.Cli" <<'PY'
import os, resource, subprocess, sys, time
label, folder, jobs, exe = sys.argv[1:]
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)
files = sum(len(fs) for _, _, fs in os.walk(folder))
before = resource.getrusage(resource.RUSAGE_CHILDREN); start = time.monotonic()
run = subprocess.run([exe, "parse", folder, "--jobs", jobs, "--reference-date", "2026-11-27"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.monotonic() - start; after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
if run.returncode != 0:
    sys.exit(f"{label}: exit {run.returncode}: {run.stderr.decode()[-300:]}")
mb = size / 1e6
print(f"{label:<34} {files:6d} files {mb:6.1f} MB  {mb / wall:6.1f} MB/s wall  {mb / cpu:6.1f} MB per CPU-second")
PY
}
echo "tool:       newsmodel parse DIR, whole process ($build, $rid), best of 1 run each"
measure "bulk x$copies, --jobs 1" "$work/bulk-copies" 1
measure "bulk x$copies, --jobs $(nproc) (all cores)" "$work/bulk-copies" "$(nproc)"
measure "3,000 small files, --jobs 1" "$work/small" 1
measure "3,000 small files, --jobs $(nproc)" "$work/small" "$(nproc)"
line=$(dotnet "$root/artifacts/bench/NewsModel.Benchmarks.dll" throughput "$bulk" | awk '$1 == "given"')
printf '%-34s %6d files %6.1f MB  %6.1f MB/s wall  %6.1f MB per CPU-second\n' "in-process parse (bulk, warmed up)" \
  "$(echo "$line" | awk '{ print $2 }')" "$(echo "$line" | awk '{ print $3 }')" "$(echo "$line" | awk '{ print $4 }')" "$(echo "$line" | awk '{ print $5 }')"
echo "machine:    load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
