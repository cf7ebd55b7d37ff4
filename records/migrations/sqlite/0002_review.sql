-- The editors' review: which suggestion people chose for a question (user_version 2, as before
-- the steps moved to files).
ALTER TABLE interactions ADD COLUMN ref TEXT;      -- the token the question's buttons carry
ALTER TABLE interactions ADD COLUMN offered TEXT;  -- suggested ids, separated by spaces
ALTER TABLE interactions ADD COLUMN chosen TEXT;   -- the suggestion pressed
