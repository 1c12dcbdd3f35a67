package app.counterpart.core.customers.profile;

/** A product the customer bought, with the quantity net of refunds and voids. */
public record FavouriteProduct(String productId, String name, String nameZh, long quantity) {

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
