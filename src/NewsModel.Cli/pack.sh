#!/usr/bin/env bash
# Packs the newsmodel tool into OUTDIR (default artifacts/pkgs): the pointer package NewsModel.Cli and one package
# per platform that `dotnet tool install` chooses from: linux-x64 compiled with Native AOT (needs clang, or gcc),
# linux-arm64, osx-arm64 and win-x64 compiled ReadyToRun, and "any", JIT-compiled, for every other platform.
#
#   src/NewsModel.Cli/pack.sh [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mkdir -p "${1:-$here/../../artifacts/pkgs}" && cd "${1:-$here/../../artifacts/pkgs}" && pwd)"
project="$here/NewsModel.Cli.csproj"
pack() { dotnet pack "$project" -c Release -o "$out" -nologo -v q "$@"; }

linker=""
for candidate in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14 gcc; do
  if command -v "$candidate" >/dev/null 2>&1; then linker=$candidate; break; fi
done
if [ -z "$linker" ]; then
  echo "pack.sh: Native AOT needs clang or gcc to link: apt-get install -y clang" >&2
  exit 2
fi

pack                                                     # the pointer package
pack -r linux-x64 -p:CppCompilerAndLinker="$linker"      # Native AOT
for rid in linux-arm64 osx-arm64 win-x64; do
  pack -r "$rid" -p:PublishAot=false                     # ReadyToRun
done
pack -r any -p:PublishAot=false                          # JIT-compiled fallback
