#!/usr/bin/env python3
"""Builds the example models of File > Open example from the scenarios of the design notes.

Writes src/main/resources/examples/*.iam.json (one model per scenario, and one per variant a
scenario names) and src/main/resources/examples/index.json. AWS managed policies are copied from
src/main/resources/catalog/aws-managed-policies.json.gz: the real document and version id, never a
paraphrase. The files follow docs/file-format.md: entities sorted by kind (in the table's order)
then id, relations by kind, from, to, layout keys by id, every field written (defaults included),
null fields left out, two-space indentation.

Run from anywhere:  python3 scripts/build-examples.py
"""

import gzip
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOG = ROOT / "src/main/resources/catalog/aws-managed-policies.json.gz"
OUT = ROOT / "src/main/resources/examples"

FORMAT = "iam-modeller/1"
REGION = "us-east-1"

KIND_ORDER = ["root", "organizationalUnit", "account", "user", "group", "role", "managedPolicy",
              "inlinePolicy", "identityProvider", "service", "resource", "compute", "organizationPolicy"]
RELATION_ORDER = ["memberOf", "attachedTo", "boundaryOf", "runsAs", "appliesTo"]
FRAME_KINDS = {"root", "account", "organizationalUnit"}

# AWS service nodes: prefix -> (name as the service authorization reference gives it, service principal).
SERVICES = {
    "account": ("AWS Account Management", "account.amazonaws.com"),
    "cloudwatch": ("Amazon CloudWatch", "monitoring.amazonaws.com"),
    "ec2": ("Amazon EC2", "ec2.amazonaws.com"),
    "iam": ("AWS Identity and Access Management (IAM)", "iam.amazonaws.com"),
    "lambda": ("AWS Lambda", "lambda.amazonaws.com"),
    "organizations": ("AWS Organizations", "organizations.amazonaws.com"),
    "s3": ("Amazon S3", "s3.amazonaws.com"),
    "ssm": ("AWS Systems Manager", "ssm.amazonaws.com"),
    "sts": ("AWS Security Token Service", "sts.amazonaws.com"),
}

with gzip.open(CATALOG, "rt", encoding="utf-8") as _f:
    AWS_MANAGED = json.load(_f)

# ---------------------------------------------------------------------------------------------
# Policy documents


def policy(*statements):
    return {"Version": "2012-10-17", "Statement": list(statements)}


def stmt(effect, action=None, resource=None, sid=None, principal=None, condition=None, not_action=None):
    s = {}
    if sid:
        s["Sid"] = sid
    s["Effect"] = effect
    if principal is not None:
        s["Principal"] = principal
    if action is not None:
        s["Action"] = action
    if not_action is not None:
        s["NotAction"] = not_action
    if resource is not None:
        s["Resource"] = resource
    if condition is not None:
        s["Condition"] = condition
    return s


def allow(action, resource, sid=None, condition=None):
    return stmt("Allow", action, resource, sid=sid, condition=condition)


def trust_service(principal):
    return policy(stmt("Allow", "sts:AssumeRole", principal={"Service": principal}))


def trust_aws(arn, condition=None):
    return policy(stmt("Allow", "sts:AssumeRole", principal={"AWS": arn}, condition=condition))


# ---------------------------------------------------------------------------------------------
# Entities, with their fields in the order ModelFile writes them (null fields left out): the format's
# table order, except that a role's trustPolicy and a managed policy's versions come last.


def _drop_nulls(d):
    return {k: v for k, v in d.items() if v is not None}


def root(id_, name):
    return {"kind": "root", "id": id_, "name": name}


def ou(id_, name, parent):
    return {"kind": "organizationalUnit", "id": id_, "name": name, "parent": parent}


def account(account_id, name, parent=None, management=False):
    return _drop_nulls({"kind": "account", "id": "acct-" + account_id, "name": name, "accountId": account_id,
                        "parent": parent, "management": management})


def user(id_, acct, name=None, path="/", access_keys=False, console_password=False, tags=None):
    return {"kind": "user", "id": id_, "name": name or id_, "account": acct, "path": path,
            "accessKeys": access_keys, "consolePassword": console_password, "tags": tags or {}}


def group(id_, acct, name=None, path="/"):
    return {"kind": "group", "id": id_, "name": name or id_, "account": acct, "path": path}


def role(id_, acct, trust, name=None, path="/", max_session_hours=1, description="", tags=None):
    return {"kind": "role", "id": id_, "name": name or id_, "account": acct, "path": path,
            "maxSessionHours": max_session_hours, "description": description, "tags": tags or {}, "trustPolicy": trust}


