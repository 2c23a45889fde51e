package dev.iammodeller.model;

/**
 * An edit: a function from one model to the next, with the label the Edit menu shows ("Add user
 * alice"). A command that would break a rule of IAM throws {@link EditRefused} and changes nothing.
 */
public interface ModelCommand {
    String label();

    IamModel apply(IamModel model);
}
