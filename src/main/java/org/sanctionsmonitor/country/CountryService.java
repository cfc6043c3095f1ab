package org.sanctionsmonitor.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctionsmonitor.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The countries of ISO 3166-1, for pickers and filters. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class CountryService {

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public List<CountryOption> all() {
        return countries.findAllByOrderByName().stream().map(CountryService::option).toList();
    }

    public Optional<CountryOption> find(String code) {
        return code == null ? Optional.empty() : countries.findById(code.toUpperCase(Locale.ROOT)).map(CountryService::option);
    }

    private static CountryOption option(Country country) {
        return new CountryOption(country.getCode(), country.getName());
    }
}
