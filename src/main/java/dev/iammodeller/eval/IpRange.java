package dev.iammodeller.eval;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 CIDR block (an address without a mask is a single address). */
record IpRange(byte[] network, int prefixLength) {

    /** The range, or null when the text is not an address or CIDR block. */
    static IpRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = address(address);
        if (bytes == null) {
            return null;
        }
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (bits < 0 || bits > bytes.length * 8) {
                return null;
            }
        }
        return new IpRange(bytes, bits);
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null. Never looks a name up. */
    static byte[] address(String text) {
        if (text.isEmpty()) {
            return null;
        }
        boolean v6 = text.indexOf(':') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
            if (!ok || (!v6 && !(Character.isDigit(c) || c == '.'))) {
                return null;
            }
        }
        if (!v6) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 3) {
                    return null;
                }
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return null;
                }
                out[i] = (byte) value;
            }
            return out;
        }
        try {
            byte[] out = InetAddress.getByName(text).getAddress();
            if (out.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(out, 0, mapped, 12, 4);
                return mapped;
            }
            return out;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    boolean contains(byte[] candidate) {
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
