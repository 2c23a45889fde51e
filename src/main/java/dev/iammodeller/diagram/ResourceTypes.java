package dev.iammodeller.diagram;

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
        return template.replace("{region}", REGION).replace("{account}", account).replace("{name}", name);
    }

    /** The word a new resource of this type is named after: {@code bucket}, {@code key}. */
    public static String word(String type) {
        return type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
    }
}
