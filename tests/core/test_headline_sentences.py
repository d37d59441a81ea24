"""The summary's opening sentences read as the source document writes them, for any count: each noun agrees with its
number in Russian (1, 21 фейк; 2 фейка; 5 фейков), Kazakh nouns after numerals stay singular and a numeral standing
for its noun takes its case suffix by vowel harmony (тармағының 2-сі, тақырыптың 21-іне). Run with -s to read them."""

from __future__ import annotations

import pytest

from workstation.core.figures.model import (
    Briefings,
    Figures,
    GoldenHour,
    Items,
    MediaOrigin,
    Notices,
    Period,
    Refutations,
    Restrictions,
    TagName,
    Violations,
    frozen_map,
)
from workstation.reports.headline import headline_lines, plan_line
from workstation.reports.text import Count, catalog, counted, kk_suffix, plural, t

COUNTS = (1, 2, 5, 21)


def figures_of(n: int, *, part: int | None = None, plan: int | None = None) -> Figures:
    """A period in which every headline figure is ``n``, or, with ``part``, the parts (phishing among violations,
    removed in time among notices, answered in time among topics, plan items done) are ``part`` of ``n``."""
    part = n if part is None else part
    share = part / n if n else None
    categories = frozen_map({"fake.5g": n} if n else {})
    return Figures(
        period=Period("2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z"),
        refutations=Refutations(total=n, per_month=(), by_category=categories),
        fakes_by_category=categories,
        violations=Violations(total=n, by_type=frozen_map({"phishing": part}), phishing_and_fraud=part,
                              phishing_share=share, by_status=frozen_map(), unfounded=0),
        notices=Notices(sent=n, removed_in_time=part, removed_late=n - part, not_removed=0, pending=0,
                        share_removed_in_time=share,
                        median_hours_to_removal=5.5 if n else None),
        golden_hour=GoldenHour(limit_minutes=60, resonant_cases=n, answered=n, answered_in_time=part, pending=0,
                               share_in_time=share,
                               median_minutes_to_first_response=40 if n else None),
        restrictions=Restrictions(ordered=0, lifted=0, by_platform=frozen_map(), by_domain=frozen_map()),
        items=Items(total=0, by_language=frozen_map(), by_source=()),
        top_sources_of_fakes=(),
        briefings=Briefings(briefings=n, briefings_by_body=frozen_map(), plan_items=n if plan is None else plan,
                            plan_done=part, plan_done_on_time=part, plan_moved=0, plan_cancelled=0),
        state_bodies=(),
        media_origin=MediaOrigin(domestic=0, foreign=0, unknown=0, domestic_share=None),
        platforms=(),
        fakes_by_source_category=frozen_map(),
        tag_names=frozen_map({"fake.5g": TagName(en="Harm of 5G", ru="Вред 5G", kk="5G зияны")}),
    )


def sentences(figures: Figures, lang: str) -> list[str]:
    """The headline sentences, printed, with the no-break spaces inside numbers and durations read as spaces."""
    lines = [line.replace("\u00a0", " ").replace("\u202f", " ") for line in headline_lines(figures, lang)]
    print(f"\n[{lang}]", *lines, sep="\n  ")
    return lines


RU = {
    1: ["В отчётном периоде опровергнут 1 фейк, по категориям: Вред 5G (1).",
        "Выявлено 1 нарушение законодательства", "из них 1 — фишинг и мошенничество.",
        "Направлено 1 уведомление об удалении", "в установленный срок удалён 1 материал",
        "на 1 из 1 негативной или резонансной темы;", "Проведён 1 брифинг; выполнен 1 пункт медиаплана из 1"],
    2: ["В отчётном периоде опровергнуто 2 фейка,", "Выявлено 2 нарушения законодательства", "из них 2 — фишинг",
        "Направлено 2 уведомления", "удалено 2 материала", "на 2 из 2 негативных или резонансных тем;",
        "Проведено 2 брифинга; выполнено 2 пункта медиаплана из 2"],
    5: ["В отчётном периоде опровергнуто 5 фейков,", "Выявлено 5 нарушений законодательства", "из них 5 — фишинг",
        "Направлено 5 уведомлений", "удалено 5 материалов", "на 5 из 5 негативных или резонансных тем;",
        "Проведено 5 брифингов; выполнено 5 пунктов медиаплана из 5"],
    21: ["В отчётном периоде опровергнут 21 фейк,", "Выявлено 21 нарушение законодательства", "из них 21 — фишинг",
         "Направлено 21 уведомление", "удалён 21 материал", "на 21 из 21 негативной или резонансной темы;",
         "Проведён 21 брифинг; выполнен 21 пункт медиаплана из 21"],
}

