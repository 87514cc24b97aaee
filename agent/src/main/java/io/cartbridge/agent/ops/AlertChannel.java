package io.cartbridge.agent.ops;

/** Where an alert goes: e-mail or a webhook. */
interface AlertChannel {

    /** {@return whether the channel is configured: an unconfigured one is skipped} */
    boolean configured();

    /**
     * Sends the alert.
     *
     * @throws Exception when it could not: the alert stays pending and is tried again at the next check
     */
    void send(Alert alert) throws Exception;
}
