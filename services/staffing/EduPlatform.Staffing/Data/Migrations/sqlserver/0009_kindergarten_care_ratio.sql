-- The teaching-and-care staff ratio of the 2013 kindergarten standard (1:7–9 full day, 1:11–13 half day), per county;
-- null keeps the middle of the range.
ALTER TABLE staffing_settings ADD KindergartenFullDayCareRatio DECIMAL(6,2) NULL;
ALTER TABLE staffing_settings ADD KindergartenHalfDayCareRatio DECIMAL(6,2) NULL;
