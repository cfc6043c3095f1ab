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

    public Resolution(int number, SanctionsRegime regime, LocalDate adoptedOn, String title) {
        this.number = number;
        this.regime = regime;
        this.adoptedOn = adoptedOn;
        this.title = title;
    }

    public Provision addProvision(String label, MeasureType measureType, String summary, boolean binding,
            Verification verification, String verificationNote) {
        Provision provision = new Provision(this, label, measureType, summary, binding, verification, verificationNote);
        provisions.add(provision);
        return provision;
    }

    public void setVote(Integer votesFor, Integer votesAgainst, Integer votesAbstain, String voteText) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstain = votesAbstain;
        this.voteText = voteText;
    }

    public void setDetails(String meeting, String summary, String url, String notes) {
        this.meeting = meeting;
        this.summary = summary;
        this.url = url;
        this.notes = notes;
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
