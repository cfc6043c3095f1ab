package org.sanctionsmonitor.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findAllByOrderByUsername();

    /** The enabled admins, locked until the transaction ends ({@code FOR UPDATE}), always in the same order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT u FROM AppUser u WHERE u.role = org.sanctionsmonitor.security.Role.ADMIN AND u.enabled = true ORDER BY u.id")
    List<AppUser> lockEnabledAdmins();

    /** One user, locked until the transaction ends, so the version read is the version written. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT u FROM AppUser u WHERE u.id = :id")
    Optional<AppUser> lockById(Long id);
}
