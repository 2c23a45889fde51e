#!/usr/bin/env python3
"""Writes varied random requests for `bench simulate`, one JSON object per line (issue 15).

Every request has its own principal, action, resource, context and policies: identity policies with
conditions of several operators, policy variables, wildcards in actions and resources, NotAction and
NotResource; a permissions boundary on some, a resource policy on some (always a key policy for KMS and a
trust policy for sts:AssumeRole), SCP and RCP levels on some, cross-account calls on some. Seeded: the
same seed and count always give the same file.

    python3 scripts/bench/varied-requests.py --count 4000 --seed 15 > /tmp/varied-4000.jsonl

Actions and resource ARNs are real ones (each ARN is of the one resource type its action takes), and
the conditions use global condition keys, so that the peer in scripts/bench/peer/ (which checks both
against its own catalogue) evaluates every request instead of refusing it.
"""
import argparse
import json
import random

HOME = "111111111111"
OTHER = "222222222222"
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
WORDS = ["alpha", "bravo", "delta", "echo", "falcon", "gamma", "harbor", "indigo", "juniper", "kilo",
         "lima", "metro", "nova", "orbit", "pixel", "quartz", "raven", "sierra", "tango", "umber"]
TEAMS = ["red", "blue", "green", "ops", "data", "web"]
ENVS = ["prod", "dev", "test", "stage"]


def word(rng):
    return rng.choice(WORDS) + "-" + str(rng.randrange(1000))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# service, actions, what the resource ARN looks like: (region, account, name) -> ARN
def s3_object(rng, region, account, name):
    return "arn:aws:s3:::" + name + "/" + rng.choice(["home/", "reports/", "logs/", ""]) + word(rng) + ".csv"


def s3_bucket(rng, region, account, name):
    return "arn:aws:s3:::" + name


def arn(service, layout):
    def make(rng, region, account, name):
        return "arn:aws:" + service + ":" + region + ":" + account + ":" + layout.format(name=name, rng=rng,
                                                                                          hex8=hexid(rng, 8),
                                                                                          hex17=hexid(rng, 17))
    return make


def iam_arn(kind):
    def make(rng, region, account, name):
        return "arn:aws:iam::" + account + ":" + kind + "/" + name
    return make


SERVICES = [
    ("s3", ["GetObject", "PutObject", "DeleteObject", "GetObjectTagging"], s3_object, "object"),
    ("s3", ["ListBucket", "GetBucketPolicy"], s3_bucket, "bucket"),
    ("dynamodb", ["GetItem", "PutItem", "Query", "DeleteItem", "UpdateItem"], arn("dynamodb", "table/{name}"), "table"),
    ("sqs", ["SendMessage", "ReceiveMessage", "DeleteMessage"], arn("sqs", "{name}"), "queue"),
    ("sns", ["Publish", "Subscribe"], arn("sns", "{name}"), "topic"),
    ("lambda", ["InvokeFunction", "UpdateFunctionCode", "GetFunction"], arn("lambda", "function:{name}"), "function"),
    ("kms", ["Decrypt", "Encrypt", "GenerateDataKey"], arn("kms", "key/{hex8}-0000-4000-8000-{hex8}abcd"), "key"),
    ("secretsmanager", ["GetSecretValue", "DescribeSecret"], arn("secretsmanager", "secret:{name}-AbCdEf"), "secret"),
    ("ec2", ["StartInstances", "StopInstances", "TerminateInstances"], arn("ec2", "instance/i-{hex17}"), "instance"),
    ("iam", ["GetUser", "DeleteUser", "CreateAccessKey"], iam_arn("user"), "user"),
    ("iam", ["PassRole", "GetRole"], iam_arn("role"), "role"),
    ("ssm", ["GetParameter", "PutParameter"], arn("ssm", "parameter/{name}"), "parameter"),
    ("sts", ["AssumeRole"], iam_arn("role"), "role"),
]


def principal(rng, account):
    kind = rng.random()
    name = word(rng)
    if kind < 0.45:
        path = rng.choice(["", "", "staff/", "contractors/" + rng.choice(TEAMS) + "/"])
        return "user", name, "arn:aws:iam::" + account + ":user/" + path + name
    if kind < 0.7:
        return "role", name, "arn:aws:iam::" + account + ":role/" + name
    return "session", name, "arn:aws:sts::" + account + ":assumed-role/" + name + "/" + word(rng)


