package io.switchboard.customer.domain;

import io.switchboard.customer.PartyRole;
import io.switchboard.customer.RelatedPartyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Someone with a role toward the customer: the primary party, an authorised user, a billing contact. */
@Entity
@Table(name = "customer_related_party")
class RelatedParty {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(name = "party_role")
	private PartyRole role;

	private String name;

	private String phoneNumber;

	private String email;

	private UUID relatedCustomerId;

	private int position;

	protected RelatedParty() {
	}

	RelatedParty(UUID id, PartyRole role, String name, String phoneNumber, String email, int position) {
		this.id = id;
		this.role = role;
		this.name = name;
		this.phoneNumber = phoneNumber;
		this.email = email;
		this.position = position;
	}

	UUID id() {
		return id;
	}

	PartyRole role() {
		return role;
	}

	String name() {
		return name;
	}

	String phoneNumber() {
		return phoneNumber;
	}

	String email() {
		return email;
	}

	int position() {
		return position;
	}

	RelatedPartyView view() {
		return new RelatedPartyView(id, role, name, phoneNumber, email, relatedCustomerId);
	}
}
