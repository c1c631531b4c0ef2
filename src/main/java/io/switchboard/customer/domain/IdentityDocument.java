package io.switchboard.customer.domain;

import io.switchboard.audit.AuditValues;
import io.switchboard.platform.crypto.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document that identifies the customer (a passport, for now). Its series and number are encrypted at
 * rest and shown masked; reading them out in full is an audited reveal.
 */
@Entity
@Table(name = "customer_identity_document")
class IdentityDocument {

	@Id
	private UUID id;

	private String documentType;

	@Convert(converter = EncryptedTextConverter.class)
	private String series;

	@Column(name = "doc_number")
	@Convert(converter = EncryptedTextConverter.class)
	private String number;

	private String issuer;

	private LocalDate issuedOn;

	private int position;

	protected IdentityDocument() {
	}

	IdentityDocument(UUID id, String documentType, String series, String number, String issuer, LocalDate issuedOn,
			int position) {
		this.id = id;
		this.documentType = documentType;
		this.series = series;
		this.number = number;
		this.issuer = issuer;
		this.issuedOn = issuedOn;
		this.position = position;
	}

	UUID id() {
		return id;
	}

	String documentType() {
		return documentType;
	}

	String series() {
		return series;
	}

	String number() {
		return number;
	}

	String issuer() {
		return issuer;
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	/** The number with all but its last two characters hidden, e.g. {@code ••••89}. */
	String maskedNumber() {
		return Masking.keepLast(number, 2);
	}

	/** What the audit trail keeps of this document: never the full number. */
	String auditText() {
		return auditName() + (series == null ? "" : " " + Masking.keepLast(series, 0))
				+ (issuer == null ? "" : ", " + AuditValues.text(issuer))
				+ (issuedOn == null ? "" : ", " + AuditValues.day(issuedOn));
	}

	/** The document's kind (a term, read in the agent's language) and its masked number. */
	String auditName() {
		return AuditValues.term("documentType." + documentType) + " " + maskedNumber();
	}
}