def context(rng, kind):
    ctx = {}
    if rng.random() < 0.8:
        ctx["aws:SourceIp"] = rng.choice(["10.0." + str(rng.randrange(256)) + "." + str(rng.randrange(256)),
                                          "203.0.113." + str(rng.randrange(256)),
                                          "2001:db8::" + hexid(rng, 4)])
    if rng.random() < 0.7:
        ctx["aws:RequestedRegion"] = rng.choice(REGIONS)
    if rng.random() < 0.6:
        ctx["aws:MultiFactorAuthPresent"] = rng.choice(["true", "false"])
        ctx["aws:MultiFactorAuthAge"] = str(rng.randrange(7200))
    if rng.random() < 0.7:
        ctx["aws:CurrentTime"] = "2026-%02d-%02dT%02d:00:00Z" % (rng.randrange(1, 13), rng.randrange(1, 29),
                                                               rng.randrange(24))
    if rng.random() < 0.7:
        ctx["aws:SecureTransport"] = rng.choice(["true", "true", "false"])
    if rng.random() < 0.6:
        ctx["aws:PrincipalTag/team"] = rng.choice(TEAMS)
    if rng.random() < 0.4:
        ctx["aws:PrincipalTag/env"] = rng.choice(ENVS)
    if rng.random() < 0.5:
        ctx["aws:PrincipalOrgID"] = rng.choice(["o-abc123def4", "o-zzz999yyy8"])
    if rng.random() < 0.3:
        ctx["aws:PrincipalOrgPaths"] = ["o-abc123def4/r-ab12/ou-ab12-" + hexid(rng, 8) + "/"]
    return ctx


def action_pattern(rng, service, action):
    r = rng.random()
    if r < 0.35:
        return service + ":" + action
    if r < 0.5:
        return service + ":" + action[:rng.randrange(1, len(action))] + "*"
    if r < 0.6:
        return service + ":*" + action[rng.randrange(1, len(action)):]
    if r < 0.68:
        return service + ":*"
    if r < 0.74:
        return service + ":" + action[:-1] + "?"
    if r < 0.78:
        return "*"
    other = rng.choice(SERVICES)
    return other[0] + ":" + rng.choice(other[1]) + rng.choice(["", "*"])


