package dev.iammodeller.diagram.picture;

import java.util.ArrayList;
import java.util.List;

/** Reads SVG path data into an {@link Outline}: the commands of the kinds' icons and a few more. */
final class SvgPathData {
    private final String text;
    private int at;
    private final List<Outline.Segment> out = new ArrayList<>();
    private double x;
    private double y;
    private double startX;
    private double startY;

    SvgPathData(String text) {
        this.text = text;
    }

    Outline outline() {
        char command = 0;
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (Character.isLetter(c)) {
                command = c;
                at++;
            } else if (command == 0) {
                throw new IllegalArgumentException("path data must start with a command: " + text);
            }
            step(command);
            if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
        }
        return new Outline(out);
    }

    private void step(char command) {
        boolean relative = Character.isLowerCase(command);
        double ox = relative ? x : 0;
        double oy = relative ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                x = ox + number();
                y = oy + number();
                startX = x;
                startY = y;
                add(Outline.Step.MOVE, x, y);
            }
            case 'L' -> {
                x = ox + number();
                y = oy + number();
                add(Outline.Step.LINE, x, y);
            }
            case 'H' -> {
                x = ox + number();
                add(Outline.Step.LINE, x, y);
            }
            case 'V' -> {
                y = oy + number();
                add(Outline.Step.LINE, x, y);
            }
            case 'C' -> {
                double[] p = {ox + number(), oy + number(), ox + number(), oy + number(), ox + number(), oy + number()};
                x = p[4];
                y = p[5];
                add(Outline.Step.CUBIC, p);
            }
            case 'Q' -> {
                double cx = ox + number();
                double cy = oy + number();
                double bx = ox + number();
                double by = oy + number();
                add(Outline.Step.CUBIC, x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), bx + 2.0 / 3 * (cx - bx),
                        by + 2.0 / 3 * (cy - by), bx, by);
                x = bx;
                y = by;
            }
            case 'A' -> arc(number(), number(), number(), flag(), flag(), ox + number(), oy + number());
            case 'Z' -> {
                out.add(new Outline.Segment(Outline.Step.CLOSE, new double[0]));
                x = startX;
                y = startY;
            }
            default -> throw new IllegalArgumentException("unknown path command " + command + " in " + text);
        }
    }

    /** An elliptical arc (SVG's endpoint form) as up to four cubic curves. */
    private void arc(double rx, double ry, double rotation, boolean large, boolean sweep, double ex, double ey) {
        if (rx == 0 || ry == 0 || (ex == x && ey == y)) {
            add(Outline.Step.LINE, ex, ey);
            x = ex;
            y = ey;
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double phi = Math.toRadians(rotation);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x - ex) / 2;
        double dy = (y - ey) / 2;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double factor = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cx1 = factor * rx * y1 / ry;
        double cy1 = -factor * ry * x1 / rx;
        double cx = cos * cx1 - sin * cy1 + (x + ex) / 2;
        double cy = sin * cx1 + cos * cy1 + (y + ey) / 2;
        double theta = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
        double delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int parts = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / parts;
        double k = 4.0 / 3 * Math.tan(step / 4);
        for (int i = 0; i < parts; i++) {
            double a0 = theta + i * step;
            double a1 = a0 + step;
            double[] p0 = point(cx, cy, rx, ry, cos, sin, Math.cos(a0), Math.sin(a0));
            double[] p1 = point(cx, cy, rx, ry, cos, sin, Math.cos(a1), Math.sin(a1));
            double[] d0 = direction(rx, ry, cos, sin, -Math.sin(a0), Math.cos(a0));
            double[] d1 = direction(rx, ry, cos, sin, -Math.sin(a1), Math.cos(a1));
            add(Outline.Step.CUBIC, p0[0] + k * d0[0], p0[1] + k * d0[1], p1[0] - k * d1[0], p1[1] - k * d1[1],
                    i == parts - 1 ? ex : p1[0], i == parts - 1 ? ey : p1[1]);
        }
        x = ex;
        y = ey;
    }

    private static double[] point(double cx, double cy, double rx, double ry, double cos, double sin, double c, double s) {
        return new double[] {cx + rx * c * cos - ry * s * sin, cy + rx * c * sin + ry * s * cos};
    }

    private static double[] direction(double rx, double ry, double cos, double sin, double c, double s) {
        return new double[] {rx * c * cos - ry * s * sin, rx * c * sin + ry * s * cos};
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private void add(Outline.Step step, double... points) {
        out.add(new Outline.Segment(step, points));
    }

    private boolean flag() {
        skipSeparators();
        char c = text.charAt(at++);
        if (c != '0' && c != '1') {
            throw new IllegalArgumentException("an arc flag must be 0 or 1 in " + text);
        }
        return c == '1';
    }

    private double number() {
        skipSeparators();
        int start = at;
        if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.'
                || text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("a number is missing at " + at + " in " + text);
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private void skipSeparators() {
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
    }

    private void skipSpace() {
        skipSeparators();
    }
}
