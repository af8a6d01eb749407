-- The tables notary-server's SQL storage (backend "postgres") reads and writes, for PostgreSQL.
-- notary-server creates no tables itself and Debian ships no migrations, so the test stack
-- creates these in an empty database before the first server starts.
--
-- tuf_files: every version of every role's metadata of every repository (GUN). The server
-- inserts one row per role and version in one transaction per upload; the unique key on
-- (gun, role, version) is what stops two uploads of the same version, also from two server
-- processes at once. The current version of a role is the row with the highest version that
-- is not soft-deleted (deleted_at set). sha256 is the hex digest of data, for reads by checksum.
CREATE TABLE tuf_files (
    id          serial PRIMARY KEY,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_at  timestamp with time zone NOT NULL DEFAULT now(),
    deleted_at  timestamp with time zone,
    gun         varchar(255) NOT NULL,
    role        varchar(255) NOT NULL,
    version     integer NOT NULL,
    sha256      varchar(64),
    data        bytea NOT NULL,
    CONSTRAINT tuf_files_one_version_per_role UNIQUE (gun, role, version)
);
CREATE INDEX tuf_files_by_checksum ON tuf_files (gun, role, sha256);

-- changefeed: one row per new timestamp of a repository ("update") and per deleted repository
-- ("deletion"), read in id order by GET /v2/_trust/changefeed.
CREATE TABLE changefeed (
    id          serial PRIMARY KEY,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    gun         varchar(255) NOT NULL,
    version     integer NOT NULL,
    sha256      varchar(64) NOT NULL,
    category    varchar(20) NOT NULL DEFAULT 'update'
);
CREATE INDEX changefeed_by_gun ON changefeed (gun);
