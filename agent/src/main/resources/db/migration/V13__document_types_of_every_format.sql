-- Document types are each format's own names: X12 940, EDIFACT DESADV, warehouse XML ShipmentConfirmations (and a
-- received file may hold several, comma-separated). 16 characters were enough for X12 only.
ALTER TABLE cb_outbound_file MODIFY document_type VARCHAR(64) NOT NULL;
ALTER TABLE cb_inbound_file MODIFY document_type VARCHAR(64);
