package org.acogida.sharing.internal;

import java.nio.charset.StandardCharsets;

import org.acogida.federation.LetterBox;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Where sharing's letters from other members arrive: in the recipient's transaction, opened by the federation. */
@Component
class SharingLetters implements LetterBox {

    private final Receiving receiving;
    private final JsonMapper json;

    SharingLetters(Receiving receiving, JsonMapper json) {
        this.receiving = receiving;
        this.json = json;
    }

    @Override
    public String module() {
        return "sharing";
    }

    @Override
    public Receipt receive(org.acogida.federation.Letter arrived) {
        Post.Carried carried = json.readValue(new String(arrived.content(), StandardCharsets.UTF_8), Post.Carried.class);
        Letter.Kind kind = Letter.Kind.valueOf(arrived.kind().substring("sharing.".length()));
        Letter letter = new Letter(arrived.id(), kind, carried.shareId(), arrived.sender(), arrived.recipient(), arrived.sentAt(), carried.payload());
        return receiving.receive(letter) ? Receipt.FIRST_TIME : Receipt.ALREADY_RECEIVED;
    }
}
