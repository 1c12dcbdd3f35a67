package app.counterpart.core.catalog;

public record Category(String id, String code, String name, String nameZh, String color, int sortOrder) {
}
