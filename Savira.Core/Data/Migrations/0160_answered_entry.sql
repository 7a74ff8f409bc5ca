-- Which knowledge entry answered a message (NULL: a lookup, a command, a fallback …), for the reports page.
ALTER TABLE inbound_messages ADD COLUMN answered_entry INTEGER NULL;

-- The reports read a period of days: by time, not by sender.
CREATE INDEX ix_inbound_messages_received ON inbound_messages (received_at);
