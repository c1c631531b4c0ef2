package io.switchboard.interaction.domain;

import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.platform.codes.CodedEntry;
import io.switchboard.platform.codes.CodedLists;
import io.switchboard.platform.codes.CodedLists.Draft;
import io.switchboard.shared.SwitchboardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link WrapUpCodeAdmin}: the wrap-up codes are a coded list with nothing of their own. */
@Service
@Transactional
class WrapUpCodes implements WrapUpCodeAdmin {

	private final CodedLists codes;

	WrapUpCodes(CodedLists codes) {
		this.codes = codes;
	}

	@Override
	public CodedEntry add(Draft code, String actor) {
		return codes.add(WRAP_UP_CODES, code, actor);
	}

	@Override
	public CodedEntry change(String code, long version, Draft change, String actor) {
		CodedEntry current = codes.find(WRAP_UP_CODES, code)
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", code));
		return codes.change(WRAP_UP_CODES, current.id(), change, version, actor);
	}
}
