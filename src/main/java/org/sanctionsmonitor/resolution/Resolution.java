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
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.sanctionsmonitor.editorial.EditorialRecord;
import org.sanctionsmonitor.editorial.ItemType;

/**
 * A UN Security Council resolution, stored paragraph by paragraph as {@link Provision}s. Editors add and correct
 * resolutions like every other record: reviewed, published, and with their history kept.
 */
@Entity
@Audited
public class Resolution extends EditorialRecord {

    /** Resolutions go through review as one kind of record. */
    public static final ItemType TYPE = new ItemType("RESOLUTION", "Resolution");

    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
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

    Resolution() {
    }

    /**
     * Takes every field from the editor's data. Provisions are matched by id: a known one is updated in place (so the
     * incidents citing it keep citing it), a new one is added, and one left out is removed.
     */
    void apply(ResolutionData data, SanctionsRegime regime) {
        this.number = data.getNumber();
        this.regime = regime;
        this.adoptedOn = data.getAdoptedOn();
        this.meeting = blankToNull(data.getMeeting());
        this.votesFor = data.getVotesFor();
        this.votesAgainst = data.getVotesAgainst();
        this.votesAbstain = data.getVotesAbstain();
        this.voteText = blankToNull(data.getVoteText());
        this.title = data.getTitle().trim();
        this.summary = blankToNull(data.getSummary());
        this.url = blankToNull(data.getUrl());
        this.notes = blankToNull(data.getNotes());
        Map<Long, Provision> known = new HashMap<>();
        provisions.stream().filter(p -> p.getId() != null).forEach(p -> known.put(p.getId(), p));
        List<Provision> wanted = new ArrayList<>();
        for (ResolutionData.ProvisionData paragraph : data.getProvisions()) {
            Provision provision = paragraph.id() == null ? null : known.get(paragraph.id());
            if (provision == null) {
                provision = new Provision(this);
            }
            provision.apply(paragraph);
            wanted.add(provision);
        }
        provisions.retainAll(wanted);
        wanted.stream().filter(p -> !provisions.contains(p)).forEach(provisions::add);
    }

    ResolutionData toData() {
        ResolutionData data = new ResolutionData();
        data.setId(getId());
        data.setVersion(getVersion());
        data.setNumber(number);
        data.setRegimeCode(regime.getCode());
        data.setAdoptedOn(adoptedOn);
        data.setMeeting(meeting);
        data.setVotesFor(votesFor);
        data.setVotesAgainst(votesAgainst);
        data.setVotesAbstain(votesAbstain);
        data.setVoteText(voteText);
        data.setTitle(title);
        data.setSummary(summary);
        data.setUrl(url);
        data.setNotes(notes);
        data.setProvisions(provisions.stream().map(Provision::toData).toList());
        return data;
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
