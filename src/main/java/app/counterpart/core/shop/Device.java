package app.counterpart.core.shop;

/** A till or laptop that writes to this shop's data; its code prefixes its sale numbers. */
public record Device(String id, String code, String name) {
}
