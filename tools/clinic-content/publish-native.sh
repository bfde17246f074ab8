#!/usr/bin/env bash
# Publishes the clinic-content command as one native executable (Native AOT, linux-x64): what the benchmark and
# reviewers who lint often run. It starts without a JIT, so a run costs about half the CPU of the JIT build
# (docs/performance.md); its findings are byte-identical to the JIT build's and to the tool package's.
#
#   bash tools/clinic-content/publish-native.sh [OUTDIR [DOTNET-PUBLISH-ARGS...]]   (default: tools/clinic-content/native)
#   tools/clinic-content/native/clinic-content lint
#
# The binary needs an x86-64-v3 CPU (AVX2; Clinic.Content.Cli.csproj says why); for an older one, pass
# -p:IlcInstructionSet=x86-64-v2 after OUTDIR.
#
# Needs a C toolchain for the native link: clang and zlib (Debian: apt-get install -y clang zlib1g-dev; bench/lint-benchmark.sh
# installs them when missing). Takes a few minutes; the dotnet tool (pack.sh) needs neither.
set -euo pipefail
out=$(realpath -m "${1:-$(dirname "$0")/native}")
shift || true
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The SDK links with `clang`; Debian names a versioned install clang-NN only, so pass the newest one found.
linker=()
if ! command -v clang >/dev/null 2>&1; then
  versioned=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -1 || true)
  if [ -z "$versioned" ]; then
    echo "publish-native: no clang found; install it first (Debian: apt-get install -y clang zlib1g-dev)" >&2
    exit 1
  fi
  linker=(-p:CppCompilerAndLinker="$versioned")
fi

dotnet publish src/Clinic.Content.Cli/Clinic.Content.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true \
  "${linker[@]}" "$@" -o "$out" --nologo -v quiet
echo "Published $out/clinic-content"
