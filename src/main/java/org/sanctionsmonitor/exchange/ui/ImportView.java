package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.exchange.ExportFiles;
import org.sanctionsmonitor.exchange.ExportService;
import org.sanctionsmonitor.exchange.ImportDuplicate;
import org.sanctionsmonitor.exchange.ImportFile;
import org.sanctionsmonitor.exchange.ImportProblem;
import org.sanctionsmonitor.exchange.ImportReport;
import org.sanctionsmonitor.exchange.ImportResult;
import org.sanctionsmonitor.exchange.ImportService;
import org.sanctionsmonitor.exchange.ImportTarget;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;

/**
 * The import: upload CSV or JSON files, check them (the dry run lists every problem by file, row and column, and the
 * items that may exist already), decide what to do with those, then import everything in one transaction. Both steps
 * run in the background with a progress bar and the row count (the page polls twice a second while they run). Admins
 * also download the full dataset here.
 */
@Route("import")
@PageTitle("Import and export · Sanctions Monitor")
@Menu(title = "Import and export", order = 80, icon = "vaadin:upload")
@RolesAllowed(Role.EDITOR_ROLE)
class ImportView extends VerticalLayout {

    final List<ImportFile> files = new CopyOnWriteArrayList<>();
    final Upload upload;
    final Div fileList = new Div();
    final Select<ImportTarget> target = new Select<>();
    final Button check = new Button("Check the files", VaadinIcon.SEARCH.create());
    final Button commit = new Button("Import", VaadinIcon.UPLOAD.create());
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div report = new Div();
    final Div result = new Div();

    private final ImportService imports;
    private final ImportJobs jobs;
    private final Map<String, Select<ImportDuplicate.Decision>> decisions = new HashMap<>();
    private ImportReport checked;
    private ImportJobs.Job<?> running;
    private Registration polling;

    ImportView(ImportService imports, ExportService exports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        addClassName("import-view");
        add(new H2("Import"), new Paragraph("Bring incidents, sources and statements in from a spreadsheet (CSV) or from an "
                + "export of this or another Sanctions Monitor (JSON). First the files are checked: nothing is written, and every "
                + "problem is listed by row and column. Then everything is imported at once, or nothing."));

        HorizontalLayout templates = new HorizontalLayout(new Span("Templates, with an example row of each kind:"),
                template(imports, "incidents"), template(imports, "sources"), template(imports, "statements"));
        templates.setAlignItems(FlexComponent.Alignment.BASELINE);
        templates.addClassName("import-templates");
        add(templates, new Paragraph("Columns: UTF-8, separated by commas or semicolons, dates as YYYY-MM-DD (or YYYY-MM, YYYY "
                + "when only the month or year is known), several countries in one cell separated by \";\", one provision or source "
                + "per line. Incidents cite sources by web address: import new sources in the same go. The README lists every column."));

        long max = imports.maxBytes();
        upload = new Upload(new SizeCheckedUpload(max));
        upload.setMaxFiles(5);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(".csv", ".json", ".txt", "text/csv", "application/json", "text/plain");
        upload.setDropLabel(new Span("Drop CSV or JSON files here (up to 5 files, " + max / 1024 / 1024 + " MB each)"));
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage().toLowerCase(Locale.ROOT).contains("size")
                ? imports.tooLarge(max + 1) : rejected.getErrorMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.addAllFinishedListener(finished -> showFiles());
        upload.addFileRemovedListener(removed -> {
            // One file: two uploads may share a name, and the other stays.
            files.stream().filter(file -> file.name().equals(removed.getFileName())).findFirst().ifPresent(files::remove);
            showFiles();
        });
        fileList.addClassName("import-files");

        target.setLabel("Imported items become");
        target.setItems(imports.targets());
        target.setItemLabelGenerator(ImportTarget::label);
        target.setValue(ImportTarget.DRAFT);
        target.setVisible(imports.targets().size() > 1);

        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> startCheck());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        commit.addClickListener(click -> startCommit());
        HorizontalLayout actions = new HorizontalLayout(target, check);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        progressBar.setVisible(false);
        progressText.addClassName("import-progress");
        report.addClassName("import-report");
        result.addClassName("import-result");
        add(upload, fileList, actions, progressBar, progressText, report, result);

