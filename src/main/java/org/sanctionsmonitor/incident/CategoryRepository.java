package org.sanctionsmonitor.incident;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, String> {
}
