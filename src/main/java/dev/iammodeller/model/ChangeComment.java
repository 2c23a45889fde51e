package dev.iammodeller.model;

/**
 * Replaces a comment by one of the same number: its text edited, resolved or reopened, a reply added. The
 * label says which ("Resolve comment 3").
 */
public record ChangeComment(Comment comment, String label) implements CommentCommand {
    @Override
    public IamModel apply(IamModel model) {
        if (model.comment(comment.number()).isEmpty()) {
            throw new EditRefused("comment " + comment.number() + " no longer exists");
        }
        return model.withComment(comment);
    }
}
