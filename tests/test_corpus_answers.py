"""Real reports of other places (../shared/corpus): their years, results and targets, and several places at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import Services, build_services
from tests.support.env import CORPUS, make_settings, needs_corpus

TIANMEN = CORPUS / "tianmen-2024-government-work-report.txt"
QIANJIANG = CORPUS / "qianjiang-2024-government-work-report.txt"
EZHOU = CORPUS / "ezhou-2024-government-work-report.txt"
HAILAR_2016 = CORPUS / "hailar-2016-government-work-report.txt"
HAILAR_2019 = CORPUS / "hailar-2019-government-work-report.txt"

pytestmark = needs_corpus


def indexed(tmp: Path, *reports: Path) -> Services:
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    for report in reports:
        shutil.copy(report, knowledge / report.name)
    services = build_services(make_settings(tmp, knowledge))
    services.ingest()
    return services


def indexed_fixture(name: str, *reports: Path) -> Callable[..., Services]:
    """A fixture `name`: one index of these reports, built once for this module's tests."""

    @pytest.fixture(scope="module", name=name)
    def services(tmp_path_factory: pytest.TempPathFactory) -> Services:
        return indexed(tmp_path_factory.mktemp(name), *reports)

    return services


tianmen = indexed_fixture("tianmen", TIANMEN)


two_places = indexed_fixture("two_places", TIANMEN, QIANJIANG)


def test_a_count_in_a_measure_word_is_not_answered_with_a_rate(tianmen: Services) -> None:
    # "城区“五小”车辆上牌率达98%": the report gives the rate, no number of vehicles (辆).
    answer = tianmen.answering.ask("城区五小车辆一共上牌了多少辆？")
    assert not answer.found and "98%" not in answer.answer


def test_how_much_more_often_asks_a_rate_of_change(tianmen: Services) -> None:
    # "…采取刑事强制措施数分别上升15.7%、34.7%": "more often" and "in percentage terms" say how, not what.
    answer = tianmen.answering.ask("How much more often were criminal compulsory measures taken, in percentage terms?")
    assert answer.found and "34.7%" in answer.answer


def test_last_year_is_the_year_a_work_report_reviews(tianmen: Services) -> None:
    answer = tianmen.answering.ask("天门去年招商新签了多少个项目？")
    assert answer.found and "127个" in answer.answer
    assert "2023年实绩" in answer.answer.splitlines()[0]
    assert answer.citations[0].year == 2023 and answer.citations[0].place == "天门市"


@pytest.mark.parametrize("question", ["今年地区生产总值预期增长多少？", "今年地区生产总值增速目标是多少？"])
def test_this_years_target_is_told_apart_from_last_years_result(tianmen: Services, question: str) -> None:
    answer = tianmen.answering.ask(question)  # a rate of growth (增速) is printed as 增长N%
    assert answer.found and "7.5%左右" in answer.answer
    assert "2024年目标" in answer.answer.splitlines()[0]
    assert answer.citations[0].period == "target"


@pytest.mark.parametrize(
    "question",
    [
        "今年计划化解拖欠企业账款多少亿元？",
        "How much overdue money owed to companies does Tianmen plan to clear this year?",
    ],
)
def test_this_years_plan_is_not_answered_with_last_years_result(tianmen: Services, question: str) -> None:
    # The report gives 2023's result (4.2亿元) and no plan for 2024: a plan asked for is not that result.
    answer = tianmen.answering.ask(question)
    assert not answer.found and "4.2亿元" not in answer.answer
    last_year = tianmen.answering.ask("去年化解拖欠企业账款多少亿元？")
    assert last_year.found and "4.2亿元" in last_year.answer


def test_a_balance_is_a_sum_and_its_growth_a_rate(tianmen: Services) -> None:
    # The report prints "存贷款余额增长16.4%" and no balance itself.
    grew = tianmen.answering.ask("By how much did deposit and loan balances grow in 2023?")
    assert grew.found and "16.4%" in grew.answer
    balance = tianmen.answering.ask("What was the deposit and loan balance at the end of 2023?")
    assert not balance.found and "16.4%" not in balance.answer


def test_a_word_of_an_english_expression_the_report_prints_is_not_counted_alone(tianmen: Services) -> None:
    # "bring in" is 引进; "bring" alone translates as nothing the report prints and is no evidence against.
    answer = tianmen.answering.ask(
        "What kinds of business-to-business services (producer services) does Tianmen want to bring in?"
    )
    assert answer.found and "二是强化服务供给" in answer.answer


def test_an_amount_an_english_question_gives_picks_the_figure_of_that_bound(tianmen: Services) -> None:
    asked = "How many projects of 100 million yuan or more were under construction across the city in 2023?"
    answer = tianmen.answering.ask(asked)
    assert answer.found and "亿元以上项目136个" in answer.answer
    assert not tianmen.answering.ask(asked.replace("100 million", "500 million")).found  # no such bound printed


def test_how_soon_is_answered_with_the_span_printed(tianmen: Services) -> None:
    answer = tianmen.answering.ask("彤辉科技投产多久就进规了？")
    assert answer.found and "投产一个月实现进规" in answer.answer


def test_a_year_no_passage_speaks_of_is_refused_with_the_years_covered(tianmen: Services) -> None:
    answer = tianmen.answering.ask("2021年天门新签约项目多少个？")
    assert not answer.found and "127个" not in answer.answer
    assert "2023、2024" in answer.answer


def test_a_named_place_picks_its_report(two_places: Services) -> None:
    tianmen = two_places.answering.ask("天门今年地区生产总值预期增长多少？")
    assert tianmen.found and "7.5%左右" in tianmen.answer and tianmen.citations[0].place == "天门市"
    qianjiang = two_places.answering.ask("潜江今年地区生产总值预期增长多少？")
    assert qianjiang.found and "7%以上" in qianjiang.answer and qianjiang.citations[0].place == "潜江市"


def test_a_place_no_report_is_about_is_refused_with_the_places_covered(two_places: Services) -> None:
    answer = two_places.answering.ask("仙桃今年地区生产总值预期增长多少？")
    assert not answer.found and "%" not in answer.answer
    assert "潜江市" in answer.answer and "天门市" in answer.answer


def test_without_a_place_each_place_answers_under_its_name(two_places: Services) -> None:
    answer = two_places.answering.ask("今年地区生产总值预期增长多少？")
    assert answer.found
    assert "天门市" in answer.answer.splitlines()[0] and "潜江市" in answer.answer.splitlines()[0]
    tianmen, qianjiang = answer.answer.index("【天门市】"), answer.answer.index("【潜江市】")
    assert "7.5%左右" in answer.answer[tianmen:] and "7%以上" in answer.answer[qianjiang:]
    assert {c.place for c in answer.citations} == {"天门市", "潜江市"}


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many new EV charging points went in around Tianmen city in 2023?", "935个"),
        ("How much did bank deposit and loan balances in Tianmen go up over 2023?", "16.4%"),
    ],
)
def test_a_place_named_is_answered_as_if_its_report_were_indexed_alone(
    two_places: Services, tianmen: Services, question: str, figure: str
) -> None:
    # How telling a word is, is judged in the report asked about, not made common by another place's report.
    together, alone = two_places.answering.ask(question), tianmen.answering.ask(question)
    assert together.found and figure in together.answer
    assert together.answer == alone.answer


def test_a_place_spelt_in_english_picks_its_report(two_places: Services) -> None:
    answer = two_places.answering.ask("What is the expected GDP growth of Qianjiang this year?")
    assert answer.found and "7%以上" in answer.answer and "7.5%" not in answer.answer
    assert {c.place for c in answer.citations} == {"潜江市"}


hailar_2016 = indexed_fixture("hailar_2016", HAILAR_2016)


def test_an_english_open_question_gets_a_sentence_on_each_thing_it_names(hailar_2016: Services) -> None:
    # Social insurance (全民参保计划) and help for struggling families (低保家庭) are two sentences of the passage.
    answer = hailar_2016.answering.ask(
        "What is Hailar doing this year on social insurance and help for families that are struggling?"
    )
    assert answer.found and "全民参保计划" in answer.answer and "低保家庭" in answer.answer


def test_a_year_inside_a_span_is_answered_only_where_it_is_named(hailar_2016: Services) -> None:
    # Part 一 reviews 十二五 (2011–2015) and 2015: its figures are 2015's or the span's, never 2013's.
    named = hailar_2016.answering.ask("2015年地区生产总值是多少？")
    assert named.found and "287.9亿元" in named.answer
    inside = hailar_2016.answering.ask("2013年地区生产总值是多少？")
    assert not inside.found and "287.9" not in inside.answer and "2013" in inside.answer


def test_parts_that_share_a_measure_are_told_apart_by_their_first_word(hailar_2016: Services) -> None:
    # "城镇…收入完成30788元…；农村…收入完成22250元": the second part is the 农村 one, not the first clause again.
    answer = hailar_2016.answering.ask("2015年城镇和农村常住居民人均可支配收入各是多少？")
    assert answer.found and "30788元" in answer.answer and "22250元" in answer.answer


def test_a_figure_of_the_span_is_no_answer_for_its_last_year(hailar_2016: Services) -> None:
    # "“十二五”期间，累积完成全社会固定资产投资615亿元": the five years' total, not 2015's investment.
    answer = hailar_2016.answering.ask("2015年当年全区全社会固定资产投资完成了多少亿元？")
    assert not answer.found and "615亿元" not in answer.answer


def test_a_measure_asked_in_one_unit_is_not_answered_with_its_growth(hailar_2016: Services) -> None:
    # The report gives 规模以上工业增加值 as a growth rate only, beside the 总产值 in 亿元.
    answer = hailar_2016.answering.ask("2015年规模以上工业增加值是多少亿元？")
    assert not answer.found and "188亿元" not in answer.answer


def test_a_count_of_things_is_not_answered_with_their_area(hailar_2016: Services) -> None:
    # "实施老旧小区既有建筑节能改造16万平方米，“一户一阀”改造76万平方米…": square metres, and no count of buildings.
    answer = hailar_2016.answering.ask("How many old buildings were given energy-saving renovations in 2015?")
    assert not answer.found and "16万平方米" not in answer.answer
    answer = hailar_2016.answering.ask("How many square metres of old buildings were given energy-saving renovations?")
    assert answer.found and "16万平方米" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("新型农村合作医疗的参合率达到了多少？", "99.42%"),  # printed in short: 新农合
        ("2015年农村居民人均可之配收入多少来着", "22250元"),  # 农村居民 is no name; 可之配 a typo
        ("十二五期間，房屋徵收了多少戶？", "2.46万户"),  # 徵 is written in simplified text too: folded as 徵收
        ("拆炉并网工程前前后后投资了多少钱？", "3.23亿元"),  # "前前后后": how it is said, "all in all"
    ],
)
def test_a_phrase_printed_in_short_or_mistyped_is_found(hailar_2016: Services, question: str, figure: str) -> None:
    answer = hailar_2016.answering.ask(question)
    assert answer.found and figure in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("By what percentage has road space per resident gone up since 2010?", "86%"),  # "比2010年提高86%"
        ("How many times the 2010 level were tourist visits in 2015?", "2.4倍"),  # "是2010年的2.4倍"
    ],
)
def test_a_change_since_a_year_before_the_report_is_answered(hailar_2016: Services, question: str, figure: str) -> None:
    answer = hailar_2016.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_an_investment_the_report_gives_no_sum_for_is_refused(hailar_2016: Services) -> None:
    # "大唐700万吨露天矿完成项目核准": the project is named with its capacity, never with a sum invested.
    answer = hailar_2016.answering.ask("2015年大唐露天矿项目完成了多少投资？")
    assert not answer.found and "万吨" not in answer.answer


