#!/usr/bin/env bash
# Writes the folder that `iam-modeller import FOLDER -o MODEL.iam.json` reads: an AWS organization
# (root, units, accounts, SCPs, RCPs), IAM Identity Center (permission sets, assignments, the identity
# store's users and groups) and, for each account it can reach, get-account-authorization-details.
#
#   scripts/export-organization.sh OUT_FOLDER [ROLE_NAME]
#
# Run it with credentials of the management account (or of a delegated administrator) that may call
# organizations:List*/Describe*, sso:List*/Describe*/Get* and identitystore:List*. Each account's
# export is made by assuming ROLE_NAME (default OrganizationAccountAccessRole) in it; an account
# whose role cannot be assumed is skipped with a message (export it yourself into
# OUT_FOLDER/authorization-details/ACCOUNT_ID.json). Needs the AWS CLI v2 and jq. Every file is the
# exact output of one command, named after it (the README lists them); nothing is changed by it.
set -euo pipefail

out="${1:?usage: export-organization.sh OUT_FOLDER [ROLE_NAME]}"
role="${2:-OrganizationAccountAccessRole}"
mkdir -p "$out"
cd "$out"
aws() { command aws --output json "$@"; }

# ---- AWS Organizations
aws organizations describe-organization > describe-organization.json
aws organizations list-roots > list-roots.json
mkdir -p list-organizational-units-for-parent list-accounts-for-parent describe-policy list-targets-for-policy
parents=("$(jq -r '.Roots[0].Id' list-roots.json)")
while ((${#parents[@]})); do
  parent="${parents[0]}"; parents=("${parents[@]:1}")
  aws organizations list-organizational-units-for-parent --parent-id "$parent" \
    > "list-organizational-units-for-parent/$parent.json"
  aws organizations list-accounts-for-parent --parent-id "$parent" > "list-accounts-for-parent/$parent.json"
  while read -r unit; do [[ -n "$unit" ]] && parents+=("$unit"); done \
    < <(jq -r '.OrganizationalUnits[].Id' "list-organizational-units-for-parent/$parent.json")
done
for type in SERVICE_CONTROL_POLICY RESOURCE_CONTROL_POLICY; do
  if aws organizations list-policies --filter "$type" > "list-policies-$type.json" 2>/dev/null; then
    for id in $(jq -r '.Policies[].Id' "list-policies-$type.json"); do
      aws organizations describe-policy --policy-id "$id" > "describe-policy/$id.json"
      aws organizations list-targets-for-policy --policy-id "$id" > "list-targets-for-policy/$id.json"
    done
  else
    rm -f "list-policies-$type.json"; echo "note: $type is not enabled or not readable; skipped" >&2
  fi
done

# ---- IAM Identity Center (when the organization has an instance)
aws sso-admin list-instances > /tmp/iam-modeller-instances.$$.json || echo '{"Instances": []}' > /tmp/iam-modeller-instances.$$.json
if [[ "$(jq '.Instances | length' /tmp/iam-modeller-instances.$$.json)" -gt 0 ]]; then
  mkdir -p identity-center && cd identity-center
  mv /tmp/iam-modeller-instances.$$.json list-instances.json
  instance="$(jq -r '.Instances[0].InstanceArn' list-instances.json)"
  store="$(jq -r '.Instances[0].IdentityStoreId' list-instances.json)"
  aws sso-admin list-permission-sets --instance-arn "$instance" > list-permission-sets.json
  mkdir -p describe-permission-set list-managed-policies-in-permission-set \
    list-customer-managed-policy-references-in-permission-set get-inline-policy-for-permission-set \
    get-permissions-boundary-for-permission-set list-account-assignments list-group-memberships
  accounts=$(jq -r '.Accounts[].Id' ../list-accounts-for-parent/*.json)
  for set in $(jq -r '.PermissionSets[]' list-permission-sets.json); do
    id="${set##*/}"
    aws sso-admin describe-permission-set --instance-arn "$instance" --permission-set-arn "$set" > "describe-permission-set/$id.json"
    aws sso-admin list-managed-policies-in-permission-set --instance-arn "$instance" --permission-set-arn "$set" \
      > "list-managed-policies-in-permission-set/$id.json"
    aws sso-admin list-customer-managed-policy-references-in-permission-set --instance-arn "$instance" \
      --permission-set-arn "$set" > "list-customer-managed-policy-references-in-permission-set/$id.json"
    aws sso-admin get-inline-policy-for-permission-set --instance-arn "$instance" --permission-set-arn "$set" \
      > "get-inline-policy-for-permission-set/$id.json"
    aws sso-admin get-permissions-boundary-for-permission-set --instance-arn "$instance" --permission-set-arn "$set" \
      > "get-permissions-boundary-for-permission-set/$id.json" 2>/dev/null || rm -f "get-permissions-boundary-for-permission-set/$id.json"
    for account in $accounts; do
      mkdir -p "list-account-assignments/$account"
      aws sso-admin list-account-assignments --instance-arn "$instance" --account-id "$account" \
        --permission-set-arn "$set" > "list-account-assignments/$account/$id.json"
    done
  done
  aws identitystore list-users --identity-store-id "$store" > list-users.json
  aws identitystore list-groups --identity-store-id "$store" > list-groups.json
  for group in $(jq -r '.Groups[].GroupId' list-groups.json); do
    aws identitystore list-group-memberships --identity-store-id "$store" --group-id "$group" \
      > "list-group-memberships/$group.json"
  done
  cd ..
else
  rm -f /tmp/iam-modeller-instances.$$.json
fi

# ---- one authorization-details export per account
mkdir -p authorization-details
self="$(aws sts get-caller-identity | jq -r .Account)"
for account in $(jq -r '.Accounts[] | select(.Status == "ACTIVE") | .Id' list-accounts-for-parent/*.json); do
  if [[ "$account" == "$self" ]]; then
    aws iam get-account-authorization-details > "authorization-details/$account.json"
    continue
  fi
  if creds=$(aws sts assume-role --role-arn "arn:aws:iam::$account:role/$role" --role-session-name iam-modeller-export 2>/dev/null); then
    AWS_ACCESS_KEY_ID=$(jq -r .Credentials.AccessKeyId <<<"$creds") \
    AWS_SECRET_ACCESS_KEY=$(jq -r .Credentials.SecretAccessKey <<<"$creds") \
    AWS_SESSION_TOKEN=$(jq -r .Credentials.SessionToken <<<"$creds") \
      aws iam get-account-authorization-details > "authorization-details/$account.json"
  else
    echo "note: cannot assume $role in $account; export it yourself into authorization-details/$account.json" >&2
  fi
done
echo "wrote $out; import it with: iam-modeller import $out -o organization.iam.json" >&2
