package io.cartbridge.agent.cart.magento2.api;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiErrors;

/**
 * How Magento's REST API words an error: {@code {"message": "...", "parameters": ...}}, the message a phrase whose
 * placeholders the parameters fill in, by position ({@code %1}, {@code %2} from a list) or by name
 * ({@code %fieldName} from an object), as Magento's {@code Phrase} renders it. Magento has no error codes: the code is
 * the HTTP status's reason ({@code Bad Request}, {@code Unauthorized}, {@code Not Found}).
 */
final class Magento2ApiErrors implements CartApiErrors {

    @Override
    public Reason read(int status, byte[] body) {
        JsonNode answer = CartApiClient.json(body);
        return new Reason(reason(status), render(answer.path("message").asText(""), answer.path("parameters")));
    }

    /** The message with its placeholders filled in; a placeholder without a parameter stays as it is. */
    static String render(String message, JsonNode parameters) {
        String text = message;
        if (parameters.isArray()) {
            // from the highest position down, so that %1 does not eat the start of %10
            for (int i = parameters.size(); i >= 1; i--) {
                text = text.replace("%" + i, parameters.get(i - 1).asText());
            }
        } else if (parameters.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                text = text.replace("%" + p.getKey(), p.getValue().asText());
            }
        }
        return text.strip();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "http_" + status;
        };
    }
}
