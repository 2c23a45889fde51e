// The peer of `bench simulate` (issue 15): reads the same request file (JSON Lines, the simulate
// format), turns each request into the input of @cloud-copilot/iam-simulate once, then runs every request
// through runSimulation, one after the other, for a number of rounds, and prints evaluations per second
// (of time that passed, and of the processor time of the process, the fairer figure on a busy machine).
//
//   node simulate-loop.mjs FILE [--rounds N] [--decisions OUT.jsonl]
//
// With --decisions it also writes one {"id", "decision"} line per request (decision in our words:
// allowed, explicitDeny, implicitDeny, or error: MESSAGE) so that the decisions can be compared with
// `simulate`. The package is not installed in the repository: see README.md here.
import { readFileSync, writeFileSync } from 'node:fs'
import { runSimulation } from '@cloud-copilot/iam-simulate'

const args = process.argv.slice(2)
let file = null
let rounds = 3
let decisionsFile = null
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i])
  else if (args[i] === '--decisions') decisionsFile = args[++i]
  else file = args[i]
}
if (!file || !(rounds > 0)) {
  console.error('usage: node simulate-loop.mjs FILE [--rounds N] [--decisions OUT.jsonl]')
  process.exit(2)
}

const requests = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line))
const simulations = requests.map(toSimulation)

if (decisionsFile) {
  const lines = []
  for (let i = 0; i < simulations.length; i++) {
    const response = await runSimulation(simulations[i], {})
    lines.push(JSON.stringify({ id: requests[i].id, decision: decision(response) }))
  }
  writeFileSync(decisionsFile, lines.join('\n') + '\n')
}

for (let round = 1; round <= rounds; round++) {
  let allowed = 0
  let errors = 0
  const cpuStart = process.cpuUsage()
  const start = process.hrtime.bigint()
  for (const simulation of simulations) {
    const response = await runSimulation(simulation, {})
    if (response.resultType === 'error') errors++
    else if (response.overallResult === 'Allowed') allowed++
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  console.log(JSON.stringify({
    round, evaluationsPerSecond: Math.round(simulations.length / seconds), requests: simulations.length,
    allowed, errors, seconds: Number(seconds.toFixed(2)),
    evaluationsPerCpuSecond: Math.round(simulations.length / cpuSeconds), cpuSeconds: Number(cpuSeconds.toFixed(2))
  }))
}

function decision(response) {
  if (response.resultType === 'error') return 'error: ' + JSON.stringify(response.errors)
  return { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' }[response.overallResult]
    ?? response.overallResult
}

// Our request shape to the peer's Simulation. The context gains the keys our evaluator fills in for
// every request (AccessRequest.withDerivedContext), since the peer leaves them to its caller.
function toSimulation(request) {
  const [principalAccount, principalArn, principalType, userName] = principalFacts(request.principal)
  const arnAccount = request.resource.startsWith('arn:') ? request.resource.split(':')[4] : ''
  const resourceAccount = request.resourceAccount ?? (/^\d{12}$/.test(arnAccount) ? arnAccount : principalAccount)
  const context = { ...(request.context ?? {}) }
  const derived = {
    'aws:PrincipalArn': principalArn, 'aws:PrincipalAccount': principalAccount,
    'aws:PrincipalType': principalType, 'aws:username': userName, 'aws:ResourceAccount': resourceAccount
  }
  const given = new Set(Object.keys(context).map((key) => key.toLowerCase()))
  for (const [key, value] of Object.entries(derived)) {
    if (value !== undefined && !given.has(key.toLowerCase())) context[key] = value
  }
  const named = (prefix) => (policy, i) => ({ name: prefix + i, policy })
  const levels = (list, prefix) => (list ?? []).map((level, i) => ({
    orgIdentifier: level.target ?? prefix + i, policies: level.policies.map(named(prefix + i + '-'))
  }))
  return {
    request: {
      principal: request.principal, action: request.action,
      resource: { resource: request.resource, accountId: resourceAccount },
      contextVariables: context
    },
    identityPolicies: (request.identityPolicies ?? []).map(named('identity-')),
    permissionBoundaryPolicies: request.permissionsBoundary ? [{ name: 'boundary', policy: request.permissionsBoundary }] : undefined,
    sessionPolicy: request.sessionPolicy ?? undefined,
    resourcePolicy: request.resourcePolicy ?? undefined,
    vpcEndpointPolicies: request.vpcEndpointPolicies ? request.vpcEndpointPolicies.map(named('endpoint-')) : undefined,
    serviceControlPolicies: levels(request.serviceControlPolicies, 'scp-'),
    resourceControlPolicies: levels(request.resourceControlPolicies, 'rcp-')
  }
}

// account, aws:PrincipalArn, aws:PrincipalType, aws:username of an IAM user, role, or role session ARN
function principalFacts(principal) {
  const [, partition, service, , account, resource] = principal.split(':')
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const role = resource.split('/')[1]
    return [account, `arn:${partition}:iam::${account}:role/${role}`, 'AssumedRole', undefined]
  }
  if (resource.startsWith('user/')) {
    return [account, principal, 'User', resource.substring(resource.lastIndexOf('/') + 1)]
  }
  if (resource === 'root') return [account, principal, 'Account', undefined]
  return [account, principal, 'AssumedRole', undefined]
}
