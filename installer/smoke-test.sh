#!/usr/bin/env bash
# Smoke test of the built app image (CI runs it after `mvn verify`): its launcher must run the command line
# with nothing from the machine's Java: no JDK on PATH, no JAVA_HOME, an empty home.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/ConcurrencyLab/bin/ConcurrencyLab
[[ -x "$launcher" ]] || { echo "smoke-test.sh: $launcher is missing: run installer/jpackage.sh first" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
bare() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$launcher" "$@"; }

version="$(bare --version)"
echo "$version"
[[ "$version" == "Concurrency Lab "* ]] || { echo "smoke-test.sh: unexpected --version output" >&2; exit 1; }

json="target/installer/smoke-compare.json"
bare compare --models sequential,pool --workload cpu-hash --tasks 8 --json - > "$json"
# The JSON must name both runs, each with all 8 tasks done and none failed.
python3 - "$json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["runs"]
assert [r["model"] for r in runs] == ["sequential", "pool"], runs
for r in runs:
    assert r["tasks"] == 8 and r["errors"] == 0 and r["wallMs"] > 0 and not r["cancelled"], r
print("smoke-test.sh: compare through the app image: " +
      ", ".join(f'{r["model"]} {r["wallMs"]:.1f} ms' for r in runs))
PY
