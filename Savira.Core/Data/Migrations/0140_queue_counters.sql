-- A clinic may have several counters (loket) calling from one queue: the ticket remembers which counter called it,
-- so "recall" and "finish" touch that counter's patient only, and how often it was called, so each call or recall
-- sends one WhatsApp message (outbox key 'queue-call:{id}:{calls}').
ALTER TABLE queue_tickets ADD COLUMN counter INTEGER NULL;
ALTER TABLE queue_tickets ADD COLUMN calls INTEGER NOT NULL DEFAULT 0;
UPDATE queue_tickets SET calls = 1 WHERE called_at IS NOT NULL;
