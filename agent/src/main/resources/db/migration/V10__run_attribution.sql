-- Which run (Spring Batch job execution) did what. A run's summary counts the rows its own execution
-- recorded, not the rows of a time window: a window also holds what an overlapping run did, and for
-- files, the 997s. Rows from before this migration belong to no run (NULL).

-- the run that last held or filed the order
ALTER TABLE cb_order ADD COLUMN job_execution_id BIGINT NULL;
CREATE INDEX cb_order_run ON cb_order (job_execution_id, state);

-- the run that put the file on the partner's server (the upload step, the eager sender, or inbound-collect
-- sending its 997s), whichever run rendered it
ALTER TABLE cb_outbound_file ADD COLUMN upload_job_execution_id BIGINT NULL;
CREATE INDEX cb_outbound_file_upload_run ON cb_outbound_file (upload_job_execution_id);

-- the run that collected the file
ALTER TABLE cb_inbound_file ADD COLUMN job_execution_id BIGINT NULL;
CREATE INDEX cb_inbound_file_run ON cb_inbound_file (job_execution_id);

-- the run that applied the shipment to the order (or recorded why it could not)
ALTER TABLE cb_shipment ADD COLUMN job_execution_id BIGINT NULL;
CREATE INDEX cb_shipment_run ON cb_shipment (job_execution_id, state);
