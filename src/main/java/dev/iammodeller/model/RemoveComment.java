package dev.iammodeller.model;

/** Deletes a comment and its replies. */
public record RemoveComment(int number) implements CommentCommand {
    @Override
    public String label() {
        return "Delete comment " + number;
    }

    @Override
    public IamModel apply(IamModel model) {
        if (model.comment(number).isEmpty()) {
            throw new EditRefused("comment " + number + " no longer exists");
        }
        return model.withoutComment(number);
    }
}
