-- The bureau's hand edits of a drawn plan (a pinned move is kept when the plan is drawn again), placements' end dates, itinerant settings.
ALTER TABLE rotation_plan_moves ADD Pinned BIT NOT NULL CONSTRAINT df_rotation_plan_moves_pinned DEFAULT 0;

-- Every hand edit with who made it, when and why (the plan's own trail; the audit log has the moves before and after).
CREATE TABLE rotation_plan_edits (
    PlanId       UNIQUEIDENTIFIER NOT NULL,
    Seq          INT NOT NULL,
    Action       NVARCHAR(20) NOT NULL,
    PersonId     UNIQUEIDENTIFIER NOT NULL,
    WithPersonId UNIQUEIDENTIFIER NULL,
    ToSchoolId   UNIQUEIDENTIFIER NULL,
    Reason       NVARCHAR(1000) NOT NULL,
    Actor        NVARCHAR(200) NOT NULL,
    At           DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_rotation_plan_edits PRIMARY KEY (PlanId, Seq)
);

-- A placement's stint keeps the end date its approved plan set: the person is serving a rotation until then.
ALTER TABLE person_stints ADD PlacedUntil DATE NULL;

-- Itinerant teaching (走教): whether scarce-subject teachers teach itinerant, how their travel is estimated and paid;
-- and whether core schools may send across alliances.
ALTER TABLE rotation_settings ADD ScarceSubjectsItinerant BIT NULL;
ALTER TABLE rotation_settings ADD ItinerantAllowancePerKm DECIMAL(9, 2) NULL;
ALTER TABLE rotation_settings ADD ItinerantSpeedKmh INT NULL;
ALTER TABLE rotation_settings ADD ItinerantDetourFactor DECIMAL(4, 2) NULL;
ALTER TABLE rotation_settings ADD CrossAllianceMoves BIT NULL;
