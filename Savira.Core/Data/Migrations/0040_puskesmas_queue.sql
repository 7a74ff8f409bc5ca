-- Puskesmas queue numbers: the puskesmas, their clinics and registration hours, the numbers taken,
-- what staff did with them, and the outbox of messages the bot sends unprompted.
CREATE TABLE puskesmas (
    code      TEXT PRIMARY KEY,          -- short id used in the staff API and its key, e.g. 'halmahera'
    name      TEXT NOT NULL UNIQUE,      -- 'Puskesmas Halmahera'
    kecamatan TEXT NOT NULL,
    address   TEXT NOT NULL,
    latitude  REAL NOT NULL,
    longitude REAL NOT NULL
);

CREATE TABLE puskesmas_clinics (
    puskesmas_code      TEXT NOT NULL REFERENCES puskesmas (code),
    clinic              TEXT NOT NULL,   -- 'umum', 'gigi', 'kia', 'lansia'
    name                TEXT NOT NULL,   -- 'Poli Umum'
    prefix              TEXT NOT NULL,   -- letter before the number on the ticket, 'U'
    daily_quota         INTEGER NOT NULL CHECK (daily_quota >= 0),
    minutes_per_patient INTEGER NOT NULL CHECK (minutes_per_patient > 0), -- pace until staff have called enough patients
    paused_at           TEXT NULL,       -- set while staff pause the clinic; no numbers are given then
    PRIMARY KEY (puskesmas_code, clinic)
);

-- Registration hours per ISO weekday (1 = Monday … 7 = Sunday), local time in WIB; no row: closed that day.
CREATE TABLE puskesmas_hours (
    puskesmas_code TEXT NOT NULL REFERENCES puskesmas (code),
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at       TEXT NOT NULL,        -- 'HH:mm'
    closes_at      TEXT NOT NULL,        -- 'HH:mm'; no number is given for that day afterwards
    PRIMARY KEY (puskesmas_code, weekday)
);

CREATE TABLE queue_tickets (
    id             INTEGER PRIMARY KEY,
    puskesmas_code TEXT NOT NULL REFERENCES puskesmas (code),
    clinic         TEXT NOT NULL,
    service_day    TEXT NOT NULL,        -- 'yyyy-MM-dd' in WIB
    number         INTEGER NOT NULL CHECK (number > 0),
    citizen        TEXT NOT NULL,        -- sender address, e.g. 'whatsapp:+62812…'
    channel        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'skipped', 'cancelled')),
    ahead_at_take  INTEGER NOT NULL,     -- a reminder is due only when the citizen was further away than that
    taken_at       TEXT NOT NULL,
    called_at      TEXT NULL,
    finished_at    TEXT NULL,            -- served, skipped or cancelled
    FOREIGN KEY (puskesmas_code, clinic) REFERENCES puskesmas_clinics (puskesmas_code, clinic),
    UNIQUE (puskesmas_code, clinic, service_day, number) -- a number is never given twice, nor reused
);
-- One active number per citizen per puskesmas per day.
CREATE UNIQUE INDEX ux_queue_tickets_active_citizen ON queue_tickets (puskesmas_code, service_day, citizen)
    WHERE status IN ('waiting', 'called');
CREATE INDEX ix_queue_tickets_citizen ON queue_tickets (citizen, service_day);

-- Every staff action on a queue, kept for the record and for the service pace.
CREATE TABLE queue_events (
    id             INTEGER PRIMARY KEY,
    puskesmas_code TEXT NOT NULL,
    clinic         TEXT NOT NULL,
    service_day    TEXT NOT NULL,
    action         TEXT NOT NULL,        -- 'call_next', 'skip', 'pause', 'resume', 'cancel'
    number         INTEGER NULL,
    at             TEXT NOT NULL
);
CREATE INDEX ix_queue_events_queue ON queue_events (puskesmas_code, clinic, service_day, id);

-- Messages the bot sends on its own (not as a reply), written in the same transaction as their cause
-- and sent by a background sender: pending → sending → sent (or back to pending for a retry, or failed).
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY,
    dedupe_key          TEXT NOT NULL UNIQUE, -- one message per cause, e.g. 'queue-reminder:17'
    channel             TEXT NOT NULL,
    recipient           TEXT NOT NULL,
    body                TEXT NOT NULL,        -- free-form text, allowed inside WhatsApp's 24-hour window
    template_variables  TEXT NULL,            -- JSON for the approved template used outside it
    status              TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'uncertain')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    sent_at             TEXT NULL,
    used_template       INTEGER NULL,
    provider_sid        TEXT NULL UNIQUE,     -- Twilio's message SID
    delivery_status     TEXT NULL,            -- from Twilio's status callback: queued, sent, delivered, read, failed, undelivered
    delivery_error_code TEXT NULL,
    delivery_updated_at TEXT NULL,
    last_error          TEXT NULL
);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at);
