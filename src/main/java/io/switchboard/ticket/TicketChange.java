package io.switchboard.ticket;

/** An edit of a ticket's details; a null field stays as it is. */
public record TicketChange(String subject, String content, Priority priority, String categoryCode) {
}
