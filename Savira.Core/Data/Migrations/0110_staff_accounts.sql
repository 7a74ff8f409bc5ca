-- The city's staff who sign in to the console: one row per person, never shared.
CREATE TABLE staff_accounts (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash    TEXT NOT NULL,          -- ASP.NET Core Identity's PasswordHasher (PBKDF2)
    role             TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'officer', 'puskesmas', 'opd', 'auditor')),
    scope            TEXT NULL,              -- the puskesmas code, the agency code or the officer's service; NULL: all
    disabled         INTEGER NOT NULL DEFAULT 0,
    security_stamp   TEXT NOT NULL,          -- changes with the password or role; signed-in sessions carry it
    failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT NULL,
    totp_secret      TEXT NULL,              -- base32; set up at the first sign-in
    totp_last_step   INTEGER NULL,           -- the last accepted time step, so a code works once
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- API tokens for the JSON API, per account; only their SHA-256 is kept.
CREATE TABLE staff_api_tokens (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES staff_accounts (id),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT NULL
);
