package org.sanctionsmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search outside a transaction runs its kinds at once, each on a connection of its own (see
 * {@code SearchService.firstPages}); inside one, one after another. Both find the same, on the demo data (committed,
 * which is what the kinds' own connections see), also when more searches run at once than may run their kinds so.
 */
@AppTest
class SearchKindsAtOnceTest {

    private static final List<String> SEARCHES = List.of("Shahed-136", "Peskov", "1718 OP8", "drones Russia", "pelanggaran", "Kim Yo-jong",
            "troops Kursk", "nothing matches this zqxv");

    @Autowired
    SearchService search;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void kinds_searched_at_once_find_what_they_find_one_after_another() throws Exception {
        List<SearchResults> inTurn = new ArrayList<>();
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (String words : SEARCHES) {
                inTurn.add(transactions.execute(status -> search.search(SearchQuery.of(words), 5)));
            }
            assertThat(inTurn).as("the demo data has matches").allMatch(found -> !found.groups().isEmpty() || found.query().text().contains("zqxv"));
            for (int n = 0; n < SEARCHES.size(); n++) {
                assertThat(search.search(SearchQuery.of(SEARCHES.get(n)), 5)).as(SEARCHES.get(n)).isEqualTo(inTurn.get(n));
            }
        }
        // Eight searches at once: two run their kinds at once, the others in turn; all find the same.
        try (ExecutorService readers = Executors.newFixedThreadPool(SEARCHES.size())) {
            List<Future<SearchResults>> found = new ArrayList<>();
            for (String words : SEARCHES) {
                Callable<SearchResults> reader = () -> {
                    try (SignedIn signedIn = SignedIn.as("viewer", Role.VIEWER)) {
                        return search.search(SearchQuery.of(words), 5);
                    }
                };
                found.add(readers.submit(reader));
            }
            for (int n = 0; n < SEARCHES.size(); n++) {
                assertThat(found.get(n).get()).as(SEARCHES.get(n)).isEqualTo(inTurn.get(n));
            }
        }
    }
}
