package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.tmf.TmfCondition.Operator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The TMF630 rules every API shares: query parameters, SQL filters, projection, paging headers, merge patch. */
class TmfEdgeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static TmfQuery query(String queryString) {
		MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/x?" + queryString)
			.build()
			.getQueryParams();
		// as the servlet container hands them over: decoded
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		params.forEach((k, v) -> v.forEach(value -> decoded.add(
				java.net.URLDecoder.decode(k, java.nio.charset.StandardCharsets.UTF_8),
				value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))));
		return TmfQuery.parse(decoded);
	}

	static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

	@Test
	void readsFieldsPagingSortAndFilters() {
		TmfQuery q = query("fields=status,priority&offset=20&limit=10&sort=-lastUpdate,name"
				+ "&status=open,pending&lastUpdate.gte=2026-01-01&relatedParty.id=100001");
		assertThat(q.fields()).containsExactlyInAnyOrder("status", "priority");
		assertThat(q.offset()).isEqualTo(20);
		assertThat(q.limit()).isEqualTo(10);
		assertThat(q.sort()).containsExactly(new TmfQuery.Sort("lastUpdate", true), new TmfQuery.Sort("name", false));
		assertThat(q.conditions()).containsExactlyInAnyOrder(
				new TmfCondition("status", Operator.EQ, List.of("open", "pending")),
				new TmfCondition("lastUpdate", Operator.GTE, List.of("2026-01-01")),
				new TmfCondition("relatedParty.id", Operator.EQ, List.of("100001")));
	}

	@Test
	void readsComparisonsWrittenWithSigns() {
		assertThat(query("lastUpdate%3E=2026-01-01").conditions())
			.containsExactly(new TmfCondition("lastUpdate", Operator.GTE, List.of("2026-01-01")));
		assertThat(query("lastUpdate%3C2026-01-01").conditions())
			.containsExactly(new TmfCondition("lastUpdate", Operator.LT, List.of("2026-01-01")));
	}

	@Test
	void defaultsAndLimitsPaging() {
		TmfQuery q = query("");
		assertThat(q.offset()).isZero();
		assertThat(q.limit()).isEqualTo(TmfQuery.DEFAULT_LIMIT);
		assertThatThrownBy(() -> query("limit=0")).isInstanceOf(TmfException.class).hasMessageContaining("limit");
		assertThatThrownBy(() -> query("limit=5000")).isInstanceOf(TmfException.class).hasMessageContaining("1000");
		assertThatThrownBy(() -> query("offset=-1")).isInstanceOf(TmfException.class).hasMessageContaining("offset");
		assertThatThrownBy(() -> query("offset=ten")).isInstanceOf(TmfException.class)
			.hasMessageContaining("whole number");
		assertThatThrownBy(() -> query("status=")).isInstanceOf(TmfException.class).hasMessageContaining("no value");
	}

	static final TmfSqlFilter FILTER = TmfSqlFilter.builder()
		.filter("status", "t.status", TmfSqlFilter.Values.oneOf("status", Map.of("open", "OPEN", "closed", "CLOSED")))
		.filter("lastUpdate", "t.updated_at", TmfSqlFilter.Values.dateTime("lastUpdate"))
		.filter("name", "t.name", TmfSqlFilter.Values.text())
		.sort("lastUpdate", "t.updated_at")
		.build();

	@Test
	void turnsFiltersIntoParameterisedSql() {
		TmfSqlFilter.Where where = FILTER.where(query("status=open,closed&lastUpdate.gt=2026-11-01&name=O'Brien"));
		assertThat(where.sql()).isEqualTo(
				" AND (t.status = :tmf0 OR t.status = :tmf1) AND (t.updated_at > :tmf2) AND (t.name = :tmf3)");
		assertThat(where.parameters()).containsEntry("tmf0", "OPEN").containsEntry("tmf1", "CLOSED")
			.containsEntry("tmf2", OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC))
			.containsEntry("tmf3", "O'Brien");
	}

	@Test
	void refusesWhatCannotBeFilteredOrSortedWithTheAlternatives() {
		assertThatThrownBy(() -> FILTER.where(query("colour=red"))).isInstanceOf(TmfException.class)
			.hasMessageContaining("'colour'").hasMessageContaining("lastUpdate, name, status");
		assertThatThrownBy(() -> FILTER.where(query("status=lost"))).isInstanceOf(TmfException.class)
			.hasMessageContaining("not 'lost'");
		assertThatThrownBy(() -> FILTER.where(query("lastUpdate.gt=yesterday"))).isInstanceOf(TmfException.class)
			.hasMessageContaining("2026-11-22");
		assertThatThrownBy(() -> FILTER.orderBy(query("sort=name"), "t.id", "t.id")).isInstanceOf(TmfException.class)
			.hasMessageContaining("Sort by: lastUpdate");
		assertThat(FILTER.orderBy(query("sort=-lastUpdate"), "t.created_at DESC", "t.id"))
			.isEqualTo("t.updated_at DESC, t.id");
		assertThat(FILTER.orderBy(query(""), "t.created_at DESC", "t.id")).isEqualTo("t.created_at DESC, t.id");
	}

	@Test
	void projectionKeepsTheIdentityAttributes() {
		ObjectNode resource = json("""
				{"id":"T-1","href":"h","@type":"TroubleTicket","status":"open","priority":"high","note":[{"text":"x"}]}""");
		assertThat(TmfResources.select(resource, Set.of("status")).propertyNames())
			.containsExactlyInAnyOrder("id", "href", "@type", "status");
		assertThat(TmfResources.select(resource, Set.of("note.text")).propertyNames())
			.containsExactlyInAnyOrder("id", "href", "@type", "note");
		assertThat(TmfResources.select(resource, Set.of())).isSameAs(resource);
	}

	@Test
	void pagesCarryTheCounts() {
		ResponseEntity<List<JsonNode>> page = TmfResources.page(List.of(json("{\"id\":\"1\",\"a\":1}")), 42,
				query("fields=id"));
		assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("42");
		assertThat(page.getHeaders().getFirst("X-Result-Count")).isEqualTo("1");
		assertThat(page.getBody().getFirst().has("a")).isFalse();
	}

	@Test
	void createdAnswersPointAtTheResource() {
		ResponseEntity<JsonNode> created = TmfResources.created(json("{\"id\":\"1\",\"href\":\"http://h/x/1\"}"));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(created.getHeaders().getLocation()).hasToString("http://h/x/1");
	}

	@Test
	void mergePatchReplacesMergesAndRemoves() {
		ObjectNode target = json("""
				{"name":"a","keep":1,"gone":true,"nested":{"x":1,"y":2},"list":[1,2,3]}""");
		ObjectNode patch = TmfMergePatch.check(json("""
				{"name":"b","gone":null,"nested":{"y":null,"z":3},"list":[9],"added":{"k":"v"}}"""), Set.of("id"));
		assertThat(TmfMergePatch.apply(target, patch)).isEqualTo(json("""
				{"name":"b","keep":1,"nested":{"x":1,"z":3},"list":[9],"added":{"k":"v"}}"""));
		assertThat(target.get("name").asString()).isEqualTo("a");
	}

	@Test
	void mergePatchRefusesServerOwnedAttributesAndNonObjects() {
		assertThatThrownBy(() -> TmfMergePatch.check(json("{\"id\":\"2\"}"), Set.of("id", "href")))
			.isInstanceOf(TmfException.class).hasMessageContaining("'id' cannot be changed");
		assertThatThrownBy(() -> TmfMergePatch.check(JSON.readTree("[1]"), Set.of()))
			.isInstanceOf(TmfException.class).hasMessageContaining("JSON object");
	}

	@Test
	void subscriptionQueriesSelectEventTypesAndAttributes() {
		ObjectNode ticket = json("""
				{"id":"T-1","priority":"high","relatedParty":[{"id":"100001","role":"customer"}],"severity":"3"}""");
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery(null), "TroubleTicketCreateEvent", ticket)).isTrue();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("eventType=TroubleTicketCreateEvent"),
				"TroubleTicketCreateEvent", ticket)).isTrue();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("eventType=TroubleTicketStatusChangeEvent"),
				"TroubleTicketCreateEvent", ticket)).isFalse();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("priority=low,high&relatedParty.id=100001"),
				"TroubleTicketCreateEvent", ticket)).isTrue();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("relatedParty.id=100002"), "TroubleTicketCreateEvent",
				ticket)).isFalse();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("severity.gt=2"), "X", ticket)).isTrue();
		assertThat(TmfNotifier.matches(TmfHubs.parseQuery("severity.gt=10"), "X", ticket)).isFalse();
	}
}
