package io.switchboard.platform.tmf;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7386), as TMF630 asks for {@code PATCH} with
 * {@code application/merge-patch+json} (and plain JSON): an attribute in the patch replaces the one in
 * the resource, {@code null} removes it, objects merge recursively, arrays are replaced whole.
 */
public final class TmfMergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private TmfMergePatch() {
	}

	/** Refuses a patch that is not an object, or that touches an attribute the server owns. */
	public static ObjectNode check(JsonNode patch, Set<String> readOnly) {
		if (patch == null || !patch.isObject()) {
			throw TmfException.badRequest("INVALID_PATCH", "A merge patch is a JSON object of the attributes to change.");
		}
		for (String attribute : patch.propertyNames()) {
			if (readOnly.contains(attribute)) {
				throw TmfException.badRequest("NOT_PATCHABLE", "'" + attribute + "' cannot be changed.");
			}
		}
		return (ObjectNode) patch;
	}

	/** Applies {@code patch} to a copy of {@code target}. */
	public static ObjectNode apply(ObjectNode target, ObjectNode patch) {
		ObjectNode result = target.deepCopy();
		merge(result, patch);
		return result;
	}

	private static void merge(ObjectNode target, ObjectNode patch) {
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			String name = entry.getKey();
			JsonNode value = entry.getValue();
			if (value.isNull()) {
				target.remove(name);
			}
			else if (value.isObject() && target.get(name) instanceof ObjectNode existing) {
				merge(existing, (ObjectNode) value);
			}
			else if (value.isObject()) {
				ObjectNode fresh = target.putObject(name);
				merge(fresh, (ObjectNode) value);
			}
			else {
				target.set(name, value.deepCopy());
			}
		}
	}
}
