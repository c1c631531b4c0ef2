-- The API edge: OAuth2 clients of the embedded authorization server, the key that signs its tokens,
-- and the TM Forum event hubs (subscriptions of integrating systems).

-- Spring Authorization Server's client table, as its JdbcRegisteredClientRepository expects it
-- (timestamps with time zone, as its schema advises for PostgreSQL).
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100)  NOT NULL PRIMARY KEY,
    client_id                     VARCHAR(100)  NOT NULL UNIQUE,
    client_id_issued_at           TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200),
    client_secret_expires_at      TIMESTAMP WITH TIME ZONE,
    client_name                   VARCHAR(200)  NOT NULL,
    client_authentication_methods VARCHAR(1000) NOT NULL,
    authorization_grant_types     VARCHAR(1000) NOT NULL,
    redirect_uris                 VARCHAR(1000),
    post_logout_redirect_uris     VARCHAR(1000),
    scopes                        VARCHAR(1000) NOT NULL,
    client_settings               VARCHAR(2000) NOT NULL,
    token_settings                VARCHAR(2000) NOT NULL
);

-- The RSA key that signs access tokens, shared by every node; the private half is encrypted with
-- switchboard.crypto.*.
CREATE TABLE platform_signing_key (
    key_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    public_key  TEXT         NOT NULL,
    private_key TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- TMF630 hubs: POST {api}/hub registers a callback for the events of one API.
CREATE TABLE platform_tmf_hub (
    id              UUID         NOT NULL PRIMARY KEY,
    api             VARCHAR(60)  NOT NULL,
    callback        VARCHAR(2000) NOT NULL,
    query           VARCHAR(2000),
    client_id       VARCHAR(100) NOT NULL,
    -- the partner scope of the client that registered: everyone, or these partners (comma-separated ids)
    scope_everyone  BOOLEAN      NOT NULL,
    scope_partners  TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX platform_tmf_hub_api ON platform_tmf_hub (api);