KK = {
    1: ["Есепті кезеңде 1 фейк теріске шығарылды, санаттар бойынша: 5G зияны (1).",
        "Жалған ақпаратты тарату бөлігінде 1 бұзушылық фактісі, оның ішінде фишингтер мен алаяқтық ресурстарға "
        "қатысты 1 факт анықталды.",
        "Бұзушылықты жою қажеттілігі туралы 1 хабарлама жіберілді; 1 материал белгіленген мерзімде жойылды",
        "«Алтын сағат» қағидасына сәйкес 1 жағымсыз немесе резонансты тақырыптың 1-іне 1 сағ ішінде ден қойылды;",
        "түсіндіру бойынша 1 брифинг өткізілді; медиа жоспардың 1 тармағының 1-і орындалды"],
    2: ["Есепті кезеңде 2 фейк теріске шығарылды,", "2 бұзушылық фактісі,", "қатысты 2 факт анықталды.",
        "2 хабарлама жіберілді; 2 материал", "2 жағымсыз немесе резонансты тақырыптың 2-сіне",
        "2 брифинг өткізілді; медиа жоспардың 2 тармағының 2-сі орындалды"],
    5: ["Есепті кезеңде 5 фейк теріске шығарылды,", "5 бұзушылық фактісі,", "қатысты 5 факт анықталды.",
        "5 хабарлама жіберілді; 5 материал", "5 жағымсыз немесе резонансты тақырыптың 5-іне",
        "5 брифинг өткізілді; медиа жоспардың 5 тармағының 5-і орындалды"],
    21: ["Есепті кезеңде 21 фейк теріске шығарылды,", "21 бұзушылық фактісі,", "қатысты 21 факт анықталды.",
         "21 хабарлама жіберілді; 21 материал", "21 жағымсыз немесе резонансты тақырыптың 21-іне",
         "21 брифинг өткізілді; медиа жоспардың 21 тармағының 21-і орындалды"],
}


@pytest.mark.parametrize("n", COUNTS)
@pytest.mark.parametrize("lang, expected", [("ru", RU), ("kk", KK)])
def test_every_headline_sentence_agrees_with_its_count(lang, expected, n):
    lines = sentences(figures_of(n), lang)
    text = " ".join(lines)
    for phrase in expected[n]:
        assert phrase in text, phrase
    assert len(lines) == 5
    for line in lines:  # whole sentences: capitalised, closed, nothing left unfilled or hanging on a bare number
        assert line[0].isupper() or line[0] == "«", line
        assert line.endswith(".") and "{" not in line and "  " not in line, line
        assert not any(line.endswith(f" {k}.") for k in range(30)), line


def test_a_part_agrees_with_its_own_count_and_the_whole_with_its_own():
    ru = " ".join(sentences(figures_of(5, part=2), "ru"))
    assert "из них 2 — фишинг и мошенничество" in ru
    assert "в установленный срок удалено 2 материала (40,0 % рассмотренных уведомлений)" in ru
    assert "на 2 из 5 негативных или резонансных тем" in ru
    assert "выполнено 2 пункта медиаплана из 5 (в срок — 2)" in ru
    kk = " ".join(sentences(figures_of(21, part=2), "kk"))
    assert "21 жағымсыз немесе резонансты тақырыптың 2-сіне 1 сағ ішінде ден қойылды" in kk
    assert "медиа жоспардың 21 тармағының 2-сі орындалды (мерзімінде орындалғаны – 2)" in kk
    assert "(қаралған хабарламалар ішіндегі үлесі – 9,5 %)" in kk
    ru = " ".join(sentences(figures_of(21, part=11), "ru"))
    assert "удалено 11 материалов" in ru and "выполнено 11 пунктов медиаплана из 21" in ru


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_nothing_to_report_is_said_in_words_not_zeros(lang):
    figures = figures_of(0, plan=0)
    lines = sentences(figures, lang)
    assert lines[0] == t("headline_refuted_none", lang, when=t("when_period", lang))
    assert lines[1] == t("headline_violations_none", lang)
    assert lines[2] == t("headline_notices_none", lang)
    assert lines[3] == t("headline_golden_none", lang)
    assert lines[4] == t("headline_briefings_no_plan", lang, briefings=counted("n_briefings", lang, 0))
    assert not any("—" in line.replace(" — ", "") for line in lines)  # no "—" standing for a missing figure


