package org.acogida.documents.web;

import org.acogida.documents.TrustLists;
import org.acogida.documents.verify.TrustList;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification page, opened by a phone's camera from a document's QR code, and the
 * trust list checkpoints download for offline checks. Neither needs an account; both show only
 * what the document itself carries, or public keys and revoked ids.
 */
@Controller
class VerifyController {

    private final TrustLists trustLists;

    VerifyController(TrustLists trustLists) {
        this.trustLists = trustLists;
    }

    @GetMapping("/verify")
    String verify(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > 2000 ? token.substring(0, 2000) : token);
        if (!token.isBlank()) {
            model.addAttribute("result", trustLists.verify(token.length() > 2000 ? "" : token));
        }
        return "documents/verify";
    }

    @GetMapping("/verify/trust-list.json")
    ResponseEntity<TrustList> trustList() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(trustLists.current());
    }
}
