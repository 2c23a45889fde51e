package dev.iammodeller.diagram;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.AwsService;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;

/** The short line under a node's name: its kind in a word or two, or what sets it apart (a service's prefix). */
public final class Subtitles {
    private Subtitles() {
    }

    public static String of(Entity entity) {
        if (entity instanceof AwsService s) {
            return "service · " + s.prefix();
        } else if (entity instanceof ManagedPolicy p) {
            return p.awsManaged() ? "AWS managed policy" : "customer managed policy";
        } else if (entity instanceof Resource r) {
            return r.type();
        } else if (entity instanceof Compute c) {
            return c.type().json().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        } else if (entity instanceof IdentityProvider p) {
            return p.type() + " identity provider";
        } else if (entity instanceof OrganizationPolicy p) {
            return p.type() == OrganizationPolicy.Type.SCP ? "service control policy" : "resource control policy";
        } else if (entity instanceof Role r && r.serviceLinked()) {
            return "service-linked role";
        } else if (entity instanceof Account a) {
            return "account " + a.accountId() + (a.management() ? " · management" : "");
        }
        return KindLooks.of(entity.kind()).word();
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    /**
     * A name cut in the middle, so that what tells look-alike names apart stays: their start and their end
     * ({@code AWS-QuickSetup-EnableExplorer-us-east-1} becomes {@code AWS-Quick…us-east-1}). The end keeps
     * whole words where a separator is near.
     */
    public static String shortenMiddle(String text, int max) {
        if (text.length() <= max || max < 5) {
            return shorten(text, max);
        }
        int tailStart = text.length() - (max - 1) / 2;
        int best = -1;
        for (int i = tailStart - 4; i < tailStart + 3 && i < text.length() - 3; i++) {
            if ("-_./:@".indexOf(text.charAt(i)) >= 0 && (best < 0 || Math.abs(i + 1 - tailStart) < Math.abs(best + 1 - tailStart))) {
                best = i;
            }
        }
        if (best >= 0) {
            tailStart = best + 1; // the end starts with a whole word
        }
        int head = max - 1 - (text.length() - tailStart);
        return text.substring(0, head) + "…" + text.substring(tailStart);
    }
}
