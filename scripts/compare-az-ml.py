#!/usr/bin/env python3
"""Compares amlint with what `az ml` itself does before sending anything: every field of the shipped
valid examples and the official-example equivalents is mutated (removed, nulled, given a value of
another type, an unknown key added), each spec is loaded with azure-ai-ml's `load_compute` and turned
into the request body (what `az ml compute create --file` does before it sends anything) and checked
with amlint. Prints the specs az ml refuses
while amlint reports no error (amlint misses a rule), and the specs az ml loads while amlint reports
an error that claims az ml would refuse them (types, unknown fields, required fields, YAML).
Service-side rules are not compared: az ml does not know them.

Needs azure-ai-ml (the reference is 1.35.2) and a built CLI:
    python3 -m venv /tmp/azml && /tmp/azml/bin/pip install azure-ai-ml==1.35.2
    cargo build --release && /tmp/azml/bin/python scripts/compare-az-ml.py
"""

import collections
import copy
import json
import logging
import pathlib
import re
import subprocess
import sys
import tempfile
import warnings

import yaml

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)
from azure.ai.ml import load_compute  # noqa: E402  (after silencing its import-time warnings)

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI_KINDS = {"computeinstance", "amlcompute", "kubernetes", "virtualmachine", "synapsespark"}
CLIENT_SIDE = {"AML001", "AML101", "AML102", "AML103", "AML104", "AML106", "AML603", "AML613"}
DELETE = object()


def fields(value, path=()):
    """Every (path, value) inside a loaded spec."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, inner in items:
        yield path + (key,), inner
        yield from fields(inner, path + (key,))


def mutated(spec, path, value):
    spec = copy.deepcopy(spec)
    parent = spec
    for key in path[:-1]:
        parent = parent[key]
    if value is DELETE:
        parent.pop(path[-1])
    else:
        parent[path[-1]] = value
    return spec


def mutations(spec):
    for path, value in fields(spec):
        if path == ("type",):
            continue
        others = [DELETE, None, "text", 7, 2.5, True, [], {}]
        if isinstance(value, str):
            others += [value.upper(), value + "x", ""]
        if isinstance(value, dict):
            others.append(dict(value, unknown_key=1))
        for other in others:
            yield mutated(spec, path, other)


def main():
    sources = sorted((ROOT / "examples/valid").glob("*.yml")) + sorted((ROOT / "tests/fixtures/official").glob("*.yml"))
    specs = []
    for source in sources:
        spec = yaml.safe_load(source.read_text())
        if spec.get("type") in CLI_KINDS:
            specs.extend(mutations(spec))
    misses, false_errors = collections.defaultdict(list), collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, spec in enumerate(specs):
            path = pathlib.Path(folder) / f"m{index:05d}.yml"
            path.write_text(yaml.safe_dump(spec, sort_keys=False))
            paths.append(path)
        checked = subprocess.run(
            [str(ROOT / "target/release/amlint"), "check", "--format", "json", folder],
            capture_output=True, text=True, check=False,
        )
        found = {pathlib.Path(f["path"]).name: f["diagnostics"] for f in json.loads(checked.stdout)["files"]}
        for path in paths:
            errors = [d for d in found.get(path.name, []) if d["severity"] == "error"]
            try:
                # What `az ml compute create` does before its request (ComputeOperations.
                # begin_create_or_update): load, complete the subnet ID, build the body.
                compute = load_compute(source=str(path))
                compute._set_full_subnet_name("00000000-0000-0000-0000-000000000000", "rg")
                compute._to_rest_object()
                refused = None
            except Exception as error:  # az ml's own failures are of many types, TypeError included
                refused = re.sub(r"\s+", " ", str(error))[:160]
            # The VM's private key is read from disk as the request is built; whether that file
            # exists depends on the machine, not the spec, so it is not a rule amlint can have.
            if refused and not errors and "No such file or directory" not in refused:
                misses[refused].append(path.read_text())
            for d in errors if not refused else []:
                if d["code"] in CLIENT_SIDE:
                    false_errors[f'{d["code"]} {d["message"][:100]}'].append(path.read_text())
    print(f"{len(specs)} specs from {len(sources)} files")
    print(f"\naz ml refuses, amlint reports no error: {sum(map(len, misses.values()))}")
    for reason, texts in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(texts)} × {reason}\n{texts[0]}")
    # Known and deliberate: az ml ignores `$schema`, editors need it to be a string; `resource_id`
    # (attach) and a schedule's `trigger` are required per the reference, beyond what load checks.
    known = ("AML102 `$schema`", "AML101 required field `resource_id`", "AML101 required field `schedules.")
    print(f"\naz ml loads, amlint reports a client-side error: {sum(map(len, false_errors.values()))}")
    for reason, texts in sorted(false_errors.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(texts)} × {reason}{'  (known, deliberate)' if reason.startswith(known) else ''}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
