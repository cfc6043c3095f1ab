package org.sanctionsmonitor.resolution.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.editorial.ui.EditorView;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Creates ({@code /resolutions/new}) and edits ({@code /resolutions/{number}/edit}) a resolution with its provisions.
 * A change to a published resolution waits for review while readers keep the published one.
 */
@Route("resolutions/:number(\\d{1,9})/edit")
@RouteAlias("resolutions/new")
@RolesAllowed(Role.EDITOR_ROLE)
class ResolutionEditorView extends EditorView<ResolutionData> {

    final ResolutionForm form;
    private final ResolutionService resolutions;

    @Autowired
    ResolutionEditorView(ResolutionService resolutions) {
        this(new ResolutionForm(resolutions.regimes()), resolutions);
    }

    private ResolutionEditorView(ResolutionForm form, ResolutionService resolutions) {
        super("resolution", form);
        this.form = form;
        this.resolutions = resolutions;
        add(heading, form);
    }

    /** Resolutions are addressed by their number; the editorial core by the record's id. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Integer> number = RouteIds.intId(event, "number");
        if (number.isPresent()) {
            Optional<Long> id = resolutions.idOf(number.get());
            if (id.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No such resolution.");
                return;
            }
            openRecord(event, id.get());
        } else {
            super.beforeEnter(event);
        }
    }

    @Override
    protected Optional<ResolutionData> load(long id) {
        return resolutions.edit(id);
    }

    @Override
    protected ResolutionData create(Map<String, List<String>> query) {
        return new ResolutionData();
    }

    @Override
    protected long save(ResolutionData data) {
        return resolutions.save(data);
    }

    @Override
    protected String page(long id) {
        return Pages.resolution(resolutions.edit(id).orElseThrow().getNumber());
    }
}
