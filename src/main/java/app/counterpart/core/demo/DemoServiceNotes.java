package app.counterpart.core.demo;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A believable service history for the demo's customers: about a third of them have notes, calls,
 * visits, follow-ups or a complaint, written by whoever was on duty, in Chinese for customers with a
 * Chinese name and in English for the others. A complaint is usually followed up a few days later,
 * and now and then a note is corrected, so the timeline shows corrections too.
 */
final class DemoServiceNotes {

    private static final double SHARE = 0.35;

    private record Text(ServiceKind kind, String en, String zh) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text(ServiceKind.NOTE, "Prefers half sugar and less ice.", "喜欢半糖少冰。"),
            new Text(ServiceKind.NOTE, "Lactose intolerant: offer oat milk.", "乳糖不耐受，推荐燕麦奶。"),
            new Text(ServiceKind.NOTE, "Buys tea gifts for clients before holidays; remind her of the gift boxes.",
                    "节前会给客户买茶礼，记得推荐礼盒。"),
            new Text(ServiceKind.NOTE, "Works nearby, usually comes at lunch with colleagues.", "在附近上班，常和同事午餐时来。"),
            new Text(ServiceKind.VISIT, "Tasted the new oolong, liked the roasted one. Bought 100 g.",
                    "试喝了新到的乌龙，喜欢炭焙那款，买了100克。"),
            new Text(ServiceKind.VISIT, "Came with two children; asked about kid-sized cups.", "带两个孩子来，问有没有儿童杯。"),
            new Text(ServiceKind.VISIT, "Asked whether we deliver to the office next door.", "问我们能否送到隔壁办公楼。"),
            new Text(ServiceKind.CALL, "Called about the mooncake pre-order; will pick up on Friday.",
                    "来电问月饼预订，周五来取。"),
            new Text(ServiceKind.CALL, "Called to say thanks for the birthday voucher.", "来电感谢生日优惠券。"),
            new Text(ServiceKind.CALL, "Rang to ask if the Tieguanyin is back in stock. Told her next week.",
                    "来电问铁观音是否到货，告知下周到。"));

    private static final List<Text> COMPLAINTS = List.of(
            new Text(ServiceKind.COMPLAINT, "Milk tea was too sweet last time although she asked for half sugar.",
                    "上次点的半糖奶茶太甜了。"),
            new Text(ServiceKind.COMPLAINT, "Waited 15 minutes at the Saturday rush; not happy.", "周六高峰等了15分钟，不太满意。"),
            new Text(ServiceKind.COMPLAINT, "The croissant was stale in the afternoon.", "下午买的可颂不新鲜。"));

    private static final List<Text> FOLLOW_UPS = List.of(
            new Text(ServiceKind.FOLLOW_UP, "Called back and apologised; next drink on the house.", "回电致歉，下一杯免单。"),
            new Text(ServiceKind.FOLLOW_UP, "Followed up: happy again, came in on Sunday.", "已回访，客人满意，周日又来了。"));

    private static final Text CORRECTION = new Text(ServiceKind.NOTE,
            "Correction: it was the green oolong, not the roasted one.", "更正：是清香型乌龙，不是炭焙的。");

    private DemoServiceNotes() {
    }

    static List<ServiceEntry> generate(DemoShop demo, LocalDate firstDay, LocalDate until, Instant notAfter,
            long seed) {
        Random rnd = new Random(seed * 17 + 3);
        IdGenerator ids = new IdGenerator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(seed * 13 + 5));
        List<Staff> writers = demo.staff().stream().filter(s -> s.role() != Role.PARTNER).toList();
        List<ServiceEntry> out = new ArrayList<>();
        for (Customer c : demo.customers()) {
            if (rnd.nextDouble() >= SHARE) {
                continue;
            }
            LocalDate from = c.joinedOn().isAfter(firstDay) ? c.joinedOn() : firstDay;
            long span = until.toEpochDay() - from.toEpochDay();
            if (span < 0) {
                continue;
            }
            boolean zh = c.name().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            int count = 1 + rnd.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate day = from.plusDays((long) (rnd.nextDouble() * (span + 1)));
                Staff who = writer(writers, day, rnd);
                if (who == null) {
                    continue;
                }
                boolean complaint = rnd.nextDouble() < 0.12;
                Text text = complaint ? pick(COMPLAINTS, rnd) : pick(TEXTS, rnd);
                ServiceEntry entry = entry(ids, c, who, text, zh, null, at(demo, day, rnd));
                add(out, entry, notAfter);
                if (complaint) {
                    LocalDate later = day.plusDays(1 + rnd.nextInt(4));
                    Staff lead = writers.stream().filter(s -> s.role() == Role.OWNER || s.role() == Role.MANAGER)
                            .findFirst().orElse(who);
                    if (!later.isAfter(until)) {
                        add(out, entry(ids, c, lead, pick(FOLLOW_UPS, rnd), zh, null, at(demo, later, rnd)), notAfter);
                    }
                } else if (text.en().startsWith("Tasted") && rnd.nextDouble() < 0.5) {
                    add(out, entry(ids, c, who, CORRECTION, zh, entry.id(), entry.at().plusSeconds(600)), notAfter);
                }
            }
        }
        out.sort(Comparator.comparing(ServiceEntry::at));
        return out;
    }

    private static void add(List<ServiceEntry> out, ServiceEntry e, Instant notAfter) {
        if (notAfter == null || !e.at().isAfter(notAfter)) {
            out.add(e);
        }
    }

    private static ServiceEntry entry(IdGenerator ids, Customer c, Staff who, Text text, boolean zh, String corrects,
            Instant at) {
        return new ServiceEntry(ids.next(at), c.id(), who.id(), who.name(), who.nameZh(), text.kind(),
                zh ? text.zh() : text.en(), corrects, at);
    }

    private static Staff writer(List<Staff> writers, LocalDate day, Random rnd) {
        List<Staff> there = writers.stream().filter(s -> s.hiredOn() == null || !s.hiredOn().isAfter(day)).toList();
        return there.isEmpty() ? null : there.get(rnd.nextInt(there.size()));
    }

    private static Instant at(DemoShop demo, LocalDate day, Random rnd) {
        int hour = demo.openingHour() + rnd.nextInt(Math.max(1, demo.closingHour() - demo.openingHour()));
        return day.atTime(hour, rnd.nextInt(60)).atZone(demo.shop().zone()).toInstant();
    }

    private static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
