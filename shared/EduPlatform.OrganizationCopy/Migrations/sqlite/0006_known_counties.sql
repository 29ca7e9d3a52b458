-- adopt-if-present: table known_counties
-- The county's name, fed by CountyNamed, so lists and exports are titled with the name rather than the code.
CREATE TABLE known_counties (
    CountyCode    TEXT NOT NULL PRIMARY KEY,
    Name          TEXT NOT NULL,
    SourceVersion INTEGER NOT NULL
);
