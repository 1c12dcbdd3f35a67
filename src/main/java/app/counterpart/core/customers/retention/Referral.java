package app.counterpart.core.customers.retention;

/** {@code referrerId} brought {@code customerId} to the shop (customer.referred_by). */
public record Referral(String customerId, String referrerId) {
}
