"""Questions as staff type them: chat wording, typos, traditional characters, relative years, several figures,
lists, open questions, and the near misses that must still be refused."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.answers.compound import several_questions
from bot.answers.guard import TIME_UNITS
from bot.answers.questions import analyze, english_counted
from bot.app import Services
from bot.language.lexicon import Lexicon


@pytest.mark.parametrize(
    "question",
    [
        "去年12345热线受理了多少件?",  # relative year: the report reviews 2023
        "12345热线受理了幾件訴求",  # traditional characters
        "12345热限受理了多少件诉求来着",  # a character of the same sound, and a chat filler
        "老百姓打12345反映的诉求，全年受理了多少件啊",
    ],
)
def test_the_hotline_figure_however_it_is_asked(services: Services, question: str) -> None:
    answer = services.answering.ask(question)
    assert answer.found, answer.answer
    assert "13213件" in answer.answer
    assert answer.answer.splitlines()[0] == "据《铁岭县2023年度法治政府建设年度报告》（2023年实绩）："
    assert answer.citations[0].year == 2023 and answer.citations[0].period == "result"


@pytest.mark.parametrize(
    "question",
    [
        "2023年12345平台老百姓的诉求最后办完了多少件？",  # 办完 for 办结, and 最后
        "县里热线一年下来到底弄完了多少件诉求啊",  # 县里, 弄完: how it is said, not what about
    ],
)
def test_colloquial_verbs_are_no_evidence_against(services: Services, question: str) -> None:
    answer = services.answering.ask(question)
    assert answer.found, answer.answer
    assert "13206件" in answer.answer


def test_an_open_question_gets_the_gist(services: Services) -> None:
    answer = services.answering.ask("热线那块咋样")
    assert answer.found and "13213件" in answer.answer
    assert answer.citations[0].section.endswith("(一)依法全面履行政府职能 > 优化政务服务便民热线平台运行")


@pytest.mark.parametrize("question", ["明年有什么打算", "今年有哪些安排？", "What are the plans for next year?"])
def test_plans_however_they_are_asked(services: Services, question: str) -> None:
    answer = services.answering.ask(question)
    assert answer.found and "一是以述法推动监督" in answer.answer
    assert answer.citations[0].section.startswith("四、下一年度推进法治政府建设主要安排")


def test_several_figures_in_one_question_are_all_quoted(services: Services) -> None:
    answer = services.answering.ask("矛盾纠纷排查和化解各是多少件？")
    assert answer.found
    assert "4747件" in answer.answer and "4716件" in answer.answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("12315热线受理了多少件诉求？", "12315"),  # another hotline
        ("沈阳市12345热线受理了多少件？", "沈阳"),  # another place
        ("2021年热线受理了多少件诉求？", "2021年"),  # a year no passage is about
    ],
)
def test_what_the_report_does_not_speak_of_is_refused_by_name(services: Services, question: str, named: str) -> None:
    answer = services.answering.ask(question)
    assert not answer.found and "13213" not in answer.answer
    assert named in answer.answer.split("。")[0]  # the refusal names what the report lacks


def test_an_english_word_whose_report_renderings_are_unprinted_is_not_an_everyday_word(services: Services) -> None:
    # Reports print jobs as 就业 (none here); the 工作 of half the passages is no evidence of jobs.
    answer = services.answering.ask("How many new jobs were created in the county last year?")
    assert not answer.found and "件" not in answer.answer and "名" not in answer.answer


def test_a_neighbouring_rate_is_not_the_rate_asked_for(services: Services) -> None:
    answer = services.answering.ask("12345热线诉求的按期办结率是多少？")
    assert not answer.found and "99.95%" not in answer.answer


def test_a_follow_up_naming_a_year_replaces_the_refused_one(services: Services) -> None:
    refused = services.answering.ask("2021年热线受理了多少件诉求？", "briefing")
    assert not refused.found
    answer = services.answering.ask("那2023年的呢", "briefing")
    assert answer.found and "13213件" in answer.answer


def test_a_short_follow_up_stays_with_the_previous_answer(services: Services) -> None:
    # "办结了多少" alone would be the hotline's 办结13206件; after a question on 复议申请 it is that passage's.
    first = services.answering.ask("铁岭县去年收到书面复议申请多少件？", "briefing")
    assert first.found and "61件" in first.answer
    follow = services.answering.ask("办结了多少", "briefing")
    assert follow.found and "48件" in follow.answer and "13206" not in follow.answer


def test_a_typo_that_is_itself_a_word_is_mended_only_when_nothing_else_answers(services: Services) -> None:
    mended = services.answering.ask("七公式信息一共公开了多少条来着")  # an input method's 公式 for 公示
    assert mended.found and "10018条" in mended.answer
    kept = services.answering.ask("铁岭县现任县长是谁？")  # 县长 is meant: not read as another printed word
    assert not kept.found


def test_a_list_question_after_a_figure_question_stands_alone(services: Services) -> None:
    figure = services.answering.ask("去年12345热线受理了多少件?", "briefing")
    assert figure.found and "13213件" in figure.answer
    plans = services.answering.ask("明年有哪些安排", "briefing")  # short, but it names its own topic
    assert plans.found and "一是以述法推动监督" in plans.answer and "13213" not in plans.answer
    assert "理解为" not in plans.answer


@pytest.mark.parametrize("question", ["How is the hotline doing?", "How are things going with the hotline?"])
def test_an_open_english_question_gets_the_gist(services: Services, question: str) -> None:
    answer = services.answering.ask(question)
    assert answer.found, answer.answer
    assert "13213件" in answer.answer and "80.99%" in answer.answer  # the passage's figures, past its lead
    assert answer.citations[0].section.endswith("优化政务服务便民热线平台运行")


def test_a_name_spelt_in_pinyin_over_several_words_is_the_one_printed(services: Services) -> None:
    question = "How many law enforcement officers were trained on Xi Jinping Thought on the Rule of Law?"
    answer = services.answering.ask(question)
    assert answer.found and "1000余名" in answer.answer  # 习近平 spelt "Xi Jinping"
    elsewhere = services.answering.ask("How many officials studied Xi Jinping Thought on the Rule of Law?")
    assert "325名" not in elsewhere.answer  # a passage that does not name 习近平 does not answer it
    other = services.answering.ask("What did Li Keqiang say about the hotline?")
    assert not other.found and "Li" in other.answer  # a name the report does not print is still refused


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("县人大开展调研视察执法检查多少次", "20次"),  # the question lists "调研、视察、执法检查" too
        ("领导干部应知应会清单里列了多少项学习内容", "141项"),  # "应知应会…和国家法律清单" is one name
    ],
)
def test_a_measure_printed_as_items_of_a_list_is_found(services: Services, question: str, figure: str) -> None:
    answer = services.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_newly_done_in_words_the_report_does_not_print_is_only_how_it_is_asked(services: Services) -> None:
    # "新招" (newly hired) is a verb with 新 before it; the report prints "聘用14名诉前特邀调解员".
    answer = services.answering.ask("去年新招了多少名诉前调解员？")
    assert answer.found and "14名" in answer.answer


def test_a_count_is_known_by_the_measure_word_of_its_kind(services: Services) -> None:
    # "trips" translates as nothing the report prints; "调研、视察、执法检查20次" counts them in 次.
    answer = services.answering.ask(
        "How many inspection trips did the county people's congress make in 2023,"
        " and how many special work reports did it hear?"
    )
    assert answer.found and "20次" in answer.answer and "25项" in answer.answer


def test_the_words_an_english_question_is_framed_in_are_not_its_topic(services: Services) -> None:
    # "what kind of", "does the county say it wants": how it is asked, nothing the report has to print.
    answer = services.answering.ask(
        "What kind of workforce does the county say it wants for its law enforcement and judicial staff next year?"
    )
    assert answer.found and "四是进一步加强法治工作人员队伍建设" in answer.answer


def test_an_oath_taken_is_found_in_the_words_reports_print(services: Services) -> None:
    answer = services.answering.ask("How many newly appointed leaders were sworn in on the Constitution?")
    assert answer.found and "19人" in answer.answer  # 新任职领导干部宪法宣誓


def test_an_english_word_in_british_spelling_is_found(services: Services) -> None:
    answer = services.answering.ask("How many public-disclosure catalogues were compiled in the pilot?")
    assert answer.found and "31个" in answer.answer  # catalogue, as the dictionary's catalog: 目录


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How many units of government-backed rental housing were raised?", ("rental", "housing")),  # whose: implied
        ("How many run-down schools are to be fixed up?", ("schools",)),
        ("What is the minimum annual capacity of the new plant?", ("capacity",)),
        ("What percentage of days had good air quality?", ("good", "air", "quality")),
        ("By how much did the economy (GDP) grow last year?", ("gdp",)),  # the term a word is glossed by
        ("What growth target did the county set for industrial output?", ("industrial", "output")),
        (
            "How much money was spent on the 4,000-household shantytown redevelopment?",
            ("household", "shantytown", "redevelopment"),
        ),
        ("How much funding was invested into rural roads?", ("rural", "roads")),  # what the money went to
        ("How much was spent over the five years on rural roads?", ("rural", "roads")),
        ("How much money went into the shantytown renovation?", ("shantytown", "renovation")),  # where it went
        ("How much funding goes to rural roads this year?", ("rural", "roads")),
        ("Of the 20 problems found by inspectors, how many were fixed?", ("problems",)),  # the group picked from
        ("Of all the disputes found, how many actually ended up settled?", ("disputes",)),  # past an adverb, a verb
        ("How much new green space did the parks add?", ("green",)),  # space, area, floor: the dimension asked
    ],
)
def test_what_an_english_question_counts(question: str, counted: tuple[str, ...]) -> None:
    assert english_counted(question) == (counted,)


@pytest.mark.parametrize(
    "question", ["What's lined up for the hotline next year?", "What's the county's plan for legal aid?"]
)
def test_plans_asked_in_english_are_open_questions_of_their_topic(question: str) -> None:
    asked = analyze(question)
    assert asked.open and not asked.figure and "lined" not in asked.terms


def test_an_everyday_translation_is_dropped_only_where_many_passages_print_it() -> None:
    # Reports print "jobs" as 就业; where no passage does, 工作 stands for it only if it tells passages apart.
    in_half = Lexicon.for_vocabulary(Counter({"工作": 24, "热线": 2}), (), "工作 热线", 43)
    assert not in_half.translations("jobs")
    short = Lexicon.for_vocabulary(Counter({"工作": 1, "热线": 1}), (), "工作 热线", 3)  # one word is a third
    assert short.translations("jobs") == {"工作"}


def test_a_hyphenated_expression_the_glossary_lists_is_read_whole() -> None:
    assert "state_run" in analyze("What share of children go to state-run kindergartens?").terms  # 公办


def test_amounts_and_numbers_an_english_question_gives() -> None:
    worth = analyze("How many deals worth 100 million yuan or more will be signed?")
    assert worth.units is not None and "元" not in worth.units and "个" in worth.units  # it asks a count
    assert analyze("Of the 16 problems flagged, how many were fixed?").numbers == ()  # 16 counts the problems
    assert analyze("How many calls did the 12345 hotline take?").numbers == ("12345",)  # a code
    assert analyze("How much did the service sector grow in 2023?").units == frozenset({"%", "百分点"})  # a growth
    assert analyze("How much was budget revenue in yuan, not the growth rate?").units == frozenset({"元"})
    stated = analyze("收入超过10万元的村，占比要达到多少？")  # an amount the question states asks nothing
    assert stated.units == frozenset({"%", "百分点"})
    assert "年" not in (analyze("How many old apartment buildings were renovated?").units or ())  # no span of years
    both = analyze("How many tourists came, and how much tourism revenue was earned?")
    assert both.units is not None and {"元", "人"} <= both.units  # each part in its own unit


@pytest.mark.parametrize(
    ("question", "printed", "other"),
    [
        ("How many projects of 100 million yuan or more?", "在建亿元以上项目136个", "在建5亿元以上项目12个"),
        ("How many firms exporting over 10 million US dollars?", "出口过千万美元企业8家", "出口过100万美元企业"),
        ("How many firms with output above 2.5 billion yuan?", "产值25亿元以上", "产值2.5亿元以上"),
        ("How many projects over 150 million?", "投资1.5亿元以上", "投资十五亿元"),
    ],
)
def test_an_english_amount_is_known_in_the_forms_chinese_prints_it(question: str, printed: str, other: str) -> None:
    q = analyze(question)
    assert q.numbers == ()  # no code
    (said, pattern), = q.amounts
    assert said in question and pattern.search(printed) and not pattern.search(other)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("How soon after starting production did the firm make it onto the list?", True),
        ("How long did it take from signing to breaking ground?", True),
        ("项目从签约到开工用了多长时间？", True),
        ("How long is the new ring road?", False),  # a length
        ("新建的环城路有多长？", False),
    ],
)
def test_a_span_of_time_asked_is_answered_in_units_of_time(question: str, span: bool) -> None:
    q = analyze(question)
    assert q.figure and (q.units is not None and q.units <= TIME_UNITS) is span


def test_how_many_things_is_no_span_of_months() -> None:
    units = analyze("How many rivers are getting a health check?").units
    assert units is not None and "条" in units and not units & TIME_UNITS


@pytest.mark.parametrize(
    "question",
    ["Which edition of the regional winter games did the city host?", "Where did the county rank nationally?"],
)
def test_a_rank_asked_in_english_is_told_as_an_ordinal(question: str) -> None:
    q = analyze(question)
    assert q.figure and q.units == frozenset({"第"})
    assert analyze("Where did the money for the new schools come from?").units != frozenset({"第"})  # no rank


def test_question_words_and_glued_verbs_are_no_topic() -> None:
    assert "哪几种" not in analyze("鄂州鼓励发展哪几种经济？").terms
    assert "店" in analyze("那个主力店有多大啊").terms  # "店有" is two words glued; "国有" is one
    assert "国有企业" in analyze("国有企业有多少家").terms
    assert analyze("今年应急转贷要做到多少钱？").measure == ("应急", "转贷")  # 做到: how a target is asked
    assert "百分" not in analyze("出入境的人比前年多了百分之多少啊？").measure  # 百分之多少 asks, names nothing
    assert not {"百分之", "百分"} & set(analyze("人均住房面积提高了百分之多少？").terms)  # no topic either


def test_how_a_list_is_asked_is_no_topic(services: Services) -> None:
    answer = services.answering.ask("年度述法都包括哪些类型的单位？")  # 包括, 类型: how a list is asked
    assert answer.found and "县直政府工作部门" in answer.answer and "乡镇(街道)" in answer.answer


def test_a_lead_sentence_joined_by_pauses_is_a_point_of_its_section(services: Services) -> None:
    # "加强审计监督权威性、震慑力和执行力。依法履行审计监督职责…": a lead, though its words are joined by "、".
    answer = services.answering.ask("促进行政权力规范透明运行方面都做了哪些工作？")
    assert answer.found and "加强审计监督权威性、震慑力和执行力" in answer.answer
    assert "加强诚信政府建设" in answer.answer


def test_a_measure_named_by_an_unprinted_verb_is_refused(services: Services) -> None:
    # The report counts the items the official account posted, not how often they were read.
    answer = services.answering.ask("政务新媒体发的信息阅读量是多少？")
    assert not answer.found and "380条" not in answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How much was spent on the 4,000-household shantytown redevelopment?", ("4000",)),
        ("How many of the 100-million-yuan projects have started?", ()),  # an amount that says which projects
        ("What did it cost to bring the 29 schools up to standard?", ("29",)),
        ("How much went into the 15 community Party-and-public service centers?", ("15",)),  # four words on
    ],
)
def test_counts_an_english_question_knows_are_told_from_amounts(question: str, stated: tuple[str, ...]) -> None:
    assert analyze(question).stated == stated


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many inspection visits were made to hazardous chemicals firms?", "27家次"),  # visits: 家次
        ("How many tiers does the county's dispute mediation system have?", "三级"),  # tiers: 级
    ],
)
def test_english_words_of_counting_find_the_measure_the_report_counts_in(
    services: Services, question: str, figure: str
) -> None:
    answer = services.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_a_name_is_spelt_by_the_readings_of_the_characters_printed() -> None:
    lexicon = Lexicon({}, text="完成马昌湖、总干渠等河湖健康评价。")
    assert lexicon.name("Machang") == {"马昌"}
    assert not lexicon.name("Mountain") and not lexicon.name("Machangx")


def test_an_amount_and_a_length_of_one_thing_are_one_item() -> None:
    from bot.answers.extractive import _named_with_figure

    assert _named_with_figure("修建村村通道路23条、163公里", ("道路",), frozenset({"公里"}))
    assert not _named_with_figure("完成技术合同交易额80亿元、成果转化100项", ("合同",), frozenset({"项"}))


def test_a_british_spelling_is_no_typo_of_an_american_one() -> None:
    assert "practicing" not in Lexicon.spelt_like("practising")
    assert "buildings" in Lexicon.spelt_like("buidings")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("现政府和部门负责人出庭应诉率超过多少了呀？", "94%"),  # 县政府; "现政" is no word, only two printed characters
        ("2023年12345平台老百性的诉求最后办完了多少件？", "13206件"),  # 老百姓, how staff say it, mistyped
    ],
)
def test_a_typo_of_a_word_the_report_does_not_print_is_mended_too(
    services: Services, question: str, figure: str
) -> None:
    answer = services.answering.ask(question)
    assert answer.found and figure in answer.answer


def test_a_share_asked_of_something_is_no_sharing(services: Services) -> None:
    # "what share of …" asks a percentage (行政复议决定书履行率达到100%), not 共享.
    # 复议 is a review, 履行 a carrying out.
    answer = services.answering.ask(
        "How many written requests for administrative review were concluded, and what share of the review decisions"
        " were carried out?"
    )
    assert answer.found and "办结48件" in answer.answer and "履行率达到100%" in answer.answer


def test_a_clause_is_answered_by_the_expression_it_names_not_a_shared_word(services: Services) -> None:
    # "factories and trading firms" is 工贸: the 行业 of the coal-mine sentence does not count them.
    answer = services.answering.ask(
        "How many inspection visits went to coal mines, and how many to factories and trading firms?"
    )
    assert answer.found and "37家次" in answer.answer and "工贸行业领域开展检查35家次" in answer.answer


def test_a_word_inside_a_negated_compound_is_not_printed(services: Services) -> None:
    # 煤矿 (coal mines) is not in 非煤矿山 (non-coal mines): "非煤矿山行业领域开展检查11家次" counts other mines.
    answer = services.answering.ask(
        "How many inspections were made of coal mines, and how many of factories and trading firms?"
    )
    assert answer.found and "37家次" in answer.answer and "11家次" not in answer.answer


def test_the_first_clause_is_what_the_quote_was_chosen_for(services: Services) -> None:
    # "…how many were concluded" is the quote's 办结48件; the hotline's 办结13206件 is not quoted beside it.
    services.answering.ask("How many hotline cases were handled?")
    answer = services.answering.ask(
        "Of the written requests for administrative review, how many were concluded, and what share of the review"
        " decisions were carried out?"
    )
    assert answer.found and "办结48件" in answer.answer and "履行率达到100%" in answer.answer
    assert "13206件" not in answer.answer


def test_research_trips_and_the_reports_they_produced(services: Services) -> None:
    # "开展调研、视察、执法检查20次…形成调研报告33篇": research is 调研, and reports are counted in 篇.
    answer = services.answering.ask(
        "Last year the county people's congress went out on research trips, inspections and law checks — how many"
        " of those were there, and how many research reports came out of them?"
    )
    assert answer.found and "20次" in answer.answer and "33篇" in answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How many of the 100 million yuan deals broke ground?", ()),
        ("How many of the 100-million-yuan deals broke ground?", ()),
        ("Of the 143 projects, how many started?", ("143",)),
    ],
)
def test_an_amount_with_a_scale_word_is_no_count_the_question_states(question: str, stated: tuple[str, ...]) -> None:
    assert analyze(question).stated == stated


@pytest.mark.parametrize("written", ["100m-yuan-plus", "100-million-yuan", "100m yuan"])
def test_amounts_written_short_are_read_as_millions(written: str) -> None:
    q = analyze(f"How many {written} projects were signed?")
    assert [said for said, _ in q.amounts] == ["100 million"]
    assert not any(t.isdigit() or t in ("m", "million") for t in q.terms)


def test_a_mistyped_character_that_is_also_a_function_word(services: Services) -> None:
    # "其业" is 企业 typed by sound: 其 is a function word elsewhere, not here.
    answer = services.answering.ask("去年给其业代办报建一共跑了多少次啊？")
    assert answer.found and "236次" in answer.answer


def test_a_count_of_things_the_report_has_no_word_for_is_refused(services: Services) -> None:
    # The report prints no 停车 or 车位: a count of the county's other things is no answer.
    answer = services.answering.ask("How many public parking spaces are there in the county?")
    assert not answer.found


def test_a_measure_word_alone_is_no_evidence_of_what_an_english_question_counts(services: Services) -> None:
    # "cases" is printed 件 by every count of cases: "收到书面复议申请61件,办结48件" are no cases across provinces.
    answer = services.answering.ask("Tieling cases handled across provinces in 2023?")
    assert "61件" not in answer.answer and (not answer.found or "6126件" in answer.answer)


def test_a_question_of_the_month_a_rate_was_reached_is_answered_by_the_month(services: Services) -> None:
    # "5月份以后,县政府负责人行政诉讼出庭应诉率达100%。": the 100% is stated, the month is asked.
    answer = services.answering.ask("县里行政机关负责人出庭应诉率是几月份开始到100%的？")
    assert answer.found and "5月份" in answer.answer


@pytest.mark.parametrize(
    ("message", "questions"),
    [
        ("去年新增就业多少人？失业率控制在多少？", ["去年新增就业多少人？", "去年失业率控制在多少？"]),
        # A piece that asks nothing stays with its question.
        ("今年要建几个特色镇？就长港、段店那些", []),
        ("别搞混了。热线受理了多少件？办结率呢，是多少？", ["别搞混了。热线受理了多少件？", "办结率呢，是多少？"]),
        # A year compared with is not the year asked about.
        ("跟2010年比下降了百分之多少？腾退的用房有多大？", ["跟2010年比下降了百分之多少？", "腾退的用房有多大？"]),
        ("How many cases were handled last year? And how many were settled?",
         ["How many cases were handled last year?", "And how many were settled last year?"]),
        ("12345热线受理了多少件诉求?", []),
        # A clause that turns to another year is a question of its own.
        ("去年完成投资多少，今年计划投资多少？", ["去年完成投资多少？", "今年计划投资多少？"]),
        ("受理了多少件，办结了多少件？", []),
        # A request goes with its question.
        ("What did the county do to make enforcement fair? List the main pieces of work.", []),
        ("How much did it grow last year, and how much will it grow this year?",
         ["How much did it grow last year?", "and how much will it grow this year?"]),
        # The present is the latest results, which a clause asking this year's target turns from.
        ("How many high-tech firms are there now, and how many by the end of this year?",
         ["How many high-tech firms are there now?", "and how many by the end of this year?"]),
        ("目前有多少家高新技术企业，今年目标是多少家？", ["目前有多少家高新技术企业？", "今年目标是多少家？"]),
        # A year compared with asks one thing.
        ("How big is the area cleaned now, and how many times the 2010 figure is that?", []),
    ],
)
def test_a_message_of_several_questions_is_read_as_each(message: str, questions: list[str]) -> None:
    assert several_questions(message) == questions


def test_each_question_of_a_message_gets_its_own_answer(services: Services) -> None:
    answer = services.answering.ask("12345热线受理了多少件诉求？全县培育了多少名法律明白人？")
    assert answer.found
    first, second = answer.answer.split("②")
    assert first.startswith("①") and "13213件" in first and "1085名" in second
    assert [c.quote for c in answer.citations if "1085名" in c.quote]


def test_an_open_english_question_in_its_own_words_gets_the_part_it_asks_about(services: Services) -> None:
    answer = services.answering.ask("How are the embedded discipline inspection teams doing their oversight?")
    assert answer.found and answer.citations[0].section.endswith("发挥纪检监察监督和内部监督作用")
    assert not services.answering.ask("How is the county's tourism industry doing?").found


def test_counts_and_a_rate_asked_together_are_each_found_in_their_unit(services: Services) -> None:
    # "受理…13213件,办结13206件,办结率…、有效诉求满意率92.02%": the counts are no rates; none is reported missing.
    answer = services.answering.ask("受理、办结和满意率各是多少")
    assert answer.found and all(f in answer.answer for f in ("13213件", "13206件", "92.02%"))
    assert "未能一并找到" not in answer.answer


def test_one_sentence_answering_two_questions_is_quoted_and_cited_once(services: Services) -> None:
    answer = services.answering.ask("行政复议收到多少件？办结多少件？")
    assert answer.found and "61件" in answer.answer and "② 见①。" in answer.answer
    assert len(answer.citations) == 1


def test_figures_asked_after_an_introduction_are_answered_in_the_order_asked(services: Services) -> None:
    # "审批服务这块帮我看两个数：" introduces the topic; the first figure asked is answered first, from its own part.
    answer = services.answering.ask("审批服务这块帮我看两个数：全年为企业代办报建多少次，政务服务中心设了多少个窗口？")
    assert answer.found
    assert "236次" in answer.answer and "90个" in answer.answer
    assert answer.answer.index("236次") < answer.answer.index("90个")
    assert answer.citations[0].section.endswith("积极推进行政审批“三集中、三到位”")


def test_a_figure_named_by_its_heading_is_found_for_a_second_question_of_one_sentence(services: Services) -> None:
    # "优化政务服务便民热线平台运行。…全年受理市民诉求13213件": the hotline is named by the heading, not the sentence,
    # and no other sentence of the results gives a count received under it.
    answer = services.answering.ask("去年热线受理了多少件诉求、全县培育了多少名法律明白人？")
    assert answer.found and "13213件" in answer.answer and "1085名" in answer.answer
    assert answer.answer.index("13213件") < answer.answer.index("1085名")


def test_a_count_of_one_thing_is_not_answered_by_counts_of_others_beside_its_name(services: Services) -> None:
    # "“领导干部进园区进企业…”专项行动…完成325名领导干部与460家企业对接工作": the parks are named by the campaign,
    # but no figure counts them.
    parks = services.answering.ask("进园区进企业专项行动，领导干部去了多少个园区？")
    assert not parks.found and "460家" not in parks.answer
    firms = services.answering.ask("进园区进企业专项行动，领导干部对接了多少家企业？")
    assert firms.found and "460家" in firms.answer
