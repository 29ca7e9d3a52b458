-- Teachers per school, stage and subject: specialists (专任) and those covering it beside another subject (兼任).
CREATE TABLE subject_staff (
    SchoolId       UNIQUEIDENTIFIER NOT NULL,
    Stage          NVARCHAR(20) NOT NULL,
    Subject        NVARCHAR(20) NOT NULL,
    CountyCode     NVARCHAR(6) NOT NULL,
    Specialists    INT NOT NULL,
    NonSpecialists INT NOT NULL,
    CONSTRAINT pk_subject_staff PRIMARY KEY (SchoolId, Stage, Subject)
);
CREATE INDEX ix_subject_staff_county ON subject_staff (CountyCode);
