-- Several app instances (issue 13): a scheduled job runs on one instance per period. ShedLock keeps one row per job:
-- the instance that runs it holds the row until lock_until, and every other instance skips the job until then.
-- The column names and types are ShedLock's (its JDBC provider, with the database's clock).
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
