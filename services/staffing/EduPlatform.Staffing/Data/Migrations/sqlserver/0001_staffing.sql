-- The county's staffing settings (standard preset and what the standard leaves to the county).
CREATE TABLE staffing_settings (
    CountyCode                 NVARCHAR(6) NOT NULL PRIMARY KEY,
    StandardPreset             NVARCHAR(40) NOT NULL,
    VillageStaffPerClass       DECIMAL(6,3) NULL,
    KindergartenFullDayRatio   DECIMAL(6,3) NOT NULL,
    KindergartenHalfDayRatio   DECIMAL(6,3) NOT NULL,
    Rounding                   NVARCHAR(20) NOT NULL,
    CountyTotal                INT NULL,
    Version                    INT NOT NULL,
    UpdatedAt                  DATETIMEOFFSET NOT NULL
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.
