package dev.iammodeller.app.inspector;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One property of an entity kind as the inspector shows it: how to read it as text, and how to make the
 * entity with a new text (throwing {@link IllegalArgumentException} with a sentence when the text is
 * not even of the right form, such as "twelve" hours). Whether the new entity is allowed is the model's
 * rules' to say, not the field's.
 */
record FieldSpec(String key, String name, String category, String description, Kind kind,
                 Function<Entity, String> read, BiFunction<Entity, String, Entity> write,
                 BiFunction<IamModel, Entity, List<Choice>> choices) {

    /**
     * How a field is edited: {@code TITLE} is a line of a few words wrapped over two lines, {@code LONG_TEXT} a text
     * of a few sentences wrapped over three.
     */
    enum Kind { TEXT, TITLE, LONG_TEXT, NUMBER, FLAG, CHOICE, READ_ONLY }

    /** One value a choice field offers, with the words shown for it. */
    record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    boolean editable() {
        return kind != Kind.READ_ONLY;
    }

    static <E extends Entity> FieldSpec of(Class<E> type, String key, String name, String category, String description,
                                           Kind kind, Function<E, String> read, BiFunction<E, String, E> write) {
        return new FieldSpec(key, name, category, description, kind, entity -> read.apply(type.cast(entity)),
                write == null ? null : (entity, text) -> write.apply(type.cast(entity), text), (model, entity) -> List.of());
    }

    static <E extends Entity> FieldSpec readOnly(Class<E> type, String key, String name, String category,
                                                 String description, Function<E, String> read) {
        return of(type, key, name, category, description, Kind.READ_ONLY, read, null);
    }

    FieldSpec withChoices(BiFunction<IamModel, Entity, List<Choice>> offered) {
        return new FieldSpec(key, name, category, description, Kind.CHOICE, read, write, offered);
    }
}
