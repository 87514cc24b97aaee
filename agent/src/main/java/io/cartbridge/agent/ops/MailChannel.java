package io.cartbridge.agent.ops;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Alerts by e-mail, through Spring Boot's mail sender ({@code spring.mail.host}, {@code port}, {@code username},
 * {@code password}) to {@code cartbridge.alerts.mail.to}. Without {@code spring.mail.host} there is no sender, and
 * no e-mail.
 */
@Component
class MailChannel implements AlertChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final AlertProperties.Mail mail;

    MailChannel(ObjectProvider<JavaMailSender> sender, AlertProperties properties) {
        this.sender = sender;
        this.mail = properties.mail();
    }

    @Override
    public boolean configured() {
        return mail.configured() && sender.getIfAvailable() != null;
    }

    @Override
    public void send(Alert alert) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(mail.to().toArray(String[]::new));
        message.setSubject(alert.subject());
        message.setText(alert.body());
        sender.getObject().send(message);
    }
}
