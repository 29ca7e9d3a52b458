-- The bureau's hand edits of a drawn plan (a pinned move is kept when the plan is drawn again), and placements' end dates.
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
