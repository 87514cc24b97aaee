-- Files collected from a partner. A file is recorded once it is safe in the local inbox, and only then
-- archived or deleted on the partner's server. A file whose SHA-256, or whose sender and interchange
-- control number, was seen before is recorded as DUPLICATE and never applied.
CREATE TABLE cb_inbound_file (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner                  VARCHAR(64)  NOT NULL,
    remote_name              VARCHAR(255) NOT NULL,
    remote_size              BIGINT       NOT NULL,
    remote_modified          DATETIME(6),
    local_path               VARCHAR(1000) NOT NULL,
    sha256                   CHAR(64)     NOT NULL,
    format                   VARCHAR(16)  NOT NULL,
    document_type            VARCHAR(16),
    sender_id                VARCHAR(35),
    interchange_control_number VARCHAR(14),
    state                    VARCHAR(16)  NOT NULL,
    reason                   VARCHAR(2000),
    duplicate_of             BIGINT,
    received_at              DATETIME(6)  NOT NULL,
    KEY cb_inbound_file_sha (partner, sha256),
    KEY cb_inbound_file_icn (partner, sender_id, interchange_control_number),
    KEY cb_inbound_file_remote (partner, remote_name, remote_size),
    KEY cb_inbound_file_state (partner, state, id)
) ENGINE=InnoDB;
