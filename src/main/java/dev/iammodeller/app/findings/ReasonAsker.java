package dev.iammodeller.app.findings;

import dev.iammodeller.analysis.findings.Finding;
import java.util.Optional;

/** Asks the reviewer why a finding is accepted: the reason, or empty when the reviewer cancels. */
@FunctionalInterface
public interface ReasonAsker {
    Optional<String> ask(Finding finding);
}
