#!/usr/bin/env bash
# Builds the clinic-content command as a .NET tool package into tools/clinic-content/feed/, the local package source
# named in nuget.config, so that from a fresh clone:
#   bash tools/clinic-content/pack.sh && dotnet tool restore && dotnet clinic-content lint
# Run it again after changing the linter: the tool keeps version 1.0.0 (the manifest pins it), so the copy NuGet
# cached from the last restore is removed first, or `dotnet tool restore` would keep installing the old build.
set -euo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
feed=tools/clinic-content/feed
version=$(sed -n 's/.*"version": "\([0-9][^"]*\)".*/\1/p' .config/dotnet-tools.json | tail -1)

dotnet pack src/Clinic.Content.Cli/Clinic.Content.Cli.csproj -c Release -o "$feed" -p:PackageVersion="$version" --nologo -v quiet

cache=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
rm -rf "${cache%/}/clinic.content.cli/$version"
echo "Packed clinic-content $version into $feed. Next: dotnet tool restore && dotnet clinic-content --help"
