/**
 * Bulk writes for imports (COPY on PostgreSQL, batches elsewhere). A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("jdbc")
package io.switchboard.platform.jdbc;

import org.springframework.modulith.NamedInterface;
