#!/usr/bin/env bash
# Installs seo-audit from the action's own checkout: the lockfile's exact versions, then the
# build (npm ci runs the `prepare` script). Used by action.yml.
set -euo pipefail
cd "${GITHUB_ACTION_PATH:?}"
npm ci --no-audit --no-fund
