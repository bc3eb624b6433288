#!/usr/bin/env python3
"""Writes tests/fixtures/pyyaml.json: what PyYAML's SafeLoader (what `az ml` reads specs with)
makes of (1) generated plain scalars built from the pieces YAML 1.1 treats specially (digits,
signs, underscores, base-60 colons, exponents, radix prefixes, booleans, nulls, infinities, dates)
and (2) hand-written documents: block and flow styles, quoting and escapes, block scalars, anchors
and merges, tags, tabs, odd characters, several documents. tests/it/pyyaml.rs checks amlint's
reader against it. Run after changing the reader, with PyYAML installed:
python3 scripts/pyyaml-fixture.py
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


DOCUMENTS = [
    'a: |\n  line1\n  line2\n',
    'a: |-\n  line1\n  line2\n\n',
    'a: |+\n  line1\n\n',
    'a: >\n  folded\n  text\n\n  para\n',
    'a: >-\n  x\n   more indented\n  y\n',
    'a: plain\n  continued\n  lines\n',
    "a: 'single ''quoted'''\n",
    'a: "dq \\t \\x41 \\u00e9 \\N \\_ \\L"\n',
    'a: "folded\n  dq"\n',
    'a: [1, 2, {b: c}]\n',
    'a: {b: [x, y], c: }\n',
    'a: &x 1\nb: *x\n',
    'base: &b {x: 1}\nm: {<<: *b, y: 2}\n',
    'b1: &b1 {x: 1}\nb2: &b2 {x: 2, y: 2}\nm:\n  <<: [*b1, *b2]\n',
    "a: !!str 123\nb: !!int '7'\nc: !!float 1\nd: !!bool yes\n",
    "a: 2001-12-14t21:59:43.10-05:00\nb: 2002-12-14\nc: '2002-12-14'\n",
    'a:\nb: ~\nc: null\n',
    '- a\n- b\n',
    '? complex\n: value\n',
    'a: 1 # comment\n# another\nb: 2\n',
    'a: b: c\n',
    'a: "x" y\n',
    'a: 1\r\nb: 2\r\n',
    '\ufeffa: 1\n',
    'a:\n  - x\n  -\n  - y\n',
    'a: -\n',
    'a: - x\n',
    'a: 0o17\nb: 0x1F\nc: 017\nd: 0b101\ne: 1_000\nf: 1:30\n',
    'a: 1e5\nb: 1.0e5\nc: 1.0e+5\nd: .5\ne: -.inf\n',
    'a: yes\nb: Off\nc: y\nd: n\n',
    'a: \'\\n\'\nb: "\\n"\n',
    'a: @x\n',
    'a: `x\n',
    'a: %x\n',
    '%YAML 1.1\n---\na: 1\n',
    '---\na: 1\n...\n',
    'a: [a, b]: c\n',
    'a: {x: 1, x: 2}\n',
    'a: 1\na: 2\n',
    'a: !custom x\n',
    'a: !!python/name:os.system\n',
    "a: '  spaced  '\nb:    trailing   \n",
    'a: "tab\there"\nb: x\ty\n',
    '\'quoted key\': 1\n"dq key": 2\n',
    'a: [1,2,3,]\n',
    'a: {b: 1,}\n',
    'a: >\n\n  leading blank\n',
    'key with spaces: v\n',
    'a: x #not comment\nb: x#also\n',
    "a: 'multi\n  line single'\n",
    'a:\n  b:\n    c: deep\n',
    "a: !!null ''\n",
    'a: !!timestamp 2024-01-01\n',
    'a: 12:30:00\n',
    'a: 190:20:30\n',
    'a: +12\nb: +.5\nc: -0\n',
    'a: 0.\nb: 1_0.5_0\nc: 1__0\n',
    'a: .NaN\nb: .Inf\nc: +.INF\n',
    'a:\n- x\n- y\n',
    'a:\n  -   x\n  -\n    b: c\n',
    'a: [x,\n  y]\n',
    'a: {x: 1,\n  y: 2}\n',
    "a: 'it''s'\n",
    'a: "\\"q\\""\n',
    'a: "\\/"\n',
    'a: "\\e\\a\\0"\n',
    'a: "\\x0"\n',
    'a: "\\u12"\n',
    'a: "\\U0001F600"\n',
    'a: "\\z"\n',
    'a: x\n  # comment inside?\n',
    'a: >+\n  x\n\n\n',
    'a: |2\n   x\n',
    'a: |\n x\n',
    'a:   \n  b\n',
    'a: [ ]\nb: { }\n',
    'a: !!str\nb: !!null\n',
    'a: ! x\n',
    'a: !<tag:yaml.org,2002:str> 1\n',
    'a: &anchor\nb: *anchor\n',
    'a: *unknown\n',
    '&a a: 1\n*a : 2\n',
    'a: [*x]\nb: &x 1\n',
    'x: 1\n---\n',
    '---\n---\n',
    '',
    '# only a comment\n',
    'a: 1\n...\n---\nb: 2\n',
    'a: "unterminated\n',
    "a: 'x\n",
    'a: [1, 2\n',
    'a:\n  b: 1\n c: 2\n',
    'a: 1\n  b: 2\n',
    '- a: 1\n  b: 2\n- c: 3\n',
    'a: été\n',
    'é: 1\n',
    'a: 😀\n',
    'a: x\xa0y\n',
    'a: x\u3000y\n',
    'a: 0x_1\n',
    'a: 0b\n',
    'a: 0o\n',
    'a: 1_\n',
    'a: 1.5_\n',
    'a: 1:\n',
    'a: :1\n',
    'a: 1::2\n',
    'a: 2024-01-01 00:00:00\n',
    'a: 2024-01-01T00:00:00Z\n',
    'a: 2024-1-1\n',
    'a: 2024-01-01x\n',
    'a: 20240101\n',
    'a: 1e+5\nb: 1.e+5\nc: 1.0E-5\n',
    'a: 6.8523015e+5\nb: 685.230_15e+03\nc: 685_230.15\nd: 190:20:30.15\n',
    'a: -1:30\nb: +1:30\n',
    'a: 0:30\nb: 00:30\nc: 1:60\nd: 1:5\n',
    'a: TRUE\nb: tRue\nc: Yes\nd: yES\n',
    'a: NULL\nb: nULL\nc: Null\n',
    # Keys are equal as Python's dict keys are: `1`, `0x1`, `1.0` and `true` are one key, `"1"`
    # another; the first key stays, the last value wins.
    '1: a\n"1": b\n',
    '1: a\n0x1: b\n',
    '1: a\n1.0: b\n',
    '1: a\ntrue: b\n',
    'true: a\nyes: b\non: c\n',
    '~: a\nnull: b\n',
    '"1": a\n\'1\': b\n',
    '0: a\nfalse: b\n-0.0: c\n',
    '2024-01-01: a\n"2024-01-01": b\n',
    '{1: a, "1": b, 1.5: c, 3: d}\n',
]


def plain_json(value):
    """A loaded value as JSON; what JSON lacks becomes a marker the test understands."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return {"$timestamp": True}
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return {"$float": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: plain_json(v) for k, v in value.items()}
        # Keys of other types, as [type, str(key)] pairs in order: `1` and `"1"` stay apart.
        return {"$pairs": [[[key_type(k), str(k)], plain_json(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return [plain_json(v) for v in value]
    return value


def key_type(key):
    if isinstance(key, bool):
        return "bool"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return "timestamp"
    return {int: "int", float: "float", str: "str", type(None): "null"}.get(type(key), "other")


# A plain scalar in a block mapping value cannot start or end like this without meaning more.
SPECIAL_START = tuple("-?:#&*!|>'\"%@`{[,")


def verdict(value):
    if isinstance(value, bool):
        return f"bool:{str(value).lower()}"
    if value is None:
        return "null"
    if isinstance(value, int):
        return f"int:{value}" if -(2**63) <= value < 2**63 else "int:big"
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
    # Integers beyond 64 bits: Python's have no bound.
    scalars.update(["100000000000000000000", "-9223372036854775809", "0x1FFFFFFFFFFFFFFFFF",
                    "0b1" + "0" * 70, "0777777777777777777777777", "9_223_372_036_854_775_808"])
    cases = []
    for text in sorted(scalars):
        try:
            found = verdict(yaml.safe_load(f"v: {text}")["v"])
        except (yaml.YAMLError, ValueError):
            found = None  # PyYAML fails on it (`0x_`); nothing to compare
        if found is not None:
            cases.append([text, found])
    documents = []
    for text in DOCUMENTS:
        try:
            documents.append([text, plain_json(yaml.safe_load(text))])
        except yaml.YAMLError as error:
            documents.append([text, {"$error": str(error).splitlines()[0]}])
    out = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/pyyaml.json"
    scalar_lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    document_lines = ",\n".join(json.dumps(doc, ensure_ascii=False) for doc in documents)
    out.write_text(
        f'{{"pyyaml": "{yaml.__version__}",\n"scalars": [\n{scalar_lines}\n],\n'
        f'"documents": [\n{document_lines}\n]}}\n'
    )
    print(f"{len(cases)} scalars, {len(documents)} documents -> {out}")


if __name__ == "__main__":
    main()
