package dev.iammodeller.model;

/** Gives the model another title and description (what the file and the window title show). */
public record EditTitle(String title, String description) implements ModelCommand {
    @Override
    public String label() {
        return "Edit model title and description";
    }

    @Override
    public IamModel apply(IamModel model) {
        if (title == null || title.isBlank()) {
            throw new EditRefused("a model has a title: write a few words that say what it shows");
        }
        return model.withTitle(title.strip(), description == null ? "" : description);
    }
}
