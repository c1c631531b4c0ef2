-- TMF hub deliveries: events for the subscribers of an API are written here in the transaction that
-- turns a domain event into a TMF event, then sent by a worker on any node. A delivery is PENDING until
-- its subscriber answers 2xx (DELIVERED) or it has failed for longer than switchboard.api.hub.dead-letter-after
-- (DEAD: on the dead-letter list, where an administrator replays it).

-- One TMF event, as it is POSTed: {eventId, eventTime, eventType, event: {<resource>: {...}}}.
CREATE TABLE platform_tmf_event (
    id            UUID          NOT NULL PRIMARY KEY,
    api           VARCHAR(60)   NOT NULL,
    event_type    VARCHAR(100)  NOT NULL,
    resource_type VARCHAR(60)   NOT NULL,
    resource_id   VARCHAR(100)  NOT NULL,
    payload       TEXT          NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One event for one subscriber. A node takes a due delivery with a conditional UPDATE that sets its
-- lease (lease_until, claimed_by): only one node's UPDATE matches, so no two nodes send the same row; a
-- lease that runs out (its node stopped) makes the delivery due again.
CREATE TABLE platform_tmf_delivery (
    id              UUID          NOT NULL PRIMARY KEY,
    event_id        UUID          NOT NULL REFERENCES platform_tmf_event (id) ON DELETE CASCADE,
    hub_id          UUID          NOT NULL REFERENCES platform_tmf_hub (id) ON DELETE CASCADE,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(100),
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    dead_at         TIMESTAMP WITH TIME ZONE,
    replayed_by     VARCHAR(100),
    replayed_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT platform_tmf_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD'))
);
CREATE INDEX platform_tmf_delivery_due ON platform_tmf_delivery (status, next_attempt_at);
CREATE INDEX platform_tmf_delivery_hub ON platform_tmf_delivery (hub_id, status, next_attempt_at);
CREATE INDEX platform_tmf_delivery_event ON platform_tmf_delivery (event_id);
