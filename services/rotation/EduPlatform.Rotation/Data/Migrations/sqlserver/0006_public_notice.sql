-- A plan's public notice (公示): from, until (the last working day) and the working days the county set.
ALTER TABLE rotation_plans ADD NoticeFrom DATE NULL;
ALTER TABLE rotation_plans ADD NoticeUntil DATE NULL;
ALTER TABLE rotation_plans ADD NoticeDays INT NULL;
ALTER TABLE rotation_settings ADD NoticeWorkingDays INT NULL;

-- Objections to a plan's notice, teachers' applications and appeals, as the bureau receives them, with their answers.
CREATE TABLE rotation_petitions (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolYear  INT NOT NULL,
    PlanId      UNIQUEIDENTIFIER NULL,
    PersonId    UNIQUEIDENTIFIER NOT NULL,
    Kind        NVARCHAR(40) NOT NULL,
    Text        NVARCHAR(MAX) NOT NULL,
    SubmittedBy NVARCHAR(200) NOT NULL,
    ReceivedOn  DATE NOT NULL,
    RecordedBy  NVARCHAR(200) NOT NULL,
    RecordedAt  DATETIMEOFFSET NOT NULL,
    Outcome     NVARCHAR(40) NULL,
    Answer      NVARCHAR(MAX) NULL,
    AnsweredBy  NVARCHAR(200) NULL,
    AnsweredAt  DATETIMEOFFSET NULL,
    Version     INT NOT NULL
);
CREATE INDEX ix_rotation_petitions_county ON rotation_petitions (CountyCode, SchoolYear);
