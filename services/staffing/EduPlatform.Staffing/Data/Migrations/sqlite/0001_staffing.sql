-- The county's staffing settings (standard preset and what the standard leaves to the county).
CREATE TABLE staffing_settings (
    CountyCode                 TEXT NOT NULL PRIMARY KEY,
    StandardPreset             TEXT NOT NULL,
    VillageStaffPerClass       REAL NULL,
    KindergartenFullDayRatio   REAL NOT NULL,
    KindergartenHalfDayRatio   REAL NOT NULL,
    Rounding                   TEXT NOT NULL,
    CountyTotal                INTEGER NULL,
    Version                    INTEGER NOT NULL,
    UpdatedAt                  TEXT NOT NULL
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.
