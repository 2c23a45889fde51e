package dev.iammodeller.model;

/** An edit of the comments alone (add, change, delete one): review mode lets these through and nothing else. */
public interface CommentCommand extends ModelCommand {
}
