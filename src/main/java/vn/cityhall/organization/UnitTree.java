package vn.cityhall.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the whole unit tree. A city has at most a few thousand units, so the
 * tree is held in memory and subtree questions are answered without a query.
 */
public final class UnitTree {

    private static final Comparator<UnitNode> ORDER = Comparator.comparingInt(UnitNode::sortOrder)
            .thenComparing(UnitNode::name);

    private final Map<UnitId, UnitNode> nodes = new HashMap<>();
    private final Map<UnitId, List<UnitNode>> children = new HashMap<>();
    private final List<UnitNode> roots = new ArrayList<>();

    public UnitTree(Collection<UnitNode> units) {
        units.forEach(unit -> nodes.put(unit.id(), unit));
        for (UnitNode unit : units) {
            if (unit.parentId() == null || !nodes.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
            }
        }
        roots.sort(ORDER);
        children.values().forEach(list -> list.sort(ORDER));
    }

    public Optional<UnitNode> find(UnitId id) {
        return Optional.ofNullable(id == null ? null : nodes.get(id));
    }

    public UnitNode get(UnitId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + id));
    }

    public List<UnitNode> roots() {
        return List.copyOf(roots);
    }

    public List<UnitNode> children(UnitId id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    public int size() {
        return nodes.size();
    }

    /** Whether {@code unit} is {@code ancestor} itself or lies anywhere below it. */
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        UnitId current = unit;
        int guard = nodes.size() + 1;
        while (current != null && guard-- > 0) {
            if (current.equals(ancestor)) {
                return true;
            }
            UnitNode node = nodes.get(current);
            current = node == null ? null : node.parentId();
        }
        return false;
    }

    /** The unit and everything below it, in depth-first order. */
    public Set<UnitId> subtree(UnitId root) {
        Set<UnitId> result = new LinkedHashSet<>();
        if (!nodes.containsKey(root)) {
            return result;
        }
        Deque<UnitId> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            UnitId id = stack.pop();
            if (result.add(id)) {
                List<UnitNode> below = children.getOrDefault(id, List.of());
                for (int i = below.size() - 1; i >= 0; i--) {
                    stack.push(below.get(i).id());
                }
            }
        }
        return result;
    }

    /** From the root down to the unit's parent (empty for a root). */
    public List<UnitNode> ancestors(UnitId id) {
        List<UnitNode> path = new ArrayList<>();
        UnitNode node = nodes.get(id);
        int guard = nodes.size() + 1;
        while (node != null && node.parentId() != null && guard-- > 0) {
            node = nodes.get(node.parentId());
            if (node != null) {
                path.add(0, node);
            }
        }
        return path;
    }

    /** Depth of the unit: 0 for a root. */
    public int depth(UnitId id) {
        return ancestors(id).size();
    }
}
