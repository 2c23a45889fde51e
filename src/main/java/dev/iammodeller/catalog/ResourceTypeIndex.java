package dev.iammodeller.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource types of every service with their ARN templates compiled once, grouped by the service part
 * the template names ({@code arn:${Partition}:iam::...} is under {@code iam}, whichever service defines it).
 */
final class ResourceTypeIndex {
    private record Entry(int order, ResourceType type, ArnTemplate template) {
    }

    private final Map<String, List<Entry>> byArnService = new HashMap<>();
    private final List<Entry> anyArnService = new ArrayList<>();

    ResourceTypeIndex(List<Service> services) {
        int order = 0;
        for (Service service : services) {
            for (ResourceType type : service.resourceTypes()) {
                ArnTemplate template = ArnTemplate.of(type.arnTemplate());
                Entry entry = new Entry(order++, type, template);
                if (template.service() == null) {
                    anyArnService.add(entry);
                } else {
                    byArnService.computeIfAbsent(template.service(), key -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /**
     * The most specific resource types whose template {@code arn} matches: of all matching templates, those
     * with the most literal characters ({@code table/${TableName}/index/${IndexName}} before
     * {@code table/${TableName}} for an index's ARN). Several services may define the same template
     * ({@code iam}, {@code sts} and others define the role's); all of them are given, in catalogue order.
     */
    List<ResourceType> matching(String arn) {
        List<String> parts = ArnTemplate.split(arn);
        String service = parts.size() > 2 ? parts.get(2) : "";
        List<Entry> found = new ArrayList<>();
        for (List<Entry> candidates : List.of(byArnService.getOrDefault(service, List.of()), anyArnService)) {
            for (Entry entry : candidates) {
                if (entry.template().matches(parts, arn)) {
                    found.add(entry);
                }
            }
        }
        int best = found.stream().mapToInt(entry -> entry.template().literals()).max().orElse(0);
        return found.stream()
                .filter(entry -> entry.template().literals() == best)
                .sorted(Comparator.comparingInt(Entry::order))
                .map(Entry::type)
                .toList();
    }
}
