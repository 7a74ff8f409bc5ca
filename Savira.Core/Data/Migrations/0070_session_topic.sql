-- What each conversation was last about (JSON: intent, knowledge entry, the citizen's words), so a short
-- follow-up is answered in its context. Forgotten with the session when it has been idle too long.
ALTER TABLE sessions ADD COLUMN topic TEXT NULL;
