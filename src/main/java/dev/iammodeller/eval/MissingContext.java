package dev.iammodeller.eval;

/**
 * How conditions treat context keys the request does not have. {@code AS_AWS_DOES} decides exactly as
 * AWS would for that request. {@code BEST_CASE} asks "could this be allowed?": a condition that depends
 * on a missing key holds in an Allow statement and fails in a Deny statement, so the reach analysis can
 * tell "allowed if these conditions hold" from "never allowed".
 */
public enum MissingContext { AS_AWS_DOES, BEST_CASE }
