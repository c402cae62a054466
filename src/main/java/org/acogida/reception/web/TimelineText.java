package org.acogida.reception.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.acogida.cases.CaseEvent;
import org.acogida.coalition.CountryNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The argument of a timeline event's message in the page's language: event details are stored as
 * codes (a check-in state, field names, a country), never as text in one language.
 */
@Component("timelineText")
class TimelineText {

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    public String argument(CaseEvent event) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = event.detail() == null ? "" : event.detail();
        return switch (event.kind()) {
            case "CHECK_IN" -> messages.getMessage("check-in." + detail, null, detail, locale);
            case "REGISTERED", "REGISTRATION_CHANGED" -> Arrays.stream(detail.split(", ")).filter(f -> !f.isBlank())
                    .map(f -> messages.getMessage("registration.field." + f, null, f, locale)).collect(Collectors.joining(", "));
            case "CHILD_HANDED_OVER" -> messages.getMessage("child.relation." + detail, null, detail, locale);
            case "NON_REFOULEMENT", "CONSENT_RECORDED", "CONSENT_WITHDRAWN", "SHARE_OFFERED", "SHARE_ACCEPTED", "SHARE_REJECTED",
                 "SHARE_REVOKED" -> CountryNames.name(detail, locale);
            default -> event.kind().startsWith("MOVEMENT_") ? CountryNames.name(detail, locale) : detail;
        };
    }
}
