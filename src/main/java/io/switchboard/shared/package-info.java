/**
 * Value types every module speaks: {@link io.switchboard.shared.Money}, {@link io.switchboard.shared.Msisdn},
 * {@link io.switchboard.shared.Iccid}, {@link io.switchboard.shared.Imei}, {@link io.switchboard.shared.Inn},
 * the acting agent ({@link io.switchboard.shared.Actor}) with the partners it may see
 * ({@link io.switchboard.shared.PartnerScope}), and the exceptions that carry a stable error code.
 */
@ApplicationModule(displayName = "Shared values", type = ApplicationModule.Type.OPEN)
package io.switchboard.shared;

import org.springframework.modulith.ApplicationModule;
