package org.acogida.reception.web;

import org.acogida.coalition.CountryNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the page's language, for templates: {@code ${@nationalityNames.of(code)}}. */
@Component("nationalityNames")
class NationalityNames {
    public String of(String alpha3) {
        return alpha3 == null ? "" : CountryNames.name(alpha3, LocaleContextHolder.getLocale());
    }
}
