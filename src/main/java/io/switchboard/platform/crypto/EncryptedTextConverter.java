package io.switchboard.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted while the domain reads it as plain text (identity document numbers,
 * which the domain masks and reveals itself): {@code @Convert(converter = EncryptedTextConverter.class)}.
 * A column that holds such values is declared with {@link EncryptedColumns} so that key rotation finds it.
 */
@Component
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

	private final SecretCipher cipher;

	public EncryptedTextConverter(SecretCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return cipher.encrypt(plain);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return cipher.decrypt(stored);
	}
}
