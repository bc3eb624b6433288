#!/usr/bin/env bash
# The GitHub Action's step (action.yml): its inputs arrive as AMLINT_* variables.
set -euo pipefail

if [ "${AMLINT_INSTALL:-true}" = "true" ]; then
  if [ -n "${AMLINT_VERSION:-}" ]; then
    python3 -m pip install --quiet --disable-pip-version-check "amlint-cli==${AMLINT_VERSION}"
  else
    python3 -m pip install --quiet --disable-pip-version-check "${GITHUB_ACTION_PATH:?}"
  fi
fi

args=(check --format "${AMLINT_FORMAT:-github}" --fail-on "${AMLINT_FAIL_ON:-error}")
if [ -n "${AMLINT_SARIF_FILE:-}" ]; then
  args+=(--report "sarif=${AMLINT_SARIF_FILE}")
fi
# Paths are separated by spaces (a path with a space is given from a config file's include).
read -r -a paths <<< "${AMLINT_PATHS:-.}"
exec amlint "${args[@]}" "${paths[@]}"
