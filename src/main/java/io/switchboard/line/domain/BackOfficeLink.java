package io.switchboard.line.domain;

/** A link to one of the operator's back offices for this line, ready to open in a new tab. */
public record BackOfficeLink(BackOffice office, String url) {
}
