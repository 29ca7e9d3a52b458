-- A plan's public notice (公示): from, until (the last working day) and the working days the county set.
ALTER TABLE rotation_plans ADD COLUMN NoticeFrom TEXT NULL;
ALTER TABLE rotation_plans ADD COLUMN NoticeUntil TEXT NULL;
ALTER TABLE rotation_plans ADD COLUMN NoticeDays INTEGER NULL;
ALTER TABLE rotation_settings ADD COLUMN NoticeWorkingDays INTEGER NULL;

-- Objections to a plan's notice, teachers' applications and appeals, as the bureau receives them, with their answers.
CREATE TABLE rotation_petitions (
    Id          TEXT NOT NULL PRIMARY KEY,
    CountyCode  TEXT NOT NULL,
    SchoolYear  INTEGER NOT NULL,
    PlanId      TEXT NULL,
    PersonId    TEXT NOT NULL,
    Kind        TEXT NOT NULL,
    Text        TEXT NOT NULL,
    SubmittedBy TEXT NOT NULL,
    ReceivedOn  TEXT NOT NULL,
    RecordedBy  TEXT NOT NULL,
    RecordedAt  TEXT NOT NULL,
    Outcome     TEXT NULL,
    Answer      TEXT NULL,
    AnsweredBy  TEXT NULL,
    AnsweredAt  TEXT NULL,
    Version     INTEGER NOT NULL
);
CREATE INDEX ix_rotation_petitions_county ON rotation_petitions (CountyCode, SchoolYear);
