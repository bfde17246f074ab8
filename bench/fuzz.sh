#!/usr/bin/env bash
# Runs the content fuzz harness on N cases (default 10000) with a seed (default: CI's fixed seed).
# Each case goes through the loader, the linter and an in-process Production site reload; the run fails on any
# crash, hang past 30 s, rejected file without a file:line:col diagnostic, or served page without the disclaimer.
# Prints: cases, seed, wall time, worst memory (peak working set of the test process), failures.
# Usage: bench/fuzz.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-10000}"
seed="${2:-20261201}"
project=tests/Clinic.Content.FuzzTests
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
status=0
FUZZ_CASES="$cases" FUZZ_SEED="$seed" dotnet test "$project" -c Release --no-build \
  --filter "FullyQualifiedName~FuzzTests.Hostile_content" --logger "console;verbosity=normal" > /tmp/fuzz-run.txt 2>&1 || status=$?
grep -E "^\s*fuzz:|Passed!|Failed!|: (GET|the|diagnostic)" /tmp/fuzz-run.txt | head -50 || true
exit "$status"
