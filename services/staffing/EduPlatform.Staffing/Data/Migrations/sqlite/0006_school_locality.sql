-- The organization copy is shared by every consuming service (EduPlatform.OrganizationCopy) and keeps locality and township too.
ALTER TABLE known_schools ADD COLUMN Locality TEXT NOT NULL DEFAULT '';
ALTER TABLE known_schools ADD COLUMN Township TEXT NOT NULL DEFAULT '';
