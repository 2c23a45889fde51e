package dev.iammodeller.app.inspector;

import dev.iammodeller.app.inspector.FieldSpec.Choice;
import dev.iammodeller.app.inspector.FieldSpec.Kind;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The fields the inspector shows for each kind of entity, and the ones every kind shares. */
final class EntityFields {
    static final String GENERAL = "General";
    static final String MODEL = "In the model";

    private EntityFields() {
    }

    /** The fields of this entity's kind, in the order shown. */
    static List<FieldSpec> of(Entity entity) {
        List<FieldSpec> fields = new ArrayList<>(IdentityFields.of(entity));
        fields.addAll(ResourceFields.of(entity));
        fields.addAll(IdentityCenterFields.of(entity));
        if (entity.arn() != null && fields.stream().noneMatch(f -> f.key().equals("arn"))) {
            fields.add(new FieldSpec("arn", "ARN", GENERAL, "The Amazon Resource Name AWS gives it, from its account, "
                    + "path and name", Kind.READ_ONLY, Entity::arn, null, (model, e) -> List.of()));
        }
        fields.add(new FieldSpec("id", "Id", MODEL, "The model's own id for it: relations and the layout use it",
                Kind.READ_ONLY, Entity::id, null, (model, e) -> List.of()));
        return fields;
    }

    static <E extends Entity> FieldSpec name(Class<E> type, String description, BiFunction<E, String, E> write) {
        return FieldSpec.of(type, "name", "Name", GENERAL, description, Kind.TEXT, Entity::name, write);
    }

    static <E extends Entity> FieldSpec path(Class<E> type, Function<E, String> read, BiFunction<E, String, E> write) {
        return FieldSpec.of(type, "path", "Path", GENERAL, "An IAM path groups names, such as /division/team/: "
                + "it starts and ends with /", Kind.TEXT, read, write);
    }

    static <E extends Entity> FieldSpec account(Class<E> type, BiFunction<E, String, E> write) {
        return FieldSpec.of(type, "account", "Account", GENERAL, "The AWS account it lives in", Kind.CHOICE,
                Entity::account, write).withChoices((model, entity) -> accounts(model));
    }

    static <E extends Entity> FieldSpec choice(Class<E> type, String key, String name, String description,
                                               Function<E, String> read, BiFunction<E, String, E> write,
                                               Function<E, List<Choice>> choices) {
        return FieldSpec.of(type, key, name, GENERAL, description, Kind.CHOICE, read, write)
                .withChoices((model, entity) -> choices.apply(type.cast(entity)));
    }

    static <E extends Enum<E>> List<Choice> choicesOf(E[] values) {
        return choicesOf(values, Enum::name);
    }

    static <E extends Enum<E>> List<Choice> choicesOf(E[] values, Function<E, String> label) {
        List<Choice> out = new ArrayList<>();
        for (E value : values) {
            out.add(new Choice(value.name(), label.apply(value)));
        }
        return out;
    }

    static boolean flag(String text) {
        return Boolean.parseBoolean(text.strip().toLowerCase(Locale.ROOT));
    }

    private static List<Choice> accounts(IamModel model) {
        return model.all(Account.class).stream()
                .map(a -> new Choice(a.accountId(), a.name() + " (" + a.accountId() + ")")).toList();
    }
}
