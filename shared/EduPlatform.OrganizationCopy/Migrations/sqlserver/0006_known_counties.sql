-- adopt-if-present: table known_counties
-- The county's name, fed by CountyNamed, so lists and exports are titled with the name rather than the code.
CREATE TABLE known_counties (
    CountyCode    NVARCHAR(6) NOT NULL PRIMARY KEY,
    Name          NVARCHAR(100) NOT NULL,
    SourceVersion INT NOT NULL
);
