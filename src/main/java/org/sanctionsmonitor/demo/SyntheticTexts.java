package org.sanctionsmonitor.demo;

import java.util.List;
import java.util.Random;

/**
 * Phrases in several languages and scripts for generated records: titles, excerpts, quotes and summaries that read
 * like the real thing closely enough for full-text search, right-to-left layout and lengths to behave as they will.
 */
final class SyntheticTexts {

    /** A language with its outlets, title patterns ({@code %1$s} supplier, {@code %2$s} recipient, {@code %3$s} words) and phrases. */
    record Language(String code, List<String> outlets, List<String> titles, List<String> words, List<String> sentences) {

        String title(Random random, String supplier, String recipient) {
            return pick(random, titles).formatted(supplier, recipient, words(random, 2));
        }

        String words(Random random, int n) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(skewed(random, words));
            }
            return text.toString();
        }

        String paragraph(Random random, int sentences) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(pick(random, this.sentences)).append(' ').append(words(random, 3));
                text.append(code.equals("zh") || code.equals("ja") ? "。" : ".");
            }
            return text.toString();
        }
    }

    static final Language ENGLISH = new Language("en",
            List.of("Reuters", "Associated Press", "NK News", "The Guardian", "Financial Times", "Bloomberg", "BBC News"),
            List.of("Shipment of %3$s from %1$s to %2$s reported", "%1$s supplied %3$s to %2$s, officials say",
                    "Satellite images show %3$s moving from %1$s to %2$s", "UN panel: %1$s transferred %3$s to %2$s",
                    "Vessel carrying %3$s sailed from %1$s towards %2$s", "%2$s received %3$s from %1$s, report says"),
            List.of("artillery", "shells", "missiles", "drones", "rockets", "ammunition", "launchers", "components", "cargo",
                    "tanker", "workers", "engineers", "oil", "coal", "containers", "rail", "port", "convoy", "factory",
                    "payments", "crypto", "laundering", "front", "company", "vessels", "transfer", "sanctions", "evasion"),
            List.of("According to officials familiar with the matter", "The panel of experts said in its report",
                    "Satellite imagery reviewed by analysts showed", "Customs records obtained by reporters indicate",
                    "The ministry denied the allegation and called it", "Western intelligence assessments suggest",
                    "A spokesperson declined to comment on", "Shipping data tracked by analysts showed"));

    static final Language RUSSIAN = new Language("ru",
            List.of("РИА Новости", "Коммерсантъ", "Новая газета", "Медуза", "ТАСС"),
            List.of("Поставка: %3$s из %1$s в %2$s", "%1$s передала %2$s %3$s, сообщают источники",
                    "Спутниковые снимки: %3$s на пути из %1$s в %2$s"),
            List.of("снаряды", "ракеты", "беспилотники", "боеприпасы", "эшелон", "порт", "груз", "санкции", "поставки",
                    "военные", "инженеры", "завод", "судно", "танкер", "нефть"),
            List.of("По данным источников", "Как сообщили в министерстве", "Эксперты ООН отметили",
                    "Официальный представитель опроверг", "Судя по спутниковым снимкам"));

    static final Language UKRAINIAN = new Language("uk",
            List.of("Українська правда", "Укрінформ", "Суспільне"),
            List.of("Розвідка: %3$s з %1$s до %2$s", "%1$s передала %2$s %3$s"),
            List.of("снаряди", "ракети", "дрони", "боєприпаси", "уламки", "експертиза", "санкції", "постачання"),
            List.of("За даними розвідки", "Експерти дослідили уламки", "Як повідомили у міністерстві"));

    static final Language KOREAN = new Language("ko",
            List.of("연합뉴스", "조선일보", "한겨레", "노동신문"),
            List.of("%1$s, %2$s에 %3$s 제공 의혹", "%3$s 수송: %1$s에서 %2$s로", "유엔 보고서: %1$s의 %3$s 이전"),
            List.of("포탄", "미사일", "드론", "탄약", "선박", "항구", "노동자", "제재", "위반", "수출", "화물", "철도"),
            List.of("정부 관계자에 따르면", "유엔 전문가 패널은 보고서에서", "위성사진 분석 결과", "외무성 대변인은 이를 부인했다"));

    static final Language ARABIC = new Language("ar",
            List.of("الجزيرة", "العربية", "الشرق الأوسط", "سكاي نيوز عربية"),
            List.of("شحنة %3$s من %1$s إلى %2$s", "تقرير: %1$s زودت %2$s بـ %3$s", "صور الأقمار الصناعية تظهر %3$s"),
            List.of("صواريخ", "طائرات مسيرة", "ذخيرة", "شحنة", "ميناء", "سفينة", "عقوبات", "أسلحة", "نفط", "مقاتلين"),
            List.of("وفقا لمسؤولين مطلعين", "قال فريق خبراء الأمم المتحدة في تقريره", "نفت الوزارة هذه الاتهامات",
                    "أظهرت صور الأقمار الصناعية"));

    static final Language PERSIAN = new Language("fa",
            List.of("ایرنا", "تسنیم", "بی‌بی‌سی فارسی", "ایران اینترنشنال"),
            List.of("ارسال %3$s از %1$s به %2$s", "گزارش: %1$s به %2$s %3$s داد"),
            List.of("پهپاد", "موشک", "مهمات", "کشتی", "بندر", "تحریم", "صادرات", "قطعات", "کارخانه"),
            List.of("به گفته مقامات آگاه", "سخنگوی وزارت خارجه این ادعا را رد کرد", "کارشناسان سازمان ملل گزارش دادند"));

    static final Language CHINESE = new Language("zh",
            List.of("新华社", "环球时报", "财新", "联合早报"),
            List.of("%1$s向%2$s运送%3$s", "报道称%1$s向%2$s提供%3$s"),
            List.of("导弹", "无人机", "弹药", "船只", "港口", "制裁", "货物", "零部件", "石油"),
            List.of("据知情人士透露", "外交部发言人否认了这一说法", "联合国专家小组报告指出"));

    static final Language INDONESIAN = new Language("id",
            List.of("Kompas", "Tempo", "CNN Indonesia", "Detik"),
            List.of("Pengiriman %3$s dari %1$s ke %2$s dilaporkan", "%1$s memasok %3$s ke %2$s, kata pejabat"),
            List.of("rudal", "amunisi", "kapal", "pelabuhan", "sanksi", "drone", "senjata", "pekerja", "minyak"),
            List.of("Menurut pejabat yang mengetahui masalah ini", "Panel ahli PBB menyatakan dalam laporannya",
                    "Juru bicara kementerian membantah tuduhan tersebut"));

    /** Sources and quotes: mostly English, then the languages of the states involved and of their neighbours. */
    static final List<Language> LANGUAGES = List.of(ENGLISH, RUSSIAN, KOREAN, ARABIC, PERSIAN, CHINESE, UKRAINIAN, INDONESIAN);
    private static final int[] LANGUAGE_WEIGHTS = {46, 14, 12, 8, 7, 6, 4, 3};

    static final List<String> PLACES = List.of("Rajin", "Nampo", "Vostochny", "Tumangang", "Khasan", "Bandar Abbas",
            "Port Sudan", "Hodeidah", "Latakia", "Kerch Strait", "Yellow Sea", "Gulf of Oman", "East China Sea", "Pyongyang",
            "Moscow", "Tehran", "Minsk", "Shahed factory, Alabuga", "Kharkiv", "Zaporizhzhia");

    static final List<String> REASONS = List.of("Duplicate of an earlier record", "The source retracted its report",
            "Entered in error", "Merged into a fuller record");

    private SyntheticTexts() {
    }

    static Language language(Random random) {
        return LANGUAGES.get(weighted(random, LANGUAGE_WEIGHTS));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The first values far more often than the last (roughly Zipf), as words and names are used. */
    static <T> T skewed(Random random, List<T> values) {
        double u = random.nextDouble();
        return values.get((int) Math.min(values.size() - 1, Math.floor(values.size() * u * u * u)));
    }

    static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
