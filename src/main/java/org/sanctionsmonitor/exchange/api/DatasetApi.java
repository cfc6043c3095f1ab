package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ExportFiles;
import org.sanctionsmonitor.exchange.ExportService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The full dataset, for admins' tokens: the same JSON as the admin's export on the import page. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/dataset", produces = "application/json")
@Tag(name = "Dataset")
class DatasetApi {

    private final ExportService exports;

    DatasetApi(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Everything, in every workflow state, as the full dataset export (admins only)",
            description = "Imports into an empty database with nothing lost. Other roles get 403.")
    void dataset(HttpServletResponse response) throws IOException {
        if (!CurrentUser.hasRole(Role.ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Only an admin's token may read the full dataset.");
        }
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ExportFiles.fileName("dataset", ExportService.Format.JSON) + "\"");
        exports.dataset(response.getOutputStream());
    }
}
