package io.switchboard.platform.tmf;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.switchboard.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the TM Forum APIs ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): what the APIs are, and that they take an OAuth2 client-credentials token,
 * which Swagger UI's Authorize button can fetch from {@code /oauth2/token}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// the acting client is resolved from the token, not sent as a parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI switchboardOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Switchboard TM Forum Open APIs")
				.version("v4")
				.description("""
						TMF621 Trouble Ticket and TMF683 Party Interaction (v4), with the TMF630 rules: fields=, \
						attribute filters (with .gt/.gte/.lt/.lte), sort=, offset/limit with X-Total-Count and \
						X-Result-Count, Location on 201, the TMF Error body, JSON merge patch, and event hubs. \
						Ids are the numbers agents read (T-000123, I-000123, customer 100001). Take a token with \
						the client-credentials grant: curl -u client:secret -d grant_type=client_credentials \
						/oauth2/token. A client sees only its partner's data (and its sub-partners').""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("oauth2", new SecurityScheme()
				.type(SecurityScheme.Type.OAUTH2)
				.description("OAuth2 client credentials")
				.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")
					.scopes(new Scopes().addString("tmf", "The TM Forum APIs"))))))
			.addSecurityItem(new SecurityRequirement().addList("oauth2"));
	}
}
