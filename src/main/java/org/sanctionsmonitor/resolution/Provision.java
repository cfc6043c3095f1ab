package org.sanctionsmonitor.resolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.base.AbstractEntity;
import org.sanctionsmonitor.base.Labels;

/** One operative paragraph (or annex paragraph) of a resolution, e.g. {@code S/RES/1718 (2006) OP8(b)}. */
@Entity
@Audited
public class Provision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
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
    private Set<Period> periods = new LinkedHashSet<>();

    protected Provision() {
    }

    Provision(Resolution resolution) {
        this.resolution = resolution;
    }

    /** Takes the paragraph's fields and its periods in force; periods are matched by value, so unchanged ones stay. */
    void apply(ResolutionData.ProvisionData data) {
        this.label = data.label().trim();
        this.measureType = data.measureType();
        this.summary = data.summary().trim();
        this.binding = data.binding();
        this.verification = data.verification();
        this.verificationNote = Resolution.blankToNull(data.verificationNote());
        List<Period> wanted = data.periods() == null ? List.of()
                : data.periods().stream().map(p -> new Period(p.from(), p.until(), Resolution.blankToNull(p.note()))).toList();
        periods.retainAll(wanted);
        periods.addAll(wanted);
    }

    ResolutionData.ProvisionData toData() {
        return new ResolutionData.ProvisionData(getId(), label, measureType, summary, binding, verification, verificationNote,
                periods.stream().sorted(java.util.Comparator.comparing(Period::getInForceFrom))
                        .map(p -> new ResolutionData.PeriodData(p.getInForceFrom(), p.getInForceUntil(), p.getNote())).toList());
    }

    /** The full citation, e.g. "S/RES/1718 (2006) OP8(b)". */
    public String citation() {
        return Labels.provision(resolution.getNumber(), resolution.getAdoptedOn(), label);
    }

    public String getLabel() {
        return label;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Set<Period> getPeriods() {
        return periods;
    }

    /** A window in which the provision was in force: from {@code inForceFrom} up to, not including, {@code inForceUntil}. */
    @Embeddable
    public static class Period {

        @Column(name = "in_force_from")
        private LocalDate inForceFrom;

        @Column(name = "in_force_until")
        private LocalDate inForceUntil;

        private String note;

        protected Period() {
        }

        Period(LocalDate inForceFrom, LocalDate inForceUntil, String note) {
            this.inForceFrom = inForceFrom;
            this.inForceUntil = inForceUntil;
            this.note = note;
        }

        public LocalDate getInForceFrom() {
            return inForceFrom;
        }

        public LocalDate getInForceUntil() {
            return inForceUntil;
        }

        public String getNote() {
            return note;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Period other && Objects.equals(inForceFrom, other.inForceFrom)
                    && Objects.equals(inForceUntil, other.inForceUntil) && Objects.equals(note, other.note);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inForceFrom, inForceUntil, note);
        }
    }
}
