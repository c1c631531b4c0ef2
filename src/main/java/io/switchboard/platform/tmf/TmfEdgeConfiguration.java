package io.switchboard.platform.tmf;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the TMF edge adds to the web server: the body-size limit in front of every {@code /tmf-api/**}
 * request (ahead of security, so an oversized body is refused before any work is done on it), and the
 * TMF {@code Error} body for the errors no controller answers (unknown paths, 405, 415, 406).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TmfEdgeConfiguration {

	@Bean
	FilterRegistrationBean<TmfBodyLimit> tmfBodyLimit(TmfLimits limits, JsonMapper json) {
		FilterRegistrationBean<TmfBodyLimit> registration = new FilterRegistrationBean<>(new TmfBodyLimit(limits, json));
		registration.addUrlPatterns("/tmf-api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	ErrorAttributes errorAttributes() {
		return new TmfErrorAttributes();
	}
}