qianjiang = indexed_fixture("qianjiang", QIANJIANG)


def test_a_measure_whose_words_fall_in_different_items_of_a_list_is_refused(qianjiang: Services) -> None:
    # "规上工业增加值、固定资产投资…分别增长8.2%、8.1%": no 工业投资 among them.
    answer = qianjiang.answering.ask("2023年潜江工业投资增长了多少？")
    assert not answer.found and "8.1%" not in answer.answer
    listed = qianjiang.answering.ask("2023年潜江固定资产投资增长了多少？")
    assert listed.found and "8.1%" in listed.answer


def test_a_name_in_quotation_marks_is_part_of_what_is_counted(qianjiang: Services) -> None:
    # 2023 names one 国家级专精特新“小巨人” (长飞光纤) without a count; 2024's target counts them.
    answer = qianjiang.answering.ask("截至2023年底，潜江一共有多少家国家级专精特新“小巨人”企业？")
    assert not answer.found and "35亿元" not in answer.answer


def test_a_measure_the_report_names_only_in_part_is_refused(qianjiang: Services) -> None:
    # The report gives the crayfish industry's 综合产值 and exports in general, never a crayfish 出口额.
    answer = qianjiang.answering.ask("潜江龙虾综合产值750亿，那小龙虾出口额有多少啊？")
    assert not answer.found and "亿元" not in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What was Qianjiang's private investment growth rate in 2023?", "38.7%"),  # private -> 民间
        ("潜江gdp去年搞了多少来着？", "904.92亿元"),  # gdp, printed as 地区生产总值, in last year's results
        ("去年减税降费给企业减了多少？", "6.9亿元"),  # a bare "减了多少" may be told in yuan, not only in %
        ("How much power did industrial firms use in 2023?", "41.06亿千瓦时"),  # power used: 用电
    ],
)
def test_words_the_report_prints_otherwise_find_the_figure(qianjiang: Services, question: str, figure: str) -> None:
    answer = qianjiang.answering.ask(question)
    assert answer.found and figure in answer.answer
    assert answer.citations[0].period == "result"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("潜江小龙虾产业情况怎么样", "2023年实绩"),  # how it went: what the report says was done
        ("潜江小龙虾产业今年有什么打算", "2024年目标"),  # plans
    ],
)
def test_an_open_question_asks_how_it_went_unless_it_asks_for_plans(
    qianjiang: Services, question: str, period: str
) -> None:
    answer = qianjiang.answering.ask(question)
    assert answer.found and f"（{period}）" in answer.answer.splitlines()[0]


def test_an_english_phrase_printed_as_one_word_is_the_one_quoted(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("How many high-tech enterprises did Qianjiang have in 2023?")
    assert answer.found and "149家" in answer.answer  # 高新技术企业, not 高新技术产业增加值


def test_an_english_expression_the_report_prints_in_one_word_names_what_is_counted(qianjiang: Services) -> None:
    # "safety problems" is printed 隐患, neither 安全 nor 问题: "查改重大事故隐患257条", not another sentence's 50件.
    answer = qianjiang.answering.ask("How many major safety problems were found and fixed in Qianjiang?")
    assert answer.found and "257条" in answer.answer and "50件" not in answer.answer


def test_what_an_english_question_counts_is_named_in_the_phrase_of_its_count(qianjiang: Services) -> None:
    # "…小区幼儿园建成投用，新增学位3010个": 3010 counts school places, not the kindergartens of the phrase before.
    answer = qianjiang.answering.ask("How many kindergartens were completed in Qianjiang in 2023?")
    assert not answer.found and "3010个" not in answer.answer


def test_an_english_measure_the_report_never_prints_is_refused(qianjiang: Services) -> None:
    # "imports" translate as 进口, which the report never prints; its targets list exports and GDP.
    answer = qianjiang.answering.ask("What is Qianjiang's 2024 target growth rate for imports?")
    assert not answer.found and "%" not in answer.answer


def test_a_kind_of_place_is_no_other_place(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("2023年潜江城区新增停车位和新增绿地各是多少？")  # 城区: an urban area
    assert answer.found and "4255个" in answer.answer and "3.8万平方米" in answer.answer


ezhou = indexed_fixture("ezhou", EZHOU)


def test_parts_given_in_two_paragraphs_are_both_quoted(ezhou: Services) -> None:
    # The 服务业 count ends one paragraph of the results, the 工业 count opens the next.
    answer = ezhou.answering.ask("去年新增的规上工业企业和规上服务业企业各有多少家？")
    assert answer.found and "41家" in answer.answer and "95家" in answer.answer
    assert len({c.section for c in answer.citations}) == 2


def test_government_is_the_implied_owner_of_what_a_government_report_counts(ezhou: Services) -> None:
    # "兑付财政奖补资金1.5亿元": the report does not say 政府 of its own rewards and subsidies.
    answer = ezhou.answering.ask("How much government reward and subsidy money was paid out in 2023?")
    assert answer.found and "1.5亿元" in answer.answer


def test_an_open_question_gets_a_sentence_on_each_aspect_it_lists(ezhou: Services) -> None:
    # The passage's lead, then land (its first sentence) and talent (further on): both asked, both quoted.
    answer = ezhou.answering.ask("2023年要素保障那块，土地、人才情况怎么样？")
    assert answer.found and "向内挖潜" in answer.answer and "22.9万人" in answer.answer


def test_a_neighbouring_place_the_report_mentions_is_not_answered_with_its_own_figures(ezhou: Services) -> None:
    answer = ezhou.answering.ask("黄石去年新增规上工业企业多少家来着？")
    assert not answer.found and "41家" not in answer.answer
    assert "黄石" in answer.answer and "鄂州市" in answer.answer  # what it lacks, and the places it covers


def test_a_river_named_in_english_is_the_one_the_report_prints(ezhou: Services) -> None:
    # The dictionary gives 长江 as "Yangtze River": a name the report prints, not one it lacks.
    answer = ezhou.answering.ask("What was done last year to protect the Yangtze River?")
    assert answer.found and "长江" in answer.answer and "does not mention" not in answer.answer


def test_a_typo_in_a_question_word_is_mended(ezhou: Services) -> None:
    answer = ezhou.answering.ask("2023年全柿人才总量达到多少人？")  # 全柿 for 全市
    assert answer.found and "22.9万人" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("2023年鄂州减税降费加上退税缓费一共给企业减负多少？", "9.74亿元"),  # 企业 is who, not what
        ("城乡居民养老保线待遇现在一个月多少钱来着？", "207元/月"),  # 一个月 is what it is per
        ("How many invention patents per 10,000 people does Ezhou have now?", "12.7件"),  # 10,000 is no code
        ("How many industrial firms above designated size were added in Ezhou?", "41家"),  # "above" ends the phrase
        ("全域国土综合整治腾出来多少亩挂钩指标？", "468.2亩"),  # "腾出来": a verb and where it goes, no topic
    ],
)
def test_how_a_measure_is_framed_does_not_turn_the_answer_away(ezhou: Services, question: str, figure: str) -> None:
    answer = ezhou.answering.ask(question)
    assert answer.found and figure in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many daycare places did Ezhou add?", "3778个"),  # "places" is no word of the report: 托位 is
        ("How many illegal structures were demolished in Ezhou?", "1987处"),  # 违建, as printed before 1987处
    ],
)
def test_an_everyday_english_noun_is_found_by_the_noun_its_figure_counts(
    ezhou: Services, question: str, figure: str
) -> None:
    answer = ezhou.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_what_an_english_question_counts_is_read_past_partitives(ezhou: Services) -> None:
    answer = ezhou.answering.ask("How many units of affordable rental housing were raised in Ezhou in 2023?")
    assert answer.found and "1882套" in answer.answer  # "units of" counts nothing: the housing is counted


def test_a_share_of_days_is_not_answered_with_another_rate_of_the_sentence_after(ezhou: Services) -> None:
    # The report gives no figure for good-air days in 2023; the sentence after it gives the water quality's.
    answer = ezhou.answering.ask("What percentage of days had good air quality in Ezhou in 2023?")
    assert not answer.found and "71.4%" not in answer.answer


def test_an_english_question_counting_two_things_gets_both_figures(ezhou: Services) -> None:
    answer = ezhou.answering.ask("How many public toilets will be upgraded and how many garbage sorting points built?")
    assert answer.found and "3379座" in answer.answer and "100个" in answer.answer


def test_which_ones_in_english_is_answered_by_the_sentence_that_lists_them(ezhou: Services) -> None:
    answer = ezhou.answering.ask("Which towns were named provincial model towns for good rural roads in 2023?")
    assert answer.found and all(town in answer.answer for town in ("蒲团乡", "梁子镇", "泽林镇"))
    assert "农旅融合纵深拓展" not in answer.answer  # not the points of the section that sentence stands in


def test_which_ones_asks_for_the_list(ezhou: Services) -> None:
    answer = ezhou.answering.ask("2023年鄂州哪几个乡镇入选了省级“四好农村路”示范乡镇？")
    assert answer.found and all(town in answer.answer for town in ("蒲团乡", "梁子镇", "泽林镇"))


hailar_and_tianmen = indexed_fixture("hailar_and_tianmen", HAILAR_2016, TIANMEN)


def test_last_year_is_each_places_own(hailar_and_tianmen: Services) -> None:
    # 海拉尔区's newest report is of 2016 (reviewing 2015), 天门市's of 2024 (reviewing 2023).
    answer = hailar_and_tianmen.answering.ask("去年新增就业多少人？")
    assert answer.found
    hailar, tianmen = answer.answer.index("【海拉尔区】"), answer.answer.index("【天门市】")
    assert "5650人" in answer.answer[hailar:] and "1.5万人" in answer.answer[tianmen:hailar]


hailar_both = indexed_fixture("hailar_both", HAILAR_2016, HAILAR_2019)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much fixed-asset investment did Hailar put in altogether over the 12th Five-Year Plan?", "615亿元"),
        ("“十二五”期间对外开放这块做得怎么样？", "改革开放不断深入"),
    ],
)
def test_a_five_year_plan_named_is_answered_from_the_report_that_reviews_it(
    hailar_both: Services, question: str, expected: str
) -> None:
    # The newest report (2019) speaks of 2018 and 2019; only the 2016 one of 十二五 (2011–2015).
    answer = hailar_both.answering.ask(question)
    assert answer.found and expected in answer.answer
    assert answer.citations[0].year == 2016


def test_last_year_not_in_the_newest_report_is_answered_from_an_older_one_naming_its_year(
    hailar_both: Services,
) -> None:
    # "去年" is 2018 by the newest report (2019), which says nothing of these buildings; the 2016 one does.
    answer = hailar_both.answering.ask("去年那30栋老旧楼房维修改造，投了多少钱啊？")
    assert answer.found and "1884万元" in answer.answer
    # The 2016 report's part on 2015 alone (after its five years): the citation is about 2015.
    assert answer.answer.startswith("（最新报告未涉及，以下摘自较早的报告：）") and answer.citations[0].year == 2015
    assert "2015年工作回顾" in answer.answer  # the section it is quoted from says which years


def test_a_five_year_plan_no_report_speaks_of_is_refused_with_the_years_covered(tianmen: Services) -> None:
    answer = tianmen.answering.ask("十二五期间天门新签约项目多少个？")
    assert not answer.found and "127个" not in answer.answer
    assert "“2011—2015年”" in answer.answer and "2023、2024" in answer.answer


