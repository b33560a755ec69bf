package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartId;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartItemOption;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.PageViewMetadata;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.ParticipantId;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.SessionUtm;
import dev.parley.conversation.domain.WebchatContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demonstration data of a tenant: an outdoor-gear store's conversations over SMS and webchat,
 * three webchat queues with agents in every status and customers waiting, and webchat contexts
 * with carts, page views, session start and campaign data.
 *
 * <p>Deterministic: the same seed, tenant and clock reading give the same data. Content (names,
 * threads, carts) depends on the seed only; ids also mix in the merchant id, so two tenants loaded
 * with one seed share no id. Every time lies before the tenant's current time. Phone numbers are
 * in the 555-01xx range and domains under {@code .example}, both reserved for fiction.
 */
final class DemoData {

    /** How many conversations the demonstration holds. */
    static final int CONVERSATIONS = 56;

    private static final String STORE = "https://www.trailheadoutfitters.example";
    private static final List<String> QUEUES = List.of("Sales", "Support", "Returns");
    private static final List<String> AGENTS = List.of(
            "Priya Raman", "Marcus Bell", "Sofia Alvarez", "Jonah Kim", "Elena Petrova", "Tomás Ortega", "Grace Liu");
    /**
     * Customers' names as they type them: accents, apostrophes and hyphens, and names in their own
     * scripts (an email address uses the ASCII spelling after the slash).
     */
    private static final List<String> FIRST_NAMES = List.of(
            "Ava", "Liam", "Maya", "Noah", "Zoë", "José", "Chloé", "Lucas", "Nora", "Mateo", "Hannah", "Owen",
            "Isla", "Siobhán", "Ruby", "Diego", "Leah", "Samuel", "Amara", "Felix", "Jasmine", "Björn", "Łucja",
            "Omar", "Renée", "Nguyễn Thị", "Ángel", "Søren", "Anaïs", "François", "美咲/Misaki", "Дмитрий/Dmitry",
            "محمد/Mohammed", "지훈/Jihoon", "Αλέξανδρος/Alexandros", "Özlem");
    private static final List<String> LAST_NAMES = List.of(
            "Nguyen", "Patel", "García", "Okafor", "Schmidt", "Johnson", "Rossi", "Kowalski", "Haddad", "Brennan",
            "Tanaka", "Moreau", "Lindqvist", "Castillo", "Adeyemi", "Fischer", "O'Brien", "Reyes", "Novák", "Cohen",
            "Müller", "Sánchez-Vidal", "Çelik", "Żółkiewski", "Ødegård", "Đặng", "佐藤/Sato", "Иванов/Ivanov",
            "김/Kim", "Παπαδόπουλος/Papadopoulos");
    private static final List<String> STREETS = List.of(
            "Juniper Lane", "Cedar Street", "Alder Avenue", "Ridge Road", "Willow Way", "Birch Court", "Summit Drive");
    private static final List<City> CITIES = List.of(
            new City("Austin", "TX", "78704", "512", 30.2500, -97.7500),
            new City("Seattle", "WA", "98103", "206", 47.6600, -122.3400),
            new City("Denver", "CO", "80205", "303", 39.7600, -104.9700),
            new City("Portland", "OR", "97214", "503", 45.5100, -122.6400),
            new City("Boston", "MA", "02130", "617", 42.3100, -71.1100),
            new City("Chicago", "IL", "60614", "312", 41.9200, -87.6500),
            new City("Asheville", "NC", "28801", "828", 35.5900, -82.5500),
            new City("Boise", "ID", "83702", "208", 43.6200, -116.2000));
    private static final List<Product> CATALOGUE = List.of(
            new Product("TR-RUN-200", "Ridgeline Trail Runner", "129.95", "ridgeline-trail-runner", "footwear",
                    new Choice("Size", "Shoe size", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12"),
                    new Choice("Color", "Color", "Slate", "Moss", "Ember")),
            new Product("SK-MER-05", "Merino Hiking Socks (3-pack)", "24.00", "merino-hiking-socks", "accessories",
                    new Choice("Size", "Sock size", "S", "M", "L", "XL")),
            new Product("JK-STM-40", "Stormline Rain Jacket", "189.00", "stormline-rain-jacket", "outerwear",
                    new Choice("Size", "Size", "XS", "S", "M", "L", "XL", "XXL"),
                    new Choice("Color", "Color", "Glacier Blue", "Black", "Sunset")),
            new Product("BP-DAY-28", "Summit 28L Daypack", "99.50", "summit-28l-daypack", "packs",
                    new Choice("Color", "Color", "Charcoal", "Forest")),
            new Product("TN-LGT-2P", "Featherlite 2-Person Tent", "349.00", "featherlite-2p-tent", "camping",
                    new Choice("Footprint", "Add a footprint", "Yes", "No")),
            new Product("HB-INS-01", "Insulated Bottle 1L", "34.95", "insulated-bottle-1l", "accessories",
                    new Choice("Color", "Color", "Steel", "Sage", "Coral"),
                    new Choice("Engraving", "Engraving text", "Trail Crew", "Summit or Bust", "K.M.")),
            new Product("HL-LMN-400", "Lumen 400 Headlamp", "44.00", "lumen-400-headlamp", "camping"),
            new Product("PL-TRK-CF", "Carbon Trekking Poles (pair)", "139.00", "carbon-trekking-poles", "camping",
                    new Choice("Grip", "Grip", "Cork", "Foam")));
    private static final List<String> COUPONS = List.of("TRAIL15", "FREESHIP", "WELCOME10");
    private static final List<Device> DEVICES = List.of(
            new Device("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.4 Mobile/15E148 Safari/604.1", 390, 844),
            new Device("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/124.0.0.0 Safari/537.36", 1920, 1080),
            new Device("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.4 Safari/605.1.15", 1440, 900),
            new Device("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/124.0.0.0 Mobile Safari/537.36", 412, 915));
    private static final List<String> QUESTIONS = List.of(
            "Do you price match?",
            "Is the Stormline jacket warm enough for winter hiking?",
            "Can I still change my order? I picked the wrong size.",
            "Where is my refund? I sent the return two weeks ago.",
            "Do you ship to Canada?",
            "Which daypack fits a 15 inch laptop?");

    /**
     * Conversation threads: lines starting {@code C:} are the customer's, {@code A:} the agent's.
     * Placeholders: {first} {item} {color} {order} {tracking} {coupon} {address}.
     */
    private static final List<List<String>> THREADS = List.of(
            List.of("C:Hi, I ordered the {item} last week and haven't seen a shipping update yet. Order {order}.",
                    "A:Hi {first}, thanks for reaching out! Let me look up order {order} for you.",
                    "A:It shipped yesterday with UPS, tracking number {tracking}. It should arrive by Friday.",
                    "C:Perfect, thank you!",
                    "C:Will I get an email when it's delivered?",
                    "A:Yes, UPS emails you on delivery, and you can always reply here."),
            List.of("C:Do the {item} run true to size? I'm usually between a 9 and a 9.5.",
                    "A:Great question! Most customers go up half a size in that model.",
                    "C:OK, I'll get the 9.5 then. Is the {color} in stock?",
                    "A:It is, we have plenty of 9.5 in {color} at the warehouse.",
                    "C:Ordering now, thanks for the help!"),
            List.of("C:I need to return the {item}, it's too small.",
                    "A:Sorry about that, {first}! Returns are free within 60 days. I've emailed you a prepaid label for order {order}.",
                    "C:Got it. Can I exchange it for a larger size instead?",
                    "A:Absolutely. I've set up the exchange: the new one ships as soon as the return is scanned.",
                    "C:Thank you so much"),
            List.of("C:The code {coupon} isn't working at checkout.",
                    "A:Let me check... that code applies to orders over $75, and your cart is just under.",
                    "C:Ah, I'll add a pair of the merino socks then.",
                    "A:That will do it! The discount shows as soon as you're over $75.",
                    "C:Worked. Thanks!"),
            List.of("C:Is the {item} waterproof or just water resistant?",
                    "A:Fully waterproof: it has a sealed membrane and taped seams.",
                    "C:Does it pack down small?",
                    "A:Yes, it stuffs into its own pocket, about the size of a water bottle.",
                    "C:Sold. Thanks!"),
            List.of("C:My package says delivered but I don't see it anywhere.",
                    "A:I'm sorry, {first}. Carriers sometimes mark packages delivered a day early. Could you check with your neighbors and let me know tomorrow?",
                    "C:Still nothing today.",
                    "A:Thanks for checking. I've sent a replacement {item} by express shipping at no charge.",
                    "C:Wow, thank you!",
                    "A:You're welcome! Tracking for the replacement: {tracking}."),
            List.of("C:When will the {item} in {color} be back in stock?",
                    "A:We expect a restock in about two weeks. Want me to text you when it lands?",
                    "C:Yes please",
                    "A:Done, you'll get a text as soon as it's available."),
            List.of("C:Can I change the shipping address on order {order}? I moved last weekend.",
                    "A:Sure! What's the new address?",
                    "C:{address}",
                    "A:Updated. It hasn't shipped yet, so it will go to the new address.",
                    "C:Great, appreciate it"),
            List.of("C:Hello, does the {item} come with a warranty?",
                    "A:Hi {first}! Everything we sell has our two-year trail guarantee.",
                    "C:What does that cover exactly?",
                    "A:Defects in materials and workmanship. If it fails on the trail, we repair or replace it.",
                    "C:Good to know, I'll order it today.",
                    "A:Happy trails, {first}!"),
            List.of("C:Hola, ¿el {item} viene en talla grande? Lo quiero para mi esposo 🙏",
                    "A:¡Hola {first}! Sí, tenemos todas las tallas en {color}.",
                    "C:Perfecto, ¿y el envío a Querétaro cuánto tarda?",
                    "A:Entre 5 y 7 días hábiles. Te mando el número de rastreo en cuanto salga 📦",
                    "C:¡Mil gracias! 😊"),
            List.of("C:こんにちは。{item}の在庫はありますか？",
                    "A:Hi {first}! Yes, the {item} is in stock in {color} 👍",
                    "C:ありがとうございます！今日注文します 🏔️",
                    "A:You're welcome! Order {order} will ship tomorrow."),
            List.of("C:Bonjour ! Ma commande {order} est arrivée, mais la fermeture éclair est cassée 😕",
                    "A:Désolé {first} ! Je vous envoie une étiquette de retour prépayée tout de suite.",
                    "C:Merci, très réactif 👏",
                    "A:Avec plaisir. Le remplacement part dès réception : suivi {tracking}."),
            List.of("C:Got the {item} 🥾🥾 they're amazing!! 😍 one question tho, can I wash them?",
                    "A:So glad you love them, {first}! 🙌 Hand wash only, and let them air dry.",
                    "C:Good to know 👍 also my friend Zoë wants the same in {color}, is the code {coupon} still ok?",
                    "A:It is, until Sunday ✨",
                    "C:🙏🙏"),
            List.of("C:Здравствуйте! Можно ли оплатить заказ {order} частями?",
                    "A:Hi {first}, we don't offer installments, but we do accept PayPal Pay in 4 at checkout.",
                    "C:Спасибо, понятно 👌"),
            List.of("C:Hallo, der {item} in Größe 44 ist leider zu klein – kann ich ihn umtauschen?",
                    "A:Natürlich, {first}! Der Umtausch ist kostenlos. Ich schicke Ihnen ein Etikett für Bestellung {order}.",
                    "C:Super, danke schön! 😀"));

    private DemoData() {
    }

    /** Adds the demonstration data to {@code tenant}; the caller holds the tenant's write lock. */
    static void load(Tenant tenant, long seed) {
        new Generator(tenant, seed).generate();
    }

    /**
     * The demonstration data of {@code identities}' tenant as generated at {@code at}: the same seed,
     * identities and time always give the same data.
     */
    static Generated generate(Identities identities, long seed, Instant at) {
        Tenant scratch = new Tenant(identities, Clock.fixed(at, ZoneOffset.UTC));
        return scratch.write(() -> {
            scratch.quietly(() -> load(scratch, seed));
            return scratch.detach();
        });
    }

    /**
     * A tenant's data as generated, with the time of its last event.
     *
     * @param data      the conversations, queues and names
     * @param lastStamp the latest event time in it
     */
    record Generated(Tenant.Data data, Instant lastStamp) {
    }

    /**
     * The demonstration data a new tenant reads until its first write: generated from the seed, the
     * tenant's identities and the time the tenant was created, so the tenant itself holds none of it.
     * The generated data sits in a cache shared by the engine's tenants (the most recently read ones
     * only); a tenant whose data the cache let go gets the same data generated again. On its first
     * write the tenant takes the data over as its own.
     */
    static final class Pending {
        private final long seed;
        private final Instant at;
        private final Cache cache;

        Pending(long seed, Instant at, Cache cache) {
            this.seed = seed;
            this.at = at;
            this.cache = cache;
        }

        /** The data to read, from the cache or generated into it. */
        Tenant.Data data(Tenant tenant) {
            Generated cached = cache.get(tenant);
            if (cached != null) {
                return cached.data();
            }
            return cache.putIfAbsent(tenant, generate(tenant.identities(), seed, at)).data();
        }

        /** The data for the tenant to own: out of the cache, or generated. */
        Generated take(Tenant tenant) {
            Generated cached = cache.remove(tenant);
            return cached != null ? cached : generate(tenant.identities(), seed, at);
        }
    }

    /** The generated demonstration data of the tenants read most recently, least recently read evicted first. */
    static final class Cache {
        private final Map<Tenant, Generated> entries;

        Cache(int capacity) {
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Tenant, Generated> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized Generated get(Tenant tenant) {
            return entries.get(tenant);
        }

        synchronized Generated putIfAbsent(Tenant tenant, Generated generated) {
            Generated present = entries.putIfAbsent(tenant, generated);
            return present != null ? present : generated;
        }

        synchronized Generated remove(Tenant tenant) {
            return entries.remove(tenant);
        }

        synchronized int size() {
            return entries.size();
        }
    }

    private record City(String name, String state, String zip, String areaCode, double latitude, double longitude) {
    }

    private record Device(String userAgent, int screenWidth, int screenHeight) {
    }

    private record Choice(String name, String label, String... values) {
    }

    private record Product(String id, String description, String price, String slug, String collection,
                           Choice... choices) {
    }

    /**
     * The demonstration data's values that depend on the seed only (text, carts' contents, page views,
     * sessions), one instance for every tenant: each tenant that takes over its data then holds only
     * what is its own (ids, ARNs, times). Bounded: past {@value #SHARED_MAX} values it starts over.
     */
    private static final Map<Object, Object> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_MAX = 100_000;

    /** The one instance of an immutable value equal to {@code value}. */
    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        if (SHARED.size() >= SHARED_MAX) {
            SHARED.clear();
        }
        return (T) SHARED.computeIfAbsent(value, key -> key);
    }

    /** One conversation being generated: who is in it and what its customer buys. */
    private record Cast(String first, String last, City city, String phone, String email, Product product,
                        String color, String street) {
        String fullName() {
            return first + " " + last;
        }
    }

    private static final class Generator {
        private final Tenant tenant;
        private final SplittableRandom content;
        private final SplittableRandom ids;
        private final Instant now;
        private final List<QueueState> queues = new ArrayList<>();
        private final List<List<Integer>> queueAgents = new ArrayList<>();
        private final List<ParticipantArn> agentArns = new ArrayList<>();

        Generator(Tenant tenant, long seed) {
            this.tenant = tenant;
            this.content = new SplittableRandom(seed);
            this.ids = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * tenant.merchantId.value().hashCode()));
            this.now = tenant.now();
        }

