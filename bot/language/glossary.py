"""English words of public administration and the Chinese words government reports print for them.

CC-CEDICT translates everyday Chinese; it has no "private" for 民间, no "fiscal" for 财政, no "passenger"
for 旅客, no "livelihood" for 民生 in the sense reports use. This is the vocabulary of government work
reports in general (economy, industry, farming, services, people's welfare, environment, government
itself), as a translator of such reports would render it; no report's own phrase or figure. An English
word bridges to every listed Chinese word that a report prints.
"""

from __future__ import annotations

from functools import lru_cache

_ENTRIES = """
gdp: 地区生产总值 生产总值 经济总量 gdp
economy economic: 经济
growth grow grew rise increase: 增长 增加 提高 增速 增幅
decline decrease fall drop: 下降 减少 降低
rate ratio: 率 比例 比重
share proportion: 比重 占比 比例
total: 总量 总额 总值 累计 合计
value: 产值 价值 总值 增加值
added: 增加值
output: 产值 产量 总产值
production: 生产 产量
revenue: 收入 营收 营业收入
income: 收入 可支配收入
disposable: 可支配
capita: 人均
per: 人均 每
budget budgetary: 预算 一般公共预算
fiscal finance finances financial: 财政 财税 金融
tax taxes taxation: 税收 税
expenditure spending spend spent: 支出 投入
investment invest invested: 投资 固定资产投资 投入 引资
fixed: 固定资产
asset assets: 资产
private: 民间 民营 私营 非公
state owned: 国有
enterprise enterprises company companies firm firms business businesses: 企业 公司 市场主体 经营主体
entity entities: 主体 市场主体 经营主体
market: 市场
registered register registration: 登记 注册 新登记
industry industries industrial: 工业 产业 行业
manufacturing manufacturer: 制造业 制造
designated: 规模以上 规上
scale: 规模 规模以上
high tech technology technological: 高新技术 科技 技术
innovation innovative: 创新
patent patents: 专利
research: 研发 研究
project projects: 项目 工程
signed sign signing contract contracted: 签约 签订 新签约 合同
attract attracted attracting: 招商 引进 招引
foreign: 外资 外贸 利用外资
trade: 贸易 外贸 进出口 商贸
export exports: 出口 进出口
import imports: 进口 进出口
retail consumer consumption: 消费 零售 社会消费品零售总额
sales sale sold: 销售 销售额 零售
service services: 服务 服务业
tourism tourist tourists visitor visitors: 旅游 游客 接待
visit visits visited: 接待 游客
passenger passengers: 旅客 客运 吞吐量
airport: 机场 空港
port: 港口 口岸
railway rail: 铁路 高铁
highway highways expressway: 高速 公路 高速公路
road roads: 道路 公路 路
transport transportation traffic: 交通 运输 物流
logistics: 物流
freight cargo mail: 货运 货物 货邮
agriculture agricultural farming farm farms: 农业 农村 种植
farmer farmers: 农民 农户
rural: 农村 乡村
village villages: 村 行政村 村庄
grain: 粮食
crop crops: 农作物 作物
livestock: 畜牧 牲畜
cooperative cooperatives: 合作社 专业合作社
professional: 专业
poverty poor: 贫困 脱贫 扶贫
alleviation relief: 扶贫 脱贫
urban city: 城市 城镇 城区
town towns: 镇 乡镇 城镇
renovated renovate renovation rebuild rebuilt: 改造 改建 更新
shantytown shantytowns: 棚户区 棚改
household households: 户 家庭 住户
housing house houses homes: 住房 住宅 房屋 保障房
old: 老旧
residential community communities neighbourhood compound compounds estate estates: 小区 社区
park parks: 公园 园区
parking: 停车 停车位
green greening: 绿化 绿地
environment environmental ecological ecology: 环境 生态 环保
pollution pollutant: 污染 排放
emission emissions: 排放 排污
water: 水 供水 水质
air: 空气 大气 空气质量 航空 空港 机场
forest forestry: 森林 林业 造林
energy: 能源 能耗
power electricity: 电力 发电
employment job jobs employed: 就业 岗位 用工
unemployment unemployed: 失业 失业率
graduates graduate: 毕业生 高校毕业生
training trained train: 培训 轮训
worker workers labour labor: 职工 工人 劳动力 农民工
wage wages salary salaries: 工资 薪酬
pension pensions: 养老金 养老保险
insurance: 保险 医保 社保
medical healthcare health hospital hospitals: 医疗 卫生 医院 健康
clinic clinics: 卫生院 诊所 卫生室
doctor doctors: 医生 医师 医务人员
education school schools: 教育 学校
student students: 学生 学位
teacher teachers: 教师
kindergarten kindergartens preschool: 幼儿园 学前
culture cultural: 文化
sports sport: 体育
elderly aged: 老年人 养老 老年
care: 养老 照护 服务
child children: 儿童 未成年人
subsidy subsidies: 补贴 补助
relief welfare assistance: 救助 保障 低保
minimum: 最低 低保
security safety: 安全 保障 安全生产
law legal: 法治 法律 依法
hazard hazards risk risks danger: 隐患 风险 危险
sanction sanctions punishment punished penalty penalties: 处分 处罚 惩处 问责
lawsuit lawsuits litigation: 诉讼 起诉 应诉 行政诉讼
rule: 法治 规则
administrative administration: 行政 政务
government: 政府 政务
reform reforms: 改革
approval approvals: 审批
petition petitions complaints complaint: 信访 投诉 诉求 起诉状
hotline: 热线
case cases: 案件 件 起
dispute disputes: 纠纷 矛盾纠纷
mediation mediated: 调解 化解
resolved resolve resolution: 化解 解决 办结
handled handle handling: 办理 受理 处理 办结
accepted: 受理
satisfaction satisfied: 满意 满意率
completion completed complete: 完成 办结 竣工
target targets goal goals aim: 目标 预期 任务
plan plans planned planning: 计划 安排 规划
key: 重点
main: 主要
measures: 措施 举措
shortcomings shortcoming problems problem weaknesses challenges: 问题 不足 短板 困难 差距
achievements achievement results progress: 成效 成绩 成果 进展
construction built build building: 建设 建成 新建 修建
completed: 建成 完成 竣工
started start: 开工 启动 新开工
new: 新 新增 新建
added add: 新增 增加
number: 数 数量 个数
area: 面积
square: 平方米
kilometers kilometres: 公里
tons tonnes: 吨
billion million: 亿元 万元 亿 万
yuan: 元 万元 亿元
loan loans credit: 贷款 信贷
deposit deposits: 存款
turnover: 成交额 成交金额 成交 交易额 营业额 营收
transfer transferred transfers: 流转 转让 转移
debt: 债务
bond bonds: 债券
exhibition fair expo: 博览会 展会 交易会
exhibitors exhibited exhibit: 参展 参展商 展商
brand brands: 品牌
chemical chemicals: 化工
digital: 数字
internet online: 互联网 网上 线上
ecommerce: 电商 电子商务
""".strip().splitlines()


@lru_cache(maxsize=1)
def entries() -> dict[str, tuple[str, ...]]:
    """Every listed English word with the Chinese words reports print for it."""
    out: dict[str, list[str]] = {}
    for line in _ENTRIES:
        english, _, chinese = line.partition(":")
        for word in english.split():
            out.setdefault(word, []).extend(chinese.split())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def renderings(word: str) -> tuple[str, ...]:
    """The Chinese words government reports print for an English word (its base form), if listed."""
    return entries().get(word.lower(), ())
