-- "Sent" and "noted" are facts of a file, not of each of its orders: an order FILED in a file is at
-- the warehouse once that file is UPLOADED (or later ACCEPTED / REJECTED by the partner's 997), and
-- its cart note is written once the file's noted_at is set. One ledger row is updated per file
-- instead of one per order: a 50,000-order export used to update 50,000 cb_order rows, which took
-- the ledger's database more time than filing them.
ALTER TABLE cb_outbound_file ADD COLUMN noted_at DATETIME(6) NULL;

-- files whose orders were all noted (or that carry no orders, such as 997s) are noted; a file with an
-- order still to note, or FILED in an uploaded file after a crash, is left to the order-notes step,
-- whose notes are idempotent
UPDATE cb_outbound_file f SET f.noted_at = COALESCE(f.uploaded_at, f.created_at)
WHERE f.state IN ('UPLOADED', 'ACCEPTED', 'REJECTED')
  AND NOT EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id AND (o.state = 'FILED' OR o.noted = 0));

UPDATE cb_order SET state = 'FILED' WHERE state = 'SENT';

CREATE INDEX cb_outbound_file_unnoted ON cb_outbound_file (partner, noted_at, id);
CREATE INDEX cb_order_state ON cb_order (partner, state, id);
DROP INDEX cb_order_unnoted ON cb_order;
ALTER TABLE cb_order DROP COLUMN noted, DROP COLUMN sent_at;
