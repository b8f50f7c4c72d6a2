package vn.cityhall.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages are rendered into a UTF-8 byte buffer and sent in one write, instead of the jte starter's
 * character-by-character path through the servlet writer: there every small write went through Spring
 * Security's response wrapper and Tomcat's character encoder, a tenth of a list page's time. A template
 * that fails half-way also leaves the response untouched, so the error page can still be shown.
 */
@Configuration(proxyBeanMethods = false)
class BufferedJteViews {

    /** Replaces the starter's resolver (it backs off when one exists) with the same settings. */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new BufferedResolver(engine, properties);
    }

    private static final class BufferedResolver extends JteViewResolver {

        private final TemplateEngine engine;

        BufferedResolver(TemplateEngine engine, JteProperties properties) {
            super(engine, properties);
            this.engine = engine;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new BufferedView(engine);
        }
    }

    /** A jte view that renders the whole page before writing it. */
    static final class BufferedView extends JteView {

        private final TemplateEngine engine;

        BufferedView(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
