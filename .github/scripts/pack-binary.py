#!/usr/bin/env python3
"""Packs the `amlint` command out of a wheel into a standalone archive, and prints the archive's path.

    pack-binary.py WHEEL TARGET OUT_DIR

The wheel (maturin, `bindings = "bin"`) carries the command as `*.data/scripts/amlint[.exe]`: the
archive holds that same file, so a release's binaries are byte for byte the wheels' commands.
`amlint-TARGET.tar.gz` (a `.zip` for Windows) holds `amlint-TARGET/` with the command, LICENSE
and README.md.
"""
import gzip
import io
import os
import sys
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(wheel_path: str, target: str, out_dir: str) -> str:
    windows = "windows" in target
    command = "amlint.exe" if windows else "amlint"
    with zipfile.ZipFile(wheel_path) as wheel:
        names = [n for n in wheel.namelist() if n.endswith(".data/scripts/" + command)]
        if len(names) != 1:
            raise SystemExit(f"{wheel_path} holds no single scripts/{command}: {names}")
        binary = wheel.read(names[0])
    files = {command: (binary, 0o755)}
    for name in ("LICENSE", "README.md"):
        with open(os.path.join(ROOT, name), "rb") as f:
            files[name] = (f.read(), 0o644)
    folder = f"amlint-{target}"
    os.makedirs(out_dir, exist_ok=True)
    if windows:
        path = os.path.join(out_dir, folder + ".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, (data, mode) in files.items():
                info = zipfile.ZipInfo(f"{folder}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = (0o100000 | mode) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    else:
        path = os.path.join(out_dir, folder + ".tar.gz")
        # No time stamps, in the tar entries or the gzip header: the same wheel packs the same bytes.
        with open(path, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as gz:
            with tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as archive:
                for name, (data, mode) in files.items():
                    info = tarfile.TarInfo(f"{folder}/{name}")
                    info.size, info.mode, info.mtime = len(data), mode, 0
                    archive.addfile(info, io.BytesIO(data))
    return path


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    print(main(*sys.argv[1:]))
