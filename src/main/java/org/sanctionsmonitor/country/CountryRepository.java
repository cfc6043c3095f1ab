package org.sanctionsmonitor.country;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<Country, String> {

    List<Country> findAllByOrderByName();
}
