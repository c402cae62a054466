package org.acogida.platform.shell;

import org.acogida.platform.errors.EditConflict;
import org.acogida.platform.errors.RecordNotFound;
import org.acogida.platform.jdbc.MemberScopeRequired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The answers every module shares: a record that is absent or another member's (404, one page for
 * both), member data asked for without a member (403), and an edit that lost a race (409). The
 * page is in the user's language and never shows an exception message.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(RecordNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "errors/not-found";
    }

    @ExceptionHandler(MemberScopeRequired.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(MemberScopeRequired e) {
        log.warn("Refused: {}", e.getMessage());
        return "errors/forbidden";
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return "errors/too-large";
    }

    @ExceptionHandler(org.acogida.platform.errors.RecordReadOnly.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String readOnly() {
        return "errors/read-only";
    }

    @ExceptionHandler(EditConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "errors/conflict";
    }
}