        if (CurrentUser.hasRole(Role.ADMIN)) {
            add(new H3("Export everything"), new Paragraph("The full dataset in JSON: every record in every state, with who made and "
                    + "changed it when and the changes waiting for review. Imported as it was exported into an empty database, it "
                    + "gives back the same data."), Downloads.link("Download the full dataset (JSON)",
                    () -> ExportFiles.fileName("dataset", ExportService.Format.JSON), "application/json", exports::dataset));
        }
        add(new Paragraph("Filtered lists are exported from their pages: the incident list, the sources and the timeline each have "
                + "export links that keep their filters."));
    }

    private static Anchor template(ImportService imports, String kind) {
        return Downloads.link(kind + "-template.csv", () -> kind + "-template.csv", "text/csv; charset=UTF-8",
                out -> out.write(imports.template(kind)));
    }

    /** Refuses a file over the limit from its announced size, before reading a byte of it; reads the others whole. */
    private final class SizeCheckedUpload implements UploadHandler {

        private final long max;

        SizeCheckedUpload(long max) {
            this.max = max;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (event.getFileSize() > max) {
                event.reject(imports.tooLarge(event.getFileSize()));
                return;
            }
            try (InputStream in = event.getInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    event.reject(imports.tooLarge(bytes.length));
                    return;
                }
                files.removeIf(file -> file.name().equals(event.getFileName()));
                files.add(new ImportFile(event.getFileName(), bytes));
            }
        }

        @Override
        public long getFileSizeMax() {
            return max;
        }
    }

    private void showFiles() {
        fileList.removeAll();
        if (!files.isEmpty()) {
            fileList.add(new Span("Ready to check: " + files.stream().map(f -> f.name() + " (" + size(f.bytes().length) + ")")
                    .collect(Collectors.joining(", "))));
        }
        checked = null;
        commit.setEnabled(false);
        report.removeAll();
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ENGLISH, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private void startCheck() {
        if (files.isEmpty()) {
            Notification.show("Choose one or more files first.");
            return;
        }
        report.removeAll();
        result.removeAll();
        checked = null;
        commit.setEnabled(false);
        List<ImportFile> chosen = List.copyOf(files);
        ImportTarget state = target.getValue();
        start(jobs.start(progress -> imports.check(chosen, state, progress)), this::showReport);
    }

    private void startCommit() {
        if (checked == null || !checked.canCommit()) {
            return;
        }
        Map<String, ImportDuplicate.Decision> chosen = decisions.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue()));
        ImportReport report = checked;
        ImportTarget state = target.getValue();
        commit.setEnabled(false);
        start(jobs.start(progress -> imports.commit(report, chosen, state, progress)), this::showResult);
    }

    /** Runs a job in the background and polls its progress until it is done. */
    private <T> void start(ImportJobs.Job<T> job, java.util.function.Consumer<T> done) {
        running = job;
        check.setEnabled(false);
        upload.setEnabled(false);
        progressBar.setVisible(true);
        progressBar.setIndeterminate(true);
        progressText.setText("Starting…");
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(poll -> {
            if (job.total() > 0) {
                progressBar.setIndeterminate(false);
                progressBar.setValue(Math.min(1.0, job.done() / (double) job.total()));
            }
            progressText.setText(job.phase() + ": " + String.format(Locale.ENGLISH, "%,d of %,d rows", job.done(), job.total()));
            if (job.isDone()) {
                stopPolling(ui);
                check.setEnabled(true);
                upload.setEnabled(true);
                progressBar.setVisible(false);
                if (job.failure() != null) {
                    progressText.setText("The import stopped: " + job.failure().getMessage());
                } else {
                    progressText.setText(job.phase() + ": " + String.format(Locale.ENGLISH, "%,d of %,d rows — done.", job.done(), job.total()));
                    done.accept(job.value());
                }
            }
        });
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        running = null;
    }

    private void showReport(ImportReport found) {
        checked = found;
        decisions.clear();
        report.removeAll();
        String counts = describe(found.counts());
        if (found.problems().isEmpty()) {
            Paragraph ok = new Paragraph("No problem found in " + String.format(Locale.ENGLISH, "%,d", found.rows()) + " rows. Importing would add "
                    + (counts.isEmpty() ? "nothing new" : counts) + (found.newSpeakers().isEmpty() ? "" : ", and create the speakers "
                    + String.join(", ", found.newSpeakers())) + ".");
            ok.addClassName("import-ok");
            report.add(ok);
        } else {
            Paragraph bad = new Paragraph(found.problems().size() == 1 ? "1 problem must be fixed before anything can be imported."
                    : String.format(Locale.ENGLISH, "%,d problems must be fixed before anything can be imported.", found.problems().size())
                    + " Nothing was written. Fix the files, choose them again and check again.");
            bad.addClassName("import-problems-summary");
            Grid<ImportProblem> problems = new Grid<>();
            problems.addClassName("import-problems");
            problems.addColumn(ImportProblem::file).setHeader("File").setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(ImportProblem::where).setHeader("Where").setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
            problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            problems.setItems(found.problems());
            problems.setHeight(Math.min(30, 4 + found.problems().size() * 3) + "rem");
            report.add(bad, problems);
        }
        if (!found.duplicates().isEmpty()) {
            report.add(new H3("May exist already (" + found.duplicates().size() + ")"), new Paragraph("Skip them (the default), merge "
                    + "them into the existing item (a published item keeps the change as a revision for review), or, for an incident "
                    + "that is only similar, import it as a new one."));
            report.add(duplicates(found.duplicates()));
        }
        commit.setEnabled(found.canCommit());
        commit.setText(found.canCommit() ? "Import " + (counts.isEmpty() ? "" : counts) : "Import");
        report.add(commit);
    }

    private Component duplicates(List<ImportDuplicate> found) {
        Grid<ImportDuplicate> grid = new Grid<>();
        grid.addClassName("import-duplicates");
        grid.addColumn(d -> d.file() + ", " + d.where()).setHeader("In the file").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> Texts.userText(new Span(d.title()))).setHeader("Item").setFlexGrow(2);
        grid.addComponentColumn(d -> Texts.appLink(d.existingTitle(), d.existingPage())).setHeader("Existing").setFlexGrow(2);
        grid.addColumn(ImportDuplicate::reason).setHeader("Why").setFlexGrow(1);
        grid.addComponentColumn(d -> decisions.computeIfAbsent(d.key(), key -> decision(d))).setHeader("Decision").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setHeight(Math.min(30, 5 + found.size() * 4) + "rem");
        return grid;
    }

    private static Select<ImportDuplicate.Decision> decision(ImportDuplicate duplicate) {
        Select<ImportDuplicate.Decision> select = new Select<>();
        List<ImportDuplicate.Decision> options = new ArrayList<>(List.of(ImportDuplicate.Decision.SKIP, ImportDuplicate.Decision.MERGE));
        if (duplicate.canImportAsNew()) {
            options.add(ImportDuplicate.Decision.NEW);
        }
        select.setItems(options);
        select.setItemLabelGenerator(ImportDuplicate.Decision::label);
        select.setValue(ImportDuplicate.Decision.SKIP);
        select.setAriaLabel("Decision for " + duplicate.where());
        return select;
    }

    private void showResult(ImportResult done) {
        result.removeAll();
        report.removeAll();
        checked = null;
        if (done.committed()) {
            files.clear();
            upload.clearFileList();
            fileList.removeAll();
            Paragraph ok = new Paragraph("Imported " + (done.written().isEmpty() ? "nothing" : describe(done.written())) + " as import "
                    + done.importId() + ", in " + String.format(Locale.ENGLISH, "%.1f", done.millis() / 1000.0) + " s. Each item's history names this import.");
            ok.addClassName("import-done");
            result.add(ok, new HorizontalLayout(Texts.appLink("Open the incident list", Pages.INCIDENTS),
                    Texts.appLink("Open the sources", Pages.SOURCES), Texts.appLink("Open the review queue", Pages.REVIEW)));
        } else {
            Paragraph bad = new Paragraph("Nothing was imported. " + done.problems().stream().map(ImportProblem::text).collect(Collectors.joining(" ")));
            bad.addClassName("import-failed");
            result.add(bad);
        }
    }

    /** "2 incidents, 2 sources and 3 statements" */
    private static String describe(Map<String, Integer> counts) {
        List<String> parts = counts.entrySet().stream().map(e -> String.format(Locale.ENGLISH, "%,d %s", e.getValue(),
                e.getValue() == 1 ? singular(e.getKey()) : e.getKey())).toList();
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static String singular(String kind) {
        return switch (kind) {
            case "categories" -> "category";
            case "speakers" -> "speaker";
            default -> kind.replace("sources", "source").replace("incidents", "incident").replace("statements", "statement")
                    .replace("resolutions", "resolution").replace("regimes", "regime");
        };
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