def aws_managed(name):
    """An AWS managed policy exactly as the catalogue holds it: its real document and version id."""
    entry = AWS_MANAGED[name]
    arn = entry["arn"]
    prefix = "arn:aws:iam::aws:policy"
    if not arn.startswith(prefix) or not arn.endswith("/" + name):
        sys.exit(f"unexpected ARN {arn} for {name}")
    path = arn[len(prefix):-len(name)]
    return {"kind": "managedPolicy", "id": name, "name": name, "path": path, "description": "",
            "defaultVersion": entry["versionId"],
            "versions": [{"versionId": entry["versionId"], "document": entry["document"]}]}


def customer_managed(id_, acct, document, name=None, path="/", description=""):
    return {"kind": "managedPolicy", "id": id_, "name": name or id_, "account": acct, "path": path,
            "description": description, "defaultVersion": "v1",
            "versions": [{"versionId": "v1", "document": document}]}


def inline(owner, name, document):
    return {"kind": "inlinePolicy", "id": owner + "/" + name, "name": name, "owner": owner, "document": document}


def identity_provider(id_, acct, type_, name=None):
    return {"kind": "identityProvider", "id": id_, "name": name or id_, "account": acct, "type": type_}


def service(prefix):
    name, principal = SERVICES[prefix]
    return {"kind": "service", "id": prefix, "name": name, "prefix": prefix, "principal": principal}


def bucket(id_, acct, bucket_policy=None):
    return _drop_nulls({"kind": "resource", "id": id_, "name": id_, "account": acct, "type": "s3:bucket",
                        "arn": "arn:aws:s3:::" + id_, "policy": bucket_policy})


def lambda_function(id_, acct):
    return {"kind": "compute", "id": id_, "name": id_, "account": acct, "type": "lambdaFunction",
            "arn": f"arn:aws:lambda:{REGION}:{acct}:function:{id_}"}


def ec2_instance(id_, acct, instance_id, instance_profile):
    return {"kind": "compute", "id": id_, "name": id_, "account": acct, "type": "ec2Instance",
            "arn": f"arn:aws:ec2:{REGION}:{acct}:instance/{instance_id}", "instanceProfile": instance_profile}


def scp(id_, name, document):
    return {"kind": "organizationPolicy", "id": id_, "name": name, "type": "SCP", "document": document}


def rel(kind, from_, to):
    return {"kind": kind, "from": from_, "to": to}


# ---------------------------------------------------------------------------------------------
# Layout. Positions are the top-left corner of a node; nodes are assumed at most NODE_W x NODE_H.

NODE_W, NODE_H = 180, 56
COL, ROW = 220, 96
PAD_X, PAD_TOP, PAD_BOTTOM = 40, 56, 32


class Layout:
    def __init__(self):
        self.nodes = {}
        self.frames = {}

    def node(self, id_, x, y):
        self.nodes[id_] = {"x": int(x), "y": int(y)}

    def frame(self, id_, x, y, w, h):
        self.frames[id_] = {"x": int(x), "y": int(y), "width": int(w), "height": int(h)}

    def block(self, frame_id, x, y, columns):
        """An account frame at (x, y) whose nodes stand in columns (left to right, top to bottom;
        None keeps a slot empty). Returns the frame's width and height."""
        for ci, column in enumerate(columns):
            for ri, nid in enumerate(column):
                if nid is not None:
                    self.node(nid, x + PAD_X + ci * COL, y + PAD_TOP + ri * ROW)
        rows = max(len(c) for c in columns)
        w = 2 * PAD_X + (len(columns) - 1) * COL + NODE_W
        h = PAD_TOP + (rows - 1) * ROW + NODE_H + PAD_BOTTOM
        self.frame(frame_id, x, y, w, h)
        return w, h

    def column(self, ids, x, y):
        for i, nid in enumerate(ids):
            self.node(nid, x, y + i * ROW)

    def right_edge(self):
        return max(f["x"] + f["width"] for f in self.frames.values())

    def to_json(self):
        return {"nodes": dict(sorted(self.nodes.items())), "frames": dict(sorted(self.frames.items()))}


# ---------------------------------------------------------------------------------------------
# A model


def model(title, description, entities, relations, layout):
    ids = [e["id"] for e in entities]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        sys.exit(f"{title}: duplicate ids {sorted(dupes)}")
    entities = sorted(entities, key=lambda e: (KIND_ORDER.index(e["kind"]), e["id"]))
    relations = sorted(relations, key=lambda r: (RELATION_ORDER.index(r["kind"]), r["from"], r["to"]))
    m = {"format": FORMAT, "title": title, "description": description, "entities": entities,
         "relations": relations, "layout": layout.to_json()}
    check(m)
    return m


