package io.switchboard.line.domain;

import io.switchboard.catalog.LineType;
import io.switchboard.line.LineStatus;
import io.switchboard.platform.crypto.EncryptedTextConverter;
import io.switchboard.platform.crypto.Secret;
import io.switchboard.platform.crypto.SecretConverter;
import io.switchboard.shared.Money;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A line (service) of a customer: a mobile or VoIP number, or a broadband connection, billed to one
 * of the customer's billing accounts.
 * <p>
 * A line is born PENDING when it is ordered: a number is reserved and a SIM and a plan are chosen, but
 * the network does not carry it yet. Activation makes it ACTIVE. It may be SUSPENDED (lost phone,
 * non-payment), always with a reason and the time it happened, and resumed; CANCELLED ends it, while
 * its history stays for care and billing questions. Along the way its plan changes (each change
 * closes a period of the plan history), features (SOCs) are added and removed through the network
 * (each operation with how it ended, in the SOC history), its SIM is swapped (the old one stays, as
 * REPLACED) and its device replaced.
 * <p>
 * The SIM's PIN/PUK codes and the service password are kept encrypted and read out only through an
 * audited reveal. The user questionnaire (who actually uses the number) is edited as a whole against
 * the line's version, so two agents never silently overwrite each other.
 */
@Entity(name = "Line")
@Table(name = "line_service")
class Line {

	@Id
	private UUID id;

	private UUID customerId;

	private UUID billingAccountId;

	@Enumerated(EnumType.STRING)
	private LineType lineType;

	private String mdn;

	private String carrier;

	@Enumerated(EnumType.STRING)
	private LineStatus status;

	private String statusReason;

	private Instant statusChangedAt;

	private Instant activatedAt;

	private String planCode;

	private Instant planChangedAt;

	private BigDecimal arpu;

	private String arpuCurrency;

	private String serviceUsername;

	@Convert(converter = SecretConverter.class)
	private Secret servicePassword;

	private String forwardingNumber;

	private boolean forwardingEnabled;

	private String userFullName;

	private LocalDate userDateOfBirth;

	@Convert(converter = EncryptedTextConverter.class)
	private String userDocument;

	private String userPhone;

	private String userEmail;

	private String userAddress;

	private String userNotes;

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@OneToMany
	@JoinColumn(name = "line_id", nullable = false, insertable = false, updatable = false)
	private List<SimCard> sims = new ArrayList<>();

	@OneToMany
	@JoinColumn(name = "line_id", nullable = false, insertable = false, updatable = false)
	private List<Device> devices = new ArrayList<>();

	@OneToMany
	@JoinColumn(name = "line_id", nullable = false, insertable = false, updatable = false)
	private List<LineFeature> features = new ArrayList<>();

	protected Line() {
	}

	/** The SIM in the phone now: the active one installed last (a swap leaves the old one REPLACED). */
	Optional<SimCard> activeSim() {
		return sims.stream().filter(SimCard::active).max(Comparator.comparing(SimCard::installedAt));
	}

	/** The device in use now: the active one attached last. */
	Optional<Device> activeDevice() {
		return devices.stream().filter(Device::active).max(Comparator.comparing(Device::attachedAt));
	}

	/** The stored secret, if there is one: a code of the active SIM, or the service password. */
	Optional<Secret> secret(LineSecret which) {
		if (which == LineSecret.PASSWORD) {
			return Optional.ofNullable(servicePassword);
		}
		return activeSim().map(sim -> sim.secret(which));
	}

	UserQuestionnaire user() {
		return new UserQuestionnaire(userFullName, userDateOfBirth, userDocument, userPhone, userEmail, userAddress,
				userNotes);
	}

	/**
	 * Replaces the user questionnaire with what the agent saved. The caller has checked the version and
	 * validated the values. Returns what changed, field by field, as audit text (empty: nothing changed,
	 * and the line is left untouched).
	 */
	Map<String, String[]> changeUser(UserQuestionnaire questionnaire, String actor, Instant at) {
		UserQuestionnaire before = user();
		Map<String, String[]> changes = before.differencesTo(questionnaire);
		if (changes.isEmpty()) {
			return changes;
		}
		userFullName = questionnaire.fullName();
		userDateOfBirth = questionnaire.dateOfBirth();
		userDocument = questionnaire.document();
		userPhone = questionnaire.phone();
		userEmail = questionnaire.email();
		userAddress = questionnaire.address();
		userNotes = questionnaire.notes();
		updatedAt = at;
		updatedBy = actor;
		return changes;
	}

	Money arpu() {
		return arpu == null || arpuCurrency == null ? null : Money.of(arpu, arpuCurrency);
	}

	UUID id() {
		return id;
	}

	UUID customerId() {
		return customerId;
	}

	UUID billingAccountId() {
		return billingAccountId;
	}

	LineType lineType() {
		return lineType;
	}

	String mdn() {
		return mdn;
	}

	String carrier() {
		return carrier;
	}

	LineStatus status() {
		return status;
	}

	String statusReason() {
		return statusReason;
	}

	Instant statusChangedAt() {
		return statusChangedAt;
	}

	Instant activatedAt() {
		return activatedAt;
	}

	String planCode() {
		return planCode;
	}

	Instant planChangedAt() {
		return planChangedAt;
	}

	String serviceUsername() {
		return serviceUsername;
	}

	boolean hasServicePassword() {
		return servicePassword != null;
	}

	String forwardingNumber() {
		return forwardingNumber;
	}

	boolean forwardingEnabled() {
		return forwardingEnabled;
	}

	List<LineFeature> features() {
		return features;
	}

	long version() {
		return version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	@Override
	public String toString() {
		return "Line[" + id + ", " + lineType + " " + mdn + ", " + status + "]";
	}
}
