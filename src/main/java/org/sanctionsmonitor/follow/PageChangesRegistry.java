package org.sanctionsmonitor.follow;

import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.editorial.PageChanges;
import org.springframework.stereotype.Component;

/** The pages readers can save as views: one {@link PageChanges} bean per kind of page, registered by its feature. */
@Component
class PageChangesRegistry {

    private final List<PageChanges> pages;

    PageChangesRegistry(List<PageChanges> pages) {
        this.pages = List.copyOf(pages);
    }

    Optional<PageChanges> forLocation(PageLocation location) {
        return pages.stream().filter(p -> p.handles(location.path())).findFirst();
    }
}
