package app.counterpart.core.customers.care;

import java.util.List;

/** A few people who share customer care (and, later, goals). */
public record Team(String id, String name, List<String> memberIds) {

    public static final int MAX_NAME = 60;

    public Team {
        memberIds = List.copyOf(memberIds);
    }
}
