package io.switchboard.customer.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditApi.Change;
import io.switchboard.customer.CarePinApi;
import io.switchboard.customer.CurrentCalls;
import io.switchboard.customer.CurrentCalls.CurrentCall;
import io.switchboard.shared.Actor;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care PIN's application service: checks a caller's PIN (counting wrong tries and locking the check,
 * audited), and sets or changes it for a verified caller or a manager (audited, never with the value).
 */
@Service
@Transactional(readOnly = true)
class CarePins implements CarePinApi {

	/** 4 to 8 digits: what a caller can say on the phone, and what the keypad of an IVR takes. */
	static final Pattern FORMAT = Pattern.compile("\\d{4,8}");

	private final Customers customers;
	private final CarePinRepository pins;
	private final PasswordEncoder encoder;
	private final ObjectProvider<CurrentCalls> calls;
	private final AuditApi audit;
	private final CarePinSettings settings;
	private final Clock clock;

	CarePins(Customers customers, CarePinRepository pins, PasswordEncoder encoder, ObjectProvider<CurrentCalls> calls,
			AuditApi audit, CarePinSettings settings, Clock clock) {
		this.customers = customers;
		this.pins = pins;
		this.encoder = encoder;
		this.calls = calls;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PinCheck check(UUID customerId, String pin, Actor actor) {
		Customer customer = customers.byId(customerId);
		CarePin carePin = pins.findById(customerId).orElse(null);
		if (carePin == null) {
			return new PinCheck(PinCheck.Outcome.NOT_SET, null);
		}
		Instant now = clock.instant();
		PinCheck result = carePin.check(pin, encoder::matches, now, settings.lockAfter(), settings.lockFor());
		if (result.outcome() != PinCheck.Outcome.LOCKED) {
			pins.saveAndFlush(carePin);
		}
		if (result.outcome() == PinCheck.Outcome.WRONG_AND_LOCKED) {
			audit.record(actor, "CARE_PIN_LOCKED", subject(customer), customer.id(),
					List.of(new Change("failures", null, String.valueOf(settings.lockAfter()))));
		}
		return result;
	}

	@Override
	public CarePinView status(UUID customerId) {
		return pins.findById(customerId).map(pin -> pin.view(clock.instant())).orElse(CarePinView.NONE);
	}

	@Override
	@Transactional
	public void change(String customerNumber, String newPin, Actor actor) {
		Customer customer = customers.visible(customerNumber, actor.scope());
		if (!actor.hasRole("MANAGER")) {
			CurrentCall call = calls.getIfAvailable() == null ? null
					: calls.getIfAvailable().of(customer.id(), actor).orElse(null);
			if (call == null || !call.verified() || !call.callerSpeaksForTheCustomer()) {
				throw new SwitchboardException("CARE_PIN_NEEDS_VERIFIED_CALLER");
			}
		}
		if (newPin == null || !FORMAT.matcher(newPin).matches()) {
			throw new SwitchboardException("CARE_PIN_INVALID");
		}
		Instant now = clock.instant();
		String hash = encoder.encode(newPin);
		CarePin carePin = pins.findById(customer.id()).orElse(null);
		boolean existed = carePin != null;
		if (existed) {
			carePin.change(hash, now, actor.username());
		}
		else {
			carePin = new CarePin(customer.id(), hash, now, actor.username());
		}
		pins.saveAndFlush(carePin);
		audit.record(actor, existed ? "CARE_PIN_CHANGED" : "CARE_PIN_SET", subject(customer), customer.id(), List.of());
	}

	private static AuditSubject subject(Customer customer) {
		return new AuditSubject("CUSTOMER", customer.customerNumber());
	}
}
