package io.switchboard.platform.tmf;

/**
 * Declares that an API offers event subscriptions at {@code /tmf-api/{path}/v4/hub}: a module's TMF
 * package declares one bean per API it serves (e.g. {@code troubleTicket}).
 */
public record TmfHubApi(String path) {
}