@pytest.mark.parametrize(
    "question", ["全区去年新增就业多少人？", "How many new jobs did the district create last year?"]
)
def test_a_kind_of_place_said_picks_the_places_of_that_kind(hailar_and_tianmen: Services, question: str) -> None:
    # 海拉尔区 is a district, 天门市 a city: "全区" and "the district" speak of the one.
    answer = hailar_and_tianmen.answering.ask(question)
    assert answer.found and "1.5万人" not in answer.answer and "天门市】" not in answer.answer
    assert "this is 海拉尔区" in answer.answer or "以下为海拉尔区的情况" in answer.answer


def test_an_english_rate_is_named_by_every_word_beside_its_figure(hailar_2016: Services) -> None:
    # 森林覆盖率 is printed (and 绿化 in the same sentence), an urban green coverage rate is not.
    urban = hailar_2016.answering.ask("What was the urban green coverage rate in 2015?")
    assert not urban.found and "25.2%" not in urban.answer
    forest = hailar_2016.answering.ask("What was the forest coverage rate in 2015?")
    assert forest.found and "25.2%" in forest.answer


def test_a_year_named_only_as_a_comparison_gives_no_figure_of_that_year(hailar_2016: Services) -> None:
    # "旅游接待人数达到607万人次，是2010年的2.4倍": a figure of 2015, not of 2010.
    answer = hailar_2016.answering.ask("How many tourists did Hailar receive in 2010?")
    assert not answer.found and "607万人次" not in answer.answer
    since = hailar_2016.answering.ask("三公经费比2010年下降了多少？")  # the comparison itself is asked
    assert since.found and "65.6%" in since.answer
    multiple = hailar_2016.answering.ask("2015年旅游收入是2010年的几倍？")  # a multiple of that year is asked
    assert multiple.found and "2.6倍" in multiple.answer


hailar_2019 = indexed_fixture("hailar_2019", HAILAR_2019)


