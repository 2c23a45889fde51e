package dev.iammodeller.cli;

import dev.iammodeller.eval.AccessRequest;
import dev.iammodeller.eval.PolicySet;

/** One parsed line of a simulate file: its id, the request and the policies that apply. */
public record SimulationRequest(String id, AccessRequest request, PolicySet policies) {
}
