package org.sanctionsmonitor.editorial;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The kinds of record the features registered, by key. */
@Component
class EditorialTypes {

    private final Map<String, EditorialType<?, ?>> byKey;

    EditorialTypes(List<EditorialType<?, ?>> types) {
        this.byKey = types.stream().collect(Collectors.toUnmodifiableMap(t -> t.itemType().key(), Function.identity()));
    }

    EditorialType<?, ?> get(ItemType type) {
        return get(type.key());
    }

    EditorialType<?, ?> get(String key) {
        EditorialType<?, ?> found = byKey.get(key);
        if (found == null) {
            throw new IllegalArgumentException("No editorial type is registered for " + key);
        }
        return found;
    }

    List<EditorialType<?, ?>> all() {
        return byKey.values().stream().sorted(java.util.Comparator.comparing(t -> t.itemType().key())).toList();
    }
}
