#!/usr/bin/env bash
# Runs every test project of the solution. Tests that need ../shared skip with a reason when it is
# absent (and fail under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Clem.slnx -c Release -nologo -v q
dotnet test --solution Clem.slnx -c Release --no-build
