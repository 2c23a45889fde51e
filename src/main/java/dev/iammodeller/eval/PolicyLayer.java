package dev.iammodeller.eval;

/** The layers of policy AWS consults for a request, in the words the simulate output uses. */
public enum PolicyLayer {
    IDENTITY("identity"),
    PERMISSIONS_BOUNDARY("permissionsBoundary"),
    SESSION_POLICY("sessionPolicy"),
    RESOURCE("resource"),
    SCP("scp"),
    RCP("rcp"),
    VPC_ENDPOINT("vpcEndpoint"),
    AWS_ENFORCED("awsEnforced");

    private final String json;

    PolicyLayer(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static PolicyLayer byJson(String name) {
        for (PolicyLayer layer : values()) {
            if (layer.json.equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown policy layer \"" + name + "\"");
    }
}
