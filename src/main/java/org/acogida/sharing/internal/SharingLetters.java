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
        Letter letter;
        try {
            Post.Carried carried = json.readValue(new String(arrived.content(), StandardCharsets.UTF_8), Post.Carried.class);
            Letter.Kind kind = Letter.Kind.valueOf(arrived.kind().substring("sharing.".length()));
            if (carried.shareId() == null || carried.payload() == null) {
                return Receipt.UNREADABLE;
            }
            letter = new Letter(arrived.id(), kind, carried.shareId(), arrived.sender(), arrived.recipient(), arrived.sentAt(), carried.payload());
        } catch (RuntimeException e) {
            return Receipt.UNREADABLE;
        }
        return switch (receiving.receive(letter)) {
            case FIRST_TIME -> Receipt.FIRST_TIME;
            case ALREADY -> Receipt.ALREADY_RECEIVED;
            case NOT_A_PARTY -> Receipt.NOT_A_PARTY;
            case UNREADABLE -> Receipt.UNREADABLE;
        };
    }
}