def _box(p):
    return (p["x"], p["y"], p["x"] + NODE_W, p["y"] + NODE_H)


def _inside(box, f, margin=0):
    return (f["x"] + margin <= box[0] and f["y"] + margin <= box[1]
            and box[2] <= f["x"] + f["width"] - margin and box[3] <= f["y"] + f["height"] - margin)


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check(m):
    """What the format requires and what a readable drawing needs: every node placed, nodes apart,
    each node of an account inside that account's frame, services outside every frame."""
    title = m["title"]
    by_id = {e["id"]: e for e in m["entities"]}
    nodes, frames = m["layout"]["nodes"], m["layout"]["frames"]
    problems = []
    for e in m["entities"]:
        if e["kind"] in FRAME_KINDS:
            if e["id"] not in frames:
                problems.append(f"no frame for {e['id']}")
        elif e["id"] not in nodes:
            problems.append(f"no position for {e['id']}")
    for key in list(nodes) + list(frames):
        if key not in by_id:
            problems.append(f"layout names unknown id {key}")
    accounts = {e["accountId"]: e["id"] for e in m["entities"] if e["kind"] == "account"}
    for e in m["entities"]:
        for field in ("account",):
            if field in e and e[field] not in accounts:
                problems.append(f"{e['id']}: no account entity {e[field]}")
        for field in ("parent", "owner"):
            if field in e and e[field] not in by_id:
                problems.append(f"{e['id']}: {field} {e[field]} does not exist")
    for r in m["relations"]:
        for end in ("from", "to"):
            if r[end] not in by_id:
                problems.append(f"relation {r} names unknown {r[end]}")
    ids = sorted(nodes)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if _overlap(_box(nodes[a]), _box(nodes[b])):
                problems.append(f"nodes {a} and {b} overlap")
    for nid, p in nodes.items():
        e = by_id.get(nid)
        if e is None:
            continue
        acct = e.get("account")
        if e["kind"] == "inlinePolicy":
            acct = by_id[e["owner"]].get("account")
        if acct is not None:
            if not _inside(_box(p), frames[accounts[acct]], 8):
                problems.append(f"{nid} is drawn outside the frame of account {acct}")
            for fid, f in frames.items():
                if by_id[fid]["kind"] == "account" and fid != accounts[acct] and _overlap(_box(p), _inside_box(f)):
                    problems.append(f"{nid} is drawn over the frame of {fid}")
        elif e["kind"] in ("service", "organizationPolicy"):
            for fid, f in frames.items():
                if e["kind"] == "organizationPolicy" and by_id[fid]["kind"] != "account":
                    continue  # an SCP may stand inside the organization or a unit, never over an account
                if _overlap(_box(p), _inside_box(f)):
                    problems.append(f"{nid} is drawn over the frame of {fid}")
    for e in m["entities"]:
        if e["kind"] in FRAME_KINDS and e.get("parent") in frames:
            f, parent = frames[e["id"]], frames[e["parent"]]
            if not _inside((f["x"], f["y"], f["x"] + f["width"], f["y"] + f["height"]), parent, 8):
                problems.append(f"frame {e['id']} is not inside the frame of {e['parent']}")
    fids = sorted(frames)
    for i, a in enumerate(fids):
        for b in fids[i + 1:]:
            fa, fb = frames[a], frames[b]
            if _encloses(by_id, a, b) or _encloses(by_id, b, a):
                continue
            if _overlap(_inside_box(fa), _inside_box(fb)):
                problems.append(f"frames {a} and {b} overlap")
    if problems:
        sys.exit(title + ":\n  " + "\n  ".join(problems))


def _encloses(by_id, outer, inner):
    """True when frame `outer` is `inner`'s parent, or its parent's parent, and so on."""
    parent = by_id[inner].get("parent")
    while parent is not None:
        if parent == outer:
            return True
        parent = by_id[parent].get("parent") if parent in by_id else None
    return False


def _inside_box(f):
    return (f["x"], f["y"], f["x"] + f["width"], f["y"] + f["height"])


def services_column(layout, prefixes, y=0):
    """The AWS services a scenario talks about, in a column right of every frame (they belong to no account)."""
    x = layout.right_edge() + 80
    layout.column(prefixes, x, y + PAD_TOP)
    return [service(p) for p in prefixes]


# ---------------------------------------------------------------------------------------------
# The scenarios (docs: the design notes' SCENARIOS.md). Account 111111111111 is "main" throughout.

MAIN = "111111111111"


