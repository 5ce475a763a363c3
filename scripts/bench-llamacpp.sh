#!/usr/bin/env bash
# Measures in-process GGUF inference (llamacpp backend) on a real game: plays taboo's first experiment with the
# given model (default: ../shared/models/stories260K.gguf) and prints decode speed from the run's requests.json.
# Usage: scripts/bench-llamacpp.sh [model.gguf|registry-name] [max_tokens]
set -euo pipefail
cd "$(dirname "$0")/.."
model="${1:-../shared/models/stories260K.gguf}"
max="${2:-100}"
out=$(mktemp -d)
dotnet build src/Clem.Cli -c Release -nologo -v q >/dev/null
start=$(date +%s.%N)
dotnet src/Clem.Cli/bin/Release/net10.0/linux-x64/clem.dll run -g taboo -e high_en -m "$model" -l "$max" -r "$out" --no-score
end=$(date +%s.%N)
python3 - "$out" "$start" "$end" <<'PY'
import glob, json, sys, statistics
out, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
calls = [r["raw_response_obj"]["clem_net"] for f in glob.glob(f"{out}/**/requests.json", recursive=True) for r in json.load(open(f))]
tokens = sum(c["usage"]["output_tokens"] for c in calls)
decode = [c["tokens_per_second"] for c in calls if c.get("tokens_per_second")]
total = sum(c["duration_s"] for c in calls)
print(f"{len(calls)} calls, {tokens} generated tokens in {total:.2f} s of model time ({tokens / total:.0f} tokens/s overall)")
print(f"decode speed per call: median {statistics.median(decode):.0f}, min {min(decode):.0f}, max {max(decode):.0f} tokens/s; wall time {end - start:.1f} s incl. start-up")
PY
rm -rf "$out"
