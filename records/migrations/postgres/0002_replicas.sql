-- What replicas share besides the records: the per-user rate limit, who is running, and reloads.

-- The users who wrote in the last minute: the times of their counted messages, oldest first, and
-- whether they were told to slow down. UNLOGGED: a crash of the server forgets a minute of counts.
CREATE UNLOGGED TABLE rate_limits (
    user_hash TEXT PRIMARY KEY,
    hits DOUBLE PRECISION[] NOT NULL,
    notified BOOLEAN NOT NULL DEFAULT false
);

-- The verdict of handlers.ratelimit.UserRateLimiter.check, for all replicas at once: 'allow' while
-- fewer than p_limit messages fall in the last p_window seconds, then one 'notify', then 'ignore'.
-- The row lock makes the checks of one user, from any replica, happen one after the other.
CREATE FUNCTION rate_limit_check(p_user TEXT, p_limit INTEGER, p_window DOUBLE PRECISION, p_now DOUBLE PRECISION)
RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    now_ DOUBLE PRECISION := coalesce(p_now, extract(epoch FROM clock_timestamp()));
    kept DOUBLE PRECISION[];
    was_notified BOOLEAN;
BEGIN
    INSERT INTO rate_limits (user_hash, hits) VALUES (p_user, '{}') ON CONFLICT (user_hash) DO NOTHING;
    SELECT ARRAY(SELECT h FROM unnest(r.hits) AS h WHERE h > now_ - p_window ORDER BY h), r.notified
        INTO kept, was_notified
        FROM rate_limits r WHERE r.user_hash = p_user FOR UPDATE;
    IF cardinality(kept) < p_limit THEN
        UPDATE rate_limits SET hits = kept || now_, notified = false WHERE user_hash = p_user;
        RETURN 'allow';
    END IF;
    UPDATE rate_limits SET hits = kept, notified = true WHERE user_hash = p_user;
    RETURN CASE WHEN was_notified THEN 'ignore' ELSE 'notify' END;
END
$$;

-- The running replicas: each writes its row every few seconds and deletes it when it stops.
CREATE TABLE replicas (
    name TEXT PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    fingerprint TEXT NOT NULL
);

-- Every reload announced to the other replicas; one that lost its connection reads what it missed.
CREATE TABLE reloads (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    origin TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
