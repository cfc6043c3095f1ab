package org.sanctionsmonitor.search;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.editorial.ItemType;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Source;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;
import org.springframework.stereotype.Component;

/**
 * Published records in five scripts for the search tests, saved through the services as an editor would, and
 * published as an admin's bulk load is. The texts are real-world phrasing of the kind the sources carry.
 */
@Component
public class SearchTestData {

    private final TestData data;
    private final ActorService actors;
    private final StatementService statements;
    private final ReviewService review;

    SearchTestData(TestData data, ActorService actors, StatementService statements, ReviewService review) {
        this.data = data;
        this.actors = actors;
        this.statements = statements;
        this.review = review;
    }

    /** Kim Yo-jong, known also as 김여정 and Ким Ё Чжон (not as "Kim Yo Jong": search must find that spelling itself). */
    public long kimYoJong() {
        ActorData actor = new ActorData();
        actor.setKind(ActorKind.PERSON);
        actor.setName("Kim Yo-jong");
        actor.setCountryCode("KP");
        actor.setTitle("Vice department director of the WPK Central Committee");
        actor.setOtherNames(List.of("김여정", "Ким Ё Чжон"));
        return CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> actors.save(actor));
    }

    /** A published statement by the speaker, changed by {@code change}. */
    public long publishedStatement(long speaker, String summary, Consumer<StatementData> change) {
        long id = draftStatement(speaker, summary, change);
        publish(Statement.TYPE, id);
        return id;
    }

    public long draftStatement(long speaker, String summary, Consumer<StatementData> change) {
        StatementData statement = new StatementData();
        statement.setSpeakers(List.of(new ActorOption(speaker, "speaker")));
        statement.setSaidOn(LocalDate.of(2024, 10, 21));
        statement.setStance(Stance.DENIES);
        statement.setSummary(summary);
        change.accept(statement);
        return CurrentUser.runAs(TestData.EDITOR, Role.EDITOR, () -> statements.save(statement));
    }

    /** A published source in {@code language} with this title and excerpt (and an English translation when given). */
    public long publishedSource(String outlet, String language, String title, String excerpt, String translation) {
        long id = data.draftSource(outlet, "https://example.org/" + language + "/" + Math.abs((title + excerpt).hashCode()), title,
                (Consumer<SourceData>) source -> {
                    source.setLanguage(language);
                    source.setExcerptOriginal(excerpt);
                    if (translation != null) {
                        source.setExcerptTranslation(translation);
                        source.setTranslatedBy("DeepL");
                        source.setTranslationMethod(TranslationMethod.MACHINE);
                    }
                });
        publish(Source.TYPE, id);
        return id;
    }

    public long publishedIncident(String title, String summary) {
        return data.publishedIncident(title, (Consumer<IncidentData>) incident -> incident.setSummary(summary));
    }

    public long draftIncident(String title, String summary) {
        return data.draftIncident(title, incident -> incident.setSummary(summary));
    }

    public void publish(ItemType type, long id) {
        CurrentUser.runAs("test-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(type, id);
            return id;
        });
    }
}
