-- 岗位设置: the HR bureau's professional post numbers per alliance (or school), by level.
CREATE TABLE post_structures (
    CountyCode NVARCHAR(6) NOT NULL,
    PoolKey    NVARCHAR(60) NOT NULL,
    Senior     INT NOT NULL,
    Middle     INT NOT NULL,
    Junior     INT NOT NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_post_structures PRIMARY KEY (CountyCode, PoolKey)
);

-- Staff holding each post level, per school (from the head-count import).
CREATE TABLE level_holders (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    Level      NVARCHAR(10) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Holders    INT NOT NULL,
    CONSTRAINT pk_level_holders PRIMARY KEY (SchoolId, Level)
);

-- Listed people who hold a level without occupying one of the pool's posts [000].
CREATE TABLE outside_post_people (
    Id                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode        NVARCHAR(6) NOT NULL,
    PoolKey           NVARCHAR(60) NOT NULL,
    Name              NVARCHAR(50) NOT NULL,
    Level             NVARCHAR(10) NOT NULL,
    Reason            NVARCHAR(40) NOT NULL,
    Honour            NVARCHAR(200) NULL,
    RuralServiceYears INT NULL,
    RetirementDate    DATE NULL,
    CreatedAt         DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_outside_post_people_pool ON outside_post_people (CountyCode, PoolKey);
