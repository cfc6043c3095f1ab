package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.editorial.EditableData;
import org.sanctionsmonitor.base.FieldException;

/**
 * Saves what an editor typed and shows the outcome, the same way on every form: refused input is marked at its
 * fields (nothing typed is lost), and a concurrent save by someone else opens the {@link ConflictDialog}.
 */
public final class EditorSave {

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
        }
    }
}
