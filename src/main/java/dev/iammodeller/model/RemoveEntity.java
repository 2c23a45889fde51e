package dev.iammodeller.model;

/** Deletes an entity with its relations, its inline policies and its place on the canvas. */
public record RemoveEntity(String id) implements ModelCommand {
    @Override
    public String label() {
        return "Delete " + id;
    }

    @Override
    public IamModel apply(IamModel model) {
        Entity entity = model.entity(id).orElseThrow(() -> new EditRefused("the model holds nothing with the id \"" + id + "\""));
        for (Entity other : model.entities().values()) {
            boolean refers = (other instanceof Account a && id.equals(a.parent()))
                    || (other instanceof OrganizationalUnit u && id.equals(u.parent()))
                    || (entity instanceof Account account && account.accountId().equals(other.account()) && other != entity);
            if (refers) {
                throw new EditRefused(other.name() + " is inside " + entity.name() + ": move or delete it first");
            }
        }
        return model.without(id);
    }
}
