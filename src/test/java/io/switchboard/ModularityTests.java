package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, only allowed dependencies, no reach into internals) and its map is current. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Switchboard.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * The platform is no open module: what the others may use of it is named, part by part, and each
	 * module says which parts it uses ({@code "platform :: tmf"}), so the check above covers them too.
	 */
	@Test
	void theOtherModulesReachThePlatformOnlyThroughItsNamedParts() {
		ApplicationModule platform = MODULES.getModuleByName("platform").orElseThrow();

		assertThat(platform.isOpen()).isFalse();
		assertThat(platform.getNamedInterfaces().stream().filter(named -> !named.isUnnamed()).map(NamedInterface::getName))
			.containsExactlyInAnyOrder("codes", "crypto", "i18n", "jdbc", "security", "tmf", "web");
		assertThat(platform.getNamedInterfaces().stream().filter(named -> named.getName().equals("tmf"))
			.flatMap(NamedInterface::asJavaClasses).map(type -> type.getSimpleName()))
			.as("the hub's delivery queue stays inside").contains("TmfNotifier").doesNotContain("HubDeliveries");
	}

	@Test
	void writesTheModuleMap() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
