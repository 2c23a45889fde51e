package dev.iammodeller.model;

/** One connection the editor may offer between two entities: its menu label and the edit that makes it. */
public record ConnectionChoice(String label, ModelCommand command) {
}