def s01():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["AmazonS3FullAccess", "AWSLambda_FullAccess"],
        ["dev"],
        ["alice"],
        [None, "report-fn"],
        [None, "report-logger"],
        [None, "CloudWatchFullAccess"],
    ])
    entities = [
        account(MAIN, "main"),
        user("alice", MAIN),
        group("dev", MAIN),
        role("report-logger", MAIN, trust_service("lambda.amazonaws.com"),
             description="Execution role of report-fn: writes its metrics and logs"),
        aws_managed("AmazonS3FullAccess"),
        aws_managed("AWSLambda_FullAccess"),
        aws_managed("CloudWatchFullAccess"),
        lambda_function("report-fn", MAIN),
    ] + services_column(lay, ["cloudwatch", "lambda", "s3"])
    relations = [
        rel("memberOf", "alice", "dev"),
        rel("attachedTo", "AmazonS3FullAccess", "dev"),
        rel("attachedTo", "AWSLambda_FullAccess", "dev"),
        rel("attachedTo", "CloudWatchFullAccess", "report-logger"),
        rel("runsAs", "report-fn", "report-logger"),
    ]
    return model(
        "Group permissions versus a service role",
        "What a group grants its members, and why a user cannot become a service role: alice gets S3 and "
        "Lambda from group dev, cannot assume report-logger (it trusts only the Lambda service), yet reaches "
        "CloudWatch indirectly by changing the code of report-fn, and may pass any Lambda-trusting role to "
        "a new function.",
        entities, relations, lay)


MGMT, DEV, PROD = "100000000000", "222222222222", "333333333333"
ORG_ROLE = "OrganizationAccountAccessRole"