        void generate() {
            for (String agent : AGENTS) {
                agentArns.add(ParticipantArn.of(Identities.ARN_PREFIX + tenant.merchantId + ":agent/"
                        + agent.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")));
            }
            createQueues();
            List<Long> ends = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                // Most conversations are recent; a tail goes back two weeks.
                double spread = Math.pow(content.nextDouble(), 2.2);
                ends.add(Duration.ofMinutes(3).toMillis() + (long) (spread * Duration.ofDays(14).toMillis()));
            }
            for (int i = 0; i < CONVERSATIONS; i++) {
                conversation(i, Instant.ofEpochMilli(now.toEpochMilli() - ends.get(i)));
            }
            fillQueues();
        }

        private void createQueues() {
            for (String name : QUEUES) {
                QueueState queue = tenant.ensureQueue(QueueName.of(name), QueueId.of(uuid()));
                queues.add(queue);
                List<Integer> members = new ArrayList<>();
                for (int agent = 0; agent < AGENTS.size(); agent++) {
                    members.add(agent);
                }
                shuffle(members);
                List<Integer> chosen = new ArrayList<>(members.subList(0, 3 + content.nextInt(2)));
                queueAgents.add(chosen);
                List<AgentStatus> statuses = new ArrayList<>(
                        List.of(AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.UNAVAILABLE));
                shuffle(statuses);
                for (int i = 0; i < chosen.size(); i++) {
                    AgentStatus status = i < statuses.size()
                            ? statuses.get(i)
                            : AgentStatus.values()[content.nextInt(3)];
                    queue.setStatus(agentArns.get(chosen.get(i)), AGENTS.get(chosen.get(i)), status);
                }
            }
        }

        private void fillQueues() {
            for (QueueState queue : queues) {
                int waiting = 1 + content.nextInt(3);
                long joinedAgo = Duration.ofMinutes(2 + content.nextInt(8)).toMillis();
                for (int i = 0; i < waiting; i++) {
                    Cast cast = cast();
                    queue.enqueue(webchatCustomer(), shared(cast.fullName()), shared(cast.email()),
                            pick(QUESTIONS), Instant.ofEpochMilli(now.toEpochMilli() - joinedAgo));
                    joinedAgo -= 1_000 + content.nextInt(45_000);
                }
                queue.abandonCount += content.nextInt(6);
                queue.abandonSecondsTotal += queue.abandonCount * (60L + content.nextInt(240));
                int holds = 3 + content.nextInt(10);
                queue.holdSamples += holds;
                queue.holdSecondsTotal += holds * (15L + content.nextInt(150));
            }
        }

        private void conversation(int index, Instant end) {
            boolean webchat = index % 3 == 1 || content.nextInt(10) == 0;
            Cast cast = cast();
            List<String> thread = pick(THREADS);
            boolean inProgress = end.isAfter(now.minus(Duration.ofHours(3))) && content.nextInt(3) > 0;
            List<String> lines = inProgress ? linesUntilCustomerWaits(thread) : thread;
            boolean byTenantAgent = content.nextInt(100) < 35;
            QueueState queue = webchat ? queues.get(content.nextInt(queues.size())) : null;
            int agentIndex = queue == null
                    ? content.nextInt(AGENTS.size())
                    : queueAgents.get(queues.indexOf(queue)).get(0);
            ParticipantArn agent = byTenantAgent ? tenant.agentArn : agentArns.get(agentIndex);
            String agentName = byTenantAgent ? tenant.agentName : AGENTS.get(agentIndex);

            List<Long> gaps = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < lines.size(); i++) {
                long gap = i == 0 ? 0 : gap(lines.get(i - 1), lines.get(i));
                gaps.add(gap);
                total += gap;
            }
            long opening = webchat ? 5_000 + content.nextInt(40_000) : 0;
            Instant start = end.minusMillis(total + opening);

            ParticipantArn customer = webchat ? webchatCustomer() : smsCustomer(cast.phone());
            String customerName = shared(webchat || content.nextInt(10) < 7 ? cast.fullName() : cast.phone());
            ConversationId id = ConversationId.of(uuid());
            ConversationState conversation = tenant.register(new ConversationState(
                    id, tenant.conversationArn(id), webchat ? Medium.WEBSOCKET : Medium.SMS,
                    queue == null ? null : queue.id, start));
            if (queue != null) {
                queue.chatCount++;
            }
            tenant.rememberName(customer, customerName);
            conversation.join(customer, customerName, ParticipantId.of(uuid()), start);

            Map<String, String> facts = facts(cast);
            Instant at = start.plusMillis(opening);
            boolean agentJoined = false;
            for (int i = 0; i < lines.size(); i++) {
                at = at.plusMillis(gaps.get(i));
                String line = lines.get(i);
                boolean fromCustomer = line.startsWith("C:");
                if (!fromCustomer && !agentJoined) {
                    agentJoined = true;
                    Instant joined = at.minusMillis(1_000 + content.nextInt(10_000));
                    conversation.join(agent, agentName, ParticipantId.of(uuid()), joined);
                    if (webchat) {
                        tenant.addMessage(conversation, null, null, agentName + " joined the conversation",
                                MessageType.NOTICE, List.of(), List.of(), joined, uuid());
                        queue.agentChatted(agent, agentName, joined);
                    }
                }
                String body = shared(fill(line.substring(2), facts));
                tenant.addMessage(conversation, fromCustomer ? customer : agent,
                        fromCustomer ? customerName : agentName, body, MessageType.MESSAGE, List.of(), List.of(),
                        at, uuid());
            }

            boolean closed = !inProgress && end.isBefore(now.minus(Duration.ofDays(2))) && content.nextInt(10) < 7;
            if (closed) {
                conversation.closed = true;
                conversation.leave(agent, at.plusMillis(30_000 + content.nextInt(60_000)));
                if (queue != null) {
                    queue.chatSecondsTotal += Duration.between(start, at).toSeconds();
                    queue.chatSamples++;
                }
            } else if (queue != null) {
                queue.activeCount++;
            }
            if (closed || (!inProgress && content.nextInt(2) == 0)) {
                conversation.markRead(tenant.agentArn);
            }
            if (webchat) {
                conversation.context = context(cast, customerName);
            }
        }

