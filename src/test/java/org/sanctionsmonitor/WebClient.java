package org.sanctionsmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like HTTP client with its own cookies, for tests that speak to the running app the way a browser (or an
 * attacker) does: the login form's POST with its CSRF token, Vaadin's bootstrap ({@code ?v-r=init}) and its UIDL
 * messages. It never follows redirects, so tests see every {@code Location}.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private WebClient(String base, InetAddress localAddress) {
        this(base, localAddress, false);
    }

    private WebClient(String base, InetAddress localAddress, boolean tls) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(tls ? new OverTls(cookies) : cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.http = builder.build();
    }

    public static WebClient to(int port) {
        return new WebClient("http://localhost:" + port, null);
    }

    /** A client whose requests leave from {@code localAddress} (any of 127.0.0.0/8 on Linux), so the app sees another client address. */
    public static WebClient from(InetAddress localAddress, int port) {
        return new WebClient("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port, localAddress);
    }

    /**
     * A browser on HTTPS behind a TLS-terminating proxy at {@code proxyAddress} (any of 127.0.0.0/8): every request
     * leaves from that address with {@code X-Forwarded-Proto: https}, as the proxy would send it, and {@code Secure}
     * cookies are sent back as a browser on HTTPS does.
     */
    public static WebClient viaTlsProxy(InetAddress proxyAddress, int port) {
        WebClient client = new WebClient("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port, proxyAddress, true);
        client.headers.put("X-Forwarded-Proto", "https");
        return client;
    }

    /** Sends {@code name: value} with every request from now on (e.g. an {@code X-Forwarded-For} a proxy adds). */
    public WebClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(request(path).header(header, value).GET().build());
    }

    public HttpResponse<String> get2(String path, String header, String value, String header2, String value2) {
        return send(request(path).header(header, value).header(header2, value2).GET().build());
    }

    /** The login page, and the CSRF token it carries for the login form. */
    public String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page: " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse(""));
        }
        return token.group(1);
    }

    /** POSTs the login form as Vaadin's LoginForm does, with the given CSRF token (or none when {@code null}). */
    public HttpResponse<String> postLogin(String username, String password, String csrfToken) {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Signs in through the login form; fails unless the app lets the user in. */
    public WebClient logIn(String username, String password) {
        HttpResponse<String> response = postLogin(username, password, csrfToken());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return this;
    }

    /** The value of this client's session cookie, if it has one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * Sends {@code request} (a whole HTTP/1.1 request: request line, headers, blank line, body) over a plain socket and
     * returns the response's status line and headers. For what {@link HttpClient} refuses to send, such as a forged
     * {@code Host} header.
     */
    public static String raw(int port, String request) {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vaadin's bootstrap request: creates a UI in the session, as a browser tab opening the app does. */
    public Ui openUi(String location) {
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(location) + "&query=");
        Matcher key = SECURITY_KEY.matcher(init.body());
        Matcher ui = UI_ID.matcher(init.body());
        if (init.statusCode() != 200 || !key.find() || !ui.find()) {
            throw new IllegalStateException("Bootstrap failed: " + init.statusCode() + " " + init.body());
        }
        return new Ui(Integer.parseInt(ui.group(1)), key.group(1));
    }

    /** One UI (browser tab) of this client, with the message counter Vaadin expects. */
    public final class Ui {
        public final int id;
        private final String securityKey;
        private int clientId;

        Ui(int id, String securityKey) {
            this.id = id;
            this.securityKey = securityKey;
        }

        /** The client-side router's navigation message, which makes the server show the route. */
        public HttpResponse<String> navigate(String route) {
            return navigate(route, "");
        }

        /** The same with a query string, as the browser sends it (percent-encoded, without the "?"). */
        public HttpResponse<String> navigate(String route, String query) {
            return rpc("""
                    {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s","appShellTitle":"",\
                    "historyState":{"idx":0},"trigger":""}}""".formatted(json(route), json(query)));
        }

        /** Sends RPC invocations (a JSON object or several separated by commas) in one UIDL message. */
        public HttpResponse<String> rpc(String invocations) {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocations + "],\"syncId\":-1,\"clientId\":"
                    + clientId++ + "}";
            return send(request("/?v-r=uidl&v-uiId=" + id).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(builder::header);
        return builder;
    }

    /** Cookies as the browser behind the TLS proxy keeps them: its address is https, so {@code Secure} ones go back. */
    private static final class OverTls extends java.net.CookieHandler {

        private final CookieManager cookies;

        OverTls(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> requestHeaders)
                throws IOException {
            return cookies.get(https(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> responseHeaders) throws IOException {
            cookies.put(https(uri), responseHeaders);
        }

        private static URI https(URI uri) {
            return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A string as the inside of a JSON string literal. */
    static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
