package dev.iammodeller.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.AutoLayout;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.testing.RandomInputs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the loader accepts, the editor can show and keep: for generated model files full of what goes wrong
 * (units whose parents loop or nest deep, names that differ in case, relations twice or between the wrong kinds,
 * coordinates at and beyond the limits, frames of every size), each file the loader accepts lays out (every entity
 * gets a finite place, and automatic arrangement works), saves, and reloads equal, its second save byte for byte
 * the first. Files it refuses are refused with a line and a path.
 */
class AcceptedModelsProperties {
    private static final String[] COORDINATES = {"0", "40", "-40", "0.5", "-9999999.5", "10000000", "-10000000",
        "123456.789", "1e7", "96"};
    private static final String[] BAD_COORDINATES = {"10000000.0001", "1e300", "-1e308", "1e400"};
    private static final String[] SIZES = {"0", "1", "200", "700", "10000000"};
    private static final String[] BAD_SIZES = {"-5", "1e9"};
    private static final String[] ACCOUNTS = {"111111111111", "222222222222", "33333333333"};

    /** Now and then (one time in forty: a file holds many) the hostile value, else an ordinary one. */
    private static String sometimes(RandomInputs random, String[] hostile, String[] ordinary) {
        return random.below(40) == 0 ? random.oneOf(hostile) : random.oneOf(ordinary);
    }

    /** One generated model file, written line by line as the loader reads it. */
    private static String generated(RandomInputs random) {
        HostileModelFile file = new HostileModelFile();
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        List<String> units = new ArrayList<>();
        if (random.coin()) {
            file.entity("{\"kind\": \"root\", \"id\": \"r-root\", \"name\": \"Root\"}");
            frames.add("r-root");
            int count = random.below(9);
            for (int i = 0; i < count; i++) {
                // mostly a tree (the root or an earlier unit: chains that may nest too deep); now and then a later
                // unit, which may close a loop
                String parent = i == 0 || random.below(3) == 0 ? "r-root"
                        : "ou-" + (random.below(10) == 0 ? random.below(count) : random.below(i));
                file.entity(HostileModelFile.unit("ou-" + i, parent));
                units.add("ou-" + i);
                frames.add("ou-" + i);
            }
        }
        int accounts = random.below(10) == 0 ? 3 : 1 + random.below(2); // the third account's id is one digit short
        for (int i = 0; i < accounts; i++) {
            String id = "acct-" + i;
            String parent = units.isEmpty() || random.coin() ? "" : ", \"parent\": \"" + random.oneOf(units.toArray()) + "\"";
            file.entity("{\"kind\": \"account\", \"id\": \"" + id + "\", \"name\": \"acct " + i + "\", \"accountId\": \""
                    + ACCOUNTS[i] + "\", \"management\": false" + parent + "}");
            frames.add(id);
        }
        int principals = 1 + random.below(12);
        for (int i = 0; i < principals; i++) {
            // now and then the name of an earlier one in other letters' case: one name to IAM
            String name = !names.isEmpty() && random.below(10) == 0
                    ? names.get(random.below(names.size())).toUpperCase(java.util.Locale.ROOT) : "p" + i + "x";
            names.add(name);
            String account = ACCOUNTS[random.below(accounts)];
            if (random.coin()) {
                file.entity(HostileModelFile.user("u-" + i, name).replace(HostileModelFile.ACCOUNT, account));
                users.add("u-" + i);
            } else {
                file.entity("{\"kind\": \"group\", \"id\": \"g-" + i + "\", \"name\": \"" + name + "\", \"account\": \""
                        + account + "\", \"path\": \"/\"}");
                groups.add("g-" + i);
            }
        }
        List<String> all = new ArrayList<>(users);
        all.addAll(groups);
        int relations = random.below(principals + 1);
        String last = null;
        for (int i = 0; i < relations; i++) {
            String relation;
            if (last != null && random.below(10) == 0) {
                relation = last; // listed twice
            } else if (random.below(10) == 0 || users.isEmpty() || groups.isEmpty()) {
                relation = "{\"kind\": \"memberOf\", \"from\": \"" + random.oneOf(all.toArray()) + "\", \"to\": \""
                        + random.oneOf(all.toArray()) + "\"}"; // perhaps a group in a group
            } else {
                relation = "{\"kind\": \"memberOf\", \"from\": \"" + random.oneOf(users.toArray()) + "\", \"to\": \""
                        + random.oneOf(groups.toArray()) + "\"}";
            }
            file.relation(relation);
            last = relation;
        }
        for (String id : all) {
            if (random.below(4) > 0) {
                file.node("\"" + id + "\": {\"x\": " + sometimes(random, BAD_COORDINATES, COORDINATES) + ", \"y\": "
                        + sometimes(random, BAD_COORDINATES, COORDINATES) + "}");
            }
        }
        for (String frame : frames) {
            if (random.coin()) {
                file.frame("\"" + frame + "\": {\"x\": " + sometimes(random, BAD_COORDINATES, COORDINATES) + ", \"y\": "
                        + sometimes(random, BAD_COORDINATES, COORDINATES) + ", \"width\": "
                        + sometimes(random, BAD_SIZES, SIZES) + ", \"height\": " + sometimes(random, BAD_SIZES, SIZES) + "}");
            }
        }
        return file.text();
    }

    @Test
    void everyGeneratedFileTheLoaderAcceptsLaysOutSavesAndReloadsEqual() throws Exception {
        RandomInputs random = new RandomInputs(15_2026L);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            String text = generated(random);
            IamModel model;
            try {
                model = ModelFile.read(text, "generated.iam.json");
            } catch (ModelFileException e) {
                refused++;
                e.problems().forEach(p -> {
                    assertTrue(p.position().line() >= 1, p + "\n" + text);
                    assertTrue(p.path().startsWith("$"), p + "\n" + text);
                });
                continue;
            }
            accepted++;
            showsAndKeeps(model, text);
        }
        assertTrue(accepted >= 40, "enough accepted files to say something: " + accepted);
        assertTrue(refused >= 40, "enough refused ones, so the generator is hostile: " + refused);
    }

    /** Generated authorization exports, imported: they lay out, save and reload too. */
    @Test
    void importedAccountsLayOutSaveAndReloadEqual() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            IamModel model = SyntheticAuthorizationDetails.imported(new SyntheticAuthorizationDetails.Shape(
                    "123456789012", 10 * (int) seed, 3, 12, 6, seed));
            showsAndKeeps(model, "seed " + seed);
        }
    }

    private static void showsAndKeeps(IamModel model, String what) throws Exception {
        Drawing drawing = Drawing.of(model);
        for (Entity entity : model.entities().values()) {
            Rect shape = drawing.shape(entity.id());
            assertNotNull(shape, entity.id() + " has a place\n" + what);
            assertTrue(Double.isFinite(shape.x()) && Double.isFinite(shape.y()) && Double.isFinite(shape.width())
                    && Double.isFinite(shape.height()), entity.id() + " at " + shape + "\n" + what);
        }
        Layout arranged = AutoLayout.rearrange(model);
        assertNotNull(Drawing.of(model.withLayout(arranged)));
        String saved = ModelFile.toJson(model);
        IamModel reopened = ModelFile.read(saved, "saved.iam.json");
        assertEquals(model, reopened, what);
        assertEquals(saved, ModelFile.toJson(reopened), what);
    }
}
