package app.counterpart.core.customers.merge;

import app.counterpart.core.customers.Customer;

/**
 * Two records that may be one person.
 *
 * @param keep the record suggested to keep: the older member (the one the other most likely copies)
 * @param merge the record suggested to merge into it
 * @param reason the strongest reason found for the pair
 * @param evidence what matched, e.g. the phone key or the name and birthday
 */
public record DuplicatePair(Customer keep, Customer merge, DuplicateReason reason, String evidence) {
}