def resource_pattern(rng, resource, kind):
    r = rng.random()
    if r < 0.25:
        return resource
    if r < 0.3:
        return "*"
    if r < 0.55:
        cut = rng.randrange(len(resource) // 2, len(resource))
        return resource[:cut] + "*"
    if r < 0.65:
        i = rng.randrange(len(resource) // 2, len(resource))
        return resource if resource[i] in ":/" else resource[:i] + "?" + resource[i + 1:]
    if r < 0.78 and kind == "user":
        return resource.rsplit("/", 1)[0] + "/${aws:username}"
    if r < 0.84:
        return resource.rsplit(":", 1)[0] + ":${aws:PrincipalTag/team, 'none'}-*"
    if r < 0.9:
        parts = resource.split(":")
        if len(parts) > 4 and parts[4]:
            parts[4] = "${aws:PrincipalAccount}"
        return ":".join(parts)
    return resource.replace(resource.split(":")[3] or "us-east-1", "*", 1) if resource.split(":")[3] else resource


def condition(rng):
    choices = [
        lambda: {"StringEquals": {"aws:PrincipalTag/team": rng.sample(TEAMS, rng.randrange(1, 3))}},
        lambda: {"StringLike": {"aws:RequestedRegion": rng.choice(["us-*", "eu-*", "*-2", "ap-*"])}},
        lambda: {"StringNotEquals": {"aws:PrincipalTag/env": rng.choice(ENVS)}},
        lambda: {"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": rng.choice(TEAMS).upper()}},
        lambda: {"StringEqualsIfExists": {"aws:PrincipalTag/env": rng.choice(ENVS)}},
        lambda: {"IpAddress": {"aws:SourceIp": rng.choice(["10.0.0.0/16", "203.0.113.0/24", "2001:db8::/32",
                                                           "10.0." + str(rng.randrange(256)) + ".0/24"])}},
        lambda: {"NotIpAddress": {"aws:SourceIp": ["198.51.100.0/24", "10.0.%d.0/24" % rng.randrange(256)]}},
        lambda: {"NumericLessThan": {"aws:MultiFactorAuthAge": str(rng.choice([600, 3600, 5400]))}},
        lambda: {"NumericGreaterThanEquals": {"aws:MultiFactorAuthAge": str(rng.randrange(3000))}},
        lambda: {"DateGreaterThan": {"aws:CurrentTime": "2026-%02d-01T00:00:00Z" % rng.randrange(1, 13)}},
        lambda: {"DateLessThan": {"aws:CurrentTime": "2026-%02d-15T00:00:00Z" % rng.randrange(1, 13)}},
        lambda: {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
        lambda: {"Bool": {"aws:SecureTransport": rng.choice(["true", "false"])}},
        lambda: {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}},
        lambda: {"Null": {"aws:PrincipalTag/team": rng.choice(["true", "false"])}},
        lambda: {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}},
        lambda: {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::" + HOME + ":" + rng.choice(["user", "role"]) + "/*"}},
        lambda: {"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::" + HOME + ":role/" + word(rng)}},
        lambda: {"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": ["o-abc123def4/r-ab12/ou-ab12-*/"]}},
        lambda: {"StringLike": {"aws:PrincipalTag/team": "${aws:PrincipalTag/env}*"}},
        lambda: {"StringEquals": {"aws:PrincipalAccount": "${aws:ResourceAccount}"}},
    ]
    block = {}
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        for operator, keys in rng.choice(choices)().items():
            block.setdefault(operator, {}).update(keys)
    return block


def statement(rng, service, action, resource, kind, effect=None, principal_element=None):
    s = {}
    if rng.random() < 0.5:
        s["Sid"] = "S" + hexid(rng, 6)
    s["Effect"] = effect or ("Deny" if rng.random() < 0.07 else "Allow")
    if principal_element is not None:
        s["Principal"] = principal_element
    actions = [action_pattern(rng, service, action) for _ in range(rng.choice([1, 1, 2, 3, 5]))]
    if rng.random() < 0.08:
        s["NotAction"] = [a for a in actions if a != "*"] or ["iam:*"]
    else:
        s["Action"] = actions[0] if len(actions) == 1 else actions
    resources = [resource_pattern(rng, resource, kind) for _ in range(rng.choice([1, 1, 2, 3]))]
    if rng.random() < 0.06:
        s["NotResource"] = [r for r in resources if r != "*"] or ["arn:aws:s3:::audit-*"]
    else:
        s["Resource"] = resources[0] if len(resources) == 1 else resources
    if rng.random() < 0.45:
        s["Condition"] = condition(rng)
    return s


def policy(rng, service, action, resource, kind, statements, principal_element=None, effect=None):
    return {"Version": "2012-10-17",
            "Statement": [statement(rng, service, action, resource, kind, effect, principal_element)
                          for _ in range(statements)]}


def resource_policy(rng, service, action, resource, kind, caller_arn, caller_account):
    who = rng.choice([{"AWS": caller_arn}, {"AWS": "arn:aws:iam::" + caller_account + ":root"},
                      {"AWS": caller_account}, "*", {"AWS": "arn:aws:iam::" + OTHER + ":root"}])
    return policy(rng, service, action, resource, kind, rng.randrange(1, 4), principal_element=who)


def organization_levels(rng, service, action, resource, kind, control):
    levels = []
    for depth in range(rng.randrange(1, 4)):
        policies = []
        if control == "scp":
            policies.append({"Version": "2012-10-17",
                             "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
                             if rng.random() < 0.85 else
                             [{"Effect": "Allow", "Action": [action_pattern(rng, service, action), "s3:*"],
                               "Resource": "*"}]})
        if rng.random() < 0.7:
            deny = policy(rng, service, action, resource, kind, rng.randrange(1, 3),
                          principal_element="*" if control == "rcp" else None, effect="Deny")
            for s in deny["Statement"]:
                s.setdefault("Condition", condition(rng))
                if control == "rcp":  # RCPs take neither NotAction nor "Action": "*"
                    listed = s.pop("NotAction", None) or s.pop("Action")
                    listed = [a for a in ([listed] if isinstance(listed, str) else listed) if a != "*"]
                    s["Action"] = listed or [service + ":*"]
            policies.append(deny)
        if policies:
            levels.append({"target": ["r-ab12", "ou-ab12-" + hexid(rng, 8), "account"][depth],
                           "policies": policies})
    return levels


def request(rng, number):
    service, actions, make_arn, kind = rng.choice(SERVICES)
    action = rng.choice(actions)
    caller_account = HOME
    resource_account = OTHER if rng.random() < 0.15 else HOME
    pkind, name, caller = principal(rng, caller_account)
    region = rng.choice(REGIONS)
    resource = make_arn(rng, region, resource_account, name if rng.random() < 0.4 else word(rng))
    out = {"id": "v" + str(number), "principal": caller, "action": service + ":" + action, "resource": resource}
    if service == "s3" and resource_account != HOME:
        out["resourceAccount"] = resource_account
    out["context"] = context(rng, pkind)
    out["identityPolicies"] = [policy(rng, service, action, resource, kind, rng.randrange(1, 7))
                               for _ in range(rng.randrange(1, 5))]
    if rng.random() < 0.3:
        out["permissionsBoundary"] = policy(rng, service, action, resource, kind, rng.randrange(1, 4))
    needs_resource_policy = service == "kms" or service == "sts"
    if needs_resource_policy or resource_account != HOME or rng.random() < 0.3:
        out["resourcePolicy"] = resource_policy(rng, service, action, resource, kind, caller, caller_account)
    if rng.random() < 0.4:
        out["serviceControlPolicies"] = organization_levels(rng, service, action, resource, kind, "scp")
    if rng.random() < 0.3:
        out["resourceControlPolicies"] = organization_levels(rng, service, action, resource, kind, "rcp")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for number in range(1, args.count + 1):
        print(json.dumps(request(rng, number), separators=(",", ":")))


if __name__ == "__main__":
    main()
