package io.switchboard.shared;

/** The Luhn (mod 10) check digit used by IMEIs, ICCIDs and payment cards. */
public final class Luhn {

	private Luhn() {
	}

	/** True when the digit string, including its last (check) digit, passes the Luhn check. */
	public static boolean isValid(String digits) {
		if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return sum(digits, false) % 10 == 0;
	}

	/** The check digit to append to {@code payload} so the result passes the Luhn check. */
	public static int checkDigit(String payload) {
		int sum = sum(payload, true);
		return (10 - sum % 10) % 10;
	}

	private static int sum(String digits, boolean doubleLast) {
		int sum = 0;
		boolean twice = doubleLast;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum;
	}
}
