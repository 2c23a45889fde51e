#!/usr/bin/env python3
"""Writes the installers' icons from assets/icon-*.png: installers/linux/iam-modeller.png (256 px),
installers/windows/iam-modeller.ico and installers/macos/iam-modeller.icns. ICO and ICNS both hold the PNG
files as they are (allowed since Windows Vista and Mac OS X 10.7), so no image library is needed.
Run from the project's top folder: python3 scripts/make-installer-icons.py"""
import shutil
import struct
from pathlib import Path

ASSETS = Path("assets")
SIZES = [16, 32, 48, 64, 128, 256]


def png(size):
    return (ASSETS / f"icon-{size}.png").read_bytes()


def ico(out):
    images = [(size, png(size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    out.write_bytes(header + entries + data)


def icns(out):
    # OSType of each PNG size: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for size, kind in kinds.items())
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    shutil.copyfile(ASSETS / "icon-256.png", "installers/linux/iam-modeller.png")
    ico(Path("installers/windows/iam-modeller.ico"))
    icns(Path("installers/macos/iam-modeller.icns"))
