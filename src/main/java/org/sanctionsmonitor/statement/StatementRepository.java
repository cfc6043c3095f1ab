package org.sanctionsmonitor.statement;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, Long> {
}
