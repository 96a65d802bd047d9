"""Numbers are found in any form and checked against their sources."""

from __future__ import annotations

from bot.answers.guard import extract_figures, has_figure, unsupported_figures

SOURCE = "全年受理市民诉求13213件,办结13206件,办结率99.95%,收缴违纪款2081.57万元,最快仅两小时完成。"


def texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


def test_extracts_arabic_chinese_and_units() -> None:
    assert texts(SOURCE) == ["13213件", "13206件", "99.95%", "2081.57万元", "两小时"]
    assert texts("a rate of 99.95 percent") == ["99.95%"]
    assert texts("百分之九十的事项") == ["百分之九十"]


def test_figure_after_ascii_comma_is_found() -> None:
    assert texts("活动,465个高频服务事项") == ["465个"]


def test_answer_quoting_its_source_passes() -> None:
    assert unsupported_figures("全年受理市民诉求13213件,办结率99.95%", [SOURCE]) == []
    assert unsupported_figures("The hotline received 13213 requests (99.95%).", [SOURCE]) == []


def test_invented_rounded_or_reformatted_figures_fail() -> None:
    for answer in ("受理诉求13214件", "办结率约100%", "受理13,213件", "收缴2081.6万元", "受理13213人"):
        assert unsupported_figures(answer, [SOURCE]), answer


def test_part_of_a_number_is_not_a_match() -> None:
    assert unsupported_figures("共132件", [SOURCE])


def test_words_are_not_figures() -> None:
    assert not has_figure("深入开展营商环境问题“万件清理”监督行动")  # magnitudes alone make no number
    assert not has_figure("加快推进“全市一个停车场”建设")  # 一个 is an article here
    assert has_figure("新建停车场十个") and has_figure("改造危桥60座", frozenset({"座"}))


def test_an_ordinal_is_no_count() -> None:
    assert not has_figure("完成市第二人民医院搬迁", frozenset({"人", "个"}))  # the Second People's Hospital
    assert has_figure("其中第二批新增三个", frozenset({"个"}))


def test_a_date_is_no_count() -> None:
    counts = frozenset({"件", "个", "月"})
    assert not has_figure("5月份以后,县政府负责人行政诉讼出庭应诉率达100%。", counts)  # a month, then a rate
    assert not has_figure("截至12月31日", counts)
    assert has_figure("用时3个月", counts) and has_figure("5月份以后受理12件", counts)


def test_a_span_of_months_is_no_count_of_things() -> None:
    assert extract_figures("投产3个月实现进规")[0].unit == "个月"
    assert not has_figure("投产3个月实现进规", frozenset({"个", "家"}))  # "how many firms" is not 3个月
    assert unsupported_figures("3个", ["投产3个月实现进规"])  # nor may an answer read it so
    spans = frozenset({"年", "月", "天"})
    assert has_figure("彤辉科技投产一个月实现进规", spans)  # one month is a span when a span is asked
    assert not has_figure("一个月内办结", frozenset({"件"}))  # and an article otherwise


def test_a_share_printed_as_a_fraction_is_a_share() -> None:
    share = frozenset({"%", "百分点"})
    assert has_figure("缉毒量占年度缉毒总量的1/4。", share) and has_figure("占比超过三分之一", share)
    assert not has_figure("截至2023年", share)


def test_units_of_power_energy_and_volume_are_units() -> None:
    # "220千伏" is 220 kilovolts, not 220 thousand of something; "41亿千瓦时" is energy, not a count in 亿.
    assert texts("推进220千伏输变电工程，装机2.8兆瓦，用电量41.06亿千瓦时") == ["220千伏", "2.8兆瓦", "41.06亿千瓦时"]
    assert texts("库容3.5万立方米，面积12平方公里") == ["3.5万立方米", "12平方公里"]
    assert has_figure("推进220千伏输变电工程", frozenset({"千伏"}))
    assert not has_figure("推进220千伏输变电工程", frozenset({"个", "万", "亿"}))
