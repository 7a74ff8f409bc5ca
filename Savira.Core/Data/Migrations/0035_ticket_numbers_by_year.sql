-- Ticket numbers become INF-yyyy-NNNNNN (a sequence per WIB year) instead of INF-yyyyMMdd-NNNN: the report-code
-- shape the Indonesian intent matcher recognises, so a message holding only a ticket number reaches infrastruktur.
ALTER TABLE ticket_counters RENAME COLUMN day TO period; -- now 'yyyy'

-- Both shapes start with 'INF-yyyy', so the year is read the same way before and after a row is renumbered.
UPDATE infrastructure_reports
SET ticket_number = 'INF-' || substr(ticket_number, 5, 4) || '-' || printf('%06d', (
    SELECT COUNT(*) FROM infrastructure_reports AS earlier
    WHERE substr(earlier.ticket_number, 5, 4) = substr(infrastructure_reports.ticket_number, 5, 4)
      AND earlier.id <= infrastructure_reports.id));

DELETE FROM ticket_counters;
INSERT INTO ticket_counters (period, last_number)
SELECT substr(ticket_number, 5, 4), COUNT(*) FROM infrastructure_reports GROUP BY substr(ticket_number, 5, 4);
