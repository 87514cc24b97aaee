package io.cartbridge.agent.ops;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Adds {@link OpsJobListener} to every job bean, so that each job configuration need not know about operations.
 * The listener is looked up at the first run, not when the jobs are made: a post-processor's own dependencies
 * would otherwise be created before the beans it processes.
 */
@Component
class JobListenerRegistration implements BeanPostProcessor {

    private final ObjectProvider<OpsJobListener> listener;

    JobListenerRegistration(ObjectProvider<OpsJobListener> listener) {
        this.listener = listener;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    listener.getObject().beforeJob(execution);
                }

                @Override
                public void afterJob(JobExecution execution) {
                    listener.getObject().afterJob(execution);
                }
            });
        }
        return bean;
    }
}