def test_two_questions_in_one_message_get_both_figures(hailar_2019: Services) -> None:
    # A count of people and a rate, asked one after the other: each in its own unit.
    answer = hailar_2019.answering.ask("去年城镇新增就业多少人？城镇登记失业率是多少？")
    assert answer.found and "5661人" in answer.answer and "3.5%" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How much money was put into key education projects?", "1205万元"),  # what it was put into is counted
        ("How many head of livestock were there?", "18.4万头（只）"),  # "head" counts, "livestock" is counted
        ("What's the length of the feeder roads built for shantytown areas?", "15公里"),  # "what's the length" asks one
    ],
)
def test_what_an_english_question_counts_is_read_past_its_counting_words(
    hailar_2019: Services, question: str, figure: str
) -> None:
    answer = hailar_2019.answering.ask(question)
    assert answer.found and figure in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("去年新铺的那2800多米污水管子，一共花了多少钱？", "1100万元"),  # the report prints 2847米: 2800 is no code
        ("空气优良天数比例比前年提高了多少个百分点呢", "0.8个百分点"),  # 多少个百分点 is no count of 个
        ("2018年地区生产总值按可比价算增长了多少？", "6.0%"),  # "价算" is no mistyped 结算: 价 ends 可比价
    ],
)
def test_chat_wording_with_amounts_and_points(hailar_2019: Services, question: str, figure: str) -> None:
    answer = hailar_2019.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_a_number_an_english_question_gives_is_no_code_the_passage_must_print(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask(
        "Of the 16 problems flagged by the central environmental inspectors, how many had Hailar fixed by the end "
        "of 2018 and how many were still open?"
    )
    assert "16个老旧小区" not in answer.answer  # 16 counts the problems asked about, not old estates


def test_people_counted_are_not_answered_with_another_count(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("How many tourists visited in 2018?")  # the report gives no such figure
    assert not answer.found and "80余场次" not in answer.answer  # performances are not tourists


def test_the_items_of_a_list_are_the_sentences_after_the_one_that_names_it(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("海拉尔教育方面的“三大工程”指哪几个？")
    assert answer.found, answer.answer
    for item in ("基础设施建设工程", "师德师风建设工程", "智慧校园建设工程"):
        assert item in answer.answer


def test_a_list_a_sentence_counts_is_quoted_item_by_item_into_the_next_piece(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("海拉尔要抓好的“三个通道”是哪些")
    assert answer.found, answer.answer
    for item in ("交流联系通道", "跟踪服务通道", "诉求反映通道"):
        assert item in answer.answer
    cards = hailar_2019.answering.ask("旅游业要打造的四张“名片”分别是什么")  # the paragraph runs on past its piece
    assert all(card in cards.answer for card in ("音乐名片", "运动名片", "生态名片", "红色名片"))


def test_an_open_question_quotes_on_past_its_best_sentence(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("2018年污染防治那块咋样")
    assert answer.found, answer.answer
    assert "10蒸吨及以下燃煤锅炉" in answer.answer and "农村环卫一体化" in answer.answer  # and what follows
    assert answer.citations[0].section.endswith("（一）三大攻坚战强力突破")


def test_a_short_passage_is_quoted_in_order_from_its_lead(tianmen: Services) -> None:
    # "三是完善供应体系。…加快市域公共综合物流园建设…。…完善农村快递物流体系…": the best sentence is the third.
    answer = tianmen.answering.ask("天门今年农村快递物流那块打算咋搞？")
    assert answer.found and "市域公共综合物流园" in answer.answer and "农村快递物流体系" in answer.answer


def test_a_plan_asked_in_english_gets_the_gist(tianmen: Services) -> None:
    answer = tianmen.answering.ask("What is Tianmen planning for culture and sports this year?")
    assert answer.found and "陆羽文化" in answer.answer and "四季村晚" in answer.answer  # on past its first sentence


def test_a_term_the_report_never_prints_is_refused_by_name(tianmen: Services) -> None:
    answer = tianmen.answering.ask("天门去年乳腺癌筛查了多少人？")  # the report gives 宫颈癌 screenings only
    assert not answer.found and "乳腺癌" in answer.answer and "10.4万人" not in answer.answer


def test_a_rate_asked_by_name_is_not_answered_with_another_rate_of_the_sentence(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("2023年潜江农村生活污水治理率是多少？")  # 生活垃圾无害化处理率 is printed
    assert not answer.found and "95%" not in answer.answer


def test_a_typo_of_a_word_printed_as_two_tokens_is_mended(tianmen: Services) -> None:
    answer = tianmen.answering.ask("天门城区五小车辆的上牌律是多少？")  # 上牌率 is printed as 上牌 + 率
    assert answer.found and "98%" in answer.answer


def test_an_open_question_is_answered_by_the_part_its_words_head(hailar_2016: Services) -> None:
    # "一是全面坚持高标准建设。…统筹推进棚户区改造和城市基础设施建设…" names it among other work; a part of its own
    # ("四是全力推进棚户区改造工程") tells it.
    answer = hailar_2016.answering.ask("今年棚户区改造那块打算怎么推进？")
    assert answer.found and answer.citations[0].section.endswith("四是全力推进棚户区改造工程")
    assert "让利与民、阳光征收、做好群众工作" in answer.answer


def test_an_open_question_gets_a_paragraph_not_its_first_lines(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("十二五时期生态环境方面怎么样")
    assert answer.found and answer.citations[0].section.endswith("——生态环境明显改善")
    assert "森林覆盖率由2010年的21.6%提高到25.2%" in answer.answer and "拆炉并网" in answer.answer


def test_a_part_of_a_total_the_question_states_is_not_answered_with_the_total(ezhou: Services) -> None:
    part = ezhou.answering.ask("2023年新增的2213张医疗床位中，民营医院的床位有多少张？")
    assert not part.found and "据" not in part.answer  # the report gives the total only
    total = ezhou.answering.ask("2023年新增医疗床位多少张？")
    assert total.found and "2213张" in total.answer


def test_a_part_of_a_total_the_report_gives_is_answered(tianmen: Services) -> None:
    answer = tianmen.answering.ask("天门去年在建的136个亿元以上项目中，新开工的有多少个？")
    assert answer.found and "新开工102个" in answer.answer


def test_those_of_a_kind_asked_after_a_total_are_what_is_counted(qianjiang: Services) -> None:
    # "…的有多少": what stands before 的 is counted; a neighbouring figure of the same unit is not it.
    answer = qianjiang.answering.ask("去年调解的5300余件矛盾纠纷里，医疗纠纷的有多少件？")
    assert not answer.found


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How fast did Qianjiang's economy grow last year?", "增长6.3%"),
        ("How big was Qianjiang's GDP in 2023?", "904.92亿元"),
    ],
)
def test_how_fast_and_how_big_ask_for_a_figure(qianjiang: Services, question: str, figure: str) -> None:
    answer = qianjiang.answering.ask(question)  # the economy's size and growth are those of its GDP
    assert answer.found and figure in answer.answer and "2023 results" in answer.answer


def test_a_count_that_looks_like_a_year_is_no_year(ezhou: Services) -> None:
    answer = ezhou.answering.ask("2023年拆除的1987处违建中，有多少处在主城区？")
    assert not answer.found and "1987年" not in answer.answer  # the report gives no share of the 1987处
    assert "据" not in answer.answer and "94处" not in answer.answer  # nor another count of the same passage


def test_a_part_of_a_total_an_english_question_states_is_answered_beside_it(tianmen: Services) -> None:
    whole = "Of the 136 projects worth 100 million yuan or more under construction"
    answer = tianmen.answering.ask(f"{whole}, how many were new?")
    assert answer.found and "新开工102个" in answer.answer
    part = tianmen.answering.ask(f"{whole}, how many are foreign-funded?")
    assert not part.found


def test_each_part_asked_is_found_by_its_shortened_name(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("2015年黑羊站水厂改扩建和30栋老楼维修改造，各投了多少钱？")  # 老楼: 老旧楼房
    assert answer.found and "1.15亿元" in answer.answer and "1884万元" in answer.answer


def test_a_figure_after_a_list_closed_by_etc_is_the_groups(hailar_2019: Services) -> None:
    # "加快…冬运会主场馆、…产业园等重点项目进度，…完成37.8亿元的年度投资计划": the projects', not the venue's alone.
    venue = hailar_2019.answering.ask("今年冬运会主场馆要完成多少投资？")
    assert not venue.found and "37.8亿元" not in venue.answer
    projects = hailar_2019.answering.ask("今年重点项目要完成多少投资？")
    assert projects.found and "37.8亿元" in projects.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many new school places did Qianjiang add in 2023?", "新增学位3010个"),  # the expression names them
        ("How many units of government-backed rental housing did Qianjiang raise in 2023?", "保租房1570套"),
    ],
)
def test_the_glossarys_words_are_found_however_they_are_tokenized(
    qianjiang: Services, question: str, figure: str
) -> None:
    answer = qianjiang.answering.ask(question)  # jieba cuts 保租房 into 保 + 租房
    assert answer.found and figure in answer.answer


def test_a_rare_word_of_what_is_counted_is_not_left_out(qianjiang: Services) -> None:
    # The report prints 工业用电量 (no growth of it); "规上工业增加值…分别增长" is another measure.
    answer = qianjiang.answering.ask("How fast did industrial power use grow in Qianjiang in 2023?")
    assert not answer.found and "8.2%" not in answer.answer



@pytest.mark.parametrize(
    "question", ["What voltage is the Guantang transmission project this year?", "官塘输变电工程是多少千伏的？"]
)
def test_a_voltage_is_answered_in_kilovolts(ezhou: Services, question: str) -> None:
    answer = ezhou.answering.ask(question)  # "220千伏" is 220 kilovolts, no count in 千
    assert answer.found and "220千伏" in answer.answer


@pytest.mark.parametrize(
    "question", ["How many four-above enterprises does Qianjiang have now?", "潜江目前有多少家四上企业？"]
)
def test_now_asks_what_the_newest_report_says_was_done(qianjiang: Services, question: str) -> None:
    answer = qianjiang.answering.ask(question)  # not the next year's target of 200 new ones
    assert answer.found and "946家" in answer.answer and "200家" not in answer.answer


def test_how_many_new_counts_what_is_new_not_a_rate(tianmen: Services) -> None:
    answer = tianmen.answering.ask("今年城區計劃新增多少綠地？")  # 新增多少 asks an amount, in traditional characters
    assert answer.found and "2万平方米" in answer.answer


def test_an_english_question_quoting_a_chinese_term_is_answered_in_english(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask('How many "four-above" (四上) enterprises were there in 2023?')
    assert answer.found and "946家" in answer.answer
    assert answer.answer.startswith("According to") and "据《" not in answer.answer


def test_a_kind_of_measure_the_report_never_prints_is_not_answered_by_another_kind(qianjiang: Services) -> None:
    deposits = qianjiang.answering.ask("去年潜江存款余额新增了多少？")  # only 贷款余额 is printed
    assert not deposits.found and "97.23亿元" not in deposits.answer
    loans = qianjiang.answering.ask("去年潜江贷款余额新增了多少？")
    assert loans.found and "97.23亿元" in loans.answer


def test_a_measure_named_by_a_verb_the_report_never_prints_is_refused(ezhou: Services) -> None:
    # "受理量": accepted cases, a measure; the report counts other things in 件 and never accepts any.
    accepted = ezhou.answering.ask("受理量，办结量各是多少")
    assert not accepted.found and "据" not in accepted.answer


def test_a_topic_clause_before_what_is_done_asks_one_figure(ezhou: Services) -> None:
    # The loans are given in 亿元; how many people they helped start a business the report does not say.
    helped = ezhou.answering.ask("去年发的创业担保贷款，一共扶持了多少人创业啊？")
    assert not helped.found and "据" not in helped.answer
    loans = ezhou.answering.ask("去年的创业担保贷款，一共发放了多少？")
    assert loans.found and "7.6亿元" in loans.answer


def test_a_part_of_a_total_counted_in_pieces_is_not_the_total(ezhou: Services) -> None:
    part = ezhou.answering.ask("去年拆掉的280块违规广告牌里，高速公路沿线的有多少块？")  # 块: a measure word
    assert not part.found and "据" not in part.answer
    total = ezhou.answering.ask("违规广告牌拆了多少块？")
    assert total.found and "280块" in total.answer


def test_what_a_saving_came_from_is_what_an_english_question_counts(tianmen: Services) -> None:
    answer = tianmen.answering.ask("How much did companies save from tax and fee cuts last year?")
    assert answer.found and "减税降费5.5亿元" in answer.answer


def test_two_modifiers_joined_by_or_describe_one_thing_counted(tianmen: Services) -> None:
    answer = tianmen.answering.ask("How many rundown or unsafe bridges does Tianmen plan to fix in 2024?")
    assert answer.found and "危桥60座" in answer.answer and "2024 targets" in answer.answer


def test_an_english_expression_for_illegal_construction_finds_the_area_torn_down(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("How much illegal construction was pulled down in 2018, by floor area?")
    assert answer.found and "1.18万平方米" in answer.answer


def test_how_much_a_level_rose_is_not_answered_by_the_level_and_its_rate(ezhou: Services) -> None:
    # The report gives the loan balance and its growth in %, not by how many 亿元 loans rose.
    answer = ezhou.answering.ask("2023年末鄂州各项贷款比年初净增加了多少亿元？")
    assert not answer.found and "1085亿元" not in answer.answer


def test_how_much_a_level_rose_is_answered_by_the_rise_printed(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("2015年城镇居民人均可支配收入比2010年增加了多少元？")
    assert answer.found and "增加13480元" in answer.answer


def test_a_pair_of_verbs_is_one_action_either_of_which_the_report_prints(tianmen: Services) -> None:
    answer = tianmen.answering.ask("2023年天门农村公路改造升级搞了多少公里？")  # printed: 提档升级232.6公里
    assert answer.found and "232.6公里" in answer.answer


def test_money_in_place_asked_in_chat_words_is_the_funds_arrived(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("去年招商实际到位的钱有多少啊？")
    assert answer.found and "到资335亿元" in answer.answer


def test_an_english_question_quoting_chinese_still_picks_the_place_it_names(two_places: Services) -> None:
    answer = two_places.answering.ask('How many "four-above" (四上) enterprises were there in Qianjiang in 2023?')
    assert answer.found and "946家" in answer.answer and "天门" not in answer.answer


def test_of_places_asked_in_turn_one_is_not_answered_for_a_word_only_another_prints(two_places: Services) -> None:
    # Only 潜江's report prints 热线; 天门's counts of deputies' proposals handled (件) are no hotline cases.
    answer = two_places.answering.ask("How many hotline cases were handled?")
    assert "天门" not in answer.answer and "116件" not in answer.answer


def test_a_name_spelt_like_a_filler_is_the_place_the_report_prints(qianjiang: Services) -> None:
    # "Longwan" is the 龙湾 the report prints, not a word of asking that sounds the same.
    answer = qianjiang.answering.ask("Which tourist grade was the Longwan archaeological park given?")
    assert answer.found and "4A级" in answer.answer


def test_how_long_asks_a_length_not_the_money_beside_it(hailar_2016: Services) -> None:
    # "投资5100万元的伊敏河景观带改造工程投入使用": a cost, no length of river bank; nor is an area a length.
    answer = hailar_2016.answering.ask("伊敏河景观带改造了多长？")
    assert not answer.found and "5100万元" not in answer.answer and "平方米" not in answer.answer


def test_what_it_cost_for_a_count_the_question_knows_is_not_another_count(hailar_2016: Services) -> None:
    # The report gives 29 schools over five years (no cost), and 2756万元 for 9 schools in 2015.
    answer = hailar_2016.answering.ask("What did it cost to upgrade the 29 standardized schools?")
    assert not answer.found and "2756万元" not in answer.answer


def test_a_short_form_stands_for_the_words_it_shortens(hailar_2019: Services) -> None:
    # "公厕" for the "公共厕所" the plans print.
    answer = hailar_2019.answering.ask("今年准备新建几座环保式公厕？")
    assert answer.found and "24座" in answer.answer


def test_a_figure_about_a_name_is_one_the_quote_gives_of_it(hailar_2019: Services) -> None:
    # "华能和双良公司实现供热管网互联互通" gives no money; the 1.2亿元 beside it is spent on old housing estates.
    question = "How much was invested in connecting the Huaneng and Shuangliang heating networks?"
    answer = hailar_2019.answering.ask(question)
    assert not answer.found and "1.2亿元" not in answer.answer


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("五年里腾出来的办公用房有多少平方米？", ["1.4万平方米"]),  # 腾出来: a verb and where it goes
        ("三公经费跟2010年相比下降了百分之多少，腾出来的办公用房有多大？", ["65.6%", "1.4万平方米"]),  # 跟: how
    ],
)
def test_verbs_of_direction_and_words_of_comparing_are_how_a_question_is_put(
    hailar_2016: Services, question: str, figures: list[str]
) -> None:
    answer = hailar_2016.answering.ask(question)
    assert answer.found and all(f in answer.answer for f in figures), answer.answer


def test_a_part_of_an_amount_said_roughly_is_not_the_amount_nor_another_sentence(hailar_2019: Services) -> None:
    # "全年归集信用信息9000余条": the question's 9000多条 is that total, and no sentence counts the 失信 ones.
    answer = hailar_2019.answering.ask("那9000多条信用信息中，有多少条是失信信息？")
    assert not answer.found and "9000余条" not in answer.answer and "130项" not in answer.answer


def test_the_year_before_last_is_a_year_no_other_years_figure_answers(hailar_2019: Services) -> None:
    # The 2019 report gives 2018's rate; 2017's it does not.
    answer = hailar_2019.answering.ask("前年城镇登记失业率是多少？")
    assert not answer.found and "3.5%" not in answer.answer
    assert "2017" in answer.answer and "2018" in answer.answer  # the year asked, and the years covered


def test_a_count_joined_to_its_noun_describes_what_is_asked_about(hailar_2019: Services) -> None:
    # "the 4,000-household shantytown redevelopment": the passage gives money of other works, none of those 4000.
    answer = hailar_2019.answering.ask("How much did the 4,000-household shantytown redevelopment cost in 2018?")
    assert not answer.found


def test_english_light_verbs_and_particles_are_no_missing_topic(hailar_2019: Services) -> None:
    # "hand out", "help people find work": how it is said; the loans are "小额担保贷款227万元".
    question = "How much in small guaranteed loans did the district hand out to help people find work in 2018?"
    answer = hailar_2019.answering.ask(question)
    assert answer.found and "227万元" in answer.answer


def test_english_words_of_size_and_side_are_no_missing_topic(ezhou: Services) -> None:
    # "big", "side": how it is said; the section "武汉新城建设开工" is what is asked about.
    answer = ezhou.answering.ask("What big projects got going on the Wuhan New City side last year?")
    assert answer.found and "武汉新城建设开工" in answer.answer


def test_an_everyday_english_verb_absent_from_the_passage_tells_little(hailar_2016: Services) -> None:
    # "hold to" translates dozens of dictionary words; the report prints "自治区28条配套规定".
    question = (
        "Besides the central eight-point rules, how many supporting regulations of the autonomous region did the"
        " government hold to?"
    )
    answer = hailar_2016.answering.ask(question)
    assert answer.found and "28条" in answer.answer


def test_a_year_within_a_span_is_answered_by_that_years_figure_not_the_spans(hailar_2016: Services) -> None:
    # "五年共实施…完成规模以上工业总产值745亿元" is the five years'; 2015's is "规模以上工业总产值完成188亿元".
    answer = hailar_2016.answering.ask("2015年全区规模以上工业总产值是多少？")
    assert answer.found and "188亿元" in answer.answer and "745亿元" not in answer.answer


def test_what_the_investment_is_asks_money(tianmen: Services) -> None:
    # The report names 福之日空调产业园 among 294 projects to start; it gives no sum for it.
    answer = tianmen.answering.ask("What's the overall investment in the Fuzhiri air-conditioner park?")
    assert not answer.found and "294个" not in answer.answer


def test_the_year_before_last_of_two_reports_is_no_year_they_give_results_of(hailar_both: Services) -> None:
    # The 2016 and 2019 reports give results of 2011–2015 and 2018; "前年" (2017) is neither, and no typo of 千年.
    answer = hailar_both.answering.ask("前年城镇登记失业率是多少？")
    assert not answer.found and "3.5%" not in answer.answer and "2017" in answer.answer


def test_a_part_of_a_whole_the_question_states_is_named_beside_it_or_refused(services: Services) -> None:
    answer = services.answering.ask("网站累计发布的7486条政府信息中，有多少条是通知公告？")
    assert not answer.found and "7486条" not in answer.answer  # the report gives no such part of the 7486条


def test_a_verb_of_the_measure_is_not_stood_for_by_a_word_most_passages_print(ezhou: Services) -> None:
    new = ezhou.answering.ask("今年要新建几所学校？")  # "建设" stands in most passages: it is no 新建
    assert not new.found and "30所" not in new.answer
    renovated = ezhou.answering.ask("今年要实施改薄提升工程的学校有多少所？")
    assert renovated.found and "30所学校改薄提升工程" in renovated.answer


def test_a_local_name_no_dictionary_spells_is_found_by_its_pinyin(tianmen: Services) -> None:
    asked = "How much output did {} New Materials reach in the year it started production?"
    answer = tianmen.answering.ask(asked.format("Bao'ang"))  # printed 宝昂新材料, a name no dictionary has
    assert answer.found and "宝昂新材料" in answer.answer and "10亿元" in answer.answer
    other = tianmen.answering.ask(asked.format("Baoxiang"))
    assert not other.found and "Baoxiang" in other.answer


@pytest.mark.parametrize(
    "question",
    [
        "Of the 147 problems the departments turned up, how many were put right?",
        "查摆出的147个问题中，已经整改完成多少个？",
    ],
)
def test_a_part_of_a_whole_is_printed_after_it_or_refused(services: Services, question: str) -> None:
    answer = services.answering.ask(question)  # "对查摆出147个问题,持续推进整改落实": no count of those fixed
    assert not answer.found and "147" not in answer.answer and "20个" not in answer.answer


def test_the_first_of_a_series_is_an_ordinal(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("城市运动会今年办的是第几届？")  # printed "首届城市运动会", no 第N届
    assert answer.found and "首届城市运动会" in answer.answer


def test_clauses_asking_a_figure_each_are_answered_from_their_own_passages(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("今年要化解的政府隐性债务是多少，空气优良天数确保多少天？")
    assert answer.found and "7.89亿元" in answer.answer and "350天" in answer.answer


def test_a_part_not_found_beside_the_others_is_named(hailar_2016: Services) -> None:
    asked = "2015年老城区改造完成了几条道路的改扩建，主城区、两河圣山景区和东山组团的绿化工程投资了多少？"
    answer = hailar_2016.answering.ask(asked)
    assert answer.found and "1.27亿元" in answer.answer
    assert "17条" in answer.answer or "可单独提问" in answer.answer  # never a silent half answer


def test_a_measure_noun_whose_words_are_absent_is_not_answered_by_the_things_other_figure(ezhou: Services) -> None:
    answer = ezhou.answering.ask("What is the processing capacity of the Chengdong wastewater plant?")
    assert not answer.found and "6.6万方" not in answer.answer  # "城东污水处理厂6.6万方存量污泥有效处置": sludge


def test_a_clause_of_a_sentence_about_the_span_is_no_answer_for_one_year(hailar_2016: Services) -> None:
    # "五年累计投资5.1亿元,建成…；新建、改造供热、供水、燃气、排污管网279.2公里。": the five years', not 2015's.
    answer = hailar_2016.answering.ask("2015年新建改造了多少公里的供热供水管网？")
    assert not answer.found and "279.2" not in answer.answer and "几年合计" in answer.answer
    english = hailar_2016.answering.ask("How many kilometres of heating pipes were laid in 2015 alone?")
    assert not english.found and "total over several years" in english.answer


def test_a_rate_per_so_many_people_is_answered_only_where_it_is_printed(services: Services, ezhou: Services) -> None:
    printed = ezhou.answering.ask("How many invention patents per 10,000 people does Ezhou have?")
    assert printed.found and "万人发明专利拥有量12.7件" in printed.answer
    unprinted = services.answering.ask("How many administrative lawsuits were filed per 10,000 residents last year?")
    assert not unprinted.found and "48件" not in unprinted.answer  # the county's lawsuits are counted, not per head


def test_a_part_is_no_larger_than_the_whole_it_is_of(hailar_2016: Services) -> None:
    # "开通了…韩国…等国际及地区航线10条，国内外航线累计达到60条": no count of the Korean routes; 60 counts others.
    answer = hailar_2016.answering.ask("十二五开通的那10条国际及地区航线里，飞韩国的有几条？")
    assert not answer.found and "60条" not in answer.answer


def test_the_money_of_things_the_question_counts_stands_beside_their_count(
    hailar_2016: Services, hailar_2019: Services
) -> None:
    beside = hailar_2016.answering.ask("去年那30栋老旧楼房维修改造，投了多少钱啊？")
    assert beside.found and "1884万元" in beside.answer  # "投资1884万元完成了30栋老旧楼房维修改造"
    # "投资1100万元新建污水管线…，投入2000余万元对…步道板…进行修复，26座水冲式公共厕所、24座移动公厕…投入使用"
    elsewhere = hailar_2019.answering.ask("去年投用的那24座移动公厕一共花了多少钱？")
    assert not elsewhere.found and "1100万元" not in elsewhere.answer and "2000余万元" not in elsewhere.answer


def test_a_count_is_not_the_figure_of_another_item_of_its_phrase(ezhou: Services) -> None:
    # "完成技术合同交易额80亿元、成果转化100项": the 100项 are of 成果转化, the contracts are counted in money.
    answer = ezhou.answering.ask("How many technology contracts are to be signed in 2024?")
    assert not answer.found and "100项" not in answer.answer
    two = ezhou.answering.ask("How many charging piles for cars will be installed in 2024?")
    assert two.found and "1000个" in two.answer


def test_a_plan_asked_with_aiming_is_a_target_of_the_year_ahead(ezhou: Services) -> None:
    # 2023 signed 1748项 technology contracts; 2024's plan gives no count of them.
    answer = ezhou.answering.ask("How many technology contracts is Ezhou aiming to sign this year?")
    assert not answer.found and "1748项" not in answer.answer


def test_times_in_a_row_are_counted_in_sessions(ezhou: Services) -> None:
    asked = "How many times in a row has Ezhou been named a provincial model city for army-civilian mutual support?"
    answer = ezhou.answering.ask(asked)
    assert answer.found and "连续7届" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("2018年空其优良天数比例达到多少来着？", "99.2%"),  # 空气: a classical function word closing a typo
        ("今年搞项目建设推进年，年度重电项目一共要弄几个啊？", "65个"),  # 重点项目, whatever "目一" spells
    ],
)
def test_a_typo_by_sound_is_read_as_the_printed_word(hailar_2019: Services, question: str, figure: str) -> None:
    answer = hailar_2019.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_a_mistyped_english_word_is_read_as_the_word_the_documents_print(ezhou: Services) -> None:
    answer = ezhou.answering.ask("How many pasengers flew through Huahu Airport in 2023?")
    assert answer.found and "45.7万人次" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["how fast did qianjiang's economy grow last year", "How fast did Qiajiang's economy grow last year?"],
)
def test_a_place_typed_in_lower_case_or_mistyped_is_still_the_place(qianjiang: Services, question: str) -> None:
    answer = qianjiang.answering.ask(question)
    assert answer.found and "6.3%" in answer.answer


def test_a_year_after_a_demonstrative_is_a_year(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("那个19年棚改计划改造多少户啊来着？")
    assert answer.found and "800户" in answer.answer


def test_a_mistyped_capitalised_word_no_pinyin_spells_is_mended(ezhou: Services) -> None:
    answer = ezhou.answering.ask("How many tons of cargo and mail did Huahu Airort handle in 2023?")
    assert answer.found and "26.5万吨" in answer.answer


def test_a_three_character_short_form_stands_for_the_words_it_shortens(services: Services) -> None:
    # "危险化学品行业领域…完成隐患整改32项": staff say 危化品.
    answer = services.answering.ask("危化品行业去年整改了多少项隐患？")
    assert answer.found and "32项" in answer.answer


def test_an_average_a_year_is_the_annual_average_printed(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("十二五期间公共预算支出平均每年涨了多少？")
    assert answer.found and "20.26%" in answer.answer


def test_cases_of_something_count_that_thing_in_its_own_measure_word(qianjiang: Services) -> None:
    # "治理占道经营、乱堆乱放等3600余处": counted in 处, the stalls are what is counted.
    answer = qianjiang.answering.ask("In 2023, how many cases of street stalls blocking the road were cleared up?")
    assert answer.found and "3600余处" in answer.answer


def test_each_figure_an_english_question_asks_is_quoted(tianmen: Services) -> None:
    answer = tianmen.answering.ask(
        "Last year how many issues flagged by the central environmental inspection were rectified, and what "
        "percentage of the built-up area is green?"
    )
    assert answer.found and "16项" in answer.answer and "40.7%" in answer.answer


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Which anniversary of Ezhou becoming a city was marked in 2023?", "四十周年"),
        ("Which anniversary of the People's Republic does 2024 mark?", "75周年"),
    ],
)
def test_a_label_asked_in_english_is_answered_in_its_measure_word(ezhou: Services, question: str, label: str) -> None:
    answer = ezhou.answering.ask(question)
    assert answer.found and label in answer.answer


def test_the_first_phase_is_a_phase(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("Which phase of the main venue of the 14th National Winter Games was finished?")
    assert answer.found and "一期" in answer.answer


def test_a_projects_pinyin_name_is_no_place(qianjiang: Services) -> None:
    # "Zhicheng" spells 支撑 as well as the 智城 of 云尚智城: a word, not a place the report only mentions.
    answer = qianjiang.answering.ask("Which phase of Yunshang Zhicheng does Qianjiang want to push forward?")
    assert answer.found and "二期" in answer.answer


def test_an_amount_describing_one_thing_asked_does_not_refuse_the_other(tianmen: Services) -> None:
    answer = tianmen.answering.ask(
        "How much policy funding did Tianmen win last year, and how many projects worth over 100 million yuan "
        "were newly started?"
    )
    assert answer.found and "31.5亿元" in answer.answer


def test_opening_a_business_is_its_going_into_operation(hailar_2019: Services) -> None:
    # "继续推进居然之家二期项目建设，争取年内投入运营": 开业 is 投入运营.
    answer = hailar_2019.answering.ask("居然之家今年争取开业的是第几期？")
    assert answer.found and "二期" in answer.answer


def test_a_figure_of_a_passage_that_never_names_the_thing_asked_is_no_answer(hailar_2019: Services) -> None:
    # 殡仪馆 is named once, without money; "全年计划投资8.6亿元" is the plan for other municipal projects.
    answer = hailar_2019.answering.ask("殡仪馆新建项目今年准备投资多少钱？")
    assert not answer.found and "8.6亿元" not in answer.answer


def test_a_figure_asked_alongside_that_the_report_lacks_is_named_as_not_found(tianmen: Services) -> None:
    # The report prints the rectified issues, and no share of households on broadband.
    answer = tianmen.answering.ask(
        "Last year how many issues flagged by the central environmental inspection were rectified, and what "
        "share of households have broadband?"
    )
    assert answer.found and "16项" in answer.answer
    assert "No figure found alongside for: what share of households have broadband" in answer.answer


@pytest.mark.parametrize(
    ("question", "group"),
    [("天门今年三农方面有几大提升行动？", "十大提升行动")],
)
def test_how_many_big_ones_is_answered_by_the_group_named_by_its_size(
    tianmen: Services, question: str, group: str
) -> None:
    answer = tianmen.answering.ask(question)
    assert answer.found and group in answer.answer


def test_how_many_big_ones_in_a_chat_question(ezhou: Services) -> None:
    answer = ezhou.answering.ask("鄂州去年抢抓了几大省级战略机遇啊")
    assert answer.found and "两大省级战略机遇" in answer.answer


def test_a_list_without_a_lead_in_is_read_from_the_passage_lead(ezhou: Services) -> None:
    # "社会更加和谐稳定。…示范村。…实验区。…": the points stand before the best of them as well as after it.
    answer = ezhou.answering.ask("鄂州去年社会治理方面都有哪些亮点？")
    assert answer.found and "全国乡村治理示范村" in answer.answer and "基层治理创新实验区" in answer.answer


def test_how_much_more_than_another_year_needs_the_difference_printed(hailar_2019: Services) -> None:
    # The report prints the year's new urban jobs, not how many more than the year before.
    answer = hailar_2019.answering.ask("2018年城镇新增就业比上年多了多少人？")
    assert not answer.found and "5661人" not in answer.answer


def test_how_much_more_than_another_year_is_answered_by_the_difference(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("2015年农村常住居民人均可支配收入比2010年多了多少？")
    assert answer.found and "10525元" in answer.answer


def test_how_much_debt_is_asked_in_money(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask(
        "How much government debt did Hailar clear in 2018, and how many poor households shook off poverty?"
    )
    assert answer.found and "12.43亿元" in answer.answer and "301户" in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What is the average pay of a nurse in Hailar?", None),
        ("What is the average wage of sanitation workers?", "2000元"),
    ],
)
def test_a_salary_is_a_figure_of_whoever_earns_it(hailar_2016: Services, question: str, figure: str | None) -> None:
    # "社区干部生活补贴和环卫工人工资标准逐年提高，平均达到2000元": the pay of sanitation workers, nobody else's.
    answer = hailar_2016.answering.ask(question)
    if figure is None:
        assert not answer.found and "2000元" not in answer.answer
    else:
        assert answer.found and figure in answer.answer


def test_up_and_running_is_no_rise_and_a_phase_is_no_count(qianjiang: Services) -> None:
    # Not "更新窨井盖5000个" beside a 生命线工程, nor "云尚智城二期等项目": "确保170个以上项目竣工达效".
    answer = qianjiang.answering.ask("How many projects should be finished and up and running in Qianjiang this year?")
    assert answer.found and "170个以上" in answer.answer


def test_sets_of_something_count_that_something(services: Services) -> None:
    # "提出审议意见22件": what is counted is the review comments, "sets" says how.
    answer = services.answering.ask(
        "How many sets of review comments did the county people's congress give on the special reports it heard?"
    )
    assert answer.found and "22件" in answer.answer


def test_a_list_named_by_a_quoted_word_lists_the_sentences_opening_with_it(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("2019年新旧动能转换方面报告讲了哪几个“着力”？")
    assert answer.found
    for point in ("着力加大有效投资力度", "着力培育新兴产业", "着力做强现代服务业", "着力推动旅游业升级"):
        assert point in answer.answer


@pytest.mark.parametrize("question", ["How many pocket parks are there in Ezhou now?", "鄂州现在有多少个口袋公园？"])
def test_how_many_there_are_now_is_not_how_many_were_added(ezhou: Services, question: str) -> None:
    # "新建“口袋公园”16个" counts the year's new ones; the report gives no total.
    answer = ezhou.answering.ask(question)
    assert not answer.found and "16个" not in answer.answer


def test_how_many_were_built_is_answered_by_the_new_ones(ezhou: Services) -> None:
    answer = ezhou.answering.ask("How many pocket parks did Ezhou build last year?")
    assert answer.found and "16个" in answer.answer


def test_a_foreign_place_spelt_otherwise_than_in_pinyin_is_the_one_the_report_prints(hailar_2016: Services) -> None:
    # 乌兰巴托 is "Ulaanbaatar", 韩国 "Korea": names the dictionary spells in English, not in pinyin.
    answer = hailar_2016.answering.ask(
        "How many international flight routes (to places like Ulaanbaatar and Korea) did Hailar open in five years?"
    )
    assert answer.found and "10条" in answer.answer


def test_a_grade_the_question_names_is_no_count_of_it(tianmen: Services) -> None:
    # "长寿山原村、七屋岭创成国家3A级旅游景区": two sites made 3A this year; "3A" names the grade, it counts nothing.
    answer = tianmen.answering.ask("How many national 3A-rated tourist sites does Tianmen have in total now?")
    assert not answer.found


def test_a_section_with_nine_sub_headings_is_listed_whole(ezhou: Services) -> None:
    answer = ezhou.answering.ask("今年的重点工作安排分成哪几个方面？")
    assert answer.found
    for heading in ("（一）全力推进两大省级战略", "（八）推进全面深化改革", "（九）着力保障和改善民生"):
        assert heading in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"), [("去年小额担保贷款发放了多少？", "1600万元"), ("2015年再就业多少人？", "2100人")]
)
def test_last_year_is_answered_by_that_year_not_by_the_five_years_to_it(
    hailar_2016: Services, question: str, figure: str
) -> None:
    # The review of the five years prints "五年新增就业…再就业15326人，发放小额担保贷款9705万元" first.
    answer = hailar_2016.answering.ask(question)
    assert answer.found and answer.answer.index(figure) < min(
        (answer.answer.find(five) for five in ("9705万元", "15326人") if five in answer.answer), default=10**6
    )
    assert "（三）民生社会事业取得新进步" in answer.citations[0].section


def test_living_space_is_an_area_named_as_one_expression(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("What is the average living space per person in Hailar's villages now?")
    assert answer.found and "46平方米" in answer.answer
    # "平均达到2000元，是2010年的2倍" (a wage) is no living space of 2010, which the report does not give.
    refused = hailar_2016.answering.ask("What was the average living space per person in Hailar's villages in 2010?")
    assert not refused.found and "2000元" not in refused.answer


def test_how_many_times_something_was_done_is_a_count_of_occasions(services: Services) -> None:
    # "26个单位制作45个电子印章": seals made, not how often they were used; the report does not say.
    answer = services.answering.ask("How many times were the county's electronic seals used in 2023?")
    assert not answer.found


def test_the_city_of_a_county_s_name_is_another_place(services: Services) -> None:
    # The report is 铁岭县's; "Tieling City" is the prefecture 铁岭市, which it does not report on.
    city = services.answering.ask("How many written applications for administrative review did Tieling City receive?")
    assert not city.found and "铁岭市" in city.answer and "61件" not in city.answer
    county = services.answering.ask("How many written applications for review did Tieling County receive?")
    assert county.found and "61件" in county.answer


def test_how_much_plant_cover_asks_an_area(hailar_2019: Services) -> None:
    # Not "完成西山自然保护区内3家企业拆迁及厂区植被恢复工作" (firms moved out) but "修复西山生态植被3300亩".
    answer = hailar_2019.answering.ask("How much hillside plant cover was restored in the Xishan area last year?")
    assert answer.found and "3300亩" in answer.answer and "3家" not in answer.answer


def test_words_joined_by_and_before_one_noun_name_that_noun(hailar_2016: Services) -> None:
    # "全区公共文体服务设施达到74个", not the "三处文化遗址" a sentence before.
    answer = hailar_2016.answering.ask("How many public culture and sports facilities does Hailar have now?")
    assert answer.found and "74个" in answer.answer and "三处" not in answer.answer


def test_how_many_big_things_may_be_a_group_named_by_its_size(hailar_2019: Services) -> None:
    # "重点推进“三大工程”建设", not the "65个年度重点项目" of another part.
    answer = hailar_2019.answering.ask("How many big projects does this year's education plan centre on?")
    assert answer.found and "三大工程" in answer.answer and "65个" not in answer.answer


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("今年的工作分哪几个方面？", "（一）坚持项目为王，筑牢发展硬核支撑", "（七）坚持人民至上，提高群众幸福指数"),
        ("去年工作分哪几块？", "（一）全力以赴稳增长，经济运行回升向好", "（六）持之以恒提效能，自身建设全面加强"),
    ],
)
def test_the_parts_a_year_s_work_is_divided_into_are_its_headings(
    tianmen: Services, question: str, first: str, last: str
) -> None:
    # Not one part's paragraphs: the parts of the year's section, each a heading ("工作" names every passage).
    answer = tianmen.answering.ask(question)
    assert answer.found and first in answer.answer and last in answer.answer


def test_next_year_s_plans_divided_into_parts_are_listed(services: Services) -> None:
    answer = services.answering.ask("明年的工作安排分哪几个方面？")
    assert answer.found
    for point in ("一是以述法推动监督", "二是进一步增强全民法治信仰", "三是加强基层法治建设", "四是进一步加强法治工作"):
        assert point in answer.answer


@pytest.mark.parametrize(
    "question", ["How did the growth of R&D spending rank in Hubei last year?", "去年研发费用增幅在湖北排第几？"]
)
def test_the_province_a_city_is_in_is_what_its_report_calls_the_province(ezhou: Services, question: str) -> None:
    # "增幅全省第一": 鄂州 is in Hubei (the dictionary says so), and its report writes the province as 全省.
    answer = ezhou.answering.ask(question)
    assert answer.found and "全省第一" in answer.answer


def test_another_province_is_still_not_the_report_s_own(ezhou: Services) -> None:
    answer = ezhou.answering.ask("去年研发费用增幅在湖南排第几？")
    assert not answer.found and "全省第一" not in answer.answer


def test_a_budget_s_spending_is_not_its_revenue(hailar_2016: Services) -> None:
    # "公共财政预算收入由2010年的5.24亿元…；公共预算支出由11.66亿元增加到29.33亿元": 支出 is what is asked (the
    # clause before it may be quoted too, for its year).
    answer = hailar_2016.answering.ask("2010年公共预算支出是多少？")
    assert answer.found and "11.66亿元" in answer.answer


def test_a_word_the_tokenizer_glues_wrongly_is_read_as_its_parts(qianjiang: Services) -> None:
    # "老人家里" cut 老人家 + 里: 老人 is printed as 老年人 ("特殊困难老年人居家适老化改造180户"), no unknown topic;
    # "做适" is no word either: 做 + 适老化.
    answer = qianjiang.answering.ask("特殊困难老人家里做适老化改造，去年做了多少户？")
    assert answer.found and "180户" in answer.answer


def test_a_modal_verb_glued_to_a_word_is_phrasing(services: Services) -> None:
    # "多少项要学的内容": the tokenizer's 项要 and 要学 are no words; "将141项学习内容列入清单".
    answer = services.answering.ask("领导干部应知应会清单里有多少项要学的内容？")
    assert answer.found and "141项" in answer.answer


def test_a_second_measure_after_and_is_a_figure_of_its_own(hailar_2019: Services) -> None:
    # "…全力确保空气优良天数达到350天" and, in another sentence, "畜禽粪污无害化处理率达到70%": each clause's words
    # stand around its own figure.
    answer = hailar_2019.answering.ask(
        "What are the 2019 targets for the number of days with good air and for the share of livestock manure that is"
        " treated?"
    )
    assert answer.found and "350天" in answer.answer and "70%" in answer.answer


def test_sales_may_be_printed_as_a_transaction_volume(qianjiang: Services) -> None:
    # "力争电商交易额突破60亿元": e-commerce sales, as reports print them.
    answer = qianjiang.answering.ask("What is this year's target for e-commerce sales?")
    assert answer.found and "60亿元" in answer.answer


@pytest.mark.parametrize(
    ("fixture", "question", "neighbour"),
    [
        ("tianmen", "How much land does the new materials industrial park in Tianmen cover?", "2017亩"),
        ("ezhou", "How much money did tourism bring in last year?", "9.74亿元"),
    ],
)
def test_the_subject_whose_figure_is_asked_must_be_named(
    request: pytest.FixtureRequest, fixture: str, question: str, neighbour: str
) -> None:
    # "清理闲置土地2017亩" is the city's land, no park's; "减税降费…9.74亿元" is no money tourism brought in.
    answer = request.getfixturevalue(fixture).answering.ask(question)
    assert not answer.found and neighbour not in answer.answer


def test_a_subject_named_in_the_quote_is_answered(hailar_2016: Services) -> None:
    # "旅游接待人数达到607万人次": the visitors tourism drew.
    answer = hailar_2016.answering.ask("How many visitors did tourism draw in 2015?")
    assert answer.found and "607万人次" in answer.answer


def test_an_area_of_the_report_s_own_place_may_be_called_by_its_kind(hailar_2016: Services) -> None:
    # "东山新区" of the question is the "新区" of "二是全面加快新区建设…年内完成16.9万平方米的绿化任务".
    answer = hailar_2016.answering.ask("东山新区今年要完成多少平方米的绿化？")
    assert answer.found and "16.9万平方米" in answer.answer


def test_the_unit_asked_in_is_no_topic_word(hailar_2019: Services) -> None:
    # The passage repairs "破损步道板" for money, with no area; "拆除违章建筑1.18万平方米" beside it shares only
    # the unit.
    answer = hailar_2019.answering.ask("去年修复破损步道板，修了多少平方米？")
    assert not answer.found and "1.18万平方米" not in answer.answer


def test_two_english_words_printed_as_one_word_pick_the_sentence(tianmen: Services) -> None:
    # "economic census": 经济普查, in "做好第五次全国经济普查", not a sentence with 文化 and a count.
    answer = tianmen.answering.ask("Which national economic census will Tianmen carry out this year?")
    assert answer.found and "第五次全国经济普查" in answer.answer


def test_a_measure_printed_as_one_word_outranks_a_broader_one(qianjiang: Services) -> None:
    # "…综合产值750亿元；品牌价值350.8亿元": "brand value" is 品牌价值, printed as one word in the second clause.
    answer = qianjiang.answering.ask("In 2023, what was the brand value of Qianjiang crayfish?")
    assert answer.found and "350.8亿元" in answer.answer


def test_a_clause_without_its_verb_asks_in_the_units_of_the_one_before(hailar_2019: Services) -> None:
    # "…, and how much into the key school projects": money too, "教育重点项目完成投资1205万元".
    answer = hailar_2019.answering.ask(
        "How much went into the 15 community Party-and-public service centres in 2018, and how much into key"
        " school projects?"
    )
    assert answer.found and "2650万元" in answer.answer and "1205万元" in answer.answer


def test_bigger_firms_are_the_above_scale_ones(ezhou: Services) -> None:
    # Staff's "bigger firms" are 规上企业: "新增规上工业企业41家".
    answer = ezhou.answering.ask(
        "How many new bigger industrial firms (above designated size) did Ezhou add in 2023, the best in how many"
        " years?"
    )
    assert answer.found and "41家" in answer.answer and "近5年" in answer.answer


def test_building_firms_entered_in_the_stats_register_are_found(tianmen: Services) -> None:
    # "入库建筑业企业11家": building firms are 建筑业企业, the stats register is 入库.
    answer = tianmen.answering.ask("How many building firms did Tianmen newly enter into the stats register last year?")
    assert answer.found and "入库建筑业企业11家" in answer.answer


def test_what_a_question_sets_aside_is_not_what_it_asks(tianmen: Services) -> None:
    # "除了新建的几个项目" asks no count of projects; "投用" is the 投入使用 of "推动市一医汇侨院区投入使用".
    answer = tianmen.answering.ask("今年除了新建的几个项目以外，还要推动哪些医院投用？")
    assert answer.found and "汇侨院区投入使用" in answer.answer


def test_paperwork_and_meetings_are_the_documents_and_meetings_cut(tianmen: Services) -> None:
    # "不发空洞的文、不开低效的会，政府下发文件、召开会议数量实现双减": paperwork is 文件, 文风.
    answer = tianmen.answering.ask("Has the Tianmen government cut back on paperwork and meetings?")
    assert answer.found and "双减" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did the second phase of the sewage treatment plant cost?",
        "污水处理厂二期工程投资多少？",  # 投资多少 asks money; the "三元" of 三元乳业 is a dairy's name, no sum
    ],
)
def test_the_cost_of_a_phase_the_report_gives_no_money_for_is_refused(hailar_2016: Services, question: str) -> None:
    # "污水处理厂二期工程…顺利完工" gives no money; "投资599万元的污水处理厂一期改造工程" is phase one.
    answer = hailar_2016.answering.ask(question)
    assert not answer.found and "599万元" not in answer.answer


def test_the_phase_asked_is_the_phase_quoted(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask("How much was invested in phase one of the sewage plant upgrade?")
    assert answer.found and "投资599万元的污水处理厂一期改造工程" in answer.answer


def test_a_kind_the_report_never_prints_is_not_answered_by_another_kind(tianmen: Services) -> None:
    # Only "居民医保住院报销比例增长3.2%" is printed: 职工医保 is another insurance, never named.
    refused = tianmen.answering.ask("职工医保住院报销比例提高了多少？")
    answered = tianmen.answering.ask("居民医保住院报销比例提高了多少？")
    assert not refused.found and "3.2%" not in refused.answer
    assert answered.found and "3.2%" in answered.answer


def test_points_of_a_rise_ask_a_percentage(ezhou: Services) -> None:
    # "工业投资、工业技改投资、制造业投资分别增长18.2%、13.1%、17.8%": "涨了几个点" is how people say it.
    answer = ezhou.answering.ask("去年工业技改投资涨了几个点来着？")
    assert answer.found and "13.1%" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many 100m-yuan-plus projects did ezhou bring in through investment promotion last year?",
        "How many 100-million-yuan projects did Ezhou bring in through investment promotion last year?",
    ],
)
def test_amounts_written_short_name_the_projects_of_that_size(ezhou: Services, question: str) -> None:
    # "引进亿元以上重大项目303个": 100m yuan is 亿元, and the projects were brought in (引进), not merely pushed.
    answer = ezhou.answering.ask(question)
    assert answer.found and "303个" in answer.answer and "556个" not in answer.answer


def test_how_long_it_will_take_is_a_span_and_a_clause_of_its_own(hailar_2019: Services) -> None:
    # "利用三年左右时间对老旧小区进行改造…完成800户的改造任务": the span is answered; the homes are told apart.
    answer = hailar_2019.answering.ask(
        "About how long will Hailar take to fix up its old housing compounds, and how many shantytown homes are to"
        " be redone this year?"
    )
    assert answer.found and "三年左右" in answer.answer


def test_talk_about_the_report_itself_is_chat(qianjiang: Services) -> None:
    answer = qianjiang.answering.ask("今年是新中国成立多少周年来着？报告开头那段好像提了一嘴")
    assert answer.found and "75周年" in answer.answer


def test_foreign_trade_and_opening_up_finds_the_part_on_outside_exchanges(tianmen: Services) -> None:
    answer = tianmen.answering.ask("今年外贸和对外开放那块，天门打算咋搞？")
    assert answer.found and "三是扩大对外交流" in answer.answer


def test_a_plan_period_named_is_no_topic_word(hailar_2016: Services) -> None:
    answer = hailar_2016.answering.ask(
        "Which major public works for residents were built in the city during the 12th Five-Year Plan?"
    )
    assert answer.found and "城市面貌发生巨变" in answer.answer


def test_a_typo_after_a_particle_is_mended(tianmen: Services) -> None:
    # "的工" is printed only inside "的工作": "新增的工共绿地" is 公共绿地, mistyped by sound.
    corrected = tianmen.retriever.corpus.correct("去年城里新增的工共绿地有多大啊？")
    assert "公共绿地" in corrected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("How many proects does the city want finished?", "projects"),  # not protects: 项目 is printed everywhere
        ("How many square meters of street-facing buiding fronts were redone?", "building"),  # no name "Guiding"
    ],
)
def test_an_english_typo_is_the_word_the_documents_print_most(qianjiang: Services, typed: str, meant: str) -> None:
    assert meant in qianjiang.retriever.corpus.correct(typed).split()