def s02(assume_any):
    lay = Layout()
    lay.node("p-FullAWSAccess", 780, 0)
    mw, mh = lay.block("acct-" + MGMT, 0, 136, [["dev-admins/" + ("assume-any-role" if assume_any else
                                                                  "assume-dev-admin-role")],
                                                ["dev-admins"], ["bob"]])
    ou_x = mw + 80
    inner = 24
    ou_h = 0
    for i, (ou_id, acct, name) in enumerate([("ou-dev", DEV, "dev"), ("ou-prod", PROD, "prod")]):
        oy = 136 + i * 256
        aw, ah = lay.block("acct-" + acct, ou_x + inner, oy + 48, [[name + "/" + ORG_ROLE]])
        lay.frame(ou_id, ou_x, oy, aw + 2 * inner, ah + 48 + inner)
        ou_h = oy + ah + 48 + inner
    lay.node("prod-read-only", ou_x - 80 - NODE_W - 40, 136 + 256 + 48 + PAD_TOP)
    ou_right = max(f["x"] + f["width"] for k, f in lay.frames.items() if k.startswith("ou-"))
    lay.frame("r-ab12", -inner, 88, ou_right + 2 * inner, max(ou_h, 136 + mh) + inner - 88)
    lay.node("AdministratorAccess", lay.right_edge() + 80, (136 + ou_h) // 2 - NODE_H // 2)

    if assume_any:
        bob_policy = inline("dev-admins", "assume-any-role",
                            policy(allow("sts:AssumeRole", "*", sid="AssumeAnyRole")))
    else:
        bob_policy = inline("dev-admins", "assume-dev-admin-role",
                            policy(allow("sts:AssumeRole", f"arn:aws:iam::{DEV}:role/{ORG_ROLE}",
                                         sid="AssumeDevAccountAdminRole")))
    org_role_trust = trust_aws(f"arn:aws:iam::{MGMT}:root")
    entities = [
        root("r-ab12", "Root"),
        ou("ou-dev", "Development", "r-ab12"),
        ou("ou-prod", "Production", "r-ab12"),
        account(MGMT, "management", parent="r-ab12", management=True),
        account(DEV, "dev", parent="ou-dev"),
        account(PROD, "prod", parent="ou-prod"),
        user("bob", MGMT),
        group("dev-admins", MGMT),
        role("dev/" + ORG_ROLE, DEV, org_role_trust, name=ORG_ROLE,
             description="Created by AWS Organizations with the account: full access for the management account"),
        role("prod/" + ORG_ROLE, PROD, org_role_trust, name=ORG_ROLE,
             description="Created by AWS Organizations with the account: full access for the management account"),
        aws_managed("AdministratorAccess"),
        bob_policy,
        scp("p-FullAWSAccess", "FullAWSAccess", policy(stmt("Allow", "*", "*"))),
        scp("prod-read-only", "prod-read-only",
            policy(stmt("Deny", not_action=["*:Describe*", "*:Get*", "*:List*"], resource="*",
                        sid="DenyAllButReadActions"))),
    ]
    relations = [
        rel("memberOf", "bob", "dev-admins"),
        rel("attachedTo", "AdministratorAccess", "dev/" + ORG_ROLE),
        rel("attachedTo", "AdministratorAccess", "prod/" + ORG_ROLE),
        rel("appliesTo", "prod-read-only", "ou-prod"),
    ] + [rel("appliesTo", "p-FullAWSAccess", t) for t in
         ["r-ab12", "ou-dev", "ou-prod", "acct-" + MGMT, "acct-" + DEV, "acct-" + PROD]]
    if assume_any:
        return model(
            "Administrator access to member accounts: assume any role",
            "The same organization after group dev-admins is changed to allow sts:AssumeRole on every role: "
            "bob now reaches prod through its OrganizationAccountAccessRole, but only with read actions, "
            "because the SCP on the Production unit caps the role (an SCP never grants, it only limits).",
            entities, relations, lay)
    return model(
        "Administrator access to chosen member accounts of an organization",
        "Each member account holds OrganizationAccountAccessRole, trusting the management account. Group "
        "dev-admins may assume only the dev account's one, so bob reaches every action in dev and nothing in "
        "prod (its trust would let him; his own policy does not). An SCP limits the Production unit to read "
        "actions; SCPs never apply to the management account.",
        entities, relations, lay)


def s03(pass_any):
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["freelancer/freelance-lambda"],
        ["freelancer"],
        ["freelance-x", "billing"],
        ["freelance-exec-reports", "deploy-admin"],
        ["freelance-exec-reports/read-reports", "AdministratorAccess"],
        ["reports"],
    ])
    pass_resource = "*" if pass_any else f"arn:aws:iam::{MAIN}:role/freelance-exec-*"
    entities = [
        account(MAIN, "main"),
        user("freelancer", MAIN),
        role("freelance-exec-reports", MAIN, trust_service("lambda.amazonaws.com"),
             description="Execution role for the freelancer's functions: reads bucket reports"),
        role("deploy-admin", MAIN, trust_service("lambda.amazonaws.com"),
             description="Execution role of the deployment functions: administrator"),
        aws_managed("AdministratorAccess"),
        inline("freelancer", "freelance-lambda", policy(
            allow("lambda:*", f"arn:aws:lambda:*:{MAIN}:function:freelance-*", sid="FreelanceFunctions"),
            allow("iam:PassRole", pass_resource, sid="PassExecutionRolesToLambda",
                  condition={"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}))),
        inline("freelance-exec-reports", "read-reports", policy(
            allow("s3:ListBucket", "arn:aws:s3:::reports", sid="ListReports"),
            allow("s3:GetObject", "arn:aws:s3:::reports/*", sid="ReadReports"))),
        bucket("reports", MAIN),
        lambda_function("billing", MAIN),
        lambda_function("freelance-x", MAIN),
    ] + services_column(lay, ["lambda", "s3"])
    relations = [
        rel("attachedTo", "AdministratorAccess", "deploy-admin"),
        rel("runsAs", "billing", "deploy-admin"),
        rel("runsAs", "freelance-x", "freelance-exec-reports"),
    ]
    if pass_any:
        return model(
            "A freelancer who may pass any role to Lambda",
            "The freelancer's iam:PassRole now names every role: by creating a freelance-* function with "
            "deploy-admin as its execution role the freelancer escalates to administrator. This is the "
            "risk a reviewer must see.",
            entities, relations, lay)
    return model(
        "A freelancer who may test, debug and deploy some Lambda functions",
        "The freelancer may use lambda:* on functions named freelance-* and pass only freelance-exec-* roles "
        "to Lambda: so bucket reports is reachable indirectly, function billing is out of reach, and there "
        "is no path to deploy-admin.",
        entities, relations, lay)


VENDOR = "444444444444"


def s04(bucket_policy):
    lay = Layout()
    vendor_cols = [["vendor-engineer/assume-vendor-access"], ["vendor-engineer"]]
    if bucket_policy:
        vendor_cols = [["vendor-engineer/assume-vendor-access", "vendor-analyst/read-exports"],
                       ["vendor-engineer", "vendor-analyst"]]
    vw, vh = lay.block("acct-" + VENDOR, 0, 0, vendor_cols)
    lay.block("acct-" + MAIN, vw + 80, 0, [
        ["vendor-keys/read-exports-from-vendor-network", None],
        ["vendor-keys", "vendor-access"],
        [None, "vendor-access/read-exports"],
        ["exports"],
    ])
    exports_policy = None
    if bucket_policy:
        exports_policy = policy(stmt("Allow", "s3:GetObject", f"arn:aws:s3:::exports/*", sid="VendorAccountReadsExports",
                                     principal={"AWS": f"arn:aws:iam::{VENDOR}:root"}))
    entities = [
        account(MAIN, "main"),
        account(VENDOR, "vendor"),
        user("vendor-keys", MAIN, access_keys=True),
        user("vendor-engineer", VENDOR),
        role("vendor-access", MAIN,
             trust_aws(f"arn:aws:iam::{VENDOR}:root",
                       condition={"StringEquals": {"sts:ExternalId": "vendor-7781"}}),
             description="Assumed by the vendor's account with the external id agreed with it"),
        inline("vendor-access", "read-exports", policy(
            allow("s3:GetObject", "arn:aws:s3:::exports/*", sid="ReadExports"))),
        inline("vendor-keys", "read-exports-from-vendor-network", policy(
            allow("s3:GetObject", "arn:aws:s3:::exports/*", sid="ReadExportsFromVendorNetwork",
                  condition={"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}))),
        inline("vendor-engineer", "assume-vendor-access", policy(
            allow("sts:AssumeRole", f"arn:aws:iam::{MAIN}:role/vendor-access", sid="AssumeCustomerRole"))),
        bucket("exports", MAIN, exports_policy),
    ]
    services = ["s3", "sts"]
    if bucket_policy:
        entities += [
            user("vendor-analyst", VENDOR),
            inline("vendor-analyst", "read-exports", policy(
                allow("s3:GetObject", "arn:aws:s3:::exports/*", sid="ReadCustomerExports"))),
        ]
    entities += services_column(lay, services)
    if bucket_policy:
        return model(
            "A third party reads through a bucket policy",
            "The bucket policy of exports now names the vendor's account directly. Across accounts both sides "
            "must allow: vendor-analyst, whose own policy allows s3:GetObject on exports, reads it; "
            "vendor-engineer, whose policy allows only assuming vendor-access, still needs that role.",
            entities, [], lay)
    return model(
        "Giving a third party access: a role with an external id versus shared keys",
        "Two ways to let a vendor read bucket exports: role vendor-access, which the vendor's account may "
        "assume only with external id vendor-7781, and user vendor-keys, whose long-lived access keys work "
        "only from the vendor's network (a finding: long-lived keys handed to a third party).",
        entities, [], lay)


def s05():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["data-team/team-data-read-write", "erin/team-data-read-write"],
        ["data-team", None],
        ["frank", "erin"],
        ["auditor", "data-cleanup"],
        ["AmazonS3ReadOnlyAccess", "data-cleanup/delete-team-data"],
        [None, "team-data"],
    ])
    read_write = [
        allow("s3:ListBucket", "arn:aws:s3:::team-data", sid="ListTeamData"),
        allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::team-data/*", sid="ReadWriteTeamData"),
    ]
    entities = [
        account(MAIN, "main"),
        user("erin", MAIN),
        user("frank", MAIN),
        group("data-team", MAIN),
        role("auditor", MAIN, trust_aws(f"arn:aws:iam::{MAIN}:user/frank"),
             description="Trusts user frank by name: he may assume it without a policy of his own"),
        role("data-cleanup", MAIN, trust_aws(f"arn:aws:iam::{MAIN}:root"),
             description="Trusts the account: a user also needs sts:AssumeRole on it in their own policies"),
        aws_managed("AmazonS3ReadOnlyAccess"),
        inline("data-cleanup", "delete-team-data", policy(
            allow("s3:DeleteObject", "arn:aws:s3:::team-data/*", sid="DeleteTeamData"))),
        inline("data-team", "team-data-read-write", policy(*read_write)),
        inline("erin", "team-data-read-write", policy(
            *read_write, allow("sts:AssumeRole", f"arn:aws:iam::{MAIN}:role/data-cleanup", sid="AssumeDataCleanup"))),
        bucket("team-data", MAIN),
    ] + services_column(lay, ["s3", "sts"])
    relations = [
        rel("memberOf", "frank", "data-team"),
        rel("attachedTo", "AmazonS3ReadOnlyAccess", "auditor"),
    ]
    return model(
        "Roles are not groups",
        "Users join groups; roles are assumed, not joined, and groups do not nest. frank reads and writes "
        "bucket team-data through his group, erin through her own policy. erin may assume data-cleanup "
        "(it trusts the account and her policy allows it); frank may assume auditor (it names him). A role "
        "session replaces the user's permissions, it never adds to them.",
        entities, relations, lay)


def s06():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["AdministratorAccess", "contractors/deny-iam-and-organizations"],
        ["admins", "contractors"],
        [None, None],
    ])
    lay.node("carol", lay.nodes["admins"]["x"] + COL, (lay.nodes["admins"]["y"] + lay.nodes["contractors"]["y"]) // 2)
    entities = [
        account(MAIN, "main"),
        user("carol", MAIN),
        group("admins", MAIN),
        group("contractors", MAIN),
        aws_managed("AdministratorAccess"),
        inline("contractors", "deny-iam-and-organizations", policy(
            stmt("Deny", ["iam:*", "organizations:*"], "*", sid="ContractorsNeverChangeIdentityOrOrganization"))),
    ] + services_column(lay, ["ec2", "iam", "organizations"])
    relations = [
        rel("memberOf", "carol", "admins"),
        rel("memberOf", "carol", "contractors"),
        rel("attachedTo", "AdministratorAccess", "admins"),
    ]
    return model(
        "A deny on a group is a boundary for its members",
        "carol is in admins (AdministratorAccess) and in contractors, whose policy denies iam:* and "
        "organizations:*. An explicit deny wins over any allow: carol may use EC2 but not create IAM users.",
        entities, relations, lay)


def s07(fixed):
    lay = Layout()
    boundary_arn = f"arn:aws:iam::{MAIN}:policy/customer-boundary"
    lay.block("acct-" + MAIN, 0, 0, [
        ["onboard-dev/deploy-onboard-fn"],
        ["onboard-dev"],
        ["onboard-fn"],
        ["provisioner"],
        ["provisioner/onboard-customers"] + (["customer-boundary"] if fixed else []),
    ])
    create_buckets = allow("s3:CreateBucket", "arn:aws:s3:::customer-*", sid="CreateCustomerBuckets")
    users_arn = f"arn:aws:iam::{MAIN}:user/customer-*"
    if fixed:
        onboard = policy(
            create_buckets,
            allow(["iam:CreateUser", "iam:PutUserPolicy"], users_arn, sid="CreateCustomerUsersWithBoundary",
                  condition={"StringEquals": {"iam:PermissionsBoundary": boundary_arn}}),
            allow("iam:CreateAccessKey", users_arn, sid="CreateCustomerAccessKeys"))
    else:
        onboard = policy(
            create_buckets,
            allow(["iam:CreateUser", "iam:PutUserPolicy", "iam:CreateAccessKey"], users_arn, sid="CreateCustomerUsers"))
    entities = [
        account(MAIN, "main"),
        user("onboard-dev", MAIN),
        role("provisioner", MAIN, trust_service("lambda.amazonaws.com"),
             description="Execution role of onboard-fn: creates each customer's bucket and user"),
        inline("onboard-dev", "deploy-onboard-fn", policy(
            allow(["lambda:GetFunction", "lambda:UpdateFunctionCode"],
                  f"arn:aws:lambda:{REGION}:{MAIN}:function:onboard-fn", sid="DeployOnboardFn"))),
        inline("provisioner", "onboard-customers", onboard),
        lambda_function("onboard-fn", MAIN),
    ]
    if fixed:
        entities.append(customer_managed("customer-boundary", MAIN, policy(
            allow(["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
                  ["arn:aws:s3:::customer-*", "arn:aws:s3:::customer-*/*"], sid="CustomerBucketsOnly")),
            description="The permissions boundary of every customer user: their buckets, nothing else"))
    entities += services_column(lay, ["iam", "lambda", "s3"])
    relations = [rel("runsAs", "onboard-fn", "provisioner")]
    if fixed:
        return model(
            "Automated provisioning, with a permissions boundary",
            "The fix: provisioner may create and write the policy of a customer-* user only with the "
            "permissions boundary customer-boundary (iam:PermissionsBoundary), so every user it creates is "
            "capped at reading and writing customer-* buckets. No admin path remains.",
            entities, relations, lay)
    return model(
        "Automated provisioning of customer buckets and users",
        "provisioner (the role of onboard-fn) may create customer-* users, write their inline policies and "
        "create their access keys: an escalation to every action in three steps. Whoever can change the code "
        "of onboard-fn, such as onboard-dev, inherits that path.",
        entities, relations, lay)


def s08():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["staff/home-folder"],
        ["staff"],
        ["alice", "dave"],
        ["shared-home"],
    ])
    entities = [
        account(MAIN, "main"),
        user("alice", MAIN),
        user("dave", MAIN),
        group("staff", MAIN),
        inline("staff", "home-folder", policy(
            allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::shared-home/home/${aws:username}/*",
                  sid="OwnHomeFolderObjects"),
            allow("s3:ListBucket", "arn:aws:s3:::shared-home", sid="ListOwnHomeFolder",
                  condition={"StringLike": {"s3:prefix": "home/${aws:username}/*"}}))),
        bucket("shared-home", MAIN),
    ] + services_column(lay, ["s3"])
    relations = [rel("memberOf", "alice", "staff"), rel("memberOf", "dave", "staff")]
    return model(
        "Per-user folders with a policy variable",
        "One group policy gives every member a folder of their own in bucket shared-home: ${aws:username} "
        "becomes the caller's user name, so alice reads home/alice/ and not home/dave/.",
        entities, relations, lay)


def s09():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["corp-idp"],
        ["idp-developers"],
        ["PowerUserAccess"],
    ])
    entities = [
        account(MAIN, "main"),
        role("idp-developers", MAIN, policy(stmt(
            "Allow", "sts:AssumeRoleWithSAML",
            principal={"Federated": f"arn:aws:iam::{MAIN}:saml-provider/corp-idp"},
            condition={"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}})),
             max_session_hours=8,
             description="Developers signing in through the corporate directory"),
        aws_managed("PowerUserAccess"),
        identity_provider("corp-idp", MAIN, "SAML"),
    ] + services_column(lay, ["account", "iam", "organizations", "s3"])
    relations = [rel("attachedTo", "PowerUserAccess", "idp-developers")]
    return model(
        "Federated users from a corporate directory",
        "Users of the SAML identity provider corp-idp sign in as role idp-developers (when the SAML audience "
        "is the AWS sign-in page) for up to its maximum session duration, and get PowerUserAccess: every "
        "action but those of IAM, Organizations and Account Management, of which it gives back a few.",
        entities, relations, lay)


def s10():
    lay = Layout()
    lay.block("acct-" + MAIN, 0, 0, [
        ["deployer/launch-web-instances", "operator/session-on-web-1"],
        ["deployer", "operator"],
        [None, "web-1"],
        [None, "web-role"],
        ["web-role/read-assets", None],
        [None, "assets"],
    ])
    instance_id = "i-0a1b2c3d4e5f60718"
    entities = [
        account(MAIN, "main"),
        user("deployer", MAIN),
        user("operator", MAIN),
        role("web-role", MAIN, trust_service("ec2.amazonaws.com"),
             description="The role of instance profile web-profile: reads bucket assets"),
        inline("deployer", "launch-web-instances", policy(
            allow("ec2:RunInstances", "*", sid="LaunchInstances"),
            allow("iam:PassRole", f"arn:aws:iam::{MAIN}:role/web-role", sid="PassWebRole"))),
        inline("operator", "session-on-web-1", policy(
            allow("ssm:StartSession", f"arn:aws:ec2:{REGION}:{MAIN}:instance/{instance_id}", sid="SessionOnWeb1"))),
        inline("web-role", "read-assets", policy(
            allow("s3:ListBucket", "arn:aws:s3:::assets", sid="ListAssets"),
            allow("s3:GetObject", "arn:aws:s3:::assets/*", sid="ReadAssets"))),
        bucket("assets", MAIN),
        ec2_instance("web-1", MAIN, instance_id, "web-profile"),
    ] + services_column(lay, ["ec2", "s3", "ssm"])
    relations = [rel("runsAs", "web-1", "web-role")]
    return model(
        "Compute that acts with a role",
        "EC2 instance web-1 acts with web-role through instance profile web-profile. Neither user may read "
        "bucket assets, yet both reach it: deployer by launching an instance with web-role, operator by "
        "opening a session on web-1.",
        entities, relations, lay)


EXAMPLES = [
    ("01-group-vs-service-role.iam.json", s01),
    ("02-organization-admin-access.iam.json", lambda: s02(False)),
    ("02b-organization-assume-any-role.iam.json", lambda: s02(True)),
    ("03-freelancer-lambda.iam.json", lambda: s03(False)),
    ("03b-freelancer-pass-any-role.iam.json", lambda: s03(True)),
    ("04-third-party-access.iam.json", lambda: s04(False)),
    ("04b-third-party-bucket-policy.iam.json", lambda: s04(True)),
    ("05-roles-are-not-groups.iam.json", s05),
    ("06-group-deny-boundary.iam.json", s06),
    ("07-provisioning-escalation.iam.json", lambda: s07(False)),
    ("07b-provisioning-with-boundary.iam.json", lambda: s07(True)),
    ("08-per-user-folders.iam.json", s08),
    ("09-federated-saml.iam.json", s09),
    ("10-compute-acts-with-a-role.iam.json", s10),
]


def dumps(value):
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for file, build in EXAMPLES:
        m = build()
        (OUT / file).write_text(dumps(m), encoding="utf-8")
        index.append({"file": file, "title": m["title"], "description": m["description"]})
    (OUT / "index.json").write_text(dumps(index), encoding="utf-8")
    stale = {p.name for p in OUT.glob("*.iam.json")} - {f for f, _ in EXAMPLES}
    for name in sorted(stale):
        print(f"note: {name} is not an example any more", file=sys.stderr)
    print(f"wrote {len(EXAMPLES)} examples and index.json to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
