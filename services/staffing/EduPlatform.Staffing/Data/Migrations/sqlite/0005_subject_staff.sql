-- Teachers per school, stage and subject: specialists (专任) and those covering it beside another subject (兼任).
CREATE TABLE subject_staff (
    SchoolId       TEXT NOT NULL,
    Stage          TEXT NOT NULL,
    Subject        TEXT NOT NULL,
    CountyCode     TEXT NOT NULL,
    Specialists    INTEGER NOT NULL,
    NonSpecialists INTEGER NOT NULL,
    PRIMARY KEY (SchoolId, Stage, Subject)
);
CREATE INDEX ix_subject_staff_county ON subject_staff (CountyCode);
