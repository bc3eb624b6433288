#!/usr/bin/env bash
# The GitHub Action's step (action.yml): its inputs arrive as AMLINT_* variables.
set -euo pipefail

if [ "${AMLINT_INSTALL:-true}" = "true" ]; then
  pip=(python3 -m pip install --quiet --disable-pip-version-check)
  # The version of this action's own source (its Cargo.toml), which is the `version` input's default.
  own=$(sed -n 's/^version = "\(.*\)"$/\1/p' "${GITHUB_ACTION_PATH:?}/Cargo.toml" | head -n 1)
  if [ -n "${AMLINT_VERSION:-}" ] && "${pip[@]}" "amlint-cli==${AMLINT_VERSION}"; then
    :
  elif [ -z "${AMLINT_VERSION:-}" ] || [ "${AMLINT_VERSION}" = "$own" ]; then
    # Not on the package index (before its release, say): this action's source is that version;
    # build it (GitHub's runners have the Rust toolchain it needs).
    [ -z "${AMLINT_VERSION:-}" ] || echo "::notice::amlint-cli ${AMLINT_VERSION} could not be installed from the package index; building this action's own source, the same version"
    "${pip[@]}" "${GITHUB_ACTION_PATH}"
  else
    echo "::error::amlint-cli ${AMLINT_VERSION} could not be installed"
    exit 1
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
