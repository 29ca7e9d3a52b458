-- 薄弱学校 / 新建学校 as the bureau designates them: the alliance composition rules accept such a school as a member
-- wherever it is [000][002][003].
ALTER TABLE schools ADD COLUMN IsWeak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE schools ADD COLUMN IsNew INTEGER NOT NULL DEFAULT 0;
