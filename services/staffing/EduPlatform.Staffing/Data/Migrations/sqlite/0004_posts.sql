-- 岗位设置: the HR bureau's professional post numbers per alliance (or school), by level.
CREATE TABLE post_structures (
    CountyCode TEXT NOT NULL,
    PoolKey    TEXT NOT NULL,
    Senior     INTEGER NOT NULL,
    Middle     INTEGER NOT NULL,
    Junior     INTEGER NOT NULL,
    Version    INTEGER NOT NULL,
    UpdatedAt  TEXT NOT NULL,
    PRIMARY KEY (CountyCode, PoolKey)
);

-- Staff holding each post level, per school (from the head-count import).
CREATE TABLE level_holders (
    SchoolId   TEXT NOT NULL,
    Level      TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Holders    INTEGER NOT NULL,
    PRIMARY KEY (SchoolId, Level)
);

-- Listed people who hold a level without occupying one of the pool's posts [000].
CREATE TABLE outside_post_people (
    Id                TEXT NOT NULL PRIMARY KEY,
    CountyCode        TEXT NOT NULL,
    PoolKey           TEXT NOT NULL,
    Name              TEXT NOT NULL,
    Level             TEXT NOT NULL,
    Reason            TEXT NOT NULL,
    Honour            TEXT NULL,
    RuralServiceYears INTEGER NULL,
    RetirementDate    TEXT NULL,
    CreatedAt         TEXT NOT NULL
);
CREATE INDEX ix_outside_post_people_pool ON outside_post_people (CountyCode, PoolKey);
