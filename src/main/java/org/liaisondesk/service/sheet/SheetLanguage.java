package org.liaisondesk.service.sheet;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PartialDate;

/** The sheet's language: Chinese, English, or both side by side (Chinese first). */
public enum SheetLanguage {
    ZH, EN, BOTH;

    /** Reads {@code zh}, {@code en} or {@code both}, as the command line takes it. */
    public static SheetLanguage parse(String s) {
        return switch (s == null ? "" : s.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "中文" -> ZH;
            case "en", "english" -> EN;
            case "both", "zh+en", "双语" -> BOTH;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private List<Locale> locales() {
        return switch (this) {
            case ZH -> List.of(Locale.SIMPLIFIED_CHINESE);
            case EN -> List.of(Locale.ENGLISH);
            case BOTH -> List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        };
    }

    /** A bundle text in this language; both languages are joined by {@code sep}. */
    public String joined(String key, String sep, Object... args) {
        return String.join(sep, locales().stream().map(l -> Messages.format(l, key, List.of(args))).toList());
    }

    public String text(String key, Object... args) { return joined(key, " ", args); }

    /** A column header: both languages on two lines. */
    public String header(String key) { return joined(key, "\n"); }

    public String label(Labelled value) {
        return value == null ? "" : String.join(" ", locales().stream().map(l -> Labels.label(value, l)).toList());
    }

    public String date(PartialDate d) { return d == null ? "" : d.format(primary()); }

    /** A programme day: 12月8日（星期二） / Tue 8 Dec 2026. */
    String day(LocalDate d) {
        String zh = d.getMonthValue() + "月" + d.getDayOfMonth() + "日（"
                + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE) + "）";
        String en = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
        return switch (this) {
            case ZH -> d.getYear() + "年" + zh;
            case EN -> en;
            case BOTH -> d.getYear() + "年" + zh + "  " + en;
        };
    }

    /** Section numbers as a Chinese document writes them (一、二、) or 1. 2. in English. */
    public String number(int n) {
        return this == EN ? n + ". " : chineseNumeral(n) + "、";
    }

    /** 1–99 as Chinese numerals: 一 … 十, 十一, 二十, 二十一. */
    static String chineseNumeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 10) return n == 10 ? "十" : digits.substring(n, n + 1);
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : digits.substring(tens, tens + 1)) + "十" + (ones == 0 ? "" : digits.substring(ones, ones + 1));
    }

    public Locale primary() { return this == EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE; }
}
