package org.sanctionsmonitor.resolution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.AbstractEntity;

/** A UN Security Council resolution, stored paragraph by paragraph as {@link Provision}s. */
@Entity
public class Resolution extends AbstractEntity {

    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id")
    private SanctionsRegime regime;

    private LocalDate adoptedOn;
    private String meeting;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer votesAbstain;
    private String voteText;
    private String title;
    private String summary;
    private String url;
    private String notes;

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Provision> provisions = new ArrayList<>();

    protected Resolution() {
    }

    /** A resolution as entered, with its provisions and their periods in force. */
    Resolution(ResolutionData data, SanctionsRegime regime) {
        this.number = data.number();
        this.regime = regime;
        this.adoptedOn = data.adoptedOn();
        this.meeting = blankToNull(data.meeting());
        this.votesFor = data.votesFor();
        this.votesAgainst = data.votesAgainst();
        this.votesAbstain = data.votesAbstain();
        this.voteText = blankToNull(data.voteText());
        this.title = data.title().trim();
        this.summary = blankToNull(data.summary());
        this.url = blankToNull(data.url());
        this.notes = blankToNull(data.notes());
        if (data.provisions() != null) {
            data.provisions().forEach(p -> provisions.add(new Provision(this, p)));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public int getNumber() {
        return number;
    }

    public SanctionsRegime getRegime() {
        return regime;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getTitle() {
        return title;
    }

    public List<Provision> getProvisions() {
        return provisions;
    }
}
