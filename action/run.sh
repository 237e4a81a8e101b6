#!/usr/bin/env bash
# The audit step of action.yml. Runs in the user's working directory with the action inputs in
# INPUT_* variables; writes the JSON report (and SARIF when asked) under RUNNER_TEMP, the
# markdown report to GITHUB_STEP_SUMMARY, annotations to stdout, and exit-code / json-file /
# sarif-file to GITHUB_OUTPUT. It always exits 0 once the reports are written: the action's last
# step fails the job with the audit's exit code, after the SARIF upload.
set -uo pipefail

cli=(node "${GITHUB_ACTION_PATH:?}/bin/seo-audit.js")
out="${RUNNER_TEMP:?}/seo-audit"
mkdir -p "$out"
json="$out/report.json"

args=()
read -r -a paths <<< "${INPUT_PATHS:-.}"
args+=("${paths[@]}")
[[ -n "${INPUT_CONFIG:-}" ]] && args+=(-c "$INPUT_CONFIG")
[[ -n "${INPUT_KEYWORDS:-}" ]] && args+=(-k "$INPUT_KEYWORDS")
[[ -n "${INPUT_MIN_COVERAGE:-}" ]] && args+=(--min-coverage "$INPUT_MIN_COVERAGE")
[[ -n "${INPUT_MIN_SCORE:-}" ]] && args+=(--min-score "$INPUT_MIN_SCORE")
[[ -n "${INPUT_MAX_WARNINGS:-}" ]] && args+=(--max-warnings "$INPUT_MAX_WARNINGS")
if [[ -n "${INPUT_ARGS:-}" ]]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi

# One audit; every other format is rendered from its JSON report by `merge`.
code=0
"${cli[@]}" "${args[@]}" --format json --output "$json" || code=$?
echo "exit-code=$code" >> "${GITHUB_OUTPUT:?}"

if [[ ! -s "$json" ]]; then
  echo "::error title=seo-audit::seo-audit could not run (exit $code); see the log above"
  exit 0
fi
echo "json-file=$json" >> "$GITHUB_OUTPUT"

if [[ "${INPUT_SUMMARY:-true}" == "true" && -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  "${cli[@]}" merge "$json" --format markdown >> "$GITHUB_STEP_SUMMARY" || true
fi
if [[ "${INPUT_ANNOTATIONS:-true}" == "true" ]]; then
  SEO_AUDIT_FULL_REPORT="the job summary of this run, and the JSON report $json" \
    "${cli[@]}" merge "$json" --format github || true
fi
if [[ "${INPUT_UPLOAD_SARIF:-false}" == "true" ]]; then
  sarif="$out/report.sarif"
  if "${cli[@]}" merge "$json" --format sarif --output "$sarif"; [[ -s "$sarif" ]]; then
    echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
  fi
fi
exit 0
