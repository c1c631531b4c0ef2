package io.switchboard.agent;

/**
 * What an agent may do. A manager does everything an agent does, plus approvals and reassigning;
 * back office works queues; an administrator manages partners, agents, catalog and rules.
 */
public enum Role {
	AGENT, MANAGER, BACKOFFICE, ADMIN
}
