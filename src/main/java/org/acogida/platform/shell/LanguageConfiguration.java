package org.acogida.platform.shell;

import org.acogida.platform.i18n.Languages;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a page: the one the user chose (a cookie, set from their profile at sign-in or
 * by the switcher's {@code ?lang=} links), otherwise Spanish. Unsupported languages fall back to
 * Spanish instead of a half-translated page.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

    public static final String COOKIE = "acogida-lang";

    @Bean
    public LocaleResolver localeResolver() {
        return new SupportedLanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class SupportedLanguageResolver extends CookieLocaleResolver {
        SupportedLanguageResolver() {
            super(COOKIE);
            setDefaultLocale(Languages.SPANISH);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.closest(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : Languages.closest(locale));
        }
    }
}
