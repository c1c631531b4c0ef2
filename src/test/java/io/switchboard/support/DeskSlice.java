package io.switchboard.support;

import io.switchboard.platform.web.Formats;
import io.switchboard.platform.web.Refusals;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of desk pages needs so that it answers as the application does: the slice
 * finds the desk's error pages and form binding ({@code @ControllerAdvice}s, filters), and this brings the
 * shared {@link Refusals} they speak through, with {@link Formats}. Put it next to {@code @WebMvcTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ Formats.class, Refusals.class })
public @interface DeskSlice {
}
