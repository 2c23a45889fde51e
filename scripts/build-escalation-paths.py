#!/usr/bin/env python3
"""Converts the pathfinding.cloud privilege-escalation paths (Datadog, Apache-2.0) into the JSON the
escalation analysis ships with.

Reads  <source>/data/paths/*/*.yaml  (schema 1.6.0: see <source>/SCHEMA.md) and writes
src/main/resources/escalation/pathfinding-paths.json with, for every path, its id, name, category,
services, required and additional permissions (with their resource constraints) and its parent, and
copies the data set's LICENSE and NOTICE beside it. Descriptions, exploitation steps and the rest stay
out: the analysis needs only the names and the permissions.

The YAML of these files is block style only (mappings, sequences, plain, quoted and block scalars), so a
small reader below parses the sections kept; the other top-level sections are skipped. python3 here has
no yaml module.

Run:  python3 scripts/build-escalation-paths.py [/work/shared/data/escalation-paths]
"""

import json
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = pathlib.Path("/work/shared/data/escalation-paths")
OUT = ROOT / "src/main/resources/escalation"
KEPT = ("id", "name", "category", "services", "permissions", "parent")
TOP_KEY = re.compile(r'^([A-Za-z_][\w-]*|"[^"]+"|\'[^\']+\'):(\s|$)')


def scalar(text):
    """A one-line scalar: quoted ('' and \\ escapes), or plain."""
    text = text.strip()
    if len(text) >= 2 and text[0] == "'" and text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return json.loads(text)
    return text


def lines_of(block):
    """(indent, text) of every line that is neither blank nor a comment."""
    out = []
    for raw in block:
        stripped = raw.rstrip("\n").rstrip()
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            continue
        out.append((len(stripped) - len(stripped.lstrip(" ")), stripped.lstrip(" ")))
    return out


def parse(lines, i, indent):
    """The node starting at lines[i] whose lines are indented by `indent`; returns (node, next index)."""
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        return parse_sequence(lines, i, indent)
    return parse_mapping(lines, i, indent)


def parse_sequence(lines, i, indent):
    items = []
    while i < len(lines) and lines[i][0] == indent and (lines[i][1].startswith("- ") or lines[i][1] == "-"):
        rest = lines[i][1][2:] if lines[i][1] != "-" else ""
        if not rest.strip():
            item, i = parse(lines, i + 1, lines[i + 1][0])
        elif TOP_KEY.match(rest):
            # "- key: value" opens a mapping whose keys sit two columns further in
            virtual = [(indent + 2, rest)] + lines[i + 1:]
            item, used = parse_mapping(virtual, 0, indent + 2)
            i = i + used
        else:
            item, i = continued(lines, i, indent, rest)
        items.append(item)
    return items, i


def parse_mapping(lines, i, indent):
    out = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        match = TOP_KEY.match(lines[i][1])
        if not match:
            raise ValueError("expected a key: " + lines[i][1])
        key = scalar(match.group(1))
        rest = lines[i][1][match.end():].strip()
        if rest in ("|", "|-", ">", ">-", "|+", ">+"):
            i += 1
            text = []
            while i < len(lines) and lines[i][0] > indent:
                text.append(lines[i][1])
                i += 1
            out[key] = "\n".join(text)
        elif rest:
            out[key], i = continued(lines, i, indent, rest)
        elif i + 1 < len(lines) and (lines[i + 1][0] > indent
                                     or (lines[i + 1][0] == indent and lines[i + 1][1].startswith("- "))):
            out[key], i = parse(lines, i + 1, lines[i + 1][0])
        else:
            out[key] = None
            i += 1
    return out, i


def continued(lines, i, indent, first):
    """A scalar that may go on over the following, further indented lines (plain or quoted)."""
    parts = [first]
    i += 1
    while i < len(lines) and lines[i][0] > indent:
        parts.append(lines[i][1])
        i += 1
    return scalar(" ".join(parts)), i


def sections(path):
    """The kept top-level sections of one file, parsed."""
    result = {}
    current, block = None, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = TOP_KEY.match(raw)
        if match:
            if current in KEPT:
                result.update(section(current, block))
            current, block = scalar(match.group(1)), [raw]
        else:
            block.append(raw)
    if current in KEPT:
        result.update(section(current, block))
    return result


def section(key, block):
    node, _ = parse_mapping(lines_of(block), 0, 0)
    return {key: node[key]}


def permissions(entries):
    return [{"permission": e["permission"], "resourceConstraints": e.get("resourceConstraints") or ""}
            for e in entries or []]


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    files = sorted((source / "data/paths").glob("*/*.yaml"))
    paths = []
    for file in files:
        data = sections(file)
        parent = data.get("parent")
        paths.append({
            "id": data["id"],
            "name": data["name"],
            "category": data["category"],
            "services": data.get("services") or [],
            "required": permissions(data["permissions"].get("required")),
            "additional": permissions(data["permissions"].get("additional")),
            "parent": {"id": parent["id"], "modification": parent.get("modification", "")} if parent else None,
        })
    paths.sort(key=lambda p: (p["id"].split("-")[0], int(p["id"].split("-")[1])))
    commit = (source / "SOURCE_COMMIT.txt").read_text(encoding="utf-8").split()[0] \
        if (source / "SOURCE_COMMIT.txt").exists() else ""
    out = {
        "source": "pathfinding.cloud (Datadog), data/paths/*/*.yaml",
        "commit": commit,
        "license": "Apache-2.0; see LICENSE and NOTICE beside this file",
        "paths": paths,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pathfinding-paths.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(source / "LICENSE", OUT / "LICENSE")
    shutil.copyfile(source / "NOTICE", OUT / "NOTICE")
    print(f"{len(paths)} paths -> {OUT / 'pathfinding-paths.json'}")


if __name__ == "__main__":
    main()
