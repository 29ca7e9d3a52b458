-- adopt-if-present: index ix_known_terms_county
-- A county's terms are read together (quotas, balance indicators).
CREATE INDEX ix_known_terms_county ON known_terms (CountyCode, SchoolYear, Season);
