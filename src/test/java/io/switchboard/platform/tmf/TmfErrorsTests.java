package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** How the API's catch-all tells a server failure from a client that went away. */
@ExtendWith(OutputCaptureExtension.class)
class TmfErrorsTests {

	@TmfApi
	static class ListOfTickets {

		@GetMapping("/tmf-api/troubleTicket/v4/troubleTicket")
		String list() throws AsyncRequestNotUsableException {
			// what writing the answer throws when the client has closed the connection
			throw new AsyncRequestNotUsableException("ServletResponse failed to flushBuffer",
					new IOException("Broken pipe"));
		}

		@GetMapping("/tmf-api/troubleTicket/v4/troubleTicket/T-2")
		String readHalfWritten() {
			// the pipe breaks while Jackson writes the body: the converter wraps it
			throw new HttpMessageNotWritableException("Could not write JSON",
					new AsyncRequestNotUsableException("ServletOutputStream failed to write", new IOException("Broken pipe")));
		}

		@GetMapping("/tmf-api/troubleTicket/v4/troubleTicket/T-1")
		String read() {
			throw new IllegalStateException("a bug");
		}
	}

	MockMvcTester api = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new ListOfTickets())
		.setControllerAdvice(new TmfErrors(new StaticMessageSource()))
		.build());

	@Test
	void aClientThatLeftMidAnswerIsNoServerError(CapturedOutput log) {
		assertThat(api.get().uri("/tmf-api/troubleTicket/v4/troubleTicket").exchange()).hasStatusOk();
		assertThat(api.get().uri("/tmf-api/troubleTicket/v4/troubleTicket/T-2").exchange().getResponse().getStatus())
			.isNotEqualTo(500);
		assertThat(log.getOut()).doesNotContain("API request failed").doesNotContain("Broken pipe");
	}

	@Test
	void aBugStillAnswers500AndIsLoggedAtError(CapturedOutput log) {
		assertThat(api.get().uri("/tmf-api/troubleTicket/v4/troubleTicket/T-1").exchange()).hasStatus(500);
		assertThat(log.getOut()).contains("ERROR").contains("API request failed: GET /tmf-api/troubleTicket/v4/troubleTicket/T-1");
	}
}