def test_russian_plural_follows_cldr():
    assert [plural("ru", n) for n in (1, 21, 101, 1001)] == ["one"] * 4
    assert [plural("ru", n) for n in (2, 3, 4, 22, 34, 102)] == ["few"] * 6
    assert [plural("ru", n) for n in (0, 5, 11, 12, 13, 14, 19, 20, 25, 111, 112, 1000)] == ["many"] * 12
    assert [plural(lang, n) for lang in ("kk", "en") for n in (1, 2, 21)] == ["one", "other", "other"] * 2


def test_kazakh_numeral_suffixes_follow_the_numeral_read_aloud():
    poss = {1: "і", 2: "сі", 3: "і", 5: "і", 6: "сы", 7: "сі", 9: "ы", 10: "ы", 20: "сы", 21: "і", 40: "ы", 50: "і",
            100: "і", 1000: "ы", 0: "і"}
    assert {n: kk_suffix(n, "poss") for n in poss} == poss
    assert [f"{Count(n, 'kk'):poss_dat}" for n in (1, 2, 6, 10)] == ["1-іне", "2-сіне", "6-сына", "10-ына"]
    assert [f"{Count(n, 'kk'):gen}" for n in (1, 2, 3, 10, 21, 40, 1000)] == [
        "1-дің", "2-нің", "3-тің", "10-ның", "21-дің", "40-тың", "1\u202f000-ның"]
    assert [f"{Count(n, 'kk'):dat}" for n in (1, 3, 6, 40, 50)] == ["1-ге", "3-ке", "6-ға", "40-қа", "50-ге"]
    assert f"{Count(3741, 'kk')}" == "3\u202f741"


def test_a_text_with_plural_forms_needs_its_count():
    with pytest.raises(TypeError):
        t("n_refuted", "ru", n=5)
    assert counted("n_refuted", "en", 1) == "1 fake refuted" and counted("n_refuted", "en", 2) == "2 fakes refuted"


def test_the_media_plan_line_counts_its_items():
    lines = {n: plan_line(figures_of(n).briefings, "ru") for n in COUNTS}
    print(*lines.values(), sep="\n")
    assert [lines[n].split(",")[0] for n in COUNTS] == [
        "Медиаплан: 1 пункт", "Медиаплан: 2 пункта", "Медиаплан: 5 пунктов", "Медиаплан: 21 пункт"]
    assert lines[5] == "Медиаплан: 5 пунктов, выполнено 5 (в срок — 5), перенесено 0, отменено 0."
    assert plan_line(figures_of(21).briefings, "kk") == ("Медиа жоспар: 21 тармақ, 21 орындалды (мерзімінде – 21), "
                                                         "0 ауыстырылды, 0 тармақтың күші жойылды.")
    assert plan_line(figures_of(1).briefings, "en").startswith("Media plan: 1 item, 1 done")


def test_every_text_with_plural_forms_has_the_forms_of_its_language():
    wanted = {"ru": {"one", "few", "many"}, "en": {"one", "other"}, "kk": {"one", "other"}}
    plurals = {(key, lang): set(text) for key, entry in catalog().items() for lang, text in entry.items()
               if isinstance(text, dict)}
    assert ("n_refuted", "ru") in plurals
    assert {key: forms for key, forms in plurals.items() if forms != wanted[key[1]]} == {}
