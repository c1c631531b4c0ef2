package io.switchboard.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (BCrypt, with the algorithm id stored so it can change later), needed with or
 * without the web desk: the large-dataset loader creates agents too. The desk checks agents' passwords
 * with {@link DeskLogin#passwords}, which takes as long for an unknown username as for a wrong password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
