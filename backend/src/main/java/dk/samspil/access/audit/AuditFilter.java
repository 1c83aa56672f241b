package dk.samspil.access.audit;

import java.time.LocalDate;

/** Filters of GET /api/audit; null means "any". */
public record AuditFilter(String entityType, Long entityId, Long userId, Long tokenId, LocalDate from, LocalDate to) {}
