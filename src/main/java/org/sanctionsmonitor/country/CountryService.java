package org.sanctionsmonitor.country;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public List<Country> all() {
        return countries.findAllByOrderByName();
    }

    public Optional<Country> find(String code) {
        return code == null ? Optional.empty() : countries.findById(code.toUpperCase());
    }
}
