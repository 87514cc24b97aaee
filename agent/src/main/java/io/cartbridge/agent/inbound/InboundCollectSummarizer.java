package io.cartbridge.agent.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.inbound.InboundCollectSummary.CollectedFile;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.support.RunSummarizer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums up an inbound-collect run from the files its execution recorded ({@code cb_inbound_file.job_execution_id})
 * and the acknowledgments it uploaded. A file rejected later, when a 997 of it cannot be applied, counts as
 * rejected too: either way it needs a look.
 */
@Component
class InboundCollectSummarizer implements RunSummarizer {

    private static final String COLLECTED = """
            SELECT remote_name, document_type, state, reason FROM cb_inbound_file
            WHERE job_execution_id = ? ORDER BY id""";
    private static final String ACKS_UPLOADED = """
            SELECT COUNT(*) FROM cb_outbound_file
            WHERE upload_job_execution_id = ?
              AND NOT EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = cb_outbound_file.id)""";

    private final JdbcTemplate jdbc;

    InboundCollectSummarizer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jobName() {
        return InboundCollectJobConfiguration.JOB_NAME;
    }

    @Override
    public InboundCollectSummary summarize(JobExecution execution) {
        String partner = RunSummarizer.partners(execution);
        long id = execution.getId();
        Map<String, Long> byType = new LinkedHashMap<>();
        List<CollectedFile> rejected = new ArrayList<>();
        List<CollectedFile> duplicates = new ArrayList<>();
        jdbc.query(COLLECTED, rs -> {
            CollectedFile file = new CollectedFile(rs.getString(1), rs.getString(2), rs.getString(4));
            switch (InboundFiles.State.valueOf(rs.getString(3))) {
                case REJECTED -> rejected.add(file);
                case DUPLICATE -> duplicates.add(file);
                default -> byType.merge(file.documentType() == null ? "?" : file.documentType(), 1L, Long::sum);
            }
        }, id);
        Long acks = jdbc.queryForObject(ACKS_UPLOADED, Long.class, id);
        return new InboundCollectSummary(id, partner, byType.values().stream().mapToLong(Long::longValue).sum(), byType,
                rejected, duplicates, acks == null ? 0 : acks);
    }
}
