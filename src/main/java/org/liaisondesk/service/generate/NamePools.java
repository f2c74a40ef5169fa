package org.liaisondesk.service.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.liaisondesk.domain.Gender;

/**
 * Plausible names for synthetic records, in the scripts the office meets: Chinese, Vietnamese
 * (Latin with diacritics), Lao, Thai and Burmese (native script with a romanised form; Burmese
 * names have no family name), South Asian and English. Not real people.
 */
final class NamePools {
    record PersonName(String zh, String en, String local, Gender gender) {}

    record Place(String zh, String en) {}

    private static final String[] CN_FAMILY = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
            + "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 方 白 邹 孟 "
            + "熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 刀 岩 杨").split(" ");
    private static final String[] CN_FAMILY_PINYIN = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao "
            + "Lin Luo Zheng Liang Xie Song Tang Xu Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Yu Du Ye "
            + "Cheng Su Wei Lyu Ding Ren Shen Yao Lu Jiang Cui Zhong Tan Lu Wang Fan Jin Shi Liao Jia Xia Wei Fang Bai Zou Meng "
            + "Xiong Qin Qiu Jiang Yin Xue Duan Lei Hou Long Shi Tao Li He Gu Mao Hao Gong Shao Wan Qian Yan Qin Wu Dai Mo Kong "
            + "Xiang Tang Dao Yan Yang").split(" ");
    private static final String[][] CN_GIVEN_F = {{"丽", "Li"}, {"敏", "Min"}, {"静", "Jing"}, {"秀英", "Xiuying"}, {"芳", "Fang"},
            {"娜", "Na"}, {"艳", "Yan"}, {"玲", "Ling"}, {"燕", "Yan"}, {"红梅", "Hongmei"}, {"霞", "Xia"}, {"梅", "Mei"},
            {"琳", "Lin"}, {"婷", "Ting"}, {"雪", "Xue"}, {"慧", "Hui"}, {"颖", "Ying"}, {"倩", "Qian"}, {"兰", "Lan"},
            {"玉香", "Yuxiang"}, {"春花", "Chunhua"}, {"海燕", "Haiyan"}, {"晓红", "Xiaohong"}, {"桂英", "Guiying"}};
    private static final String[][] CN_GIVEN_M = {{"伟", "Wei"}, {"磊", "Lei"}, {"军", "Jun"}, {"勇", "Yong"}, {"涛", "Tao"},
            {"明", "Ming"}, {"建华", "Jianhua"}, {"志强", "Zhiqiang"}, {"平", "Ping"}, {"刚", "Gang"}};

    private static final String[] VN_FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split(" ");
    private static final String[] VN_FAMILY_ZH = "阮 陈 黎 范 黄 黄 潘 武 武 邓 裴 杜 胡 吴 杨 李".split(" ");
    private static final String[] VN_GIVEN_F = "Hoa Lan Mai Thu Hương Linh Ngọc Anh Hà Trang Hạnh Dung Nga Yến Phương Thảo".split(" ");
    private static final String[] VN_GIVEN_M = "Minh Hùng Dũng Tuấn Đức Nam".split(" ");

    private static final String[][] LAO_GIVEN = {{"ບົວພັນ", "Bouaphanh"}, {"ຄຳຫຼ້າ", "Khamla"}, {"ນ້ອຍ", "Noy"},
            {"ສົມພອນ", "Somphone"}, {"ວັນນາ", "Vanna"}, {"ມະນີ", "Manee"}, {"ດາລາ", "Dala"}, {"ແສງເດືອນ", "Sengdeuane"},
            {"ບຸນມີ", "Bounmy"}, {"ຈັນທະວີ", "Chanthavy"}};
    private static final String[][] LAO_FAMILY = {{"ສີສຸວັນ", "Sisouvanh"}, {"ວົງສາ", "Vongsa"}, {"ພົມມະຈັນ", "Phommachanh"},
            {"ແກ້ວມະນີ", "Keomany"}, {"ສຸລິຍະ", "Souliya"}, {"ພົມມະວົງ", "Phommavong"}, {"ສີຫາລາດ", "Sihalath"}};
    private static final String[][] THAI_GIVEN = {{"สมใจ", "Somjai"}, {"มาลี", "Malee"}, {"สุดา", "Suda"}, {"นภา", "Napa"},
            {"วันดี", "Wandee"}, {"กาญจนา", "Kanjana"}, {"ปราณี", "Pranee"}, {"อรุณี", "Arunee"}, {"สมชาย", "Somchai"}};
    private static final String[][] THAI_FAMILY = {{"พันธ์", "Phan"}, {"ศรีสุข", "Srisuk"}, {"วงศ์ใหญ่", "Wongyai"},
            {"แก้วมณี", "Kaewmanee"}, {"ทองดี", "Thongdee"}, {"สุขใจ", "Sukjai"}, {"บุญมา", "Boonma"}};
    private static final String[][] BURMESE = {{"ခင်မာ", "Khin Ma"}, {"နန်းဆိုင်", "Nang Seng"}, {"လှလှ", "Hla Hla"},
            {"သီတာ", "Thida"}, {"မြင့်မြင့်", "Myint Myint"}, {"စန္ဒာ", "Sanda"}, {"နီလာ", "Nilar"}, {"ခင်ခင်ဝင်း", "Khin Khin Win"},
            {"အေးအေး", "Aye Aye"}, {"စုစု", "Su Su"}, {"ဇော်ဇော်", "Zaw Zaw"}};
    private static final String[] SOUTH_ASIAN_GIVEN = "Priya Fatima Ayesha Nirmala Rashida Sunita Anjali Kamala Shirin Dilini".split(" ");
    private static final String[] SOUTH_ASIAN_FAMILY = "Sharma Khan Perera Begum Shrestha Ali Fernando Gurung Rahman Silva".split(" ");
    private static final String[] ENGLISH_GIVEN = "Mary Sarah Anna Emily Grace Helen Laura Claire Julia Maria".split(" ");
    private static final String[] ENGLISH_FAMILY = "Smith Johnson Brown Taylor Martin Müller Dubois Rossi Tanaka Kim".split(" ");

    static final Map<String, List<Place>> PLACES = Map.ofEntries(
            Map.entry("VN", places("老街 Lào Cai", "河江 Hà Giang", "莱州 Lai Châu", "奠边 Điện Biên", "河内 Hà Nội", "山罗 Sơn La")),
            Map.entry("LA", places("丰沙里 Phongsaly", "琅勃拉邦 Luang Prabang", "乌多姆赛 Oudomxay", "琅南塔 Luang Namtha",
                    "博胶 Bokeo", "万象 Vientiane")),
            Map.entry("MM", places("木姐 Muse", "腊戍 Lashio", "密支那 Myitkyina", "曼德勒 Mandalay", "仰光 Yangon", "东枝 Taunggyi")),
            Map.entry("TH", places("清迈 Chiang Mai", "清莱 Chiang Rai", "曼谷 Bangkok", "难府 Nan")),
            Map.entry("KH", places("金边 Phnom Penh", "暹粒 Siem Reap")),
            Map.entry("BD", places("达卡 Dhaka", "吉大港 Chittagong")),
            Map.entry("LK", places("科伦坡 Colombo", "康提 Kandy")),
            Map.entry("NP", places("加德满都 Kathmandu", "博卡拉 Pokhara")),
            Map.entry("IN", places("加尔各答 Kolkata", "新德里 New Delhi")),
            Map.entry("PK", places("伊斯兰堡 Islamabad", "拉合尔 Lahore")),
            Map.entry("CN", places("昆明 Kunming", "普洱 Pu'er", "景洪 Jinghong", "瑞丽 Ruili", "丽江 Lijiang", "河口 Hekou")),
            Map.entry("HK", places("香港 Hong Kong")), Map.entry("MO", places("澳门 Macao")), Map.entry("TW", places("台北 Taipei")));

    static final List<String> YUNNAN_COUNTIES = List.of("勐海县", "景洪市", "勐腊县", "瑞丽市", "芒市", "陇川县", "河口县",
            "麻栗坡县", "马关县", "富宁县", "江城县", "孟连县", "澜沧县", "西盟县", "耿马县", "沧源县", "腾冲市", "泸水市", "贡山县",
            "福贡县", "金平县", "绿春县", "宁洱县", "墨江县");

    private NamePools() {}

    private static List<Place> places(String... zhEn) {
        return java.util.Arrays.stream(zhEn).map(s -> {
            int sp = s.indexOf(' ');
            return new Place(s.substring(0, sp), s.substring(sp + 1));
        }).toList();
    }

    /** A person as someone of this nationality would be named, with the forms a record keeps. */
    static PersonName person(String nationality, SplittableRandom r) {
        Gender g = r.nextInt(100) < 85 ? Gender.FEMALE : Gender.MALE;
        switch (nationality == null ? "" : nationality) {
            case "CN", "HK", "MO", "TW", "SG" -> { return chinese(g, r); }
            case "VN" -> {
                int f = r.nextInt(VN_FAMILY.length);
                String given = pick(r, g == Gender.FEMALE ? VN_GIVEN_F : VN_GIVEN_M);
                String local = VN_FAMILY[f] + (g == Gender.FEMALE ? " Thị " : " Văn ") + given;
                return new PersonName(r.nextBoolean() ? VN_FAMILY_ZH[f] + "氏" + (r.nextBoolean() ? "花" : "兰") : null,
                        ascii(local), local, g);
            }
            case "LA" -> { return pair(pick(r, LAO_GIVEN), pick(r, LAO_FAMILY), g); }
            case "TH" -> { return pair(pick(r, THAI_GIVEN), pick(r, THAI_FAMILY), g); }
            case "MM" -> {
                String[] n = pick(r, BURMESE);
                boolean senior = r.nextBoolean();
                return new PersonName(null, (senior ? "Daw " : "Ma ") + n[1], (senior ? "ဒေါ်" : "မ") + n[0], Gender.FEMALE);
            }
            case "BD", "LK", "NP", "IN", "PK", "BT", "MV", "AF" -> {
                return new PersonName(null, pick(r, SOUTH_ASIAN_GIVEN) + " " + pick(r, SOUTH_ASIAN_FAMILY), null, Gender.FEMALE);
            }
            case "MY" -> { return r.nextBoolean() ? chinese(g, r) : new PersonName(null, pick(r, ENGLISH_GIVEN) + " binti Ahmad", null, g); }
            default -> { return new PersonName(null, pick(r, ENGLISH_GIVEN) + " " + pick(r, ENGLISH_FAMILY), null, Gender.FEMALE); }
        }
    }

    private static PersonName chinese(Gender g, SplittableRandom r) {
        int f = r.nextInt(CN_FAMILY.length);
        String[] given = pick(r, g == Gender.FEMALE ? CN_GIVEN_F : CN_GIVEN_M);
        return new PersonName(CN_FAMILY[f] + given[0], CN_FAMILY_PINYIN[f] + " " + given[1], null, g);
    }

    private static PersonName pair(String[] given, String[] family, Gender g) {
        return new PersonName(null, given[1] + " " + family[1], given[0] + " " + family[0], g);
    }

    static Place place(String country, String fallbackZh, String fallbackEn, SplittableRandom r) {
        List<Place> list = PLACES.get(country);
        return list == null ? new Place(fallbackZh, fallbackEn) : list.get(r.nextInt(list.size()));
    }

    static <T> T pick(SplittableRandom r, T[] values) { return values[r.nextInt(values.length)]; }

    static <T> T pick(SplittableRandom r, List<T> values) { return values.get(r.nextInt(values.size())); }

    private static String ascii(String s) {
        return Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
