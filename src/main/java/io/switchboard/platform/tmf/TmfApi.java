package io.switchboard.platform.tmf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a controller of a TM Forum Open API: its errors are answered with the TMF {@code Error} body
 * ({@link TmfErrors}) instead of the desk's error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface TmfApi {

	@AliasFor(annotation = RestController.class)
	String value() default "";
}
