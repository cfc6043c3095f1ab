package org.sanctionsmonitor.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActorRepository extends JpaRepository<Actor, Long> {

    List<Actor> findAllByOrderByName();
}
