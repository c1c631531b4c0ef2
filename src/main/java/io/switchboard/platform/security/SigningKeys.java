package io.switchboard.platform.security;

import com.nimbusds.jose.jwk.RSAKey;
import io.switchboard.platform.crypto.SecretCipher;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RSA key that signs the embedded authorization server's access tokens. It is made once, by the
 * first node to start, and kept in the database (the private half encrypted), so every node signs and
 * verifies with the same key and tokens outlive a restart. The first key is generation 1, unique in the
 * table: when two nodes start on an empty database at the same moment, the database takes one insert and
 * refuses the other, and the refused node uses the key that was taken.
 */
final class SigningKeys {

	private final JdbcClient jdbc;
	private final SecretCipher cipher;
	private final Clock clock;

	SigningKeys(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	RSAKey currentKey() {
		List<RSAKey> keys = load();
		if (keys.isEmpty()) {
			createFirst();
			keys = load();
		}
		return keys.getFirst();
	}

	private List<RSAKey> load() {
		return jdbc.sql("SELECT key_id, public_key, private_key FROM platform_signing_key ORDER BY generation DESC")
			.query((rs, row) -> rsaKey(rs.getString(1), rs.getString(2), cipher.decrypt(rs.getString(3))))
			.list();
	}

	private void createFirst() {
		KeyPair pair;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			pair = generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		Base64.Encoder base64 = Base64.getEncoder();
		try {
			jdbc.sql("""
					INSERT INTO platform_signing_key (key_id, generation, public_key, private_key, created_at)
					VALUES (:id, 1, :publicKey, :privateKey, :createdAt)""")
				.param("id", UUID.randomUUID().toString())
				.param("publicKey", base64.encodeToString(pair.getPublic().getEncoded()))
				.param("privateKey", cipher.encrypt(base64.encodeToString(pair.getPrivate().getEncoded())))
				.param("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			// its key is read back by the caller; this node's pair is thrown away unused
		}
	}

	private static RSAKey rsaKey(String keyId, String publicKey, String privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			Base64.Decoder base64 = Base64.getDecoder();
			RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey)));
			RSAPrivateKey priv = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey)));
			return new RSAKey.Builder(pub).privateKey(priv).keyID(keyId).build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
			throw new IllegalStateException("The stored signing key cannot be read", e);
		}
	}
}
