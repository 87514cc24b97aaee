-- One agent serves many shops (stores), several of them at one partner: two shops' order 1001 are two
-- orders, and a warehouse shipment id may come back for either shop. Every "applied once" identity of the
-- ledger therefore includes the store. The agent served exactly one store until now; its rows become the
-- store named 'default', which is also what today's single-shop properties are called.

-- An order is filed once per store and partner. The lookup indexes lead with the store too: the jobs read one
-- store's rows (its held orders, its files to upload or note, its received files, the orders of its order
-- numbers), which should not mean reading every store's rows at the partner.
ALTER TABLE cb_order
    ADD COLUMN store VARCHAR(64) NOT NULL DEFAULT 'default' AFTER id,
    DROP INDEX cb_order_partner_cart_id,
    ADD CONSTRAINT cb_order_store_cart_id UNIQUE (store, partner, cart_order_id),
    DROP INDEX cb_order_state,
    ADD INDEX cb_order_state (store, partner, state, id),
    DROP INDEX cb_order_number,
    ADD INDEX cb_order_number (store, partner, order_number);

-- a shipment is applied once per store and order it covers (see V8 for order_key)
ALTER TABLE cb_shipment
    ADD COLUMN store VARCHAR(64) NOT NULL DEFAULT 'default' AFTER id,
    DROP INDEX cb_shipment_per_order,
    ADD CONSTRAINT cb_shipment_per_order UNIQUE (store, partner, shipment_id, order_key),
    DROP INDEX cb_shipment_order,
    ADD INDEX cb_shipment_order (store, partner, cart_order_id);

-- A partner's folder may carry files for several shops; a file is matched to its store by the interchange's
-- receiver id. Nullable, so that a file that matches no store can still be recorded, with none. Its
-- duplicate check by interchange control number is per store, since the partner numbers the interchanges of
-- each receiver on its own.
ALTER TABLE cb_inbound_file
    ADD COLUMN store VARCHAR(64) NULL DEFAULT 'default' AFTER id,
    DROP INDEX cb_inbound_file_state,
    ADD INDEX cb_inbound_file_state (store, partner, state, id),
    DROP INDEX cb_inbound_file_as_of,
    ADD INDEX cb_inbound_file_as_of (store, partner, document_type, state, as_of);

-- Files sent for a store. Control numbers are unique per sender and receiver id pair only (below), so two
-- shops at one partner, each with its own sender id, may send the same number: the number is unique per
-- store and partner, and a store other than 'default' has its name in its file names (the default store's
-- names stay as they were, so that an existing partner sees no change).
ALTER TABLE cb_outbound_file
    ADD COLUMN store VARCHAR(64) NOT NULL DEFAULT 'default' AFTER id,
    DROP INDEX cb_outbound_file_control,
    ADD CONSTRAINT cb_outbound_file_control UNIQUE (partner, store, format, control_number),
    DROP INDEX cb_outbound_file_state,
    ADD INDEX cb_outbound_file_state (store, partner, state, id),
    DROP INDEX cb_outbound_file_unnoted,
    ADD INDEX cb_outbound_file_unnoted (store, partner, noted_at, id);

-- Interchange control numbers are unique per sender and receiver id pair (ISA05:ISA06, ISA07:ISA08): a
-- counter is now keyed by the pair, and its partner is ''. A migration cannot read the properties that
-- name the pair, so the counters from before are kept as they were, keyed by partner, with '' as sender and
-- receiver (an X12 id is never empty): the marker of a partner's counter from before V12. These rows are
-- never written again. When a pair is first used, its counter starts at the greater of its partner's counter
-- from before and the highest number its store has already filed at that partner (ControlNumbers), in the
-- transaction that takes its first number: the sequence goes on without reusing a number or a file name, also
-- when a shop's sender id or the partner's receiver id changes later.
ALTER TABLE cb_counter
    ADD COLUMN sender   VARCHAR(35) NOT NULL DEFAULT '' FIRST,
    ADD COLUMN receiver VARCHAR(35) NOT NULL DEFAULT '' AFTER sender,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (sender, receiver, counter_name, partner);
