package io.switchboard.platform.i18n;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The desk's languages ({@code switchboard.i18n.languages}, see {@link SupportedLanguages}); {@code ?lang=ru}
 * switches the desk's language; see {@link AgentLocaleResolver} for what wins.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<SupportedLanguages> languages;

	I18nConfiguration(ObjectProvider<SupportedLanguages> languages) {
		this.languages = languages;
	}

	/** Static: the configuration's own interceptors need it before the configuration is complete. */
	@Bean
	static SupportedLanguages supportedLanguages(Environment environment) {
		return SupportedLanguages.configured(environment);
	}

	@Bean
	LocaleResolver localeResolver(ObjectProvider<LanguagePreferences> preferences, SupportedLanguages languages) {
		return new AgentLocaleResolver(preferences, languages);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new LanguageLinks(languages.getObject()));
	}
}
