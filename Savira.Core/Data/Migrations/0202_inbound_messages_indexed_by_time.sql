-- Every message's write used to dirty a page of ix_inbound_messages_sender in the middle of the index (one place per
-- sender, and a split of that page whenever it filled): under load that index was two thirds of the WAL's pages. The
-- questions asked of it are all about a sender's recent messages (WhatsApp's 24-hour window, a handoff's transcript),
-- so one index by time, which every message extends at its end, answers them with a bounded range. A whole sender's
-- history (the citizen's export or erasure, rare and asked by an administrator) scans this index instead.
DROP INDEX ix_inbound_messages_sender;
DROP INDEX ix_inbound_messages_received;
CREATE INDEX ix_inbound_messages_received ON inbound_messages (received_at, channel, sender);
