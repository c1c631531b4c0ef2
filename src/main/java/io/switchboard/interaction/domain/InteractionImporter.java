package io.switchboard.interaction.domain;

import io.switchboard.interaction.InteractionImport;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.platform.jdbc.BulkWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Bulk writes for {@link InteractionImport}: COPY on PostgreSQL, JDBC batches elsewhere. */
@Component
class InteractionImporter implements InteractionImport {

	private final BulkWriter bulk;
	private final InteractionQueries queries;
	private final CodedLists lists;

	InteractionImporter(BulkWriter bulk, InteractionQueries queries, CodedLists lists) {
		this.bulk = bulk;
		this.queries = queries;
		this.lists = lists;
	}

	@Override
	public void importWrapUpCodes(List<CodedEntry> codes) {
		lists.importEntries(codes, "import");
	}

	@Override
	public void importInteractions(List<ImportedInteraction> interactions) {
		List<String> numbers = queries.nextNumbers(interactions.size());
		List<Object[]> rows = new ArrayList<>(interactions.size());
		for (int k = 0; k < interactions.size(); k++) {
			ImportedInteraction i = interactions.get(k);
			String by = i.agentUsername() != null ? i.agentUsername() : "import";
			rows.add(new Object[] { i.id(), numbers.get(k), i.partnerId(), i.customerId(), i.channel().name(),
					i.direction().name(), i.agentId(), i.reason(), i.wrapUpCode(), i.notes(), i.startedAt(),
					i.endedAt(), i.endedAt() == null ? i.agentId() : null, i.startedAt(), by,
					i.endedAt() != null ? i.endedAt() : i.startedAt(), by, 0L });
		}
		bulk.insert("interaction", List.of("id", "number", "partner_id", "customer_id", "channel", "direction",
				"agent_id", "reason", "wrap_up_code", "notes", "started_at", "ended_at", "open_agent_id", "created_at",
				"created_by", "updated_at", "updated_by", "version"), rows);
	}

}
