"""Near-synonyms of everyday and official Chinese: how staff say it against how a report prints it.

General language knowledge, not any report's: "老百姓" for "群众/市民", "打算" for "安排/计划", "不足" for
"问题/短板". A question word matches a passage when the passage holds the word or one of its group.
"""

from __future__ import annotations

from functools import lru_cache

_GROUPS = """
打算 计划 安排 部署 规划 思路 任务 重点 目标
不足 问题 短板 差距 困难 薄弱 挑战 弱项
成效 成绩 成果 进展 亮点 效果 成就
措施 举措 做法 办法 手段
老百姓 百姓 群众 市民 居民 人民 民众
钱 资金 经费 金额 款项 投入
到位 到资 到位资金 实际到位
投诉 诉求 反映 举报 求助 来电
案件 案子 案例
增长 增加 提高 提升 上升 增幅 增速 上涨 涨 涨幅
平均 年均
下降 减少 降低 下滑 下跌 跌
压缩 缩减 压减 削减 精简
建设 建成 新建 修建 兴建
对外开放 开放 扩大开放 开放型经济 对外交流
开展 组织 举办 举行
开业 营业 运营 投入运营 开张 试营业
培训 轮训 培养
公司 企业
学校 学位 校舍
医院 卫生院
马路 道路 公路
房子 住房 房屋
工资 薪酬 收入
村 村庄 行政村
gdp 地区生产总值 生产总值 经济总量
cpi 居民消费价格
领导 负责人 干部
城里 城区 市区 城市 主城区 中心城区
乡下 农村 乡村
孩子 儿童 学生 少年儿童 未成年人
娃 儿童 学生
老人 老年人 老年 高龄
看病 就医 就诊 医疗 诊疗
上学 入学 就学 教育
挣钱 收入 增收
花钱 支出 投入
开支 支出 经费 费用
花 花费 支出 投入 投资
管子 管网 管道 管线
安全隐患 事故隐患 隐患
办完 办结 完结
拆掉 拆除 拆迁 清除
违章建筑 违法建筑 违建 违章
盖 建设 新建 修建 兴建
修路 道路 公路 路网
找工作 就业 求职
岗位 就业岗位 职位
开会 会议
外卖 快递 物流
小区 社区 居民区
单位 机关 部门
办事 政务服务 审批 办理
新农合 新型农村合作医疗
棚改 棚户区改造
医保 医疗保险 基本医疗保险
社保 社会保险 社会保障
低保 最低生活保障
规上 规模以上
社零 社会消费品零售总额 消费品零售总额
固投 固定资产投资
高企 高新技术企业
财政收入 一般公共预算收入 地方一般公共预算收入 公共财政预算收入
外贸 进出口 外贸进出口 进出口总额
农民收入 农村居民人均可支配收入 农村常住居民人均可支配收入 农民人均纯收入
城镇居民收入 城镇居民人均可支配收入 城镇常住居民人均可支配收入
物价 居民消费价格 消费价格
空气质量 空气优良率 优良天数 空气质量优良率
一网通办 一网办
进出境 出入境
钟头 小时
网上 线上 网办 在线 网上办理
""".strip().splitlines()


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _GROUPS:
        words = line.split()
        for word in words:
            out.setdefault(word, set()).update(w for w in words if w != word)
    return {k: frozenset(v) for k, v in out.items()}


def synonyms(word: str) -> frozenset[str]:
    """Words that mean nearly the same as `word` (empty when none are listed)."""
    return _index().get(word, frozenset())


def listed() -> frozenset[str]:
    """Every word of the thesaurus: how staff say things ("老百姓"), which a typo may be of too."""
    return frozenset(_index())
