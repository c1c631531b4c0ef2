package io.switchboard.platform.tmf;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The answers of a TMF API: one resource, a page of them, a created one. */
public final class TmfResources {

	/** Always returned, whatever {@code fields} asks for. */
	private static final Set<String> ALWAYS = Set.of("id", "href", "@type", "@baseType", "@schemaLocation");

	private TmfResources() {
	}

	/** Keeps only the first-level attributes named in {@code fields} (a nested name keeps its first level). */
	public static ObjectNode select(ObjectNode resource, Set<String> fields) {
		if (fields.isEmpty()) {
			return resource;
		}
		Set<String> keep = new HashSet<>(ALWAYS);
		fields.forEach(field -> keep.add(field.split("\\.", 2)[0]));
		ObjectNode selected = resource.deepCopy();
		selected.retain(keep);
		return selected;
	}

	public static ResponseEntity<JsonNode> one(ObjectNode resource, TmfQuery query) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(select(resource, query.fields()));
	}

	/** A page of a list: {@code X-Total-Count} is how many match, {@code X-Result-Count} how many are here. */
	public static ResponseEntity<List<JsonNode>> page(List<ObjectNode> resources, long total, TmfQuery query) {
		List<JsonNode> body = resources.stream().map(r -> (JsonNode) select(r, query.fields())).toList();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Total-Count", Long.toString(total))
			.header("X-Result-Count", Integer.toString(body.size()))
			.body(body);
	}

	/** 201 with {@code Location} set to the resource's {@code href}. */
	public static ResponseEntity<JsonNode> created(ObjectNode resource) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.LOCATION, URI.create(resource.get("href").asString()).toString())
			.body(resource);
	}
}
