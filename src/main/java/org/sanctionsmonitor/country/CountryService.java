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
    private volatile List<CountryOption> all;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    /**
     * Every country, by name. ISO 3166-1 changes only with a migration, so the list is read once and then shared,
     * immutable, by every reader's country pickers instead of a copy of 249 countries in each session.
     */
    public List<CountryOption> all() {
        List<CountryOption> read = all;
        if (read == null) {
            read = countries.findAllByOrderByName().stream().map(CountryService::option).toList();
            all = read;
        }
        return read;
    }

    public Optional<CountryOption> find(String code) {
        return code == null ? Optional.empty() : countries.findById(code.toUpperCase(Locale.ROOT)).map(CountryService::option);
    }

    private static CountryOption option(Country country) {
        return new CountryOption(country.getCode(), country.getName());
    }
}
