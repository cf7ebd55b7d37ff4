-- The editors' review, as sqlite/0002_review.sql: which suggestion people chose for a question.
ALTER TABLE interactions ADD COLUMN ref TEXT;      -- the token the question's buttons carry
ALTER TABLE interactions ADD COLUMN offered TEXT;  -- suggested ids, separated by spaces
ALTER TABLE interactions ADD COLUMN chosen TEXT;   -- the suggestion pressed
CREATE INDEX interactions_user_ref ON interactions (user_hash, ref);
