package org.sanctionsmonitor.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, the npm package's {@code axe.min.js}, MPL-2.0, vendored unchanged under
 * {@code src/test/resources/axe/}) run inside a page. It is evaluated through Playwright's DevTools channel, which the
 * app's Content-Security-Policy does not govern, so the policy stays as strict as it is for readers.
 */
final class Axe {

    /** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final String SOURCE = read();

    /** One rule broken on a page: the rule, its impact, and the elements (CSS selectors) that break it. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + ", " + targets.size() + "): " + help + " " + targets;
        }
    }

    private Axe() {
    }

    /** The page's violations of the WCAG A and AA rules, as axe-core sees the page now. */
    static List<Violation> violations(Page page) {
        return run(page, Map.of("type", "tag", "values", TAGS));
    }

    /** The page's violations of the given axe-core rules only, e.g. {@code target-size}. */
    static List<Violation> violationsOf(Page page, List<String> rules) {
        return run(page, Map.of("type", "rule", "values", rules));
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> run(Page page, Map<String, Object> runOnly) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async runOnly => {
                  const result = await window.axe.run(document, {runOnly: runOnly, resultTypes: ['violations']});
                  return result.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' >>> ')
                          + (window.smAxeDetail ? ' {' + n.failureSummary + ' | ' + n.html.slice(0, 300) + '}' : ''))}));
                }""", runOnly);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("targets"))).toList();
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
