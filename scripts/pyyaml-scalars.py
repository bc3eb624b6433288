#!/usr/bin/env python3
"""Writes tests/fixtures/pyyaml-scalars.json: how PyYAML's SafeLoader (what `az ml` reads specs
with) resolves generated plain scalars built from the pieces YAML 1.1 treats specially: digits,
signs, underscores, base-60 colons, exponents, radix prefixes, booleans, nulls, infinities, dates.
tests/it/pyyaml.rs checks amlint's reader against it. Run after changing the scalar rules, with
PyYAML installed: python3 scripts/pyyaml-scalars.py
"""

import datetime
import json
import math
import pathlib
import random

import yaml

PIECES = [
    "0", "1", "7", "9", "10", "60", "59", "_", "-", "+", ".", ":", "e", "E", "x", "o", "b",
    "0x", "0o", "0b", "1_0", "inf", "Inf", "nan", "NaN", ".inf", ".nan", "~", "null", "Null",
    "yes", "Yes", "YES", "no", "on", "off", "y", "n", "true", "True", "false", "2024", "-03",
    "-10", "T", "t", " ", "Z", "+01:00", "12:30:00", ".5", "a", "f",
]
# Every spelling YAML 1.1 gives a meaning that YAML 1.2 (or a reader's eye) may not.
WORDS = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "tRUE",
    "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL",
    "nULL", ".inf", ".Inf", ".INF", "+.inf", "-.Inf", ".nan", ".NaN", ".NAN", "-.nan", "inf", "nan",
]


def number(rng):
    """A number-like scalar, often one edit away from a number."""
    sign = rng.choice(["", "", "-", "+"])
    radix = rng.choice([None] * 8 + ["0x", "0o", "0b", "0X"])
    if radix:
        return sign + radix + rng.choice(["1F", "ff", "17", "101", "_", "1_0", "g", "", "8"])
    first = rng.choice(["0", "1", "7", "10", "1_000", "0_7", "08", "09", "00", "12", "", "_1"])
    groups = "".join(":" + rng.choice(["0", "5", "30", "59", "60", "07", ""])
                     for _ in range(rng.choice([0, 0, 0, 1, 2])))
    fraction = rng.choice(["", "", ".", ".5", ".0_1", ".25", "..5"])
    exponent = rng.choice(["", "", "", "e+3", "e-7", "E+10", "e3", "e+", "e+300", "e-324"])
    return sign + first + groups + fraction + exponent


def timestamp(rng):
    date = rng.choice(["2024-03-10", "2024-3-1", "2024-13-10", "24-03-10", "2024-03-1x"])
    time = rng.choice(["", "", "T12:30:00", "t12:30:00Z", " 12:30:00.5 +01:00", "T1:2:3", "T12:30"])
    return date + time


# A plain scalar in a block mapping value cannot start or end like this without meaning more.
SPECIAL_START = tuple("-?:#&*!|>'\"%@`{[,")


def verdict(value):
    if isinstance(value, bool):
        return f"bool:{str(value).lower()}"
    if value is None:
        return "null"
    if isinstance(value, int):
        return f"int:{value}" if -(2**63) <= value < 2**63 else None
    if isinstance(value, float):
        return "float:nan" if math.isnan(value) else f"float:{value!r}"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "timestamp"
    if isinstance(value, str):
        return "str"
    return None


def main():
    rng = random.Random(2026)
    scalars = set(WORDS)
    while len(scalars) < 4000:
        pick = rng.random()
        if pick < 0.5:
            text = number(rng)
        elif pick < 0.6:
            text = timestamp(rng)
        else:
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4))).strip()
        if text and not text.startswith(SPECIAL_START) and ": " not in text and " #" not in text \
                and not text.endswith(":"):
            scalars.add(text)
    scalars.update(["-1", "-1.5", "-.5", "-0", "-0x1F", "-0o17", "-1:30", "-1:30.5", "-.inf"])
    cases = []
    for text in sorted(scalars):
        try:
            found = verdict(yaml.safe_load(f"v: {text}")["v"])
        except (yaml.YAMLError, ValueError):
            found = None  # PyYAML fails on it (`0x_`); nothing to compare
        if found is not None:
            cases.append([text, found])
    out = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/pyyaml-scalars.json"
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    out.write_text(f'{{"pyyaml": "{yaml.__version__}", "cases": [\n{lines}\n]}}\n')
    print(f"{len(cases)} scalars -> {out}")


if __name__ == "__main__":
    main()
