package org.sanctionsmonitor.editorial;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PendingRevisionRepository extends JpaRepository<PendingRevision, Long> {

    Optional<PendingRevision> findByItemTypeAndItemId(String itemType, long itemId);
}
