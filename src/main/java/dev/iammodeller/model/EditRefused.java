package dev.iammodeller.model;

/** An edit the model refuses, with the one sentence that explains which rule of IAM it breaks. */
public final class EditRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefused(String explanation) {
        super(explanation);
    }
}
