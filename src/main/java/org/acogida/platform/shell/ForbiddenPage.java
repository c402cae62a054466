package org.acogida.platform.shell;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Where Spring Security forwards a request the user's role does not allow: a 403 page in their language. */
@Controller
class ForbiddenPage {

    @RequestMapping("/error/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "errors/forbidden";
    }
}
