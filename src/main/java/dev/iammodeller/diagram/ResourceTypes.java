package dev.iammodeller.diagram;

import dev.iammodeller.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resource types the palette offers, each with how its ARN is built from region, account and name. */
public final class ResourceTypes {
    static final String REGION = "us-east-1";
    private static final Map<String, String> ARNS = new LinkedHashMap<>();

    static {
        ARNS.put("s3:bucket", "arn:aws:s3:::{name}");
        ARNS.put("kms:key", "arn:aws:kms:{region}:{account}:key/{name}");
        ARNS.put("sqs:queue", "arn:aws:sqs:{region}:{account}:{name}");
        ARNS.put("sns:topic", "arn:aws:sns:{region}:{account}:{name}");
        ARNS.put("secretsmanager:secret", "arn:aws:secretsmanager:{region}:{account}:secret:{name}");
        ARNS.put("dynamodb:table", "arn:aws:dynamodb:{region}:{account}:table/{name}");
        ARNS.put("logs:log-group", "arn:aws:logs:{region}:{account}:log-group:{name}");
    }

    private ResourceTypes() {
    }

    public static List<String> all() {
        return List.copyOf(ARNS.keySet());
    }

    /** The ARN of a new resource of this type; an unknown type gets a generic ARN of its service. */
    public static String arn(String type, String account, String name) {
        String template = ARNS.getOrDefault(type, "arn:aws:" + type.split(":")[0] + ":{region}:{account}:"
                + (type.contains(":") ? type.split(":", 2)[1] : "resource") + "/{name}");
        return template.replace("{region}", REGION).replace("{account}", account == null ? "" : account)
                .replace("{name}", name);
    }

    /**
     * {@code after} (an edit of {@code before}) with the ARN its name, account and type make, when
     * {@code before}'s ARN was the one they made (so not set by hand) and the edit left the ARN as it was;
     * else {@code after} as it is. Renaming bucket {@code bucket-1} to {@code reports} makes its ARN
     * {@code arn:aws:s3:::reports}.
     */
    public static Resource followingName(Resource before, Resource after) {
        boolean derived = before.arn() == null || before.arn().isBlank() || before.type() == null
                || before.arn().equals(arn(before.type(), before.account(), before.name()));
        if (!derived || after.type() == null || !java.util.Objects.equals(before.arn(), after.arn())) {
            return after;
        }
        return new Resource(after.id(), after.account(), after.name(), after.type(),
                arn(after.type(), after.account(), after.name()), after.policy());
    }

    /** The word a new resource of this type is named after: {@code bucket}, {@code key}. */
    public static String word(String type) {
        return type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
    }
}
