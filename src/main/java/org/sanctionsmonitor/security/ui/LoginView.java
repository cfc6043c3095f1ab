package org.sanctionsmonitor.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.DemoMode;
import org.sanctionsmonitor.base.UrlQuery;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sanctions Monitor")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();

    LoginView(DemoMode demoMode) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(new H1("Sanctions Monitor"), login);
        if (demoMode.enabled()) {
            add(new Paragraph("Demo accounts: viewer / viewer, editor / editor, admin / admin."));
        }
    }

    /** Says why the last sign-in failed; the reason comes from the failure handler as a query parameter. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Message message = MESSAGES.entrySet().stream().filter(entry -> query.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        LoginI18n i18n = LoginI18n.createDefault();
        if (message != null) {
            i18n.getErrorMessage().setTitle(message.title());
            i18n.getErrorMessage().setMessage(message.text().replace("{wait}", wait(UrlQuery.first(query, "throttled"))));
        }
        login.setI18n(i18n);
        login.setError(message != null);
    }

    private record Message(String title, String text) {
    }

    private static final Map<String, Message> MESSAGES = new LinkedHashMap<>();

    static {
        MESSAGES.put("unavailable", new Message("The service is unavailable",
                "Signing in is not possible right now. Try again shortly; nothing was counted against your account."));
        MESSAGES.put("throttled", new Message("Too many failed sign-ins",
                "Too many failed sign-ins came from your network. Wait {wait} before you try again."));
        MESSAGES.put("locked", new Message("The account is locked",
                "After 5 failed sign-ins the account is locked for 15 minutes. Try again later, or ask an administrator to unlock it."));
        MESSAGES.put("expired", new Message("The sign-in page had expired",
                "The page was open too long. Enter your username and password again."));
        MESSAGES.put("error", new Message("Wrong username or password",
                "Check them and try again. After 5 failed attempts the account is locked for 15 minutes."));
    }

    private static String wait(String seconds) {
        long value = seconds != null && seconds.matches("\\d{1,6}") ? Long.parseLong(seconds) : 0;
        if (value <= 1) {
            return "a moment";
        }
        return value < 120 ? value + " seconds" : (value + 59) / 60 + " minutes";
    }
}
