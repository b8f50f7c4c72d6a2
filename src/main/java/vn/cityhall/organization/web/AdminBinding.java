package vn.cityhall.organization.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.cityhall.shared.Texts;

/**
 * Text typed into the administration forms is NFC-normalized and trimmed before validation, and an
 * empty field becomes {@code null}, so that "  " fails a required check and " 01.VP " is "01.VP".
 */
@ControllerAdvice(basePackageClasses = AdminBinding.class)
class AdminBinding {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Texts.cleanOrNull(text));
            }
        });
    }
}
