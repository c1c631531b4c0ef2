package io.switchboard.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.SwitchboardApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** {@code switchboard.jobs.enabled=false} (as in the tests) leaves nothing on a schedule. */
@SwitchboardApplicationTest
class JobsConfigurationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void withJobsSwitchedOffNoJobIsScheduled() {
		assertThat(context.getEnvironment().getProperty("switchboard.jobs.enabled")).isEqualTo("false");
		assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
			.allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
	}
}
