package io.switchboard.customer;

public enum ContactMediumType {
	PHONE, EMAIL, POSTAL
}