def test_a_word_of_asking_typed_right_is_no_part_of_a_typo(qianjiang: Services) -> None:
    # "为章建筑" is 违章建筑 mistyped by sound; "一共" beside it is typed right ("共花" is no 红花).
    answer = qianjiang.answering.ask("2023年城区一共拆了多少处为章建筑？")
    assert answer.found and "124处" in answer.answer


@pytest.mark.parametrize(
    ("question", "printed"),
    [
        ("全国第十四届冬运会定在哪一年办啊？", "2020年"),
        ("Which year is the 14th National Winter Games being held?", "2020年"),
    ],
)
def test_a_question_of_when_is_answered_by_a_sentence_that_says_when(
    hailar_2019: Services, question: str, printed: str
) -> None:
    answer = hailar_2019.answering.ask(question)
    assert answer.found and printed in answer.answer


@pytest.mark.parametrize(
    "question",
    ["今年事业单位公车改革啥时候开始搞？", "When will the reform of official cars in public institutions start?"],
)
def test_a_question_of_when_no_sentence_dates_is_refused(hailar_2019: Services, question: str) -> None:
    # "全面实施事业单位公车改革。" says what will be done, not when.
    answer = hailar_2019.answering.ask(question)
    assert not answer.found



@pytest.mark.parametrize(
    "question",
    [
        "How much was spent on R&D in Ezhou last year?",
        "What did Ezhou's R&D spending come to in 2023?",
        "How much R&D expenditure was there in 2023?",
    ],
)
def test_r_and_d_is_research_and_development(ezhou: Services, question: str) -> None:
    # "研发费用22.5亿元，增长71.7%": R&D spending is printed 研发费用.
    answer = ezhou.answering.ask(question)
    assert answer.found and "22.5亿元" in answer.answer and "科技创新强势赋能" in answer.answer


