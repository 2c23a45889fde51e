package dev.iammodeller.model;

/** Adds a comment; its number must be free ({@link IamModel#nextCommentNumber}). */
public record AddComment(Comment comment) implements CommentCommand {
    @Override
    public String label() {
        return "Add comment " + comment.number();
    }

    @Override
    public IamModel apply(IamModel model) {
        if (model.comment(comment.number()).isPresent()) {
            throw new EditRefused("comment " + comment.number() + " already exists");
        }
        if (comment.pin().nodeId() != null && model.entity(comment.pin().nodeId()).isEmpty()) {
            throw new EditRefused("a comment is pinned to a node of the model");
        }
        return model.withComment(comment);
    }
}
