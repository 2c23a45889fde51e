package dev.iammodeller.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where things are drawn, kept apart from what they mean: node positions, and the bounds of the frames
 * (accounts, organizational units) that hold other nodes. Keys are entity ids.
 */
public record Layout(Map<String, Point> nodes, Map<String, Bounds> frames) {
    public static final Layout EMPTY = new Layout(Map.of(), Map.of());

    public Layout {
        nodes = java.util.Collections.unmodifiableMap(new TreeMap<>(nodes));
        frames = java.util.Collections.unmodifiableMap(new TreeMap<>(frames));
    }

    /** A position on the canvas. */
    public record Point(double x, double y) {
    }

    /** A rectangle on the canvas. */
    public record Bounds(double x, double y, double width, double height) {
    }

    public Layout withNode(String id, Point point) {
        Map<String, Point> copy = new TreeMap<>(nodes);
        copy.put(id, point);
        return new Layout(copy, frames);
    }

    public Layout withFrame(String id, Bounds bounds) {
        Map<String, Bounds> copy = new TreeMap<>(frames);
        copy.put(id, bounds);
        return new Layout(nodes, copy);
    }

    /** This layout without anything of entity {@code id}. */
    public Layout without(String id) {
        if (!nodes.containsKey(id) && !frames.containsKey(id)) {
            return this;
        }
        Map<String, Point> n = new TreeMap<>(nodes);
        Map<String, Bounds> f = new TreeMap<>(frames);
        n.remove(id);
        f.remove(id);
        return new Layout(n, f);
    }
}