def test_what_money_was_spent_on_is_what_is_asked_not_who_spent_it(tianmen: Services) -> None:
    # The report prints no R&D spending of Tianmen's companies, only the policy money paid to them.
    answer = tianmen.answering.ask("How much did firms in Tianmen put into R&D last year?")
    assert not answer.found


@pytest.mark.parametrize(
    "question",
    ["今年城乡居民人均可支配收入的增长目标是百分之多少？", "今年潜江居民人均可支配收入增长目标定了百分之几？"],
)
def test_a_target_the_list_gives_no_figure_for_is_refused(qianjiang: Services, question: str) -> None:
    # "…出口总额增长8%以上；城乡居民人均可支配收入与经济增长同步。": income has no percentage of its own.
    answer = qianjiang.answering.ask(question)
    assert not answer.found and "%" not in answer.answer


def test_a_sentence_of_five_years_answers_for_no_one_year(hailar_2016: Services) -> None:
    # "五年建成廉租房198户…": the five years' homes, no count of 2015's.
    answer = hailar_2016.answering.ask("How many low-rent homes were built in 2015?")
    assert not answer.found and "198户" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["2015年新建改造了多少条城市主干道路？", "How many trunk roads in the city were built or upgraded in 2015?"],
)
def test_a_heading_of_five_years_and_the_last_names_that_year_for_no_sentence_of_the_five(
    hailar_2016: Services, question: str
) -> None:
    # Under "一、“十二五”时期和2015年工作回顾 > ——城市面貌发生巨变", "…城市主干道路80条" are the five years' roads.
    answer = hailar_2016.answering.ask(question)
    assert not answer.found and "80条" not in answer.answer