        /** The thread cut after a customer line, as in a conversation where the customer awaits an answer. */
        private List<String> linesUntilCustomerWaits(List<String> thread) {
            List<Integer> customerLines = new ArrayList<>();
            for (int i = 0; i < thread.size(); i++) {
                if (thread.get(i).startsWith("C:")) {
                    customerLines.add(i);
                }
            }
            int cut = customerLines.get(content.nextInt(customerLines.size()));
            return thread.subList(0, cut + 1);
        }

        /** Milliseconds between two lines: agents answer in minutes, customers reply at their pace. */
        private long gap(String previous, String next) {
            boolean sameAuthor = previous.charAt(0) == next.charAt(0);
            if (sameAuthor) {
                return 15_000 + content.nextInt(150_000);
            }
            if (next.startsWith("A:")) {
                return 40_000 + content.nextInt(12 * 60_000);
            }
            return 60_000 + content.nextInt(content.nextInt(8) == 0 ? 20 * 60 * 60_000 : 30 * 60_000);
        }

        /** The placeholders' values for one conversation: the same order number throughout, and so on. */
        private Map<String, String> facts(Cast cast) {
            return Map.of(
                    "{first}", cast.first(),
                    "{item}", cast.product().description(),
                    "{color}", cast.color(),
                    "{order}", "TO-" + (100_000 + content.nextInt(900_000)),
                    "{tracking}", "1Z" + (100_000_000L + content.nextInt(900_000_000)) + "US",
                    "{coupon}", pick(COUPONS),
                    "{address}", cast.street() + ", " + cast.city().name() + ", " + cast.city().state() + " "
                            + cast.city().zip());
        }

