package io.switchboard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checking an agent's password takes the same work, and gives the same answer, whether the agent exists or not. */
class DeskLoginTests {

	final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	final AtomicInteger hashed = new AtomicInteger();
	final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashed.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	};

	final UserDetailsService agents = username -> switch (username) {
		case "anna" -> User.withUsername("anna").password(bcrypt.encode("secret")).roles("AGENT").build();
		case "gone" -> User.withUsername("gone").password(bcrypt.encode("secret")).roles("AGENT").disabled(true).build();
		default -> throw new UsernameNotFoundException("unknown agent");
	};

	@Test
	void anUnknownUsernameIsHashedLikeAWrongPasswordAndRefusedTheSameWay() {
		var passwords = DeskLogin.passwords(agents, counting);

		assertThatThrownBy(() -> passwords.authenticate(login("nobody", "secret")))
			.isInstanceOf(BadCredentialsException.class);
		int forUnknown = hashed.getAndSet(0);
		assertThatThrownBy(() -> passwords.authenticate(login("anna", "guess")))
			.isInstanceOf(BadCredentialsException.class);

		assertThat(forUnknown).isEqualTo(hashed.get()).isOne();
	}

	@Test
	void aDisabledAgentIsToldApartOnlyAfterTheRightPassword() {
		var passwords = DeskLogin.passwords(agents, counting);

		assertThatThrownBy(() -> passwords.authenticate(login("gone", "guess")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> passwords.authenticate(login("gone", "secret"))).isInstanceOf(DisabledException.class);
		assertThat(hashed.get()).isEqualTo(2);
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}
}
