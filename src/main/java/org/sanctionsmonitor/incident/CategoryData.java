package org.sanctionsmonitor.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctionsmonitor.base.FieldRules;

/** What an admin enters for a category; validated by the service. */
@FieldRules
public class CategoryData {

    @NotBlank(message = "Give the category a code, e.g. SHIP_TO_SHIP.")
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "Use 2 to 40 capital letters, digits and _, starting with a letter.")
    private String code;

    @NotBlank(message = "Give the category a name readers understand.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    private String label;

    @Size(max = 2000, message = "Keep the description under 2,000 characters.")
    private String description;

    @Min(value = 0, message = "The position is a number from 0 to 10,000.")
    @Max(value = 10000, message = "The position is a number from 0 to 10,000.")
    private int sortOrder = 100;

    private boolean retired;

    private Long version;

    public static CategoryData of(CategoryOption option) {
        CategoryData data = new CategoryData();
        data.code = option.code();
        data.label = option.label();
        data.description = option.description();
        data.sortOrder = option.sortOrder();
        data.retired = option.retired();
        data.version = option.version();
        return data;
    }

    /** True for a category not saved yet. */
    public boolean isNew() {
        return version == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public Long getVersion() {
        return version;
    }
}
