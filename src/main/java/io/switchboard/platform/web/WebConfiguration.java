package io.switchboard.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import tools.jackson.databind.json.JsonMapper;

/** The filters that make every request readable before anything binds it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * After the character encoding is set (so form bodies are read as UTF-8) and the session is found in
	 * the database (so the refusal speaks the agent's language), and before security, whose CSRF check is
	 * the first to read a form's parameters.
	 */
	@Bean
	FilterRegistrationBean<UnreadableParameters> unreadableParameters(JsonMapper json) {
		FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(
				new UnreadableParameters(json));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Once the parameters are known to be readable, and before anything binds them. */
	@Bean
	FilterRegistrationBean<ListRows> listRows() {
		FilterRegistrationBean<ListRows> registration = new FilterRegistrationBean<>(new ListRows());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 11);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** With the rows, before anything binds or reads the parameters. */
	@Bean
	FilterRegistrationBean<ControlCharacters> controlCharacters() {
		FilterRegistrationBean<ControlCharacters> registration = new FilterRegistrationBean<>(new ControlCharacters());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 12);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}
}
