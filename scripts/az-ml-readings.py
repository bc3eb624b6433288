#!/usr/bin/env python3
"""Writes tests/fixtures/az-ml-readings.json: what azure-ai-ml (what `az ml compute create --file`
runs before it sends anything) makes of scalar spellings in boolean, integer, enumerated and text
fields, and what it sends for the fields a spec leaves out. tests/it/az_ml_readings.rs holds amlint
to it: where az ml refuses a value, amlint reports an error there; where az ml reads a value,
amlint claims no refusal, and any reading it states ("az ml reads it as ...") is az ml's.

The spellings come from marshmallow 3's Boolean truthy/falsy sets, Python's int() (what
marshmallow's Integer calls), PyYAML's YAML 1.1 resolver (booleans, radix and base-60 integers,
floats, nulls, timestamps) and near misses of each. Needs azure-ai-ml (the reference is 1.35.2):
    python3 -m venv /tmp/azml && /tmp/azml/bin/pip install azure-ai-ml==1.35.2
    /tmp/azml/bin/python scripts/az-ml-readings.py
"""

import datetime
import importlib.metadata
import json
import logging
import pathlib
import tempfile
import warnings

warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)
from azure.ai.ml import load_compute  # noqa: E402  (after silencing its import-time warnings)

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/az-ml-readings.json"

# Each value as written after `field: ` in a YAML block mapping.
BOOLEAN_WORDS = ["t", "true", "on", "y", "yes", "1", "f", "false", "off", "n", "no", "0"]
SPELLINGS = sorted(
    {
        spelt
        for word in BOOLEAN_WORDS
        for spelt in (word, word.capitalize(), word.upper(), word[:-1] + word[-1].upper(), word.swapcase()[:1] + word[1:])
    }
    | {'"' + word + '"' for word in ["yes", "Yes", "tRUE", "True", "1", "0", "on", "oN"]}
    | {
        "1", "0", "2", "-1", "1.0", "0.0", "1.5", "-0.5", "4", "4.0", "4.5", "40", "1e2", "1.0e+2",
        "0x10", "0o10", "010", "0b11", "4_0", "1_000", "1:30", "+4", "-4", ".inf", "-.inf", ".nan",
        "~", "null", "Null", "2024-01-01", "2024-01-01 10:00:00", "abc", "[1]", "{a: 1}",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        '"4"', '" 4 "', '"4_0"', '"+4"', '"-4"', '"4.0"', '"4.5"', '"1e2"', '"0x10"', '"010"',
        '"\\u0664"', '"\\u00a04"', '"4\\n"', '"\\t4"', '"\\u20034"', '""', '"abc"', '"null"',
        "dedicated", "Dedicated", "LOW_PRIORITY", "low-priority", "lowpriority", "LowPriority",
        "Standard_DS3_v2", '"Standard_DS3_v2"',
    }
)

# (kind, spec without the field, field, what amlint's model calls its type, the request body path).
FIELDS = [
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "enable_node_public_ip", "bool", "enableNodePublicIp"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "ssh_public_access_enabled", "bool", "remoteLoginPortPublicAccess"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "min_instances", "int", "scaleSettings.minNodeCount"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "max_instances", "int", "scaleSettings.maxNodeCount"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "idle_time_before_scale_down", "int", "scaleSettings.nodeIdleTimeBeforeScaleDown"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "tier", "enum", "vmPriority"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "size", "str", "vmSize"),
    ("amlcompute", "name: cluster1\ntype: amlcompute\n", "description", "str", "description"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "idle_time_before_shutdown_minutes", "int", "idleTimeBeforeShutdown"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "enable_sso", "bool", "enableSSO"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "enable_root_access", "bool", "enableRootAccess"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "enable_node_public_ip", "bool", "enableNodePublicIp"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "release_quota_on_stop", "bool", "releaseQuotaOnStop"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "enable_os_patching", "bool", "enableOSPatching"),
    ("computeinstance", "name: instance1\ntype: computeinstance\n", "size", "str", "vmSize"),
]


def jsonable(value):
    if isinstance(value, (bool, int, str)) or value is None:
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return repr(value)


def at(body, path):
    """The value at a dotted path of the request body's properties (or of the body)."""
    for root in (body.get("properties", {}).get("properties", {}), body.get("properties", {}), body):
        value = root
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None:
            return value
    return None


def load(text):
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8") as file:
        file.write(text)
    try:
        compute = load_compute(file.name)
        return compute, compute._to_rest_object().as_dict(), None
    except Exception as error:  # noqa: BLE001  (any refusal is a verdict)
        # The first message marshmallow gives for the field (`"Not a valid boolean."`), else the
        # error's type (az ml fails before validating: OverflowError).
        lines = [line.strip().strip('",') for line in str(error).splitlines()]
        after = next((at for at, line in enumerate(lines) if line.endswith(": [")), None)
        message = lines[after + 1] if after is not None and after + 1 < len(lines) else type(error).__name__
        return None, None, message
    finally:
        pathlib.Path(file.name).unlink()


def main():
    rows = []
    for kind, spec, field, ty, path in FIELDS:
        for value in SPELLINGS:
            text = spec + f"{field}: {value}\n"
            compute, body, refused = load(text)
            row = {"kind": kind, "field": field, "type": ty, "yaml": value}
            if refused:
                row["refused"] = refused
            else:
                row["read"] = jsonable(getattr(compute, field, None))
                row["sent"] = jsonable(at(body, path))
            rows.append(row)
    left_out = []
    for kind, spec, field, ty, path in FIELDS:
        compute, body, refused = load(spec)
        assert not refused, (spec, refused)
        left_out.append({"kind": kind, "field": field, "sent": jsonable(at(body, path))})
    OUT.write_text(
        json.dumps(
            {
                "azure-ai-ml": importlib.metadata.version("azure-ai-ml"),
                "marshmallow": importlib.metadata.version("marshmallow"),
                "pyyaml": importlib.metadata.version("pyyaml"),
                "readings": rows,
                "left_out": left_out,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(rows)} readings, {len(left_out)} left-out fields -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
