package io.cartbridge.agent.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartDatabases;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the agent's beans in proxies that pass the {@link Faults} points (listed there) at the
 * boundaries between the job's classes and their collaborators: the step writers' {@code write}, the
 * SFTP connection's {@code upload}, the ledger's {@code markUploaded}, the cart's notes and shipment
 * sink. Where one collaborator serves several callers, the step running on the calling thread tells
 * them apart; the sender that uploads during order-extract runs on a thread of its own, outside any step.
 */
final class FaultPoints implements BeanPostProcessor {

    /** The step writer beans (step-scoped), by bean name, and their points' prefix. */
    private static final Map<String, String> CHUNK_WRITERS = Map.of(
            "orderFileWriter", "extract",
            "shipmentApplier", "shipment",
            "inventoryApplier", "inventory");
    /** Where an upload passes its points: in the file-upload step, or outside any step (the eager sender). */
    private static final String UPLOAD_STEP = "file-upload";
    private static final String NOTES_STEP = "order-notes";

    private final Faults faults;

    FaultPoints(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ScopedObject) {
            return bean;
        }
        if (ScopedProxyUtils.isScopedTarget(beanName)) {
            String prefix = CHUNK_WRITERS.get(ScopedProxyUtils.getOriginalBeanName(beanName));
            return prefix == null ? bean : chunkPoints(bean, prefix);
        }
        if (bean instanceof JobLocks && faults.jobLocksOff()) {
            return intercept(bean, invocation -> invocation.getMethod().getName().equals("acquire")
                    ? (JobLocks.Held) () -> { } : invocation.proceed());
        }
        if (bean instanceof WarehouseTransport) {
            return intercept(bean, invocation -> {
                Object result = invocation.proceed();
                return result instanceof RemoteFolder folder ? uploadPoints(folder) : result;
            });
        }
        if (bean instanceof OutboundFiles) {
            return intercept(bean, invocation -> {
                Object result = invocation.proceed();
                if (invocation.getMethod().getName().equals("markUploaded") && outsideAStep()) {
                    faults.pass("eager.after-mark");
                }
                return result;
            });
        }
        if (bean instanceof CartDatabases) {
            Map<CartDatabase, Object> wrapped = new java.util.concurrent.ConcurrentHashMap<>();
            return intercept(bean, invocation -> {
                Object result = invocation.proceed();
                return result instanceof CartDatabase cart ? wrapped.computeIfAbsent(cart, c -> intercept(c, i -> {
                    Object plugin = i.proceed();
                    return plugin instanceof CartPlugin p ? cartPoints(p) : plugin;
                })) : result;
            });
        }
        return bean;
    }

    /** {@code <prefix>.chunk} and {@code <prefix>.chunk-N} before the writer's Nth chunk. */
    private Object chunkPoints(Object writer, String prefix) {
        AtomicInteger chunks = new AtomicInteger();
        return intercept(writer, invocation -> {
            if (invocation.getMethod().getName().equals("write")) {
                faults.pass(prefix + ".chunk");
                faults.pass(prefix + ".chunk-" + chunks.incrementAndGet());
            }
            return invocation.proceed();
        });
    }

    private RemoteFolder uploadPoints(RemoteFolder folder) {
        return wrap(RemoteFolder.class, folder, (method, call) -> {
            String where = outsideAStep() ? "eager" : inStep(UPLOAD_STEP) ? "upload" : null;
            boolean upload = method.equals("upload") && where != null;
            if (upload) {
                faults.pass(where + ".before-put");
            }
            Object result = call.proceed();
            if (upload) {
                faults.pass(where + ".after-put");
            }
            return result;
        });
    }

    private CartPlugin cartPoints(CartPlugin plugin) {
        return wrap(CartPlugin.class, plugin, (method, call) -> {
            Object result = call.proceed();
            if (result instanceof java.util.Optional<?> optional && optional.orElse(null) instanceof OrderNotes notes) {
                return java.util.Optional.of(wrap(OrderNotes.class, notes, (m, c) -> {
                    Object added = c.proceed();
                    if (!m.equals("add")) {
                        return added;
                    }
                    if (outsideAStep()) {
                        faults.pass("eager.after-cart");
                    } else if (inStep(NOTES_STEP)) {
                        faults.pass("notes.after-cart");
                    }
                    return added;
                }));
            }
            if (result instanceof ShipmentSink sink) {
                return wrap(ShipmentSink.class, sink, (m, c) -> {
                    Object applied = c.proceed();
                    // the core calls applyReportingRefusals, whose default calls the sink's own apply, not this proxy's
                    if (m.equals("apply") || m.equals("applyReportingRefusals")) {
                        faults.pass("shipment.after-apply");
                    }
                    return applied;
                });
            }
            return result;
        });
    }

    private static boolean outsideAStep() {
        return StepSynchronizationManager.getContext() == null;
    }

    private static boolean inStep(String name) {
        StepContext context = StepSynchronizationManager.getContext();
        return context != null && (context.getStepName().equals(name) || context.getStepName().startsWith(name + ":"));
    }

    /** A class-based proxy, so that it can stand where the bean's own class is expected. */
    private static Object intercept(Object bean, MethodInterceptor interceptor) {
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice(interceptor);
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    private interface Call {
        Object proceed() throws Throwable;
    }

    private interface Around {
        Object invoke(String method, Call call) throws Throwable;
    }

    /** An interface proxy around {@code target}; {@code around} sees each call by method name. */
    private static <T> T wrap(Class<T> type, T target, Around around) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                around.invoke(method.getName(), () -> {
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                })));
    }
}
