package org.acogida.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. The form posts to Spring Security; every refusal reads the same. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "access/login";
    }
}