def test_a_hospital_named_by_its_ordinal_gives_no_count(tianmen: Services) -> None:
    # "…完成市第二人民医院搬迁，提高村卫生室医疗服务能力…": no number of clinics, and 第二人民 is no two people.
    answer = tianmen.answering.ask("今年要新建多少个村卫生室？")
    assert not answer.found


def test_head_is_how_livestock_is_counted(hailar_2019: Services) -> None:
    answer = hailar_2019.answering.ask("How many head of livestock did Hailar have in the livestock year 2018?")
    assert answer.found and "18.4万头（只）" in answer.answer


def test_a_prefix_of_a_hyphenated_word_is_no_name(qianjiang: Services) -> None:
    # "中秋国庆“百万游客游潜江”系列活动…，130万人次涌动虾乡": Mid-Autumn is 中秋, no place called "Mid".
    answer = qianjiang.answering.ask("How many visitor trips did the Mid-Autumn and National Day campaign bring?")
    assert answer.found and "130万人次" in answer.answer


def test_old_apartment_blocks_are_printed_as_old_buildings(hailar_2016: Services) -> None:
    # "投资1884万元完成了30栋老旧楼房维修改造。"
    answer = hailar_2016.answering.ask("How many old apartment blocks were repaired in 2015?")
    assert answer.found and "30栋" in answer.answer


