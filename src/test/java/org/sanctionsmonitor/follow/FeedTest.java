package org.sanctionsmonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.TestData;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A saved view's private Atom feed over HTTP, without a session: valid Atom, published items only, gone once revoked. */
@WebAppTest
class FeedTest {

    @LocalServerPort
    int port;

    @Autowired
    SavedViewService savedViews;

    @Autowired
    FeedService feeds;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private final String word = "Quokka" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeTheViewAndKey() {
        jdbc.sql("DELETE FROM saved_view WHERE name LIKE 'Feed test%'").update();
        jdbc.sql("DELETE FROM feed_key WHERE user_id = (SELECT id FROM app_user WHERE username = 'editor')").update();
    }

    @Test
    void the_feed_validates_as_atom_lists_only_published_items_and_answers_404_after_its_key_is_revoked() throws Exception {
        long published = testData.publishedIncident(word + " shells by rail", data -> data.setSummary("<b>not markup</b> & more"));
        long draft = testData.draftIncident(word + " a draft");
        long view;
        String secret;
        // An editor's view: editors see drafts in the list, but a feed carries what readers see.
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            view = savedViews.save("Feed test " + word, "incidents?q=" + word);
            secret = feeds.createKey();
        }
        String address = "/" + FeedAddress.of(view, secret);

        HttpResponse<String> response = WebClient.to(port).get(address);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a feed").isEmpty();
        assertValidAtom(response.body());
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Feed test " + word + " · Sanctions Monitor");
        assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getTitle()).isEqualTo("Alleged violation: " + word + " shells by rail");
            assertThat(entry.getAlternateLinks().getFirst().getHref()).isEqualTo("http://localhost:" + port + "/incidents/" + published);
            assertThat(entry.getSummary().getValue()).isEqualTo("<b>not markup</b> & more");
        });
        assertThat(response.body()).doesNotContain(word + " a draft").doesNotContain("incidents/" + draft);

        assertThat(WebClient.to(port).get("/feeds/" + view + "/" + secret.substring(1) + "x").statusCode()).as("a wrong key").isEqualTo(404);
        assertThat(WebClient.to(port).get("/feeds/" + (view + 1000) + "/" + secret).statusCode()).as("another view").isEqualTo(404);
        try (SignedIn viewer = SignedIn.as("viewer", Role.VIEWER)) {
            String viewersKey = feeds.createKey();
            assertThat(WebClient.to(port).get("/feeds/" + view + "/" + viewersKey).statusCode()).as("another reader's key").isEqualTo(404);
            feeds.revokeKey();
        }

        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            feeds.revokeKey();
        }
        assertThat(WebClient.to(port).get(address).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM feed_key k JOIN app_user u ON u.id = k.user_id WHERE u.username = 'editor'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void the_key_is_stored_only_as_its_hash_and_a_new_key_stops_the_old_addresses() {
        long view;
        String first;
        String second;
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            view = savedViews.save("Feed test dossier " + word, "countries/KP");
            first = feeds.createKey();
            second = feeds.createKey();
        }
        byte[] stored = jdbc.sql("SELECT secret_hash FROM feed_key k JOIN app_user u ON u.id = k.user_id WHERE u.username = 'editor'")
                .query(byte[].class).single();
        assertThat(stored).hasSize(32).isNotEqualTo(second.getBytes());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(second);

        assertThat(WebClient.to(port).get("/" + FeedAddress.of(view, first)).statusCode()).isEqualTo(404);
        assertThat(WebClient.to(port).get("/" + FeedAddress.of(view, second)).statusCode()).isEqualTo(200);
    }

    /**
     * The elements RFC 4287 requires: a feed with atom:id, atom:title, atom:updated and an author (on the feed or on
     * every entry), and entries each with atom:id, atom:title, atom:updated and a link; dates in RFC 3339.
     */
    private static void assertValidAtom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "http://www.w3.org/2005/Atom";
            }

            public String getPrefix(String uri) {
                return "a";
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return List.of("a").iterator();
            }
        });
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
        for (String required : List.of("/a:feed/a:id", "/a:feed/a:title", "/a:feed/a:updated", "/a:feed/a:author/a:name")) {
            assertThat(((NodeList) xpath.evaluate(required, document, XPathConstants.NODESET)).getLength()).as(required).isEqualTo(1);
        }
        NodeList entries = (NodeList) xpath.evaluate("/a:feed/a:entry", document, XPathConstants.NODESET);
        for (int i = 1; i <= entries.getLength(); i++) {
            for (String required : List.of("a:id", "a:title", "a:updated", "a:link[@rel='alternate']/@href")) {
                assertThat(((NodeList) xpath.evaluate("/a:feed/a:entry[" + i + "]/" + required, document, XPathConstants.NODESET))
                        .getLength()).as(required).isEqualTo(1);
            }
            String updated = xpath.evaluate("/a:feed/a:entry[" + i + "]/a:updated", document);
            assertThat(java.time.OffsetDateTime.parse(updated)).isNotNull(); // RFC 3339
            assertThat(xpath.evaluate("/a:feed/a:entry[" + i + "]/a:id", document)).startsWith("urn:uuid:");
        }
    }
}
