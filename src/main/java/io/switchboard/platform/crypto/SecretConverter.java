package io.switchboard.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a {@link Secret} attribute encrypted: {@code @Convert(converter = SecretConverter.class)}. */
@Component
@Converter
public class SecretConverter implements AttributeConverter<Secret, String> {

	private final SecretCipher cipher;

	public SecretConverter(SecretCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(Secret secret) {
		return secret == null ? null : cipher.encrypt(secret.reveal());
	}

	@Override
	public Secret convertToEntityAttribute(String stored) {
		return stored == null ? null : Secret.of(cipher.decrypt(stored));
	}
}