def test_a_magnitude_with_its_unit_is_no_evidence_of_what_is_asked(tianmen: Services) -> None:
    # "million" is printed 亿元 by every sum: "全年新签约项目127个、协议投资额526.5亿元" is no aluminium project's.
    answer = tianmen.answering.ask("How much investment goes into the million-tonne aluminium products project?")
    assert not answer.found and "526.5亿元" not in answer.answer


def test_a_guess_at_a_figures_size_is_chat(ezhou: Services) -> None:
    answer = ezhou.answering.ask("去年进出口总额好像是两位数增长吧，具体增长了百分之多少？")
    assert answer.found and "39.2%" in answer.answer


def test_an_open_question_on_a_short_part_gets_the_whole_part(ezhou: Services) -> None:
    # "（五）提升城市功能品质" is one short paragraph: the gist of "how" is all of it, in order, not its first and
    # best sentences with what lies between them left out.
    answer = ezhou.answering.ask("城市功能品质这块今年要怎么提升？")
    assert answer.found and answer.citations[0].section.endswith("（五）提升城市功能品质")
    for said in ("进一步优化城区空间", "新增城市停车泊位1500个", "建好“智慧鄂州”", "巩固“擦亮小城镇”三年行动成效"):
        assert said in answer.answer


def test_each_question_of_a_message_is_answered_for_its_own_year(tianmen: Services) -> None:
    # 去年 asks the 2023 results, 今年 the 2024 targets: each question finds its own part of the report.
    answer = tianmen.answering.ask("去年全年新签约了多少个项目？今年签约项目总金额的目标是多少？")
    assert answer.found
    first, second = answer.answer.split("②")
    assert first.startswith("①") and "127个" in first and "2023年实绩" in first
    assert "500亿元以上" in second and "2024年目标" in second
    assert len(answer.citations) == 2


def test_a_later_question_of_a_message_keeps_the_year_named_before(tianmen: Services) -> None:
    # "固定资产投资增长多少" alone is this year's target (12%以上); after "去年…？" it asks last year's growth.
    answer = tianmen.answering.ask("去年规上工业增加值增长多少？固定资产投资增长多少？")
    assert answer.found and "7.0%" in answer.answer
    assert "12%以上" not in answer.answer
    assert "② 见①。" in answer.answer  # one sentence answers both: quoted once


def test_a_question_of_a_message_the_report_lacks_is_refused_on_its_own(tianmen: Services) -> None:
    answer = tianmen.answering.ask("去年全年新签约了多少个项目？市民图书馆有多少藏书？")
    assert answer.found and "127个" in answer.answer
    assert "② 报告中没有" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much debt was repaid last year, and how much hidden debt is to be cleared this year?",
        "去年化解了多少债务，今年还要化解多少隐性债务？",
    ],
)
def test_a_clause_turning_to_another_year_is_answered_from_that_year(hailar_2019: Services, question: str) -> None:
    answer = hailar_2019.answering.ask(question)
    assert answer.found
    first, second = answer.answer.split("②")
    assert "12.43亿元" in first and ("2018年实绩" in first or "2018 results" in first)
    assert "7.89亿元" in second and ("2019年目标" in second or "2019 targets" in second)


def test_people_counted_by_a_noun_are_not_answered_with_a_count_of_things(ezhou: Services) -> None:
    # "转运中心…每小时处理能力达28万件": "有多少员工" counts people (人, 名), which the sentence does not give.
    answer = ezhou.answering.ask("亚洲规模最大的那个转运中心有多少员工？")
    assert not answer.found and "28万件" not in answer.answer
    kept = ezhou.answering.ask("亚洲规模最大的转运中心每小时能处理多少件？")
    assert kept.found and "28万件" in kept.answer


def test_a_list_under_a_run_in_point_of_a_paragraph_is_found(hailar_2019: Services) -> None:
    # "…优化人居环境。让城市基础设施更完善。全年计划投资8.6亿元，加快推进…等项目进展…": the point is named by a
    # short sentence inside the paragraph, and "哪些项目" asks for projects (the tokenizer reads it as one word).
    answer = hailar_2019.answering.ask("城市基础设施今年要推进哪些项目？")
    assert answer.found and "（二）围绕提升城市品质" in answer.citations[0].section
    assert answer.answer.splitlines()[1].startswith("让城市基础设施更完善。")
    for item in ("铁路市政物业设施设备改造", "东山组团雨水排放工程"):
        assert item in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"), [("去年燃气管网铺了多长？", "32.7公里"), ("供水管网铺了多少公里", "105.3公里")]
)
def test_words_cut_otherwise_than_the_report_prints_are_found(tianmen: Services, question: str, figure: str) -> None:
    # The tokenizer cuts "燃气管网铺" as 燃气管/网铺; the report prints 燃气管网.
    answer = tianmen.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_a_typo_ending_in_a_particle_character_is_mended(qianjiang: Services) -> None:
    # "鸡地" for 基地: 地 ends many words as typed; only the characters before it are mended.
    answer = qianjiang.answering.ask("去年万亩虾-稻鸡地有几个？")
    assert answer.found and "13个万亩" in answer.answer


def test_a_word_the_report_joins_with_a_hyphen_is_found_as_typed_without(qianjiang: Services) -> None:
    # The report prints "虾-稻基地"; staff type 虾稻.
    answer = qianjiang.answering.ask("万亩虾稻基地有多少个？")
    assert answer.found and "13个万亩" in answer.answer


def test_the_parts_of_a_section_are_named_by_their_headings(tianmen: Services) -> None:
    # "从哪几个方面干事" asks the parts of "三、全面加强政府自身建设", each headed "（…）…干事".
    answer = tianmen.answering.ask("加强政府自身建设，要从哪几个方面干事？")
    assert answer.found and answer.citations[0].section == "三、全面加强政府自身建设"
    for part in ("牢记身份干事", "激发活力干事", "追求卓越干事", "坚持原则干事"):
        assert part in answer.answer


def test_a_message_in_traditional_characters_is_read_as_its_questions(hailar_2019: Services) -> None:
    # "去秊…，今秊…": the year words are read after the characters are simplified.
    answer = hailar_2019.answering.ask("去秊化解了多少債務，今秊還要化解多少隱性債務？")
    assert answer.found and "12.43亿元" in answer.answer.split("②")[0] and "7.89亿元" in answer.answer.split("②")[1]


def test_a_share_asked_in_english_is_not_answered_by_a_growth_rate(qianjiang: Services) -> None:
    # "完成地区生产总值904.92亿元，增长6.3%": a change of GDP is no share of it.
    share = qianjiang.answering.ask("What proportion of GDP did industry account for last year?")
    assert not share.found and "6.3%" not in share.answer
    growth = qianjiang.answering.ask("By what percentage did GDP grow last year?")
    assert growth.found and "6.3%" in growth.answer


def test_a_colloquial_english_adjective_is_no_evidence_against(ezhou: Services) -> None:
    # "治理城市“疤痕”94处29万平方米": "nasty" says how the asker sees the sites, not which sites they are.
    answer = ezhou.answering.ask("How many nasty urban scar sites were cleaned up last year?")
    assert answer.found and "94处" in answer.answer


def test_things_listed_then_done_to_each_are_each_answered(hailar_2016: Services) -> None:
    # "…各发出去多少钱": the three kinds of money listed before the clause are the figures asked, printed in two
    # sentences of the part ("累计发放城乡低保金9823万元…住房租赁补贴496万元", "…蔬菜价格补贴251万元").
    answer = hailar_2016.answering.ask("城乡低保金、住房租赁补贴、困难家庭蔬菜价格补贴，五年里各发出去多少钱？")
    assert answer.found
    for figure in ("9823万元", "496万元", "251万元"):
        assert figure in answer.answer


def test_two_figures_asked_side_by_side_with_their_own_topics_are_both_answered(tianmen: Services) -> None:
    # "…多少家、…多少人": two questions joined by "、", answered from two parts of the review.
    answer = tianmen.answering.ask("去年新增规上工业企业多少家、城镇新增就业多少人？")
    assert answer.found and "33家" in answer.answer and "1.5万人" in answer.answer


def test_a_target_asked_after_the_count_now_is_answered_without_a_neighbour(qianjiang: Services) -> None:
    # "…now, and how many is it aiming for by the end of this year?": the second question counts what the first
    # does; "aiming" (力争) names no other figure ("力争综合产值达870亿元").
    answer = qianjiang.answering.ask(
        "How many high-tech firms does Qianjiang have now, and how many is it aiming for by the end of this year?"
    )
    assert answer.found and "149家" in answer.answer and "170家以上" in answer.answer
    assert "870亿元" not in answer.answer and "No figure found" not in answer.answer


def test_a_place_given_in_brackets_is_another_name_of_what_it_follows(hailar_2016: Services) -> None:
    # "新区（东山）": the report's part on the new district does not say 东山, which it names elsewhere ("东山组团").
    answer = hailar_2016.answering.ask("今年新区（东山）建设那块怎么安排的？")
    assert answer.found and answer.citations[0].section.endswith("二是全面加快新区建设")


def test_a_measure_named_between_what_and_its_verb_must_be_the_figures(
    tianmen: Services, hailar_2019: Services
) -> None:
    # "确保粮食种植面积稳定在240万亩以上": an area planted is no grain output; "全区粮食产量达到1.4亿斤" is.
    planned = tianmen.answering.ask("What grain output does Tianmen plan for 2024?")
    assert not planned.found and "240万亩" not in planned.answer
    harvested = hailar_2019.answering.ask("What grain output did Hailar get last year?")
    assert harvested.found and "1.4亿斤" in harvested.answer


def test_jobs_a_sector_created_are_not_the_citys_new_jobs(tianmen: Services) -> None:
    # "新增城镇就业1.5万人" counts the city's new jobs; no sentence gives those of its tourism.
    sector = tianmen.answering.ask("How many new jobs did the tourism sector add in Tianmen last year?")
    assert not sector.found and "1.5万人" not in sector.answer
    city = tianmen.answering.ask("How many new urban jobs did Tianmen add last year?")
    assert city.found and "1.5万人" in city.answer
