package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.iammodeller.diagram.DiagramEdges;
import dev.iammodeller.model.IamModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mermaid, DOT and Terraform read back by small grammars of their own: braces and quotes balanced, identifiers
 * valid, every edge's or reference's end declared, names whole after unescaping.
 */
class TextGrammarTest {
    // ---- Mermaid (flowchart syntax: https://mermaid.js.org/syntax/flowchart.html) ----
    private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
    private static final String LABEL = "\"([^\"]*)\"";
    private static final Pattern M_SUBGRAPH = Pattern.compile("subgraph (" + ID + ")\\[" + LABEL + "]");
    private static final Pattern M_NODE = Pattern.compile("(" + ID + ")(\\(\\[|\\[\\[|\\{\\{|\\[\\(|\\(\\(|\\[/|\\[)" + LABEL
            + "(\\]\\)|\\]\\]|\\}\\}|\\)\\]|\\)\\)|/\\]|\\]):::(" + ID + ")");
    private static final Pattern M_EDGE = Pattern.compile("(" + ID + ") (-->|-\\.->)\\|" + LABEL + "\\| (" + ID + ")");
    private static final Pattern M_CLASSDEF = Pattern.compile("classDef (" + ID + ") [a-z]+:#[0-9a-f]{6}(,[a-z]+:#[0-9a-f]{6})*");
    private static final Pattern M_CLASS = Pattern.compile("class (" + ID + ") (" + ID + ")");

    record Mermaid(Map<String, String> labels, List<String[]> edges) {
    }

    static String unescapeMermaid(String label) {
        assertFalse(label.matches(".*[<>&\"].*") && !label.contains("<br/>"), "raw markup in " + label);
        String text = label.replace("<br/>", "\n");
        assertFalse(text.matches("(?s).*[<>&\"].*"), "raw markup in " + label);
        Matcher m = Pattern.compile("#([a-z]+|[0-9]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            String c = switch (code) {
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> code.matches("[0-9]+") ? String.valueOf((char) Integer.parseInt(code)) : null;
            };
            if (c == null) {
                fail("unknown entity code #" + code + "; in " + label);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        assertFalse(out.toString().replaceAll("#[0-9]+;", "").isEmpty() && text.contains("#") && !text.contains(";"));
        return out.toString();
    }

    static Mermaid parseMermaid(String text) {
        String[] lines = text.split("\n");
        assertTrue(lines[1].equals("flowchart LR"), lines[1]);
        Map<String, String> labels = new HashMap<>();
        Set<String> classes = new HashSet<>();
        List<String[]> edges = new ArrayList<>();
        List<String> classUses = new ArrayList<>();
        int depth = 0;
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m;
            if ((m = M_SUBGRAPH.matcher(line)).matches()) {
                depth++;
                assertTrue(labels.put(m.group(1), unescapeMermaid(m.group(2))) == null, "declared twice: " + line);
            } else if (line.equals("end")) {
                depth--;
                assertTrue(depth >= 0, "end without subgraph");
            } else if ((m = M_NODE.matcher(line)).matches()) {
                assertTrue(labels.put(m.group(1), unescapeMermaid(m.group(3))) == null, "declared twice: " + line);
                classUses.add(m.group(5));
            } else if ((m = M_EDGE.matcher(line)).matches()) {
                edges.add(new String[] {m.group(1), m.group(4), unescapeMermaid(m.group(3))});
            } else if ((m = M_CLASSDEF.matcher(line)).matches()) {
                classes.add(m.group(1));
            } else if ((m = M_CLASS.matcher(line)).matches()) {
                classUses.add(m.group(2));
                assertTrue(labels.containsKey(m.group(1)), line);
            } else {
                fail("not a line of the flowchart grammar: " + line);
            }
        }
        assertEquals(0, depth, "every subgraph ends");
        assertTrue(classes.containsAll(classUses), "every class used is defined");
        for (String[] edge : edges) {
            assertTrue(labels.containsKey(edge[0]) && labels.containsKey(edge[1]), "edge ends declared: " + edge[0] + " " + edge[1]);
        }
        return new Mermaid(labels, edges);
    }