        private static String fill(String line, Map<String, String> facts) {
            String filled = line;
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                filled = filled.replace(fact.getKey(), fact.getValue());
            }
            return filled;
        }

        private Cast cast() {
            String firstName = pick(FIRST_NAMES);
            String lastName = pick(LAST_NAMES);
            String first = written(firstName);
            String last = written(lastName);
            City city = pick(CITIES);
            String phone = "+1" + city.areaCode() + "55501" + String.format(Locale.ROOT, "%02d", content.nextInt(100));
            String email = ascii(firstName) + "." + ascii(lastName)
                    + (content.nextInt(3) == 0 ? String.valueOf(content.nextInt(90) + 10) : "") + "@example.com";
            Product product = pick(CATALOGUE);
            String color = "Slate";
            for (Choice choice : product.choices()) {
                if (choice.name().equals("Color")) {
                    color = choice.values()[content.nextInt(choice.values().length)];
                }
            }
            String street = (100 + content.nextInt(9_800)) + " " + pick(STREETS);
            return new Cast(first, last, city, phone, email, product, color, street);
        }

        /** A name as its owner writes it: before the slash of {@code 美咲/Misaki}. */
        private static String written(String name) {
            int slash = name.indexOf('/');
            return slash < 0 ? name : name.substring(0, slash);
        }

        /** A name fit for an email address: the ASCII spelling after the slash, or the name without accents. */
        private static String ascii(String name) {
            int slash = name.indexOf('/');
            String latin = slash < 0 ? name : name.substring(slash + 1);
            String decomposed = Normalizer.normalize(latin.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
                    .replace("Ø", "O").replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD);
            return decomposed.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        }

        private ParticipantArn smsCustomer(String phone) {
            return ParticipantArn.of(Identities.ARN_PREFIX + tenant.merchantId + ":customer/sms/" + phone);
        }

        private ParticipantArn webchatCustomer() {
            return ParticipantArn.of(Identities.ARN_PREFIX + tenant.merchantId + ":customer/webchat/" + uuid());
        }

        private WebchatContext context(Cast cast, String customerName) {
            List<CartItem> items = new ArrayList<>();
            BigDecimal subtotal = BigDecimal.ZERO;
            List<Product> products = new ArrayList<>(List.of(cast.product()));
            if (content.nextInt(2) == 0) {
                Product extra = pick(CATALOGUE);
                if (!products.contains(extra)) {
                    products.add(extra);
                }
            }
            for (Product product : products) {
                int quantity = content.nextInt(5) == 0 ? 2 : 1;
                BigDecimal unit = new BigDecimal(product.price());
                BigDecimal line = unit.multiply(BigDecimal.valueOf(quantity));
                subtotal = subtotal.add(line);
                List<CartItemOption> options = new ArrayList<>();
                for (Choice choice : product.choices()) {
                    String value = choice.name().equals("Color") && product == cast.product()
                            ? cast.color()
                            : choice.values()[content.nextInt(choice.values().length)];
                    options.add(new CartItemOption(choice.name(), choice.label(), value));
                }
                items.add(shared(new CartItem(product.id(), product.description(), BigDecimal.valueOf(quantity),
                        usd(unit), usd(BigDecimal.ZERO), usd(line), options,
                        STORE + "/images/" + product.slug() + ".jpg", STORE + "/products/" + product.slug())));
            }
            String coupon = content.nextInt(10) < 3 ? pick(COUPONS) : null;
            BigDecimal discount = "TRAIL15".equals(coupon)
                    ? subtotal.multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_UP)
                    : "WELCOME10".equals(coupon) ? new BigDecimal("10.00").min(subtotal) : BigDecimal.ZERO.setScale(2);
            BigDecimal discounted = subtotal.subtract(discount);
            BigDecimal shipping = discounted.compareTo(new BigDecimal("75")) >= 0 || "FREESHIP".equals(coupon)
                    ? new BigDecimal("0.00") : new BigDecimal("7.95");
            BigDecimal tax = discounted.multiply(new BigDecimal("0.0825")).setScale(2, RoundingMode.HALF_UP);
            CartTotals totals = shared(new CartTotals(usd(subtotal), usd(discount), usd(discounted), usd(shipping),
                    usd(BigDecimal.ZERO), usd(shipping), usd(tax), usd(discounted.add(shipping).add(tax))));

            PostalAddress address = new PostalAddress(cast.street(), content.nextInt(4) == 0
                    ? "Apt " + (1 + content.nextInt(40)) : null, cast.city().name(), cast.city().state(),
                    cast.city().zip(), "US");
            CartContact billing = shared(new CartContact(cast.first(), cast.last(), null, cast.email(), cast.phone(),
                    null, address));
            CartContact shippingContact = shared(new CartContact(cast.first(), cast.last(), null, null, cast.phone(),
                    null, address));
            boolean loggedIn = content.nextInt(2) == 0;
            Cart cart = new Cart(CartId.of(uuid().replace("-", "").toUpperCase(Locale.ROOT)), tenant.merchantId,
                    "USD", "USD", "en", loggedIn, shared(List.copyOf(items)), coupon == null ? List.of() : List.of(coupon), totals,
                    billing, shippingContact,
                    loggedIn ? shared(new CustomerProfile(1_000_000 + content.nextInt(9_000_000), cast.email(),
                            cast.first(), cast.last())) : null);

            List<PageView> views = shared(List.copyOf(pageViews(cast.product())));
            boolean paid = content.nextInt(2) == 0;
            boolean email = !paid && content.nextInt(2) == 0;
            City city = cast.city();
            Device device = pick(DEVICES);
            SessionStart session = shared(new SessionStart(
                    paid ? "Paid Search" : email ? "Email" : "Organic Search",
                    email ? null : "https://www.google.com/",
                    device.userAgent(),
                    "203.0.113." + (1 + content.nextInt(254)),
                    "US", city.state(),
                    city.latitude(), city.longitude(),
                    device.screenWidth(), device.screenHeight(),
                    (double) (60 + content.nextInt(1_200)),
                    false, false, false, false, false, false));
            SessionUtm utm = shared(paid
                    ? new SessionUtm("google", "cpc", "spring-trail-sale", cast.product().collection(), "ad-"
                            + (1 + content.nextInt(9)), null, "Cj0KCQ" + token(24), null, null, null, null, null,
                            null, null, null)
                    : email
                    ? new SessionUtm("newsletter", "email", "trail-notes-" + (1 + content.nextInt(12)), null,
                            "hero-button", null, null, null, null, null, null, null, null, null,
                            "msg-" + token(12))
                    : null);
            return new WebchatContext(cart, views.get(views.size() - 1).url(), views, session, utm);
        }

        private List<PageView> pageViews(Product product) {
            List<String[]> pages = new ArrayList<>();
            pages.add(new String[] {"/", "Trailhead Outfitters | Gear for every trail"});
            pages.add(new String[] {"/collections/" + product.collection(),
                    capitalize(product.collection()) + " | Trailhead Outfitters"});
            pages.add(new String[] {"/products/" + product.slug(), product.description() + " | Trailhead Outfitters"});
            if (content.nextInt(2) == 0) {
                pages.add(new String[] {"/pages/shipping-returns", "Shipping & Returns | Trailhead Outfitters"});
            }
            pages.add(new String[] {"/cart", "Your cart | Trailhead Outfitters"});
            List<PageView> views = new ArrayList<>();
            String referrer = null;
            for (String[] page : pages) {
                String url = STORE + page[0];
                views.add(new PageView(url, page[1], null, "GET", referrer, (double) (5 + content.nextInt(180)),
                        false, false, false, false,
                        page[0].startsWith("/products/")
                                ? List.of(new PageViewMetadata("item_id", product.id()))
                                : List.of()));
                referrer = url;
            }
            return views;
        }

        private static String capitalize(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }

        private static Money usd(BigDecimal amount) {
            BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
            return new Money(value, "USD", value, "$" + value.toPlainString(), BigDecimal.ONE);
        }

        private String token(int length) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder token = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                token.append(alphabet.charAt(content.nextInt(alphabet.length())));
            }
            return token.toString();
        }

        private <T> T pick(List<T> values) {
            return values.get(content.nextInt(values.size()));
        }

        private <T> void shuffle(List<T> values) {
            for (int i = values.size() - 1; i > 0; i--) {
                int j = content.nextInt(i + 1);
                T swapped = values.get(i);
                values.set(i, values.get(j));
                values.set(j, swapped);
            }
        }

        /** A version 4 UUID from the id stream: deterministic for the seed and merchant. */
        private String uuid() {
            long most = (ids.nextLong() & ~0xF000L) | 0x4000L;
            long least = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(most, least).toString();
        }
    }
}
