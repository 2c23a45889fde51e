package dev.iammodeller.diagram.picture;

import java.util.Locale;

/** A colour of the picture: red, green and blue from 0 to 255 and an opacity from 0 to 1. */
public record Colour(int red, int green, int blue, double alpha) {
    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("not a colour: " + red + ", " + green + ", " + blue + ", " + alpha);
        }
    }

    /** {@code #rrggbb} or {@code rgba(r, g, b, a)}, as the stylesheets write colours. */
    public static Colour of(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("#") && t.length() == 7) {
            int rgb = Integer.parseInt(t.substring(1), 16);
            return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 1);
        }
        if (t.startsWith("rgba(") && t.endsWith(")")) {
            String[] parts = t.substring(5, t.length() - 1).split(",");
            if (parts.length == 4) {
                return new Colour(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()), Double.parseDouble(parts[3].trim()));
            }
        }
        throw new IllegalArgumentException("not a colour: " + text);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The same colour with its opacity multiplied (a dimmed node). */
    public Colour faded(double opacity) {
        return new Colour(red, green, blue, alpha * opacity);
    }

    public boolean opaque() {
        return alpha >= 1;
    }

    public boolean invisible() {
        return alpha <= 0;
    }
}