    @Test
    void mermaidOfEveryExampleAndOfHostileNames() {
        List<IamModel> models = new ArrayList<>(ExportFixtures.examples().values());
        models.add(ExportFixtures.hostile());
        for (IamModel model : models) {
            Exported.Single single = (Exported.Single) MermaidExport.export(model, ExportOptions.DEFAULT);
            Mermaid mermaid = parseMermaid(single.text());
            assertEquals(DiagramEdges.of(model).size(), mermaid.edges().size());
            Set<String> names = new HashSet<>();
            mermaid.labels().values().forEach(l -> names.add(l.contains("\n") ? l.substring(0, l.indexOf('\n'))
                    : l.substring(0, l.lastIndexOf(" ("))));
            model.entities().values().forEach(e -> assertTrue(names.contains(e.name()), e.name() + " whole"));
        }
    }

    @Test
    void mermaidOfMoreThan500EdgesIsSplitIntoFilesThatEachFit() {
        IamModel model = ExportFixtures.manyEdges(1200);
        Exported exported = MermaidExport.export(model, ExportOptions.DEFAULT);
        Exported.Folder folder = (Exported.Folder) exported;
        assertFalse(exported.notes().isEmpty(), "a note says it was split");
        int edges = 0;
        for (String file : folder.files().keySet()) {
            assertTrue(file.endsWith(".mmd") && !file.contains("/"), file);
            String text = folder.text(file);
            Mermaid mermaid = parseMermaid(text);
            assertTrue(mermaid.edges().size() <= 500, file + ": " + mermaid.edges().size());
            assertTrue(text.length() <= 50_000, file);
            edges += mermaid.edges().size();
        }
        assertEquals(1201, edges, "every edge in some file");
        assertTrue(folder.files().keySet().stream().anyMatch(f -> f.startsWith("small")), folder.files().keySet().toString());
    }

