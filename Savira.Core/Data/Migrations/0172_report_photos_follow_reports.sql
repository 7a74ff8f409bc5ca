-- The citizen's photo copy goes with the link to it: when retention or a privacy erasure clears a report's photo_url
-- (anonymising the reporter), the kept copy is deleted too; when a report is deleted, its photos and history go with it.
-- Triggers, so that every path that anonymises or deletes reports (RetentionRules, CitizenData) is covered.
CREATE TRIGGER report_photo_forgotten AFTER UPDATE OF photo_url ON infrastructure_reports
WHEN OLD.photo_url IS NOT NULL AND NEW.photo_url IS NULL
BEGIN
    DELETE FROM report_photos WHERE ticket_number = NEW.ticket_number AND kind = 'warga';
END;

CREATE TRIGGER report_deleted AFTER DELETE ON infrastructure_reports
BEGIN
    DELETE FROM report_photos WHERE ticket_number = OLD.ticket_number;
    DELETE FROM report_history WHERE ticket_number = OLD.ticket_number;
END;
