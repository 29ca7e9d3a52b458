-- 薄弱学校 / 新建学校 as the bureau designates them: the alliance composition rules accept such a school as a member
-- wherever it is [000][002][003].
ALTER TABLE schools ADD IsWeak BIT NOT NULL CONSTRAINT df_schools_isweak DEFAULT 0;
ALTER TABLE schools ADD IsNew BIT NOT NULL CONSTRAINT df_schools_isnew DEFAULT 0;
