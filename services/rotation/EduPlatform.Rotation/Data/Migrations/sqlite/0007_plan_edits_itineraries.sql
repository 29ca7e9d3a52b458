-- The bureau's hand edits of a drawn plan (a pinned move is kept when the plan is drawn again), placements' end dates, itinerant settings.
ALTER TABLE rotation_plan_moves ADD COLUMN Pinned INTEGER NOT NULL DEFAULT 0;

-- Every hand edit with who made it, when and why (the plan's own trail; the audit log has the moves before and after).
CREATE TABLE rotation_plan_edits (
    PlanId       TEXT NOT NULL,
    Seq          INTEGER NOT NULL,
    Action       TEXT NOT NULL,
    PersonId     TEXT NOT NULL,
    WithPersonId TEXT NULL,
    ToSchoolId   TEXT NULL,
    Reason       TEXT NOT NULL,
    Actor        TEXT NOT NULL,
    At           TEXT NOT NULL,
    PRIMARY KEY (PlanId, Seq)
);

-- A placement's stint keeps the end date its approved plan set: the person is serving a rotation until then.
ALTER TABLE person_stints ADD COLUMN PlacedUntil TEXT NULL;

-- Itinerant teaching (走教): whether scarce-subject teachers teach itinerant, how their travel is estimated and paid;
-- and whether core schools may send across alliances.
ALTER TABLE rotation_settings ADD COLUMN ScarceSubjectsItinerant INTEGER NULL;
ALTER TABLE rotation_settings ADD COLUMN ItinerantAllowancePerKm REAL NULL;
ALTER TABLE rotation_settings ADD COLUMN ItinerantSpeedKmh INTEGER NULL;
ALTER TABLE rotation_settings ADD COLUMN ItinerantDetourFactor REAL NULL;
ALTER TABLE rotation_settings ADD COLUMN CrossAllianceMoves INTEGER NULL;
