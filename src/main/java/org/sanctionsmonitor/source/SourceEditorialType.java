package org.sanctionsmonitor.source;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.editorial.EditorialType;
import org.sanctionsmonitor.editorial.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sources, as the editorial core edits, reviews and records them. A source's web address is unique. */
@Component
class SourceEditorialType implements EditorialType<Source, SourceData> {

    private final SourceRepository sources;
    private final JdbcClient jdbc;

    SourceEditorialType(SourceRepository sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    @Override
    public ItemType itemType() {
        return Source.TYPE;
    }

    @Override
    public Class<Source> entityClass() {
        return Source.class;
    }

    @Override
    public Class<SourceData> dataClass() {
        return SourceData.class;
    }

    @Override
    public String table() {
        return "source";
    }

    @Override
    public Source create() {
        return new Source();
    }

    @Override
    public SourceData toData(Source source) {
        return source.toData();
    }

    @Override
    public void apply(Source source, SourceData data) {
        source.apply(data);
    }

    @Override
    public void check(SourceData data) {
        sources.findByUrl(data.getUrl().trim())
                .filter(other -> !other.getId().equals(data.getId()))
                .ifPresent(other -> {
                    throw new FieldException("url", "Another source already has this address: " + other.label() + ".");
                });
    }

    @Override
    public String page(long id) {
        return Pages.source(id);
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return jdbc.sql("SELECT id, outlet, originating_outlet, title_original FROM visible_sources(true) WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), Labels.source(rs.getString("outlet"), rs.getString("originating_outlet"),
                        rs.getString("title_original"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
