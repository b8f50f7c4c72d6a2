package vn.cityhall.feedback.lists;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.cityhall.shared.Texts;

/**
 * Text typed into the list forms is NFC-normalised and trimmed before it is checked, and an empty
 * field becomes {@code null}, so that "  " fails a required check and "Hoà" is stored one way only.
 */
@ControllerAdvice(basePackageClasses = ListBinding.class)
class ListBinding {

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
