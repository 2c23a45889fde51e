package dev.iammodeller.analysis.escalation;

/** One family of escalation paths: finds the paths of that family open to the scan's attacker. */
interface EscalationRule {
    void find(Scan scan, PathSink out);
}
