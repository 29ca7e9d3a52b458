-- The county settings the rules read exactly need (issue 24): 镇区 as rural, the rural-bound backbone share, the term's
-- basis, and the county's own extensions of the first-term and age exemptions.
ALTER TABLE rotation_settings ADD TownCountsAsRural BIT NULL, RuralBoundBackboneMinShare DECIMAL(6,3) NULL, TermBasis NVARCHAR(20) NULL,
    FirstTermCoversVicePrincipals BIT NULL, AgeCoversCadres BIT NULL;

-- 待岗 on the person after a re-appointment round [004]: the round, since when, semesters in a row, and the schools of
-- 跟岗学习 and 顶岗实践 (JSON).
ALTER TABLE people ADD Waiting NVARCHAR(400) NULL;
