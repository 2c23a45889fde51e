package dev.iammodeller.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.OrganizationRoot;
import org.junit.jupiter.api.Test;

/** The organization's id on its root: written only when known, read back, and refused with its place when malformed. */
class OrganizationIdFileTest {
    private static String file(String root) {
        return "{\n  \"format\": \"iam-modeller/1\",\n  \"title\": \"t\",\n  \"entities\": [\n    " + root
                + "\n  ],\n  \"relations\": []\n}\n";
    }

    @Test
    void anOrganizationIdIsWrittenWhenKnownAndReadBack() throws Exception {
        IamModel model = IamModel.EMPTY.with(new OrganizationRoot("r-ab12", "Root", "o-a1b2c3d4e5"));
        String text = ModelFile.toJson(model);
        assertTrue(text.contains("\"organizationId\": \"o-a1b2c3d4e5\""), text);
        IamModel reopened = ModelFile.read(text, "m.iam.json");
        assertEquals(model, reopened);
        assertEquals(text, ModelFile.toJson(reopened));
        assertFalse(ModelFile.toJson(IamModel.EMPTY.with(new OrganizationRoot("r-ab12", "Root"))).contains("organizationId"),
                "a root drawn by hand is written as before");
    }

    @Test
    void aMalformedOrganizationIdIsRefusedWhereItIs() {
        String text = file("{\"kind\": \"root\", \"id\": \"r-ab12\", \"name\": \"Root\", \"organizationId\": \"org-1\"}");
        ModelFileException error = assertThrows(ModelFileException.class, () -> ModelFile.read(text, "m.iam.json"));
        assertEquals("$.entities[0].organizationId", error.problems().get(0).path(), error.getMessage());
        assertEquals(5, error.problems().get(0).position().line(), error.getMessage());
        assertTrue(error.problems().get(0).message().contains("not an organization id"), error.getMessage());
    }
}
