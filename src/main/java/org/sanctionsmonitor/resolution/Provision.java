package org.sanctionsmonitor.resolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.AbstractEntity;

/** One operative paragraph (or annex paragraph) of a resolution, e.g. {@code S/RES/1718 (2006) OP8(b)}. */
@Entity
public class Provision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id")
    private Resolution resolution;

    private String label;

    @Enumerated(EnumType.STRING)
    private MeasureType measureType;

    private String summary;
    private String fullText;
    private boolean binding;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private String verificationNote;

    @ElementCollection
    @CollectionTable(name = "provision_period", joinColumns = @JoinColumn(name = "provision_id"))
    @OrderBy("inForceFrom")
    private List<Period> periods = new ArrayList<>();

    protected Provision() {
    }

    Provision(Resolution resolution, String label, MeasureType measureType, String summary, boolean binding,
            Verification verification, String verificationNote) {
        this.resolution = resolution;
        this.label = label;
        this.measureType = measureType;
        this.summary = summary;
        this.binding = binding;
        this.verification = verification;
        this.verificationNote = verificationNote;
    }

    public void addPeriod(LocalDate from, LocalDate until, String note) {
        periods.add(new Period(from, until, note));
    }

    public String getLabel() {
        return label;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public List<Period> getPeriods() {
        return periods;
    }

    /** A window in which the provision was in force: from {@code inForceFrom} up to, not including, {@code inForceUntil}. */
    @jakarta.persistence.Embeddable
    public record Period(
            @Column(name = "in_force_from") LocalDate inForceFrom,
            @Column(name = "in_force_until") LocalDate inForceUntil,
            String note) {
    }
}
