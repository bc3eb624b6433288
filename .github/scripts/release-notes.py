#!/usr/bin/env python3
"""Prints CHANGELOG.md's section for a version, without its heading: a release's notes.

    release-notes.py VERSION [CHANGELOG]

Fails when the changelog has no `## [VERSION] - YYYY-MM-DD` section or the section is empty, so a
tag whose changes were never written down is refused before anything is built.
"""
import re
import sys


def notes(text: str, version: str) -> str:
    heading = re.compile(r"## \[" + re.escape(version) + r"\] - \d{4}-\d{2}-\d{2}$")
    lines, found = [], False
    for line in text.splitlines():
        if found and (line.startswith("## ") or re.match(r"\[[^\]]+\]: ", line)):
            break
        if found:
            lines.append(line)
        elif heading.match(line):
            found = True
    if not found:
        raise SystemExit(f"CHANGELOG.md has no '## [{version}] - YYYY-MM-DD' section")
    body = "\n".join(lines).strip()
    if not body:
        raise SystemExit(f"CHANGELOG.md's section for {version} is empty")
    return body + "\n"


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    path = sys.argv[2] if len(sys.argv) == 3 else "CHANGELOG.md"
    with open(path, encoding="utf-8") as changelog:
        sys.stdout.write(notes(changelog.read(), sys.argv[1]))
