package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.editorial.EditableData;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.RateLimitedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what an editor typed and shows the outcome, the same way on every form: refused input is marked at its
 * fields (nothing typed is lost), a concurrent save by someone else opens the {@link ConflictDialog}, and a save the
 * database could not take (an outage) says plainly that nothing was saved, leaving the form as it was typed.
 */
public final class EditorSave {

    private static final Logger log = LoggerFactory.getLogger(EditorSave.class);

    public static final String UNAVAILABLE = "Not saved: the database cannot be reached right now. What you typed is still in "
            + "the form; save again in a moment.";

    private EditorSave() {
    }

    /**
     * @param save      the service call; returns the saved item's id
     * @param onSaved   what to do next, e.g. open the saved item's page
     * @param useTheirs shows the other editor's version in the form
     */
    @SuppressWarnings("unchecked")
    public static <D extends EditableData> void save(D data, ToLongFunction<D> save, FieldErrors errors, LongConsumer onSaved,
            Consumer<D> useTheirs) {
        try {
            long id = save.applyAsLong(data);
            errors.dismissNotice();
            Notification.show("Saved. It is a draft until it is submitted and published.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(id);
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        } catch (FieldException refused) {
            errors.show(refused);
        } catch (EditConflictException conflict) {
            D theirs = (D) conflict.current();
            new ConflictDialog(conflict.changedBy(), conflict.changedAt(), theirs.describe(), data.describe(),
                    () -> {
                        data.setVersion(theirs.getVersion());
                        save(data, save, errors, onSaved, useTheirs);
                    },
                    () -> useTheirs.accept(theirs)).open();
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            // The transaction rolled back: nothing of it is stored. The form stays as it was, for the next try.
            log.warn("Save not done, the database is unavailable: {}", RateLimitedLog.printable(DatabaseOutage.describe(failure), 300));
            errors.showUnavailable(UNAVAILABLE);
        }
    }
}
