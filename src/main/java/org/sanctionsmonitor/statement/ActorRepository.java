package org.sanctionsmonitor.statement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActorRepository extends JpaRepository<Actor, Long> {

    List<Actor> findAllByOrderByName();

    Optional<Actor> findFirstByNameIgnoreCaseAndCountry_Code(String name, String countryCode);

    Optional<Actor> findFirstByNameIgnoreCaseAndCountryIsNull(String name);
}
