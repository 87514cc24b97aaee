package io.cartbridge.agent.web;

import io.cartbridge.agent.admin.NotAllowedException;
import io.cartbridge.agent.admin.NotFoundException;
import io.cartbridge.agent.admin.UsageException;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.serve.RunRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors as RFC 9457 problem details: what an admin command would say on one line becomes the
 * {@code detail}; a start refused by a job lock is a 409 naming the lock's holder ({@code lockOwner}). Anything
 * unexpected is a 500 whose detail says to look in the log, where it is: an exception's text may name a database URL.
 * Only for {@code @RestController}s: the dashboard's pages ({@code @Controller}) render their own errors.
 */
@RestControllerAdvice(annotations = RestController.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notAllowed(NotAllowedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(RunRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("lockOwner", e.holder());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(UsageException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badRequest(ConfigurationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail failed(IllegalStateException e) {
        log.error("API request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed; the agent's log (cartbridge.log) has the cause");
    }
}