    // ---- DOT (https://graphviz.org/doc/info/lang.html) ----
    private static final Pattern DOT_TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|->|[{}\\[\\];=,]|[A-Za-z_][A-Za-z0-9_]*|-?[0-9.]+)");

    static List<String> dotTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = DOT_TOKEN.matcher(text);
        int at = 0;
        while (at < text.strip().length() + (text.length() - text.stripTrailing().length()) && m.find(at) && m.start() == at) {
            tokens.add(m.group(1));
            at = m.end();
            if (text.substring(at).isBlank()) {
                break;
            }
        }
        assertTrue(text.substring(at).isBlank(), "cannot read DOT at: " + text.substring(at, Math.min(text.length(), at + 60)));
        return tokens;
    }

    static String unquoteDot(String token) {
        assertTrue(token.startsWith("\"") && token.endsWith("\"") && token.length() >= 2, token);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c == '\\') {
                char next = token.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void dotOfEveryExampleAndOfHostileNames() {
        List<IamModel> models = new ArrayList<>(ExportFixtures.examples().values());
        models.add(ExportFixtures.hostile());
        for (IamModel model : models) {
            List<String> tokens = dotTokens(DotExport.export(model, ExportOptions.DEFAULT));
            assertEquals("digraph", tokens.get(0));
            assertEquals(model.title(), unquoteDot(tokens.get(1)));
            Deque<String> open = new ArrayDeque<>();
            Set<String> declared = new HashSet<>();
            List<String[]> edges = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            int clusters = 0;
            for (int i = 2; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.equals("{") || t.equals("[")) {
                    open.push(t);
                } else if (t.equals("}") || t.equals("]")) {
                    assertEquals(t.equals("}") ? "{" : "[", open.pop());
                } else if (t.equals("subgraph")) {
                    String name = unquoteDot(tokens.get(i + 1));
                    assertTrue(name.startsWith("cluster_"), name);
                    assertEquals("{", tokens.get(i + 2));
                    clusters++;
                } else if (t.equals("label") && open.peek() != null && open.peek().equals("{") && tokens.get(i - 1).equals("{")) {
                    assertTrue(tokens.get(i + 2).startsWith("\""), "a cluster label is quoted");
                } else if (t.startsWith("\"") && open.peek() != null && open.peek().equals("{")
                        && !tokens.get(i - 1).equals("=") && !tokens.get(i - 1).equals("subgraph")) {
                    if (tokens.get(i + 1).equals("->")) {
                        edges.add(new String[] {unquoteDot(t), unquoteDot(tokens.get(i + 2))});
                        i += 2;
                    } else if (tokens.get(i + 1).equals("[")) {
                        declared.add(unquoteDot(t));
                        assertEquals("label", tokens.get(i + 2));
                        labels.put(unquoteDot(t), unquoteDot(tokens.get(i + 4)));
                    }
                }
            }
            assertTrue(open.isEmpty(), "balanced");
            assertEquals(model.entities().values().stream().filter(e -> dev.iammodeller.diagram.KindLooks.isFrame(e.kind())).count(),
                    clusters);
            for (String[] edge : edges) {
                assertTrue(declared.contains(edge[0]) && declared.contains(edge[1]), edge[0] + " -> " + edge[1]);
            }
            assertEquals(DiagramEdges.of(model).size(), edges.size());
            labels.forEach((id, label) -> {
                if (dev.iammodeller.diagram.KindLooks.isFrame(model.entities().get(id).kind())) {
                    assertEquals("", label, "a frame's anchor point is invisible");
                } else {
                    assertEquals(model.entities().get(id).name(), label.substring(0, label.indexOf('\n')));
                }
            });
        }
    }

    /**
     * Every node of the DOT carries where the canvas draws it ({@code pos}, pinned, in points, y up), so that
     * {@code neato -n2} keeps the app's layout: in example 01, alice is drawn under dev and left of report-logger,
     * and the AWS managed policies under the account.
     */
    @Test
    void dotNodesCarryTheirPlaceOnTheCanvas() {
        IamModel model = ExportFixtures.examples().get("01-group-vs-service-role.iam.json");
        List<String> tokens = dotTokens(DotExport.export(model, ExportOptions.DEFAULT));
        Map<String, double[]> places = new HashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).equals("[") && tokens.get(i - 1).startsWith("\"")) {
                String id = unquoteDot(tokens.get(i - 1));
                for (int j = i + 1; !tokens.get(j).equals("]"); j++) {
                    if (tokens.get(j).equals("pos")) {
                        String pos = unquoteDot(tokens.get(j + 2));
                        assertTrue(pos.matches("-?[0-9]+\\.[0-9],-?[0-9]+\\.[0-9]!"), pos);
                        String[] xy = pos.substring(0, pos.length() - 1).split(",");
                        places.put(id, new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                    }
                }
            }
        }
        for (String id : List.of("alice", "dev", "report-fn", "report-logger", "AmazonS3FullAccess", "s3")) {
            assertTrue(places.containsKey(id), id + " has a place: " + places.keySet());
        }
        assertTrue(places.get("alice")[1] < places.get("dev")[1], "alice under her group dev (y up)");
        assertTrue(places.get("alice")[0] < places.get("report-logger")[0], "alice left of report-logger");
        assertTrue(places.get("AmazonS3FullAccess")[1] < places.get("report-fn")[1], "the policies under the account");
        assertTrue(places.values().stream().allMatch(p -> p[1] >= 0), "measured up from the drawing's bottom");
        dev.iammodeller.diagram.Drawing drawing = dev.iammodeller.diagram.Drawing.of(model);
        assertEquals(drawing.shape("dev").centre().x() * 0.75, places.get("dev")[0], 0.05, "in points");
    }

    // ---- Terraform (HCL native syntax: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md) ----
    private static final Pattern HCL_RESOURCE = Pattern.compile("resource \"([a-z_]+)\" \"([^\"]*)\" \\{");
    private static final Pattern HCL_REF = Pattern.compile("\\b(aws_[a-z_]+)\\.([A-Za-z][A-Za-z0-9_-]*)\\.(name|arn|id)\\b");

    /** The text with every string's content blanked, after checking each string's escapes. */
    static String withoutStrings(String text, List<String> strings) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
                continue;
            }
            if (c != '"') {
                out.append(c);
                continue;
            }
            StringBuilder value = new StringBuilder();
            for (i++; ; i++) {
                assertTrue(i < text.length(), "a string never ends");
                char s = text.charAt(i);
                assertTrue(s != '\n', "a line break inside a string");
                if (s == '"') {
                    break;
                }
                if (s == '\\') {
                    char next = text.charAt(++i);
                    switch (next) {
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case '"', '\\' -> value.append(next);
                        case 'u' -> {
                            value.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> fail("unknown escape \\" + next);
                    }
                } else if ((s == '$' || s == '%') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    fail("an interpolation or directive inside a string: " + text.substring(i, Math.min(text.length(), i + 20)));
                } else if ((s == '$' || s == '%') && i + 2 < text.length() && text.charAt(i + 1) == s
                        && text.charAt(i + 2) == '{') {
                    value.append(s).append('{');
                    i += 2;
                } else {
                    value.append(s);
                }
            }
            strings.add(value.toString());
            out.append("\"\"");
        }
        return out.toString();
    }

    static Map<String, Set<String>> checkTerraform(String text, List<String> strings) {
        String code = withoutStrings(text, strings);
        Deque<Character> open = new ArrayDeque<>();
        for (char c : code.toCharArray()) {
            switch (c) {
                case '{', '[', '(' -> open.push(c);
                case '}' -> assertEquals('{', open.pop());
                case ']' -> assertEquals('[', open.pop());
                case ')' -> assertEquals('(', open.pop());
                default -> { }
            }
        }
        assertTrue(open.isEmpty(), "balanced");
        Map<String, Set<String>> declared = new HashMap<>();
        Matcher m = HCL_RESOURCE.matcher(text);
        while (m.find()) {
            assertTrue(m.group(2).matches("[A-Za-z][A-Za-z0-9_-]*"), "identifier " + m.group(2));
            assertTrue(declared.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2)), "unique " + m.group(2));
        }
        Matcher r = HCL_REF.matcher(code);
        while (r.find()) {
            assertTrue(declared.getOrDefault(r.group(1), Set.of()).contains(r.group(2)), "reference resolves: " + r.group());
        }
        for (String line : code.split("\n")) {
            String s = line.strip();
            assertTrue(s.isEmpty() || s.matches("resource \"\" \"\" \\{") || s.matches("\"?[A-Za-z_\"]+\"? = .*")
                    || s.matches("[}\\])]+,?\\)?") || s.matches("\\{|\"\",?|\\[|[A-Za-z0-9_.\"-]+,?"), "HCL line: " + line);
        }
        return declared;
    }

    @Test
    void terraformOfEveryExampleAndOfHostileNames() {
        List<IamModel> models = new ArrayList<>(ExportFixtures.examples().values());
        models.add(ExportFixtures.hostile());
        for (IamModel model : models) {
            List<String> strings = new ArrayList<>();
            checkTerraform(TerraformExport.export(model, ExportOptions.DEFAULT).text(), strings);
        }
        List<String> strings = new ArrayList<>();
        Map<String, Set<String>> declared = checkTerraform(
                TerraformExport.export(ExportFixtures.hostile(), ExportOptions.DEFAULT).text(), strings);
        assertTrue(strings.contains(ExportFixtures.HOSTILE), "the hostile name, whole after unescaping");
        assertTrue(strings.contains("arn:aws:s3:::home/${aws:username}/*"), "a policy variable stays literal");
        assertTrue(strings.contains("%{x}"));
        assertEquals(3, declared.get("aws_iam_user").size());
        assertEquals(Set.of("aws_iam_user", "aws_iam_group", "aws_iam_role", "aws_iam_policy", "aws_iam_user_group_membership",
                "aws_iam_group_policy_attachment", "aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment",
                "aws_iam_user_policy", "aws_iam_instance_profile", "aws_organizations_policy",
                "aws_organizations_policy_attachment"), declared.keySet());
        assertEquals(3, declared.get("aws_organizations_policy_attachment").size());
        assertFalse(declared.get("aws_iam_policy").stream().anyMatch(n -> n.toLowerCase().contains("readonly")),
                "an AWS managed policy is attached by ARN, never created");
    }
}
