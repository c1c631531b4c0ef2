package io.switchboard.customer.domain;

import io.switchboard.customer.CustomerMatch;
import io.switchboard.customer.CustomerMatch.MatchedField;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.shared.Msisdn;
import io.switchboard.shared.PartnerScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over this module's indexes. Every identifier is one equality lookup on its own index; a
 * name is one prefix range per word on the token primary key, the words joined by customer. The
 * partner scope is part of each query, so a reseller's search never sees another partner's rows.
 * All values travel as bind parameters; nothing typed is ever part of the SQL text.
 */
@Component
@Transactional(readOnly = true)
class CustomerSearchQueries implements CustomerSearch {

	/** Words per name query: more narrow nothing and cost a join each. */
	static final int MAX_WORDS = 4;

	static final String BY_CUSTOMER_NUMBER = "select c.id from customer c where c.customer_number = :value";
	static final String BY_ACCOUNT_NUMBER = """
			select c.id from customer_billing_account a join customer c on c.id = a.customer_id
			where a.account_number = :value""";
	static final String BY_CONTRACT = """
			select c.id, a.contract_number from customer_billing_account a join customer c on c.id = a.customer_id
			where a.contract_key = :value""";
	static final String BY_EMAIL = """
			select distinct c.id, m.email from customer_contact_medium m join customer c on c.id = m.customer_id
			where m.email_key = :value""";
	static final String BY_TAX_ID = "select c.id from customer c where c.tax_id = :value";
	static final String BY_CONTACT_PHONE = """
			select distinct c.id, m.phone_number from customer_contact_medium m
			join customer c on c.id = m.customer_id where m.phone_number = :value""";

	private final JdbcClient jdbc;

	CustomerSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CustomerMatch> byName(List<String> words, PartnerScope scope, int limit) {
		List<String> usable = words.stream().filter(w -> w.length() >= 2).distinct()
			.sorted(Comparator.comparingInt(String::length).reversed()).limit(MAX_WORDS).toList();
		if (usable.isEmpty()) {
			return List.of();
		}
		String sql = nameQuery(usable.size(), scope.everyone());
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		for (int i = 0; i < usable.size(); i++) {
			statement = statement.param("from" + i, usable.get(i)).param("to" + i, upperBound(usable.get(i)));
		}
		if (!scope.everyone()) {
			statement = statement.param("partners", scope.partnerIds());
		}
		String matched = String.join(" ", words);
		return statement.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.distinct()
			.map(id -> new CustomerMatch(id, MatchedField.NAME, matched))
			.toList();
	}

	/** One prefix range per word on the token key, joined by customer; bounded by partner when scoped. */
	static String nameQuery(int words, boolean everyone) {
		StringBuilder sql = new StringBuilder("select t0.customer_id from customer_name_token t0");
		for (int i = 1; i < words; i++) {
			sql.append(" join customer_name_token t").append(i).append(" on t").append(i)
				.append(".customer_id = t0.customer_id and t").append(i).append(".token >= :from").append(i)
				.append(" and t").append(i).append(".token < :to").append(i);
		}
		if (!everyone) {
			sql.append(" join customer c on c.id = t0.customer_id and c.partner_id in (:partners)");
		}
		return sql.append(" where t0.token >= :from0 and t0.token < :to0 order by t0.token, t0.customer_id limit :limit")
			.toString();
	}

	/** The smallest string greater than every string starting with {@code prefix}. */
	static String upperBound(String prefix) {
		char last = prefix.charAt(prefix.length() - 1);
		return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
	}

	@Override
	public List<CustomerMatch> byCustomerNumber(String customerNumber, PartnerScope scope) {
		return match(BY_CUSTOMER_NUMBER, customerNumber, scope, MatchedField.CUSTOMER_NUMBER);
	}

	@Override
	public List<CustomerMatch> byAccountNumber(String accountNumber, PartnerScope scope) {
		return match(BY_ACCOUNT_NUMBER, accountNumber, scope, MatchedField.ACCOUNT_NUMBER);
	}

	@Override
	public List<CustomerMatch> byContractNumber(String contractNumber, PartnerScope scope) {
		String key = BillingAccount.contractKey(contractNumber);
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		return match(BY_CONTRACT, key, scope, MatchedField.CONTRACT_NUMBER);
	}

	@Override
	public List<CustomerMatch> byEmail(String email, PartnerScope scope) {
		return match(BY_EMAIL, email.strip().toLowerCase(Locale.ROOT), scope, MatchedField.EMAIL);
	}

	@Override
	public List<CustomerMatch> byTaxId(String taxId, PartnerScope scope) {
		return match(BY_TAX_ID, taxId, scope, MatchedField.TAX_ID);
	}

	@Override
	public List<CustomerMatch> byContactPhone(Collection<Msisdn> numbers, PartnerScope scope) {
		List<CustomerMatch> found = new ArrayList<>();
		for (Msisdn number : numbers) {
			found.addAll(match(BY_CONTACT_PHONE, number.e164(), scope, MatchedField.CONTACT_PHONE));
		}
		return found;
	}

	private List<CustomerMatch> match(String select, String value, PartnerScope scope, MatchedField field) {
		String sql = select + (scope.everyone() ? "" : " and c.partner_id in (:partners)") + " limit 50";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("value", value);
		if (!scope.everyone()) {
			statement = statement.param("partners", scope.partnerIds());
		}
		return statement.query((rs, row) -> new CustomerMatch(rs.getObject(1, UUID.class), field,
				rs.getMetaData().getColumnCount() > 1 ? rs.getString(2) : value)).list();
	}
}
