-- The time a stock snapshot was taken (846 BIA date and time), recorded when the snapshot is applied. A snapshot
-- older than one already applied (a late or resent file, even under a new interchange number) would set the
-- shop's stock back to what it was before; it is recorded as STALE instead and not applied.
ALTER TABLE cb_inbound_file ADD COLUMN as_of DATETIME(6) NULL;
CREATE INDEX cb_inbound_file_as_of ON cb_inbound_file (partner, document_type, state, as_of);
