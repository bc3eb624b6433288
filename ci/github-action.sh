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

# Only what the user set: a flag beats the config file, so a default here would silence
# `fail-on` and `format` in amlint.toml. Under GitHub Actions amlint chooses the github format
# itself (GITHUB_ACTIONS), and fails on errors unless told otherwise.
args=(check)
if [ -n "${AMLINT_FORMAT:-}" ]; then
  args+=(--format "${AMLINT_FORMAT}")
fi
if [ -n "${AMLINT_FAIL_ON:-}" ]; then
  args+=(--fail-on "${AMLINT_FAIL_ON}")
fi
if [ -n "${AMLINT_SARIF_FILE:-}" ]; then
  args+=(--report "sarif=${AMLINT_SARIF_FILE}")
fi
# Paths are separated by spaces (a path with a space is given from a config file's include).
read -r -a paths <<< "${AMLINT_PATHS:-.}"
exec amlint "${args[@]}" "${paths[@]}"
