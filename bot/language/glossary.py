"""English words of public administration and the Chinese words government reports print for them.

CC-CEDICT translates everyday Chinese; it has no "private" for 民间, no "fiscal" for 财政, no "passenger"
for 旅客, no "livelihood" for 民生 in the sense reports use. This is the vocabulary of government work
reports in general (economy, industry, farming, services, people's welfare, environment, government
itself), as a translator of such reports would render it; no report's own phrase or figure. An English
word bridges to every listed Chinese word that a report prints.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ENTRIES = """
gdp: 地区生产总值 生产总值 经济总量 gdp
economic: 经济
economy: 经济 地区生产总值 生产总值
growth grow grew rise increase: 增长 增加 提高 增速 增幅
decline decrease fall drop: 下降 减少 降低
rate ratio: 率 比例 比重
share proportion: 比重 占比 比例
phase phases: 一期 二期 三期 四期 阶段
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
expenditure spending spend spent: 支出 投入 经费
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
research: 研发 研究 调研
report reports: 报告
project projects: 项目 工程
signed sign signing contract contracted: 签约 签订 新签约 合同
attract attracted attracting: 招商 引进 招引
foreign: 外资 外贸 利用外资
trade: 贸易 外贸 进出口 商贸
export exports: 出口 进出口
import imports: 进口 进出口
retail consumer consumption: 消费 零售 社会消费品零售总额
sales sale sold: 销售 销售额 零售 交易额 成交额
service services: 服务 服务业
tourism tourist tourists visitor visitors: 旅游 游客 接待
visit visits visited: 接待 游客 家次 人次
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
livestock: 畜牧 牲畜 畜牧业
commissioner commissioners envoy envoys: 特派员 专员
cooperative cooperatives: 合作社 专业合作社
professional: 专业
poverty poor: 贫困 脱贫 扶贫
alleviation relief: 扶贫 脱贫
urban city: 城市 城镇 城区
town towns: 镇 乡镇 城镇
renovated renovate renovation rebuild rebuilt rebuilding renovating: 改造 改建 更新 改扩建 重建
shantytown shantytowns: 棚户区 棚改
household households: 户 家庭 住户
housing house houses: 住房 住宅 房屋 保障房
homes: 住房 住宅 房屋 保障房 住户
old: 老旧
residential community communities neighbourhood compound compounds estate estates: 小区 社区
park parks: 公园 园区
parking: 停车 停车位
green greening greenery: 绿化 绿地 绿植 绿色
environment environmental ecological ecology: 环境 生态 环保
pollution pollutant: 污染 排放
emission emissions: 排放 排污
water: 水 供水 水质
air: 空气 大气 空气质量 航空 空港 机场
forest forestry: 森林 林业 造林
energy: 能源 能耗
power electricity: 电力 发电 用电 用电量
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
subsidy subsidies: 补贴 补助 奖补
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
quarrel quarrels disagreement disagreements: 纠纷 矛盾 矛盾纠纷
post posts: 岗位 职务 任职 职位
lending lend lends lent: 贷款 放贷 信贷 授信
sworn swear swore oath oaths: 宣誓
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
loan loans credit: 贷款 信贷 存贷款
deposit deposits: 存款 存贷款
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
gross: 总值 生产总值 总产值 毛入学率
domestic: 国内 内需 境内
yoy: 同比 同比增长
comparable: 可比价 同比 可比
annual annually: 年均 年度 全年
average averaged averaging: 平均 年均 均值 人均
quarter quarters quarterly: 季度 一季度 二季度 三季度 四季度
monthly: 月度 每月 月均
daily: 日均 每日 每天
median: 中位数
cumulative cumulatively accumulated accumulate: 累计 累积 累计完成
cpi: 居民消费价格 消费价格 价格指数 物价
ppi: 工业生产者 出厂价格
price prices pricing: 价格 物价 房价 价格指数
inflation: 物价 居民消费价格 价格涨幅
index indices indexes: 指数 价格指数
statistics statistical statistic: 统计 统计数据 统计局
census: 普查 人口普查 经济普查 农业普查
population: 人口 常住人口 户籍人口 总人口
resident residents inhabitants: 居民 城乡居民 常住 常住人口 城镇居民 农村居民 群众 市民
permanent: 常住 常住人口 常态化 长效
primary: 第一产业 一产 小学 初级
secondary: 第二产业 二产 中学 中职 中等职业
tertiary: 第三产业 三产 服务业 三甲 三级医院
structure structural structures: 结构 产业结构 结构调整 结构性
optimization optimize optimized optimizing optimise optimised: 优化 优化升级 提质
upgrading upgrade upgraded upgrades: 升级 转型升级 提档升级 提质增效 迭代 提升
transformation transform transformed transforming: 转型 转型升级 转化 改造
quality: 质量 高质量 品质 质效 提质
momentum: 动能 新动能 势头 后劲 动力
stable stability stabilize stabilized stabilizing stabilise steady steadily: 稳定 平稳 稳增长 稳中 稳步 稳健
recovery recover recovered recovering rebound rebounded: 恢复 回升 复苏 回暖 恢复性增长
demand demands: 需求 内需 诉求 有效需求
sector sectors: 领域 行业 产业 板块
doubled double doubling: 翻番 翻一番 倍增
exceed exceeded exceeding exceeds surpass surpassed surpassing: 突破 超过 超额完成 超
ranking rank ranked ranks: 排名 位列 位居 名次 排位 进位
top: 百强 前列 第一方阵 首位
nationwide national: 全国 国家级 国家 全国性
provincial: 省级 全省 省内 省定
municipal: 市级 市政 市属 市直
banner banners: 旗县 旗区
jurisdiction: 辖区 管辖
township townships: 乡镇 乡镇政府 街道
subdistrict subdistricts sub-district: 街道 街道办 街道办事处 社区
hightech high-tech: 高新技术 高新 高新区 高新技术企业 高新技术产业 高技术
specialized specialised sophisticated: 专精特新 专精 特新 专业化 精细化
giant giants: 小巨人 巨人
little: 小巨人
gazelle gazelles: 瞪羚 瞪羚企业
unicorn unicorns: 独角兽 独角兽企业
champion champions: 单项冠军 冠军
cluster clusters clustering clustered: 集群 产业集群 集聚 集聚区 产业集聚
chain chains: 产业链 链条 供应链 链主 链长 补链 强链 延链
leading: 龙头 龙头企业 领军 引领 领军企业
leader leaders leadership: 领导 领导干部 负责人 主要负责人
listed listing ipo: 上市 上市公司 挂牌 新三板
sme smes: 中小企业 中小微 中小微企业 小微企业
micro: 小微 小微企业 微型 中小微
small: 中小 小微 中小企业 小型 中小微
medium: 中型 中小企业 中小
zone zones: 园区 开发区 高新区 经开区 示范区 片区 试验区 功能区
incubator incubators incubation incubate incubated: 孵化器 孵化 众创空间 孵化基地
makerspace makerspaces: 众创空间 创客
accelerator accelerators: 加速器
textile textiles: 纺织 纺织服装 纺织业
garment garments clothing apparel: 服装 纺织服装 服饰
steel: 钢铁 钢材
metallurgy metallurgical: 冶金 冶金工贸
petrochemical petrochemicals: 石化 石油化工 石化产业
pharmaceutical pharmaceuticals biomedicine biomedical biopharmaceutical: 医药 生物医药 制药 医药产业
food: 食品 食品安全 粮食 食用农产品 食品加工
processing processed: 加工 农产品加工 精深加工 深加工 加工业
equipment: 装备 设备 装备制造 装备制造业
automobile automobiles automotive vehicle vehicles car cars: 汽车 车辆 整车 新能源汽车 汽车零部件
electronic electronics: 电子 电子信息 光电子 电子元器件 电子证照 电子印章 电子化
optoelectronics optoelectronic: 光电子 光电 光电子信息
semiconductor semiconductors chip chips: 半导体 芯片 集成电路
photovoltaic photovoltaics solar: 光伏 太阳能 光伏发电
wind: 风电 风能 风力发电
hydrogen: 氢能 制氢
storage: 储能 仓储 储备 储能电站 冷库 保鲜库
renewable renewables: 新能源 可再生能源 清洁能源
clean: 清洁 清洁能源 清洁取暖 廉洁 廉政
materials material: 材料 新材料 申报材料
coal: 煤炭 煤矿 燃煤 煤改气 煤改电
mining mine mines mineral minerals: 矿山 非煤矿山 矿产 采矿 煤矿 矿业
property properties: 房地产 物业 产权 知识产权
realty: 房地产 楼市
developer developers: 开发商 房企 房地产企业
bankrupt bankruptcy: 破产 破产重整
restructuring restructure restructured: 重组 改制 重整 兼并重组
zombie: 僵尸企业
capacity capacities: 产能 能力 容量 承载力 装机 装机容量
outdated obsolete: 落后产能 淘汰 落后
soe soes: 国有企业 国企 市属国企
individual individuals: 个体 个体工商户 个人
self: 个体 个体工商户 自建房 自主
headquarters: 总部 总部经济
platform platforms: 平台 载体 服务平台 创新平台
carrier carriers: 载体 平台 运营商
smart intelligent intelligence: 智能 智慧 智能化 智能制造 智造
artificial: 人工智能
robot robots robotics: 机器人 工业机器人
digitalization digitization digitalize digitalized digitize digitized: 数字化 数字化转型 数智化
informatization: 信息化
retrofit retrofitting retrofitted: 技改 技术改造 改造提升
profit profits profitable: 利润 利税 利润总额 盈利
tax taxes: 税务 纳税 税费
taxpayer taxpayers: 纳税人 纳税 缴税
vat: 增值税
size sized: 规模 规模以上 限额以上 限上
limit: 限额以上 限上 限额
wholesale wholesalers: 批发 批零 批发零售
catering restaurant restaurants: 餐饮 住宿餐饮 餐饮业
accommodation hotel hotels: 住宿 酒店 宾馆 星级酒店
commerce commercial: 商贸 商业 商务 商贸流通 商业综合体
complex complexes: 综合体 商业综合体
store stores shop shops: 门店 商店 网点 商铺
outlet outlets: 网点 门店 服务网点
livestreaming livestream streaming: 直播 直播带货 直播电商
express courier parcel parcels: 快递 快递业务 寄递 快件
delivery delivered deliver deliveries: 交付 保交楼 交房 配送 寄递
unfinished: 保交楼 烂尾
warehouse warehouses warehousing: 仓储 冷库 仓库 仓储物流
cold: 冷链 冷库 冷链物流
night: 夜间经济 夜经济 夜市
voucher vouchers coupon coupons: 消费券 惠民券
promotion promotions promotional: 招商 推介 促销 促消费 招商引资
introduced introduce introducing introduction: 引进 招引 引入 引资
investor investors: 投资者 投资商 客商 投资主体
merchant merchants businessmen: 客商 商会 企业家 商户
entrepreneur entrepreneurs: 企业家 创业者 民营企业家
chamber chambers: 商会 异地商会
landed landing: 落地 落户 入驻 签约落地
stationed: 入驻 进驻 驻村 驻村工作队
arrived arrival arrivals: 到位 到资 到位资金 游客 接待
place: 到位 到资 到位资金
actual actually: 实际 实际利用 实际到位 实际使用
utilized utilised utilization utilisation utilize: 利用 实际利用 利用外资 综合利用
agreement agreements: 协议 合同 框架协议 协议投资
commenced commence commencement: 开工 投产 集中开工
commissioned commissioning: 投产 投运 建成投产 达产
operation operational operating operations: 运营 运行 投产 经营 营运
reserve reserves reserved: 储备 储备项目 谋划 保护区 自然保护区
major: 重大 重大项目 重点项目 重要
priority priorities: 重点 优先 重点任务 重点工作
infrastructure: 基础设施 基建 新基建 配套设施
balance balances outstanding: 余额 贷款余额 存款余额
inclusive: 普惠 普惠金融 普惠性 包容
bank banks banking: 银行 金融机构 银行业 商业银行
counties: 县域 县级 县区 区县
cities: 城市 地市 地级市 城区
tier tiers: 层级 级
fix fixes fixing: 整改 解决 修复
institution institutions: 机构 金融机构 医疗机构 事业单位 养老机构
guarantee guarantees guaranteed guaranteeing: 担保 融资担保 保障 兜底
financing: 融资 投融资 融资担保 融资平台
credit: 信用 授信 征信 信贷 诚信
rating ratings rated: 评级 评价 等级 评定 评为
special: 专项 专项债 专项债券 特殊 特种设备 特殊教育
purpose purposes: 专项 用途
treasury: 国债 国库 特别国债
refinancing: 再融资 再融资债券
hidden implicit: 隐性债务 隐性 隐患
debt debts: 债务风险 化债 政府债务 隐性债务 化解债务
interest interests: 利息 贴息 利率 权益
discount discounted discounts: 贴息 贴现
rebate rebates refund refunds refunded: 退税 留抵退税 返还 退费 返还款
cut cuts: 减税 降费 减税降费 减免 压减 降低
reduction reductions reduce reduced reducing: 减税降费 减免 压减 降低 减少 减量 削减
exemption exemptions exempt exempted: 免征 减免 免税 豁免
fee fees charges charged: 收费 降费 费用 涉企收费 规费
burden burdens: 负担 减负 双减 减轻负担
bailout bailouts: 纾困 纾困解难
allocation allocated allocate allocating: 拨付 下达 安排 分配 配置
disbursed disburse disbursement payment payments: 发放 拨付 兑付 支付 兑现
granted grant grants: 发放 下达 授予 资助 拨付
secure secured securing obtain obtained obtaining: 争取 争资 获批 争取到 获得
strive striving: 力争 争取 努力
awarded award awards won winning: 获评 荣获 获得 奖励 表彰 获批
funding funds fund: 资金 经费 资金保障 专项资金 基金 政府性基金 财政资金
superior: 上级 上级资金 上级部门
central: 中央 中央预算内 中央资金
transfer transfers: 出让 转移支付 土地出让
nontax non-tax: 非税 非税收入
public publicly: 公共 公办 公益 公众 一般公共预算 公共服务 公开
audit audits audited auditing: 审计 审计监督 审计整改
accounting: 会计 核算
procurement procure procured: 采购 政府采购 集中采购
bidding bid bids tender tendering tenders: 招标 投标 招投标 招标投标 公共资源交易
assets: 国有资产 国资 资产总额
capital: 资本 资本金 注资 社会资本 资金
securities stock stocks: 证券 股票 股权
ppp: 政府和社会资本 社会资本
surplus: 结余 盈余 顺差
deficit deficits: 赤字 逆差
arrears arrear owed unpaid overdue: 拖欠 欠薪 清欠 拖欠账款 欠款
usd dollar dollars: 美元 亿美元 万美元
exchange: 外汇 汇率 交流 交易
hectare hectares: 公顷 亩 万亩
mu: 亩 万亩 亩产 亩均
acreage: 面积 播种面积 种植面积
sown sowing planted planting cultivation cultivated cultivating: 种植 播种 栽植 种植面积 播种面积 耕种
yield yields: 单产 亩产 产量 亩均
harvest harvested harvests: 丰收 收获 总产 夏粮 秋粮
rice: 水稻 稻谷 大米 优质稻
wheat: 小麦
corn maize: 玉米
soybean soybeans soy: 大豆
potato potatoes: 马铃薯 土豆
vegetable vegetables: 蔬菜 菜篮子 果蔬
fruit fruits: 水果 果蔬 林果 果园
tea: 茶叶 茶园 茶产业
oilseed rapeseed: 油菜 油料 油料作物
oil: 油料 石油 油菜 成品油
cotton: 棉花
seed seeds seedling seedlings: 种业 种子 育种 良种 育苗 苗木
breeding bred: 育种 养殖 繁育 良种
pig pigs hog hogs pork: 生猪 猪肉 能繁母猪
cattle cow cows beef: 肉牛 奶牛 牛肉 养牛
sheep mutton goat goats: 肉羊 羊肉 养羊
dairy milk: 奶业 乳业 牛奶 奶牛 乳制品 奶源
poultry: 家禽 禽类 蛋禽
slaughter slaughtered: 出栏 屠宰 屠宰场
aquaculture aquatic fishery fisheries fish fishing: 水产 渔业 养殖 水产品 水产养殖
crayfish lobster lobsters: 小龙虾 龙虾 虾稻 稻虾 虾稻共作
shrimp shrimps: 小龙虾 虾稻 稻虾
mechanization mechanized mechanisation machinery: 机械化 农机 农业机械 农机具
irrigation irrigated irrigate: 灌溉 农田水利 灌区 节水灌溉
farmland cropland arable: 耕地 农田 高标准农田 基本农田 永久基本农田
standard standards: 高标准 标准 达标 标准化
standardized standardization standardised standardisation: 标准化 规范化 标准化建设
family families: 家庭农场 家庭 家庭医生 家庭医生签约 户
farm farms: 家庭农场 农场 养殖场 牧场
products product: 产品 农产品 产品质量
indication indications: 地理标志 地理标志产品
geographical: 地理标志 地理
certified certification certificate certificates: 认证 认定 证书 持证 绿色食品
organic: 有机 有机农产品 有机肥
revitalization revitalize revitalizing revitalise rejuvenation: 振兴 乡村振兴 全面振兴
countryside: 乡村 农村 乡村建设
collective collectives: 集体 村集体 集体经济 村级集体经济 集体学法
homestead homesteads: 宅基地
contracting contractor contractors: 承包 承包地 土地承包 承包经营
rental rent rented renting lease leased leasing: 租赁 出租 租金 保障性租赁住房 保租房 公租房
beautiful livable liveable: 美丽乡村 宜居 和美乡村 宜居宜业
toilet toilets: 厕所 改厕 户厕 公厕 厕所革命
sanitation sanitary hygiene hygienic: 环卫 卫生 人居环境 卫生城市 爱国卫生
garbage waste wastes rubbish trash: 垃圾 生活垃圾 废弃物 固废 垃圾分类
sewage wastewater: 污水 污水处理 生活污水 污水管网 污水处理厂
drinking potable: 饮水 饮水安全 饮用水 饮用水源
consolidate consolidated consolidating consolidation: 巩固 巩固拓展 衔接
relapse: 返贫 致贫 防止返贫 返贫致贫
monitoring monitor monitored: 监测 监控 动态监测 监测点
villager villagers: 村民 村民自治
cadre cadres official officials: 干部 党员干部 领导干部 公职人员 村干部
secretary secretaries: 书记 第一书记 党支部书记
specialty specialties distinctive characteristic featured: 特色 特产 土特产 特色产业
herdsmen herders herdsman pastoral pasture pastures: 牧区 牧民 草场 畜牧业
grassland grasslands: 草原 草场 草原生态
afforestation afforested reforestation: 造林 植树造林 国土绿化 人工造林
tree trees: 植树 树木 苗木 义务植树
coverage: 覆盖率 覆盖 全覆盖 森林覆盖率 覆盖面
vegetation: 植被 植被恢复 植被覆盖
restoration restored restore restoring: 修复 恢复 生态修复 植被恢复
wetland wetlands: 湿地 湿地公园
desertification sand sandy: 沙化 荒漠化 防沙治沙 沙化土地
erosion: 水土流失 侵蚀 水土保持
soil: 土壤 水土 土壤污染 水土保持
river rivers: 河流 河道 河湖 江河 河渠
lake lakes: 湖泊 河湖 湖长
chief chiefs: 河长 林长 湖长 河湖长 河长制
cleanup: 清理 清淤 整治 清四乱
dredging dredged: 清淤 疏浚
embankment embankments dike dikes levee levees: 堤防 堤坝 大堤
reservoir reservoirs: 水库 病险水库
flood floods flooding: 防汛 洪水 汛期 防洪 防汛抗旱
drought: 抗旱 干旱 防汛抗旱
disaster disasters: 灾害 自然灾害 地质灾害 防灾减灾
waterlogging waterlogged: 易涝点 内涝 渍水点 积水点 易涝
drainage: 排水 排涝 排水管网
rainwater stormwater: 雨水 雨污分流 雨水管网
separation separated: 分流 雨污分流 分离
conservancy hydraulic: 水利 水利工程 水利设施
affordable subsidized subsidised: 保障性 保障房 保障性住房 公租房 经济适用房 保障性安居工程 保租房
resettlement relocation relocated relocate: 安置 安置房 搬迁 易地搬迁 征迁 搬迁安置
demolition demolished demolish: 拆迁 征收 拆除 征迁 拆违
expropriation expropriated requisition: 征收 征地 征迁 房屋征收
dilapidated: 危房 危旧房 危房改造 病险
elevator elevators lift lifts: 电梯 加装电梯
pipe pipes pipeline pipelines: 管网 管道 管线 地下管网 雨污管网
network networks: 管网 网络 网点 路网
gas: 燃气 天然气 管道燃气 燃气管网 燃气安全
heating heat: 供热 供暖 集中供热 热源 取暖
supply supplied supplies supplying: 供应 供给 供水 供电 供气 供地
treatment treated: 处理 治理 污水处理 治疗 无害化处理
factory factories: 工厂 厂房 标准厂房 工业企业
workshop workshops: 车间 厂房 扶贫车间 帮扶车间
bridge bridges: 桥梁 大桥 危桥
tunnel tunnels: 隧道
overpass overpasses flyover: 立交 高架 立交桥
street streets: 街道 街区 大街 背街小巷 步行街
alley alleys lane lanes: 背街小巷 小巷 巷道 车道
sidewalk sidewalks pavement pedestrian: 人行道 步行街 步道
lighting streetlight streetlights lamps: 路灯 亮化 照明
parking: 停车场 车位 泊位
spaces: 车位 停车位 泊位
space: 面积 空间
charging chargers charger: 充电桩 充电 充电站 充电设施
pile piles: 充电桩
greenway greenways: 绿道
plaza plazas: 广场
garden gardens gardening: 公园 口袋公园 游园 花园 园林 园林城市
pocket: 口袋公园
landscape landscaping: 景观 园林 绿化 景观提升
sponge: 海绵城市
underground: 地下 地下管网 综合管廊 地下水
corridor corridors: 管廊 综合管廊 廊道 走廊 通道
commodity: 商品房 商品
urbanization urbanisation: 城镇化 城镇化率 新型城镇化 城市化
seat: 县城 城关
land: 土地 用地 建设用地 土地出让 供地
idle: 闲置 闲置土地 批而未供
reclamation reclaimed: 复垦 土地整治 占补平衡
spatial territorial: 国土空间 国土 空间规划 国土空间规划
surveying mapping: 测绘 确权
immovable: 不动产 不动产登记
provident: 公积金 住房公积金
purchase purchased purchases purchasing buying: 购买 购房 采购 收购 购置
acquisition acquisitions merger mergers: 并购 兼并 收购 兼并重组
owners owner: 业主 业委会 所有者
committee committees: 委员会 居委会 村委会 业委会 常委会 党委 县委 市委 区委 旗委
throughput: 吞吐量 旅客吞吐量 货邮吞吐量 货物吞吐量
flight flights airline airlines: 航线 航班 航空 通航 航空公司
route routes: 路线 线路 航线 公交线路 精品线路
aviation: 航空 民航 通用航空 通航
berth berths wharf wharves terminal terminals dock docks: 码头 泊位 港口 航站楼
container containers teu: 集装箱 标箱 万标箱
shipping waterway waterways: 航运 航道 水运 内河
speed: 高铁 高速 高速铁路 提速
station stations: 站点 高铁站 火车站 车站 基站 加油站 充电站
base bases: 基地 基站 生产基地
bus buses: 公交 公交车 客车 公交线路 城乡公交
subway metro: 地铁 轨道交通 轨道
transit: 公交 轨道交通 公共交通
taxi taxis: 出租车 出租汽车 网约车
bicycle bicycles bike bikes: 自行车 共享单车 电动自行车
electric: 电动 电动自行车 电动车 电动汽车
congestion congested: 拥堵 堵点 治堵
bottleneck bottlenecks: 堵点 瓶颈 卡脖子 断头路
trunk arterial: 主干道 干线 主干路 干道
mileage: 里程 通车里程 公路里程
opened opening: 通车 开通 开业 开放 对外开放 投用
multimodal intermodal: 多式联运 联运
hub hubs: 枢纽 交通枢纽 物流枢纽
customs: 海关 通关 口岸
bonded: 保税 综合保税区 保税区 保税物流
pilot pilots: 试点 先行先试 自贸试验区 试点示范
demonstration exemplary model models: 示范 示范区 示范县 示范点 样板 标杆
border crossborder cross-border: 跨境 边境 口岸 跨境电商
altitude: 低空 低空经济
excellent: 优良 优良率 优良天数 优秀
particulate particulates particle particles: 细颗粒物 颗粒物 可吸入颗粒物
concentration concentrations: 浓度 平均浓度 年均浓度
ozone: 臭氧
dust: 扬尘 粉尘 降尘
smog haze: 雾霾 重污染天气 重污染
section sections: 断面 国控断面 省控断面 考核断面 路段
compliance compliant attainment: 达标 达标率 合规 水质达标
black odorous odor smelly: 黑臭 黑臭水体
source sources: 水源 水源地 污染源 来源 饮用水源
groundwater: 地下水
discharge discharges discharged: 排放 排污口 入河排污口 排污
carbon: 双碳 碳达峰 碳中和 碳排放 低碳 碳汇
peak peaking: 碳达峰 达峰 峰值 迎峰度夏 高峰
neutrality neutral: 碳中和 中和
lowcarbon low-carbon: 低碳 绿色低碳
conservation conserve conserved: 节能 节约 保护 节水 水土保持
saving savings: 节能 节约 节水 储蓄 节能降耗
intensity: 强度 能耗强度 碳排放强度 研发投入强度
protection protect protected protecting: 保护 环境保护 生态保护 保护区 保护修复
biodiversity: 生物多样性
wildlife: 野生动物 野生动植物
ban banned banning prohibition prohibited: 禁捕 禁止 禁渔 禁烧 禁养
straw: 秸秆 秸秆综合利用 秸秆禁烧
fertilizer fertilizers fertiliser pesticide pesticides: 化肥 农药 减量 化肥农药
manure: 畜禽粪污 粪污 粪污资源化利用
recycling recycled recycle reuse reused: 回收 循环利用 资源化利用 再生资源 回收利用
circular: 循环经济 循环 循环化
solid: 固废 固体废物 一般固废
hazardous: 危险废物 危废 危险化学品 危化品
inspection inspections inspected inspect inspector inspectors: 督察 检查 巡查 督查 巡视 巡察 执法检查
rectification rectified rectify rectifying: 整改 整治 整改落实 整改率 销号
remediation remediate remediated: 整治 治理 修复 综合整治
governance govern governing: 治理 社会治理 综合治理 基层治理 治理能力
comprehensive integrated: 综合 综合治理 一体化 综合执法
sky: 蓝天 蓝天保卫战
battle battles crackdown: 攻坚战 保卫战 专项行动 攻坚 专项整治
campaign campaigns: 攻坚战 专项行动 攻坚 专项整治 系列活动 活动
noise: 噪声 噪音
radiation: 辐射
greenhouse greenhouses: 温室气体 大棚 温室 设施农业
shed sheds: 大棚 棚室
civilization civilized civility: 文明 生态文明 文明城市 精神文明
sorting classification classified: 分类 垃圾分类 分类管理
incineration incinerator: 焚烧 垃圾焚烧
landfill landfills: 填埋 垃圾填埋场
harmless: 无害化 无害化处理
sludge: 污泥
entrepreneurship startup startups: 创业 创业就业 创新创业 双创 初创
reemployment re-employment reemployed: 再就业 就业困难人员
surveyed survey surveys: 调查 调查失业率 问卷
migrant migrants: 农民工 外出务工 转移就业 流动人口
vocational: 职业 职业教育 职业技能 职校 中职 高职 技工
skills skill skilled: 技能 技能培训 技能人才 职业技能 技工
technical: 技术 技能 技工 技术人员
apprenticeship apprentice apprentices: 学徒 学徒制
talent talents talented: 人才 高层次人才 引进人才 人才引进 人才队伍
expert experts specialist specialists: 专家 专业人才 专家团队
returnee returnees: 返乡 返乡创业 回流
youth young: 青年 青少年 年轻 青年人才
women woman female females: 妇女 女性 妇幼 妇联
maternal: 妇幼 孕产妇 母婴
infant infants baby babies toddler toddlers: 婴幼儿 婴儿 幼儿
mortality: 死亡率 孕产妇死亡率 婴儿死亡率
birth births fertility: 生育 出生 出生人口 生育支持
childcare nursery nurseries daycare: 托育 托位 托育机构 托幼 普惠托育 托育服务
places slots: 学位 托位 床位 车位
seats: 学位 座位 席位
bed beds: 床位 病床 养老床位 护理型床位
hospitalization inpatient inpatients: 住院 住院费用
outpatient outpatients: 门诊 门诊量
retiree retirees retired retirement: 退休 离退休 退休人员 退休金
veteran veterans: 退役军人 退役 优抚 退伍
military army troops soldiers: 军人 部队 国防 双拥 军队 驻军 士兵
conscription enlistment: 征兵 入伍
martyr martyrs: 烈士 英烈
disabled disability disabilities handicapped: 残疾人 残疾 残障 残联 重度残疾
orphan orphans: 孤儿 困境儿童
left-behind leftbehind: 留守 留守儿童 留守老人 留守妇女
allowance allowances: 低保 补贴 津贴 补助 补助金
subsistence dibao: 低保 最低生活保障 低保对象
destitute: 特困 特困人员 分散供养 集中供养 特困供养
hardship needy difficulty difficulties: 困难 困难群众 困难群体 特困 生活困难
vulnerable: 困难群体 弱势群体 特殊群体 特殊困难群体
temporary: 临时救助 临时
charity charitable donation donations donated: 慈善 捐赠 捐款 慈善事业
volunteer volunteers voluntary volunteering: 志愿者 志愿服务 志愿 义工
nursing: 护理 养老院 护理型 养老机构 敬老院
canteen canteens meal meals dining: 食堂 助餐 老年食堂 助餐点 长者食堂 老年助餐
seniors senior elders: 老年人 长者 老年 高龄
aging ageing: 老龄化 老龄 人口老龄化 适老化
critical catastrophic: 大病 大病保险 重特大疾病
illness disease diseases: 疾病 大病 慢性病 传染病 地方病
chronic: 慢性病 慢病
epidemic pandemic covid: 疫情 疫情防控 新冠 传染病
vaccination vaccine vaccines vaccinated: 疫苗 接种 疫苗接种
prevention prevent preventing prevented: 防控 防治 预防 防范 防止
control controlled controlling: 防控 管控 控制 调控
nurse nurses: 护士 护理 注册护士
practitioner practitioners: 全科医生 全科 执业医师
traditional tcm: 中医 中医药 传统 中医院
medicine medicines: 医药 中医药 药品 医药产业
pharmacy pharmacies drugstore drugstores: 药店 药房 零售药店
drug drugs: 药品 毒品 禁毒 药品安全
narcotics: 毒品 禁毒
alliance alliances consortium: 医共体 医联体 联盟 产业联盟
reimbursement reimbursed: 报销 报销比例 结算 医保报销
settlement settlements: 结算 直接结算 安置 异地结算
insured: 参保 参保人数 参保率 参保人员
contribution contributions: 缴费 缴纳 贡献 贡献率 征缴
levy levies levied collection collected: 征收 征缴 收费 收集 收运 收集率
fitness: 全民健身 健身 健身设施
stadium stadiums gymnasium gymnasiums: 体育馆 体育场 场馆 体育中心
venue venues: 场馆 场地 场所
library libraries: 图书馆 农家书屋 书屋
museum museums: 博物馆 纪念馆
theater theatre theatres theaters cinema cinemas: 剧院 影院 电影院 剧场
heritage: 非遗 文化遗产 非物质文化遗产 文物 遗产
intangible: 非遗 非物质文化遗产
relic relics antiquities: 文物 文物保护
archaeological archaeology: 考古 遗址 考古遗址
ruins: 遗址 遗址公园
performance performances: 绩效 演出 业绩 文艺演出 惠民演出 绩效评价
reading: 阅读 全民阅读 书香
film films movie movies: 电影 放映 农村电影
broadcasting broadcast radio television: 广播 电视 广播电视 广电
media: 媒体 融媒体 新媒体 媒体融合
scenic: 景区 景点 风景 风景区 旅游景区
attraction attractions: 景区 景点 旅游景区 网红打卡
level levels grade graded: 等级 级别 评定
homestay homestays guesthouse guesthouses: 民宿 农家乐
agritainment: 农家乐 休闲农业
leisure recreation recreational: 休闲 游乐 休闲农业 康养 文旅
wellness: 康养 健康养老 养生
festival festivals: 节庆 旅游节 文化节 节会 艺术节
marathon: 马拉松
event events: 赛事 活动 节会 体育赛事
competition competitions contest contests tournament tournaments: 竞争 赛事 比赛 竞赛 大赛 公平竞争
trips: 人次 游客 出游
red: 红色 红色旅游 红色文化 红色资源
middle: 初中 中学
junior: 初中 专科 大专
college colleges university universities: 高校 大学 学院 大专 高职 高等院校
compulsory: 义务教育 强制 义务
enrollment enrolment enrolled enrol admission admissions: 入学 招生 入学率 录取 入园 参保 参保率
dropout dropouts: 辍学 控辍保学
degree degrees diploma diplomas: 学历 学位 文凭
bachelor bachelors undergraduate undergraduates: 本科 大学本科 学士 本科学历
postgraduate postgraduates master masters: 研究生 硕士 硕士研究生 研究生学历
phd doctoral doctorate: 博士 博士研究生 博士学位
associate: 大专 专科 大专学历
background backgrounds qualification qualifications: 学历 资质 资格 任职资格
balanced: 均衡 优质均衡 均衡发展 基本均衡
boarding: 寄宿制 寄宿 寄宿生
campus campuses: 校园 校区 校舍
classroom classrooms: 教室 课堂
course courses curriculum: 课程 课程体系
afterschool after-school: 课后服务 课后
tutoring: 校外培训 课外辅导 校外
kindergarten kindergartens: 入园 公办幼儿园 普惠性幼儿园 托幼
teacher teachers: 教职工 师资 教师队伍 专任教师
principal principals: 校长
exam exams examination examinations: 考试 高考 中考 考录 资格考试
gaokao: 高考
recruit recruits recruited recruitment recruiting hire hired hiring: 招聘 招录 考录 录用 招考 公开招聘 引进
appointed appoint appointment appointments: 任命 聘任 聘用 任用 聘请 任职
selected select selection: 选拔 遴选 选调 评选 选派
civil: 民政 民事 公务员
servant servants: 公务员
staff staffing personnel employee employees: 工作人员 人员 职工 干部职工 编制 在编
workforce team teams contingent: 队伍 人才队伍 执法队伍 队伍建设 团队
post posts: 岗位 职位 公益性岗位 就业岗位
fulltime full-time: 专职 全职 专职人员
parttime part-time: 兼职 兼职人员
professional: 职称 专业技术 专业技术人才 专业化
titles: 职称 称号 荣誉称号
department departments: 部门 单位 职能部门 主管部门
agency agencies bureau bureaus: 部门 机构 主管部门
organ organs: 机关 行政机关 党政机关
party: 党委 党组 党员 党建 党支部 党组织
cpc communist: 中共 共产党 党中央 党委
congress deputies: 人大 人大代表 人代会 人民代表大会
cppcc consultative: 政协 政协委员 协商 政治协商
proposal proposals: 提案 建议 议案 政协提案
suggestion suggestions recommendation recommendations: 建议 意见建议 代表建议 人大代表建议
motion motions: 议案
supervision supervise supervised supervisory oversight: 监督 监管 监察 督查 监督检查
regulation regulations: 法规 条例 规章 规定 地方性法规
regulatory regulate regulated regulator regulators: 监管 监管部门 监督管理 监管执法
accountability accountable: 问责 追责 责任追究 问责追责
responsibility responsibilities responsible: 责任 职责 责任制 主体责任 责任清单
integrity: 廉政 廉洁 诚信 廉洁自律 诚信建设
honesty honest: 廉洁 诚信 守信
corruption anticorruption anti-corruption graft bribery: 腐败 反腐败 反腐 廉政 廉政建设 受贿
discipline disciplinary: 纪律 纪检 纪检监察 处分 党纪 政务处分
frugal frugality austerity thrift: 过紧日子 节俭 厉行节约 三公经费 勤俭节约
formalism bureaucratism bureaucracy: 形式主义 官僚主义
meeting meetings: 会议 文山会海 常务会议 会风
document documents: 文件 规范性文件 公文 文件材料
normative: 规范性文件 规范性 行政规范性文件
legality lawfulness legitimacy lawful legitimate: 合法性 合法性审查 合法 合法合规 合法权益
review reviewed reviewing reviews: 审查 审核 审议 审查备案 回顾 复核 复议
filing filed: 备案 立案 审查备案 备案审查
legislation legislative legislate: 立法 立法计划 地方立法 立法工作
rules: 规章 规则 制度 规章制度
supporting: 配套 扶持 支持 支撑
mechanism mechanisms: 机制 体制机制 工作机制 长效机制
institutional: 制度 体制 制度建设 体制改革
reconsideration reconsider reconsidered: 复议 行政复议 复议申请 复议机关
appeal appeals: 复议 上诉 申诉 申请复议
litigation lawsuit lawsuits: 出庭应诉 应诉 诉讼案件 行政应诉
court courts: 法院 出庭 庭审 人民法院
appearance appear appeared appearing: 出庭 出庭应诉 出庭率
respond responding response responded responses: 应诉 回应 响应 答复 应对
defendant defendants: 被告 被诉
plaintiff plaintiffs: 原告
judgment judgments judgement ruling rulings verdict verdicts: 判决 裁判 裁定 判决书
overturned corrected correction corrections: 纠错 纠错率 撤销 变更 纠正
revoked revoke revocation revoking: 撤销 吊销
enforcement enforce enforced enforcing: 执法 执行 行政执法 执法检查 综合执法
coercive coercion: 强制 行政强制 强制措施
licensing license licenses licence licences permit permits permission: 许可 行政许可 证照 许可证 许可事项
random randomly: 双随机 随机 抽查 双随机一公开
spot: 抽查 抽检 现场 点位
sampling sample samples sampled: 抽检 抽样 抽查 抽检合格率
officer officers: 执法人员 干警 民警 工作人员
police policing policemen: 公安 民警 警务 派出所 公安机关
procuratorate procuratorates prosecutor prosecutors procuratorial: 检察院 检察 检察机关 检察官
judicial justice: 司法 司法局 司法所 公正 司法行政
lawyer lawyers attorney attorneys: 律师 律师事务所 公职律师
notary notarization notarial notarized: 公证 公证处
adviser advisers advisor advisors counsel counsels: 法律顾问 顾问 公职律师
consultation consultations consult consulted: 咨询 法律咨询 协商 征询
aid: 法律援助 援助 援建 对口援助
publicity propaganda awareness dissemination: 普法 宣传 法治宣传 宣传教育 宣传活动 公示
popularization popularize popularizing popularise: 普法 普及 科普 普法宣传
lecture lectures: 讲座 宣讲 专题讲座
learning learn studied: 学习 学法 专题学习 学法用法
conflict conflicts contradiction contradictions: 矛盾 矛盾纠纷 冲突
grassroots: 基层 基层治理 基层组织 村居
grid grids gridded: 网格 网格化 网格员 电网
mediator mediators: 人民调解员 调解员 调解组织 人民调解委员会
arbitration arbitrate arbitrated: 仲裁 劳动仲裁 劳动人事争议 仲裁院
letter letters: 来信 来访 信访 来信来访
tipoffs tip-offs whistleblowing whistleblower: 举报 举报线索
reporting: 举报 报告 报送 上报
request requests requested: 诉求 申请 请求 需求
application applications apply applied applicant applicants: 申请 申报 申请人 申领 应用
feedback: 反馈 回访 答复 回复
reply replied replies: 答复 回复 办复 回应
closed closure concluded conclude: 办结 结案 关停 关闭 审结 办结率
trial trials: 审理 审结 庭审 试行 试运行
hearing hearings: 听证 听证会 庭审
timely timeliness: 及时率 按时 及时 按期
disclosure disclose disclosed transparency transparent: 公开 政务公开 信息公开 公示 透明 政府信息公开
information info: 信息 政府信息 信息化 信息公开
announced announcement announcements publication published publish: 公布 发布 公示 公告 发布会
website websites portal portals: 网站 门户网站 政府网站 政务网站
wechat: 微信 公众号 政务微信
decision decisions decision-making decisionmaking: 决策 重大行政决策 决定 决策程序
opinion opinions: 意见 意见建议 民意 指导意见
solicit solicited soliciting: 征求 征求意见 征集 公开征求意见
participation participate participated participating: 参与 公众参与 参加 参与率
democratic democracy: 民主 民主决策 全过程人民民主
discussion discussed deliberation deliberated: 讨论 集体讨论 审议 研究
executive: 常务会议 常务 执行
evaluation evaluate evaluated assessment assess assessed appraisal: 评估 评价 考核 测评 考评
indicator indicators: 指标 指标体系 主要指标 约束性指标
lists inventory checklist checklists: 清单 目录 负面清单 权责清单 清单管理
negative: 负面清单 负面 负面影响
powers: 权力 职权 权责 权责清单 权限
delegated delegate delegation decentralization decentralized: 简政放权 放权 下放 放管服 赋权
streamline streamlined streamlining: 精简 简化 简政放权 压减 优化流程
onestop one-stop: 一站式 一窗受理 一网通办 一次办
window windows counter counters: 窗口 一窗 综合窗口 服务窗口
online: 网办 一网通办 掌上办 全程网办
mobile: 移动 掌上 掌上办 移动端 手机
shorten shortened shortening compress compressed: 压缩 缩短 压减 提速
seal seals: 印章 电子印章
commitment commitments pledge notification: 告知承诺 承诺制 承诺 告知
dishonest dishonesty blacklist blacklisted: 失信 失信被执行人 黑名单 失信惩戒 联合惩戒
trustworthy: 守信 诚信 守信激励
fair: 公平 公平竞争 公平竞争审查
monopoly monopolies: 垄断 反垄断
business businesses: 营商 营商环境 涉企
convenient convenience facilitation facilitate facilitating: 便利 便利化 便民 便捷 便民服务
efficiency efficient effectiveness effective: 效能 效率 效益 质效 实效
benefit benefits beneficiaries benefited benefiting: 惠及 受益 效益 惠民 受惠
livelihood livelihoods: 民生 民生实事 民生工程 民生支出
practical: 实事 民生实事 务实 实效
item items matters: 事项 服务事项 政务服务事项 事项清单
emergency emergencies: 应急 突发事件 应急管理 应急救援 应急预案
rescue rescued: 救援 应急救援 救助 搜救
drill drills exercise exercises: 演练 应急演练
fire fires firefighting: 消防 火灾 防火 森林防火 消防安全
firefighter firefighters: 消防员 消防救援 消防救援队伍
accident accidents incident incidents: 事故 生产安全事故 突发事件 事件 安全事故
fatality fatalities death deaths died: 死亡 死亡人数 亡人 伤亡
casualties casualty: 伤亡 亡人
investigation investigations investigated investigate: 排查 调查 查处 侦办 查办
screening screened: 排查 筛查 隐患排查 摸排
fireworks firecrackers: 烟花爆竹
cylinder cylinders: 气瓶 液化气瓶
devices device: 医疗器械 器械 设备
cosmetics: 化妆品
counterfeit fake: 假冒 假冒伪劣 伪劣 侵权假冒
rights: 权益 维权 合法权益 权利 产权
qualified: 合格 合格率 达标 合格证
geological: 地质灾害 地质
earthquake earthquakes seismic: 地震 抗震 防震减灾
weather: 极端天气 气象 天气 恶劣天气
meteorological: 气象 气象灾害
order orders: 秩序 社会秩序 订单
crime crimes criminal criminals: 犯罪 刑事 刑事案件 违法犯罪
gang gangs organized organised mafia: 扫黑除恶 黑恶 涉黑 黑恶势力
fraud frauds scam scams: 诈骗 电信诈骗 反诈 电诈 电信网络诈骗
telecom telecommunications: 电信 通信 电信网络
camera cameras surveillance video: 视频监控 摄像头 监控 视频
invention inventions: 发明 发明专利 有效发明专利
intellectual: 知识产权 知识产权保护
trademark trademarks: 商标 注册商标 驰名商标
ownership: 拥有量 所有制 产权 权属
holding holdings: 拥有量 持有 控股
transaction transactions traded trading: 交易 成交 交易额 技术合同成交额 交易量
commercialization commercialize commercialise conversion converted: 成果转化 转化 产业化 科技成果转化
laboratory laboratories lab labs: 实验室 重点实验室 实验室体系
institute institutes academy academies: 研究院 研究所 研究院所 科学院 研究机构
engineering: 工程 工程技术 工程研究中心
academician academicians: 院士 院士工作站 院士专家
postdoctoral postdoc: 博士后 博士后工作站
workstation workstations: 工作站 院士工作站 专家工作站
science sciences scientific: 科学 科技 科学技术 科普 科研
cooperation cooperate collaboration collaborate partnership: 合作 协作 产学研 校企合作 对口协作
counterpart paired pairing: 对口 对口支援 结对 东西部协作 对口协作
support supported supporting: 支持 扶持 帮扶 支撑 扶持政策
digital: 数字经济 数字化 数字政府 数智 数字乡村
data: 数据 大数据 数据中心 算力 数据资源
computing compute: 算力 计算 云计算 算力中心
cloud: 云计算 上云 云平台 企业上云
gigabit broadband fiber fibre optical: 千兆 宽带 光纤 光网 千兆光网
egovernment e-government: 电子政务 数字政府 政务服务 政务云
software: 软件 信息技术服务
core: 核心 核心产业 核心区 核心技术
brain: 城市大脑
integration integrate integrating: 融合 一体化 整合 融合发展
coordinated coordination coordinate coordinating: 协同 统筹 协调 协同发展 统筹推进
regional regions: 区域 地区 区域性 区域协调
circle circles: 都市圈 城市圈 经济圈 生活圈 城市群
belt belts: 经济带 产业带
deepen deepened deepening: 深化 深化改革 纵深推进
marketization market-oriented: 市场化 市场化改革
hukou residence: 户籍 户口 落户 居住证 户籍人口
settle settled: 落户 落地 安家
producer producers: 生产性服务业 生产者 生产企业
social societal society: 社会 社会事业 社会保障 社会化 社会治理
undertakings: 事业 社会事业 公益事业
socialized socialised: 社会化服务 社会化 托管
trusteeship: 托管 土地托管 全程托管
circulation: 流转 流通 商贸流通
operator operators: 经营主体 新型经营主体 运营商 运营主体
industrialization industrialisation: 产业化 农业产业化 工业化 新型工业化
modern modernization modernisation modernized: 现代化 现代 现代农业 现代服务业 现代化建设
weak: 薄弱 薄弱村 空壳村 薄弱环节
ethnic minority minorities ethnicity: 民族 少数民族 民族团结 民族工作
religion religious: 宗教 宗教事务 宗教场所
unity solidarity: 团结 民族团结
overseas: 海外 侨胞 境外 侨务
revolutionary: 革命老区 老区 革命
patriotic patriotism: 爱国 爱国主义 爱国卫生
values: 价值观 核心价值观
moral morality ethics ethical: 道德 公德 思想道德 道德模范
creative creativity: 文创 创意 文化创意
animation: 动漫
publishing: 出版 新闻出版
athlete athletes: 运动员
medal medals: 奖牌 金牌
honor honors honour honours honorary: 荣誉 称号 荣获 荣誉称号
reward rewards incentive incentives: 奖励 奖补 激励 以奖代补 奖励资金
targeted precise precision: 精准 精准扶贫 精准施策
universal universally: 普及 普惠 全民 全覆盖
gap gaps: 差距 收入差距 城乡差距 短板 差值
kilowatt kilowatts kwh: 千瓦时 千瓦 万千瓦时
megawatt megawatts: 兆瓦 万千瓦
cubic: 立方米 万立方米
meter meters metre metres: 米 平方米 立方米 延米
apartment apartments flats: 住房 套房 公寓 人才公寓
times: 次 人次 倍 万人次
electricity: 用电量 用电 供电 全社会用电量
substation substations: 变电站 输变电 变电
voltage kilovolt kilovolts: 千伏 电压
transmission: 输电 输变电 线路
hydropower: 水电 水电站
goods: 商品 消费品 货物 商品房
approved approve: 获批 批准 批复 核准 审批
expected projected estimated estimate forecast: 预计 预期 力争 预期目标
objective objectives: 目标 预期目标 目标任务
farmer farmers: 农户 种植户 养殖户 农民收入
households: 户数 万户 住户
enterprise enterprises: 规上企业 四上企业 市场主体
industrial: 工业园区 工业园 产业园 工业增加值 工业经济
investment: 招商引资 投资额 项目投资
tourism: 旅游收入 旅游综合收入 文旅 全域旅游 文化旅游
employment: 就业创业 稳就业 就业岗位 就业率
retail: 零售额 网络零售 网上零售
loan loans: 贷款余额 授信 信贷投放
foreign: 外资 外商投资 外向型 外资企业
export exports: 出口额 进出口总额
old: 老旧小区 老旧管网 老旧
urban: 城区 城乡 城市更新 中心城区
rural: 农村公路 乡村振兴 农村人居环境 农业农村
pension pensions: 基本养老 基本养老保险 养老保险金
medical: 医保 医疗保障 医疗机构 医疗服务 医疗卫生
insurance: 参保 医疗保险 失业保险 工伤保险 社会保险
welfare: 福利 社会福利 福利院 儿童福利
safety: 食品安全 安全生产 安全隐患 生产安全
emission emissions: 减排 节能减排 污染物排放
money cash: 资金 投入 经费 支出 现金
cost costs costing costly: 成本 费用 投资 总投资 造价
expense expenses: 费用 经费 支出 开支
spend spends spent spending: 资金 投入 支出 经费
pay pays paid paying payout payouts: 支付 发放 兑付 缴纳 工资
earn earns earned earning earnings: 收入 收益 利润 增收
gain gains gained: 增长 收益 增收
loss losses losing lossmaking: 亏损 损失 减亏
rich richer wealth wealthy prosperity prosperous: 富裕 致富 共同富裕 增收
poorer poorest: 贫困 困难群众 特困 低收入
cheap cheaper cheapest: 降价 平价 低价 集采
expensive pricey: 价格 物价 费用 高价
borrow borrows borrowed borrowing: 举债 借款 融资 债务 贷款
owe owes owing: 欠款 拖欠 债务
repay repaid repaying repayment repayments: 偿还 还款 化债 清偿
dividend dividends: 分红 收益分红 红利
boom booming thriving flourishing: 繁荣 活跃 兴旺 火热
slump slowdown downturn recession: 下行 下行压力 放缓 下滑 经济下行
slow slower slowed slowing: 放缓 回落 下行 缓慢
stimulus: 稳增长 刺激消费 一揽子 促消费
policy policies: 政策 政策措施 惠企政策 扶持政策
customer customers client clients: 客户 消费者 顾客
shopping shopper shoppers: 购物 消费 商圈 网购
mall malls: 商场 购物中心 商业综合体 商圈
supermarket supermarkets: 超市 商超 连锁超市
grocery groceries: 菜市场 农贸市场 商超 菜篮子
vendor vendors hawker hawkers peddler peddlers stall stalls: 摊贩 流动摊贩 摊点 商贩 占道经营
street stalls | street vendors | roadside stalls | street hawkers: 摊贩 流动摊贩 摊点 占道经营 马路市场
nightlife: 夜间经济 夜经济 夜市
corporation corporations corporate: 企业 公司 集团 国企
employer employers boss bosses: 用人单位 企业 雇主 用工单位
sell sells selling: 销售 销路 售卖 销量
buy buys bought: 购买 购置 收购 采购
buyer buyers: 采购商 买家 客商
tech: 科技 技术 高新技术 科创
ai: 人工智能 智能 大模型
drone drones: 无人机 低空经济
battery batteries lithium: 电池 锂电池 动力电池 储能 锂电
phone phones telephone telephones: 电话 热线 手机 来电
smartphone smartphones cellphone cellphones: 手机 智能终端 掌上
machine machines: 机械 设备 装备
carmaker carmakers automaker automakers: 汽车 整车 车企 汽车企业
furniture: 家具 家居
shoes footwear: 鞋业 制鞋 鞋服
cement concrete: 水泥 建材 混凝土
plastic plastics: 塑料 限塑 塑料污染
timber wood lumber: 木材 林木 木业 木材加工
petrol gasoline diesel: 成品油 汽油 柴油 加油站
fuel fuels: 燃料 燃油 燃气 成品油
dam dams: 水库 大坝 水电站
blackout blackouts outage outages: 停电 断电 供电可靠性
builders builder: 建筑业 施工企业 建筑企业
peasant peasants: 农民 农户
grower growers: 种植户 种植大户 农户
field fields: 农田 田间 领域
paddy paddies: 水稻 稻田
chicken chickens hen hens broiler broilers: 肉鸡 蛋鸡 家禽 养鸡
egg eggs: 禽蛋 鸡蛋 蛋鸡
duck ducks goose geese: 肉鸭 家禽 养鸭 鹅业
mushroom mushrooms fungi: 食用菌 菌菇 香菇
herb herbs herbal: 中药材 中草药 药材
tobacco: 烟叶 烟草
nut nuts walnut walnuts chestnut chestnuts: 核桃 板栗 坚果 干果
apples orchard orchards: 苹果 果园 林果 果树
oranges citrus tangerine tangerines: 柑橘 脐橙 柑橘类
liquor baijiu distillery distilleries wine wines beer brewery breweries: 白酒 酒业 酿酒 葡萄酒 啤酒
flower flowers: 花卉 花木 苗木
bamboo: 竹产业 毛竹 竹林 竹笋
tractor tractors harvester harvesters: 农机 拖拉机 收割机 农业机械
rain rains rainfall rainy rainstorm rainstorms: 降雨 降水 强降雨 暴雨
storm storms: 暴雨 强降雨 台风 风暴
typhoon typhoons hurricane hurricanes: 台风 防台 防汛防台
snow snowfall snowstorm: 降雪 冰雪 雨雪冰冻
ice icy freezing frost: 冰冻 冰雪 低温 雨雪冰冻
heatwave heatwaves: 高温 高温天气 极端天气
landslide landslides mudslide mudslides: 滑坡 泥石流 地质灾害
pest pests insects locusts: 病虫害 虫害 有害生物
animal animals: 动物 畜禽 动物防疫
vet vets veterinary veterinarian: 兽医 动物防疫 兽药
swine: 生猪 非洲猪瘟 猪瘟
canal canals ditch ditches: 沟渠 水渠 渠道 灌渠
pump pumps pumping: 泵站 提灌 排涝
pond ponds: 池塘 坑塘 山塘
fisherman fishermen: 渔民 渔业
logging: 采伐 盗伐 林木采伐
poaching poacher poachers: 盗猎 偷捕 非法捕捞
gravel quarry quarries: 砂石 采石场 矿山 砂石料
hamlet hamlets: 自然村 村庄 村组
downtown: 城区 中心城区 主城区 老城区
suburb suburbs suburban outskirts: 郊区 城郊 近郊
neighborhood neighborhoods neighbor neighbors neighbour neighbours: 社区 邻里 小区
buildings: 建筑 楼宇 房屋 楼栋 建筑物
skyscraper skyscrapers highrise: 高层建筑 高层 楼宇
office offices: 办公室 办公 写字楼 办公用房 机关
home: 住房 家庭 居家 家门口
landlord landlords tenant tenants renter renters: 房东 租户 承租人 租赁
mortgage mortgages: 按揭 房贷 住房贷款 公积金贷款
homebuyer homebuyers: 购房 购房者 购房补贴 购房人
homeless vagrant vagrants beggar beggars: 流浪乞讨 流浪乞讨人员 救助管理
slum slums: 棚户区 城中村 危房
repair repairs repaired repairing fix fixes fixed fixing mend mended: 维修 修缮 修复 改造 整修
facade facades: 外立面 立面 立面改造
roof roofs rooftop rooftops: 屋顶 屋面 屋顶光伏
leak leaks leaking leaky leakage: 渗漏 漏水 泄漏 漏损
doorstep: 家门口 上门
cleaned cleaning cleaner cleaners sweepers: 清理 清洁 保洁 整治 环卫
messy mess clutter cluttered: 脏乱差 乱堆乱放 环境整治
piled heaped dumped: 乱堆乱放 堆放 乱倒
dirty filthy: 脏乱差 污染 黑臭
polluted polluting polluter polluters: 污染 受污染 污染源 排污
illegal illegally unlawful unauthorized unauthorised unlicensed: 违法 违规 非法 违章 违建 无证
paved paving asphalt tarmac: 硬化 沥青 铺设 路面
pothole potholes: 坑洼 路面 破损
jam jams jammed gridlock: 拥堵 堵点 交通拥堵
truck trucks lorry lorries trucker truckers: 货车 重型货车 货运 货车司机
trains railroad railroads: 列车 铁路 火车 高铁 动车
commute commutes commuting commuter commuters: 通勤 出行 公交
travel travels traveling travelling traveled travelled traveler travelers traveller travellers: 出行 旅游 出游 旅客
trip: 出行 出游 人次
ride rides riding rider riders ridership: 乘客 客流 客运量 骑行 骑手
ticket tickets: 门票 车票 票价 免票
fare fares: 票价 车费 乘车
free: 免费 免费开放 免票 减免
ship ships vessel vessels boat boats ferry ferries: 船舶 船只 渔船 渡口 渡船 轮渡
plane planes aircraft airplane airplanes: 飞机 航空器 通用航空
driver drivers driving: 驾驶员 驾驶人 司机 驾驶证
drunk drunken: 酒驾 醉驾
crash crashes collision collisions: 交通事故 事故 道路交通事故
helmet helmets: 头盔
lights: 信号灯 红绿灯 路灯 亮化
crossing crossings: 路口 道口 人行横道 口岸
crosswalk crosswalks zebra: 人行横道 斑马线
intersection intersections junction junctions: 路口 交叉口 节点
motorway motorways freeway freeways: 高速公路 高速
toll tolls: 收费 通行费 收费站
scooter scooters ebike ebikes: 电动自行车 电动车
walk walking walkway walkways trail trails hiking hike: 步道 步行 慢行 绿道 徒步 登山
cycling cyclist cyclists: 骑行 自行车 慢行
hailing: 网约车
postal: 邮政 寄递 邮政快递
smoke smoky exhaust fumes: 油烟 烟气 烟尘 尾气 废气 机动车尾气
smoking smoker smokers: 控烟 吸烟 禁烟
smell smells stink stench stinking: 异味 臭味 黑臭
skies: 蓝天 优良天数 空气质量
stream streams creek creeks: 河道 溪流 小流域
sea seas ocean oceans marine maritime: 海洋 海域 近岸海域 海上
coast coasts coastal coastline shore: 海岸 沿海 海岸线 岸线 近岸海域
beach beaches: 海滩 沙滩 海水浴场
mountain mountains mountainous hill hills hilly: 山区 山体 山地 山林 丘陵 荒山
grass lawn lawns: 草地 草坪 草原 种草
bird birds: 鸟类 候鸟
climate: 气候 气候变化 应对气候变化
bin bins: 垃圾桶 分类投放 收集点
litter littering: 垃圾 乱扔 乱丢
dump dumps dumped dumping: 倾倒 乱倒 堆放
restroom restrooms washroom washrooms lavatory lavatories: 公厕 厕所 公共厕所
sewer sewers: 污水管网 下水道 排水 污水
plumbing: 管道 管网 给排水
loud noisy: 噪声 噪音 扰民
nuisance nuisances disturbance: 扰民 噪声
dog dogs pet pets: 犬只 养犬 宠物 流浪犬
jobless: 失业 失业率 零就业
layoff layoffs redundancies: 裁员 减员 失业 稳岗
gig freelance freelancer freelancers freelancing: 灵活就业 新就业形态
career careers: 就业 职业
vacancy vacancies openings: 岗位 空缺 职位 就业岗位
intern interns internship internships: 实习 见习 就业见习
pensioner pensioners: 退休人员 养老金 离退休
housekeeping nanny nannies maid maids: 家政 家政服务 育婴员
guard guards: 保安 护卫 守护
kid kids pupil pupils schoolchildren: 儿童 学生 中小学生 未成年人 孩子
parent parents: 家长 家庭
teen teens teenager teenagers adolescent adolescents juvenile juveniles minors: 青少年 未成年人
elementary: 小学 义务教育
book books: 图书 书籍 书屋
homework: 作业 双减
lunch lunches: 午餐 营养餐 学生餐
nutrition nutritious: 营养 营养改善 营养餐
tuition: 学费 免学费 学生资助
scholarship scholarships stipend stipends bursary bursaries: 奖学金 助学金 学生资助
dorm dorms dormitory dormitories: 宿舍 学生宿舍 人才公寓
playground playgrounds: 操场 运动场 游乐场
bullying bullied: 欺凌 校园欺凌
myopia nearsighted nearsightedness: 近视 近视防控
crowded overcrowded overcrowding: 大班额 拥挤 拥堵
sick sickness ill: 患者 病人 医疗 疾病
patient patients: 患者 病人 就医 就诊
checkup checkups: 体检 健康体检 筛查
appointment appointments booking bookings booked: 预约 挂号 预约诊疗
queue queues queuing queueing waiting: 排队 等候 候诊
ambulance ambulances: 救护车 急救 院前急救
surgery surgeries surgical: 手术
cancer cancers tumor tumors tumour tumours: 癌症 肿瘤 两癌筛查
diabetes hypertension: 糖尿病 高血压 慢性病
mental psychological: 心理健康 精神卫生 心理 精神障碍
counseling counselling: 心理咨询 心理疏导 咨询
dental dentist dentists teeth: 口腔 口腔健康
eye eyes eyesight: 视力 近视
pregnant pregnancy pregnancies: 孕产妇 孕妇 孕期
newborn newborns: 新生儿 出生
maternity: 生育 生育保险 孕产妇 产假
flu influenza: 流感 传染病
virus viruses: 病毒 疫情
hiv: 艾滋病 艾滋病防治
bulk: 集采 带量采购 大宗
blood: 献血 无偿献血 血液
donor donors: 捐赠 捐献 献血者
gym gyms: 健身房 健身 健身设施
poisoning poisoned: 中毒 食物中毒
lonely loneliness widowed childless: 空巢 独居 孤寡 失独
dementia alzheimer: 失智 认知障碍
frail bedridden: 失能 半失能 卧床
caregiver caregivers carer carers caretaker caretakers: 护理员 养老护理员 照护
doctor doctors: 村医 乡村医生 家庭医生 全科医生
helps helped helping: 帮扶 帮助 救助 援助 帮困
handout handouts: 救助金 补助 慰问金 发放
condolence condolences sympathy: 慰问 走访慰问 慰问金
wheelchair wheelchairs: 轮椅 无障碍 辅助器具
accessible accessibility: 无障碍 无障碍设施 可及
ramp ramps: 坡道 无障碍
deaf: 听障 聋人 听力残疾
blind: 盲人 视障 视力残疾
violence violent abuse abused: 暴力 家庭暴力 家暴 虐待
marriage marriages married wedding weddings: 婚姻 婚姻登记 结婚 婚俗
funeral funerals burial burials cremation: 殡葬 殡葬改革 火化 殡仪馆
cemetery cemeteries grave graves tomb tombs: 公墓 墓地 坟墓 散埋乱葬
adoption adoptions: 收养
sightseeing sights: 观光 景点 景区
holiday holidays vacation vacations: 假日 节假日 假期 黄金周
church churches mosque mosques: 宗教场所 教堂 清真寺
ancient: 古城 古镇 古村落 传统村落
historic historical: 历史文化 历史建筑 历史文化街区 历史文化名城
tour tours touring: 旅游 游览 研学 旅游线路
souvenir souvenirs: 文创产品 旅游商品 文创
camping campsite campsites: 露营 营地 房车营地
ski skiing: 滑雪 冰雪 冰雪运动
springs: 温泉
music concert concerts: 音乐 演唱会 音乐节 演出
art arts artist artists: 艺术 文艺 艺术家 文艺工作者
dance dancing dancers: 舞蹈 广场舞
tv: 电视 广播电视
football soccer: 足球 校园足球
swimming swim: 游泳 游泳馆 防溺水
drowning drowned drown: 溺水 防溺水
crowd crowds footfall: 客流 客流量 人流量 人气
spots hotspot hotspots: 景点 打卡点 网红打卡 点位
hall halls: 大厅 办事大厅 政务服务大厅 礼堂
safe safer safest safely unsafe: 安全 平安 安全隐患
dangerous: 危险 危险化学品 隐患
explosion explosions blast blasts: 爆炸 爆破
collapse collapsed collapses: 坍塌 倒塌
alarm alarms: 报警 预警
extinguisher extinguishers: 灭火器 消防器材
warn warns warned warning warnings: 预警 警示 提醒 约谈
evacuate evacuated evacuation evacuations: 转移 疏散 撤离 避险转移
shelter shelters: 避难场所 应急避难场所
killed: 死亡 遇难 伤亡
injured injury injuries wounded: 受伤 伤亡 工伤
site sites worksite worksites: 工地 施工现场 现场 点位
cop cops policeman policewoman: 公安 民警 警察 警务
patrol patrols patrolled patrolling: 巡逻 巡查 巡防
theft thefts thief thieves stolen steal stealing burglary burglaries robbery robberies: 盗窃 抢劫 两抢一盗 盗抢
murder murders homicide homicides: 命案 杀人 刑事案件
gambling gamble: 赌博 涉赌 黄赌毒
prostitution pornography porn: 卖淫嫖娼 黄赌毒 扫黄打非
piracy pirated: 盗版 侵权 扫黄打非
arrest arrests arrested detained detention custody: 抓获 逮捕 拘留 刑事拘留 羁押
suspect suspects: 犯罪嫌疑人 嫌疑人
prison prisons prisoner prisoners jail jails inmate inmates: 监狱 服刑人员 在押人员
probation parole: 社区矫正 矫正对象
victim victims: 受害人 被害人 受害群众
scammer scammers scammed swindle swindled swindler: 诈骗 电信诈骗 反诈 电诈
hacker hackers hacking cyber cybersecurity: 网络安全 网络攻击 信息安全
protest protests protesters: 群体性事件 上访 信访
peace peaceful: 平安 平安建设 和谐
harmony harmonious: 和谐 和睦
judge judges: 法官 审判 审判员
sue sues sued suing: 诉讼 起诉 被诉 应诉
lose loses lost: 败诉 败诉率 损失 流失
win wins won winning: 胜诉 获得 荣获
compensation compensate compensated: 赔偿 补偿 国家赔偿
damage damages damaged broken: 损毁 受损 损失 赔偿 破损
fines fined fining: 罚款 罚没 行政处罚 罚没收入
shut shutdown shutdowns shuttered: 关停 关闭 停产 取缔
confiscated seized seizure seizures: 没收 查扣 查封 扣押 收缴
checks checked checking: 检查 核查 排查 抽查 检测
test tests tested testing: 检测 检验 测试 考试
caught catch: 查获 抓获 查处
sentenced convicted conviction convictions: 判处 判决 刑罚 定罪
prosecute prosecuted prosecution prosecutions: 起诉 公诉 提起公诉
offender offenders lawbreaker lawbreakers: 违法犯罪人员 违法人员 犯罪分子
gripe gripes grievance grievances: 投诉 诉求 信访
calls: 来电 热线 话务量 来电量
wrongdoing misconduct: 违纪 违法 违规 违纪违法
bribe bribes bribed kickback kickbacks: 受贿 行贿 腐败
embezzle embezzled embezzlement misuse misused misappropriation misappropriated: 挪用 贪污 侵占 违规使用
dismissed dismissal sacked: 免职 撤职 开除 驳回
wasted wasteful wasting: 浪费 铺张浪费
paperwork: 申报材料 证明材料 手续 材料 文件 文风
stamp stamps: 盖章 印章 公章
proof proofs: 证明 证明材料 证明事项
errand errands: 跑腿 跑动 最多跑一次
pain: 痛点 难点 堵点
worry worries worried concern concerns: 急难愁盼 关切 诉求 担忧
happy happiness: 幸福 幸福感 获得感
unhappy dissatisfied dissatisfaction: 不满意 不满
equal equality equally: 均等化 公平 平等
unfair: 不正当竞争 不公平
faster quicker quickly speedier speedy: 提速 提效 加快 即办
deadline deadlines: 时限 期限 按期
mayor mayors magistrate magistrates: 市长 县长 区长 政府负责人
bureaucrat bureaucrats: 干部 公职人员 官僚主义
citizen citizens: 市民 公民 群众 居民
masses locals: 群众 人民群众 当地群众
newcomers newcomer: 新市民 外来人口 流动人口
voter voters vote votes voting election elections elected: 选举 换届 投票 换届选举
lawmaker lawmakers legislator legislators: 人大代表 人大 人大常委会
constitution constitutional: 宪法
bylaw bylaws ordinance ordinances: 条例 规章 地方性法规
deals: 签约 协议 合同
promise promises promised: 承诺 兑现 民生实事
praise praised: 表扬 表彰 肯定
criticized criticised criticism: 批评 通报批评
exposed exposure: 曝光 通报
secret secrets confidential: 保密 涉密
privacy: 隐私 个人信息
comment comments commented: 意见 意见建议 评论
open openly openness: 公开 开放 政务公开
watchdog watchdogs: 监督 监管
reception receptions banquet banquets: 公务接待 接待
headcount: 编制 人员编制
app apps: 移动端 客户端 小程序 掌上办
wifi wireless: 无线 无线网络 网络覆盖
signal signals: 信号 基站
paperless: 无纸化 电子化
qr: 二维码 扫码
scan scans scanned scanning: 扫码 扫描
card cards: 社保卡 身份证 一卡通 银行卡
passport passports visa visas: 护照 签证 出入境
kiosk kiosks: 自助终端 自助服务 一体机
remote remotely: 远程 偏远 异地
mandarin putonghua: 普通话 推普 国家通用语言
abroad: 境外 海外 出国
international internationally global worldwide: 国际 国际化 境外 全球 出入境 口岸
foreigner foreigners: 外籍 外国人 境外人员
lower lowered lowering fewer less lessen lessened: 降低 下降 下调 减少
raise raised raising: 提高 提升 上调 筹集
increased increases increasing: 增长 增加 提高 增幅
rose risen rises rising climb climbs climbed: 增长 提高 上升 攀升
jump jumps jumped surge surged soar soared: 大幅增长 增长 激增 跃升
fell fallen falls falling dropped dropping drops declined declining declines decreased decreasing: 下降 减少 降低 回落
shrank shrink shrinking shrunk slumped plunged plummeted tumbled: 大幅下降 下滑 萎缩 减少
expand expands expanded expanding expansion enlarged: 扩大 扩容 扩建 拓展
widen widened widening: 拓宽 加宽 扩宽
extend extends extended extending extension: 延伸 延长 拓展 延链
improve improves improved improving improvement improvements: 改善 提升 提高 优化
launch launches launched launching: 启动 推出 上线 开通 开展
begin began begun: 启动 开工 开始
finish finished finishing: 完成 建成 竣工 完工
moved move moving moves: 搬迁 迁建 转移 迁移
merge merged merging: 合并 整合 兼并
remove removed removal removing: 拆除 清除 清理 取消
cancel cancelled canceled abolished scrapped: 取消 废止 撤销
replace replaced replacing replacement: 更换 替代 置换 更新
install installed installing installation: 安装 加装 配备
equip equipped: 配备 配齐 配置
create created creating creation: 创建 新增 创造
established establish establishing founded setup: 设立 成立 组建 建立
teach taught teaching: 教学 授课 教育
save saves saved: 节约 节省 减负 挽回
rear reared rearing: 养殖 饲养
produce produced producing: 生产 产出 产量 农产品
distributed distribute distributing distribution: 发放 分配 配送 分发
received receive receiving recipients recipient: 受理 接收 领取 接待
covered covering: 覆盖 全覆盖
connected connect connecting connection connections: 连通 接通 通达 联网 接入
linked link links linking: 联通 连接 对接 衔接
rejected reject refused refuse denied: 驳回 不予受理 不予 拒绝
delay delays delayed: 延期 滞后 拖延 逾期
stalled stuck: 停工 停滞 烂尾
abandoned derelict vacant empty: 闲置 废弃 撂荒 空置
cleared clearing: 清理 清零 清欠 出清
backlog backlogs: 积案 存量 积压
solve solved solving: 解决 破获 侦破 化解
cracked crack: 破获 侦破 打击
tackle tackled tackling: 治理 整治 攻坚
fight fights fighting fought combat combating combatting: 打击 防控 攻坚
ease eased easing easier: 便利 便捷 缓解 便利化
evicted eviction evictions: 腾退 征迁 搬迁
shoddy substandard: 不合格 劣质 伪劣
grape grapes vineyard vineyards: 葡萄 葡萄酒 葡萄种植
seafood: 水产品 海产品 海鲜
meat: 肉类 猪肉 牛羊肉 肉类产品
briefing briefings: 新闻发布会 发布会 情况通报
clue clues lead leads: 线索 问题线索
column columns: 栏目 专栏
aluminium aluminum: 铝 铝材 铝业 铝基
revive revived reviving: 盘活 激活 重组 复产
struggling distressed: 困难 纾困 停产 半停产 困难企业 低效
floor: 面积 建筑面积
hookup hookups: 接入 并网 接驳 接通
barn barns: 棚圈 圈舍 牛舍 畜舍
exhibitor: 参展 参展商 展商
premium boutique: 精品 高端 高品质
outlook outlooks: 展望 预期 形势 前景
headwind headwinds: 下行压力 困难挑战 不确定性 压力
uncertainty uncertainties uncertain: 不确定性 不确定因素 不稳定
volatility volatile fluctuation fluctuations fluctuate fluctuated fluctuating: 波动 起伏 震荡
resilience resilient: 韧性 经济韧性 抗风险能力 安全韧性
vitality vibrant vibrancy dynamism dynamic: 活力 市场活力 经济活力 动能
confidence confident: 信心 市场信心 发展信心 预期
expectation expectations: 预期 社会预期 市场预期 期盼
benchmark benchmarks benchmarking benchmarked: 对标 标杆 对标一流 基准 裁量基准
percentage percent percentages: 百分点 个百分点 百分比 比重 占比
points: 百分点 个百分点 点位 积分
contribute contributed contributes contributing: 贡献 贡献率 拉动 带动
drive drives drove driven: 拉动 带动 驱动 引领 专项行动
boost boosted boosting boosts: 拉动 提振 促进 带动 激活
engine engines: 引擎 增长极 动力源 动能
pillar pillars: 支柱产业 支柱 主导产业 顶梁柱
backbone: 骨干 骨干企业 中坚 主干
mainstay mainstays: 主导产业 支柱产业 支柱
dominant: 主导 主导产业 首位产业
emerging: 新兴产业 战略性新兴产业 新兴 新业态
future: 未来产业 未来 远景
frontier frontiers: 前沿 前沿技术 前瞻性
productivity productive: 劳动生产率 全要素生产率 生产率 新质生产力
density: 密度 亩均 强度 投资强度
aggregate: 总量 经济总量 总体
volume volumes: 总量 规模 交易量 体量 业务量
consume consumed consumes consuming: 消费 消耗 能耗
equity equities: 股权 股权投资 权益 股本
venture ventures: 创投 风险投资 创业投资 合资
angel angels: 天使投资 天使基金
guidance guiding guide guided: 引导基金 引导 指导 指引 导游
insurer insurers: 保险公司 保险机构
microfinance microloan microloans microcredit: 小额贷款 小额信贷 创业担保贷款 小贷
collateral collaterals: 抵押 质押 担保 抵质押
nonperforming: 不良贷款 不良率 不良资产
bad: 不良 不良贷款 不良资产
liquidity: 流动性 资金链 资金周转
cashflow: 现金流 资金链 资金周转
default defaults defaulted defaulting: 违约 逾期 拖欠 失信
shares shareholding shareholder shareholders: 股份 股权 股东 持股 入股
fintech: 金融科技 数字金融 科技金融
renminbi rmb: 人民币 元 亿元
deflation deflationary: 物价 通缩 价格下降
payroll payrolls: 工资 薪酬 工资发放 代发工资
plant plants: 工厂 厂区 电厂 生产线 种植
mill mills: 工厂 加工厂 钢厂 纸厂 米厂
assembly: 组装 总装 装配 生产线
overcapacity: 产能过剩 过剩产能 去产能
heavy: 重工业 重型 重污染 重金属 重大
light: 轻工 轻工业 亮化 照明
upstream downstream: 上下游 产业链 上游 下游
supplier suppliers: 供应商 配套企业 上下游 供货
component components parts: 零部件 配套 元器件 部件 关键零部件
raw: 原材料 原料 原煤 原油
petroleum: 石油 石化 成品油 石油化工
refinery refineries refining refined: 炼化 炼油 石化 精细化工
glass: 玻璃 光伏玻璃 玻璃纤维
ceramic ceramics porcelain pottery: 陶瓷 瓷器 陶瓷产业
paper papermaking pulp: 造纸 纸业 纸浆 纸制品
printing: 印刷 包装印刷 印刷业
packaging: 包装 包装印刷
package packages: 政策包 一揽子 组合拳
rubber tyre tyres tire tires: 橡胶 轮胎 橡胶制品
fibers fibres: 纤维 化纤 碳纤维 光纤
silk silkworm silkworms sericulture mulberry: 丝绸 蚕桑 桑蚕 蚕茧
leather: 皮革 皮具 制革
toy toys: 玩具 玩具产业
hardware: 五金 硬件 五金制品
tool tools: 工具 机床 刀具 五金工具
lathe lathes: 机床 数控机床
mould moulds mold molds: 模具 模具产业
bearing bearings: 轴承
valve valves: 阀门 泵阀
motor motors: 电机 电动机 摩托车
motorcycle motorcycles motorbike motorbikes: 摩托车
shipbuilding shipyard shipyards: 造船 船舶制造 船舶修造 船舶工业
aerospace: 航空航天 航天 航空
locomotive locomotives: 轨道交通装备 机车 车辆
biotech biotechnology: 生物技术 生物医药 生物制造 生物经济
display displays screen screens panel panels: 显示面板 新型显示 屏幕 面板 光伏组件
sensor sensors: 传感器 物联网 感知
iot: 物联网 物联感知
blockchain: 区块链
metaverse: 元宇宙
algorithm algorithms: 算法 算力
llm llms: 大模型 人工智能
server servers: 服务器 算力 数据中心
datacenter datacenters datacentre datacentres: 数据中心 算力中心 大数据中心
computer computers: 计算机 电脑 计算机设备
graphite graphene: 石墨 石墨烯 碳材料
silicon polysilicon: 硅材料 多晶硅 硅基 单晶硅
metal metals: 金属 有色金属 重金属 金属制品
nonferrous: 有色金属 有色 有色冶金
copper: 铜材 铜业 铜产业 铜矿
gold: 黄金 金矿 金牌
iron: 钢铁 铁矿 铁矿石 铸铁
ore ores: 矿石 铁矿石 矿产 矿产资源
phosphate phosphorus: 磷化工 磷矿 磷肥 总磷
salt: 盐化工 食盐 盐业 盐碱地
explosive explosives: 爆炸物品 民爆 枪爆 危爆物品
automation automated automate automating: 自动化 智能化 无人化 智能制造
lean: 精益 精益管理 精益生产
measurement metrology: 计量 检验检测 计量检测
prototype prototypes: 样机 首台套 首台
pioneering pioneer pioneers pioneered: 首创 先行 率先 先行先试 首台套
breakthrough breakthroughs: 突破 攻关 关键核心技术 重大突破
chokepoint chokepoints: 卡脖子 关键核心技术 瓶颈
scientist scientists researcher researchers: 科研人员 科技人员 研发人员 科学家 科技工作者
engineer engineers: 工程师 工程技术人员 卓越工程师 工程技术人才
technician technicians: 技术人员 技师 技工 高级技师 技能人才
craftsman craftsmen artisan artisans: 工匠 大国工匠 能工巧匠 工匠精神
innovator innovators: 创新主体 创新人才 创新型企业
scitech: 科技 科创 科技创新
digitalise digitalised digitalising digitalizing digitizing digitise digitised: 数字化 数字化转型 数智化
influencer influencers: 网红 带货主播 主播 达人
viral: 网红 出圈 爆款 走红
bestseller bestsellers bestselling: 爆款 畅销 热销
tower towers: 铁塔 基站 塔吊 楼宇
miniprogram miniprograms: 小程序 微信小程序
digitally: 数字化 数字 线上
ecosystem ecosystems: 生态 产业生态 创新生态 生态系统 生态圈
groundbreaking: 开工 集中开工 奠基 首创
kickoff: 启动 开工 开局 启动仪式
feasibility: 可行性研究 可研 前期工作 可行性
preliminary preparatory: 前期 前期工作 初步 前期手续
blueprint blueprints: 蓝图 规划 规划图
design designed designing designs: 设计 规划设计 方案设计
tendered: 招标 招投标 公开招标
subcontractor subcontractors subcontracting: 分包 分包单位 施工单位
handover handovers: 移交 交付 交房 交接
acceptance: 验收 竣工验收 接受 受理
milestone milestones: 节点 时间节点 里程碑 重要节点
schedule scheduled schedules scheduling: 进度 计划 时序 如期 工期 班次
ahead: 提前 超前 领先
behind: 滞后 落后 拖后腿
lagging lag lagged lags: 滞后 落后 拖后腿 靠后
underway ongoing: 在建 续建 推进中 正在
continued continuing: 持续 续建 接续
landmark landmarks: 地标 标志性 地标性建筑 标志性工程
flagship flagships: 标志性 旗舰 龙头 旗舰店
showcase showcases showcased showcasing: 示范 展示 样板 展会
iconic: 标志性 地标 名片
megaproject megaprojects: 重大项目 重大工程 超大项目
funded: 资助 出资 投资 资金 财政资金
financed: 融资 投资 出资 资金
backed backing: 支持 扶持 担保 支撑
sponsor sponsors sponsored sponsoring: 主办 赞助 发起 冠名
host hosts hosted hosting: 承办 举办 主办 东道主
hold holds held: 举办 召开 举行 持有
convene convened convening: 召开 举办 组织召开
summit summits forum forums conference conferences: 峰会 论坛 大会 会议 推介会
roadshow roadshows: 推介会 招商推介 路演 推介活动
delegations: 代表团 考察团 客商 来访团组
courted courting woo wooed wooing lure lured luring: 招商 招引 引进 招商引资
prospect prospects prospective: 前景 潜在 意向 储备
intent intention intentions intended: 意向 意向性 签约意向 意向项目
memorandum memorandums mou mous: 备忘录 合作协议 框架协议 合作备忘录
framework frameworks: 框架协议 框架 体系
negotiation negotiations negotiate negotiated negotiating: 洽谈 谈判 在谈项目 对接 磋商
talks: 洽谈 会谈 在谈 对接
matchmaking: 对接 产销对接 银企对接 供需对接
docking: 对接 产业对接 精准对接
inbound: 引进 入境 外资 入境游
outbound: 出境 走出去 对外投资 境外投资
relocating relocates: 搬迁 迁建 转移 产业转移
branch branches: 分公司 分支机构 分行 支行
subsidiary subsidiaries: 子公司 分支机构 下属企业
fortune: 世界500强 500强 财富
multinational multinationals transnational: 跨国公司 世界500强 外资企业 跨国企业
conglomerate conglomerates group groups: 集团 企业集团 群体 团组
privately: 民营 民间 私营
nonpublic: 非公 非公有制 非公经济
deregistration deregister deregistered: 注销 简易注销
cancellation cancellations: 注销 撤销 取消
exit exits exiting: 退出 市场退出 安全出口 疏散通道
entry entries: 准入 市场准入 入境 入口
access accessed accessing: 准入 可及 接入 入口
barrier barriers: 壁垒 门槛 准入 护栏 隐性壁垒
threshold thresholds: 门槛 标准 起征点 起付线
hurdle hurdles: 门槛 堵点 难点 障碍
waiver waivers waived waive waiving: 免收 减免 豁免 免于
concession concessions concessional: 优惠 特许经营 让利 优惠政策
preferential: 优惠 优惠政策 优惠措施 优抚
perk perks: 优惠 福利 补贴
ombudsman ombudsmen: 监督 投诉 特约监督员
marketplace marketplaces bazaar bazaars: 市场 集市 农贸市场 集贸市场
carnival carnivals: 嘉年华 消费季 狂欢节
tradein tradeins: 以旧换新 置换
appliance appliances: 家电 家用电器 家电下乡
durable durables: 耐用消费品 大宗消费 耐用品
franchise franchises franchised franchising: 加盟 连锁 特许经营 连锁经营
takeaway takeaways takeout: 外卖 外卖平台 外卖骑手
couriers: 快递员 快递小哥 外卖骑手 快递
exporter exporters importer importers: 外贸企业 进出口企业 出口企业 有进出口实绩企业
tariff tariffs: 关税 贸易摩擦 加征关税
friction frictions: 贸易摩擦 摩擦 经贸摩擦
clearance: 通关 清关 出清 通关时间
declaration declarations declared: 申报 报关 申报材料
quarantine quarantined: 检疫 检验检疫 隔离 动植物检疫
offshore: 离岸 境外 海上 海上风电
markets: 市场 农贸市场 专业市场 集贸市场
cutting: 压减 削减 降低 减税降费
quay quays jetty jetties pier piers: 码头 泊位 栈桥 趸船
harbour harbor harbours harbors: 港口 港区 海港 港湾
seaport seaports: 海港 港口 出海口
dryport dryports: 无水港 陆港 内陆港
inland: 内陆 内河 无水港 陆港 内陆开放
shiplock shiplocks: 船闸 通航
tonnage: 吨位 吨级 货物吞吐量 载重吨
deepwater: 深水泊位 深水港 深水航道
channel channels: 航道 渠道 通道 频道
navigation navigable: 航道 通航 导航 通航能力
barge barges: 驳船 内河船舶 货船
cruise cruises: 邮轮 游轮 游船
yacht yachts: 游艇 游艇码头
freighter freighters: 货轮 货船 全货机
containerized containerised containerization: 集装箱 集装箱化
forwarding forwarder forwarders: 货代 物流企业 国际货代
airfreight aircargo: 航空货运 航空物流 货邮 全货运航线
runway runways: 跑道 机场跑道
apron aprons: 机坪 停机坪 站坪
airstrip airstrips heliport heliports helipad helipads: 通用机场 直升机停机坪 起降点 临时起降点
helicopter helicopters: 直升机 航空救援
airspace: 空域 低空空域 空域资源
liner liners: 班轮 航线 邮轮
transshipment transhipment: 中转 转运 中转集拼
dispatch dispatched dispatching dispatcher dispatchers: 调度 派遣 配送 派单 交办
tracking traceability traceable trace traced: 追溯 溯源 可追溯 追溯体系
fleet fleets: 车队 运力 船队 机队
haul haulage hauling hauled: 运输 货运 道路运输 运力
logistic: 物流 物流业
turnaround: 周转 扭亏 扭亏为盈 转变
twinned twinning: 友好城市 结好 结对
friendship: 友好 友好城市 友城
compatriots compatriot diaspora: 侨胞 同胞 港澳台同胞 华侨
expat expats expatriate expatriates: 外籍人士 外籍人才 外籍
exhibitions: 展会 会展 博览会 展览
convention conventions: 会展 展会 公约 大会
mice: 会展 会展经济
plantation plantations: 种植基地 种植园 林场 基地
ranch ranches ranching: 牧场 养殖场 家庭牧场
feedlot feedlots: 养殖场 育肥 规模养殖场
fodder forage silage: 饲草 饲料 青贮 饲草料 青贮饲料
feed feeds: 饲料 饲草 饲草料 饲料加工
breeder breeders: 种畜 育种 养殖户 种禽
hatchery hatcheries: 孵化 育苗 苗种
bee bees beekeeping honey: 蜂蜜 养蜂 蜂产业 中蜂
sugarcane sugar: 甘蔗 糖料蔗 制糖 蔗糖
peanut peanuts: 花生
sorghum millet: 高粱 谷子 杂粮
buckwheat oat oats: 荞麦 燕麦 杂粮
coarse: 杂粮 粗粮 杂粮杂豆
pepper peppers chili chilli chillies chilies: 辣椒 花椒 辣椒产业
garlic ginger onion onions: 大蒜 生姜 洋葱 蔬菜
kiwifruit kiwi: 猕猴桃
peach peaches: 桃产业 水蜜桃 黄桃 桃园
pear pears: 梨产业 香梨 梨园
cherry cherries: 樱桃 车厘子
strawberry strawberries: 草莓
melon melons watermelon watermelons: 西瓜 甜瓜 瓜果 瓜菜
berry berries blueberry blueberries: 蓝莓 浆果
tomato tomatoes: 番茄 西红柿
camellia: 油茶 茶油 山茶
yak yaks: 牦牛
donkey donkeys: 毛驴 驴产业
rabbit rabbits: 兔业 肉兔 养兔
oyster oysters clam clams shellfish: 牡蛎 贝类 海水养殖
seaweed kelp: 海带 海藻 紫菜
plot plots: 地块 宗地 田块
acre acres: 亩 万亩
bumper: 丰收 增产 大丰收
agro: 农业 农产品 农业产业化
agribusiness agribusinesses: 农业企业 农业产业化龙头企业 龙头企业 涉农企业
agritech agrotech: 农业科技 智慧农业 数字农业
smallholder smallholders: 小农户 农户 小农
landholding landholdings: 承包地 土地承包 土地经营权
fallow: 休耕 撂荒 轮作休耕 闲置
rotation rotational rotating: 轮作 轮作休耕 轮岗 轮换 交流
intercropping intercrop interplanting: 套种 间作 间套作 复合种植
saline alkaline alkali: 盐碱地 盐碱 盐碱地改良
terrace terraces terraced: 梯田 坡改梯
slope slopes sloping: 坡耕地 边坡 山坡 坡改梯
drip sprinkler sprinklers: 滴灌 喷灌 高效节水灌溉 自动喷淋
wells: 机井 水井 农田机井
dryer dryers drying: 烘干 烘干机 晾晒 烘干能力
granary granaries silo silos: 粮库 粮仓 仓储 筒仓 信息孤岛
idyllic: 田园 田园综合体 诗意
agritourism agrotourism farmtourism: 农文旅 休闲农业 乡村旅游 农旅融合
picking: 采摘 采摘园 采摘游
farmstay farmstays: 农家乐 民宿 乡村民宿
ecotourism: 生态旅游 生态游
taobao: 淘宝村 电商 淘宝镇
impoverished: 贫困 脱贫 建档立卡 贫困户 贫困人口
delisted delisting: 摘帽 退出 脱贫摘帽
archive archives archived archiving: 档案 建档立卡 档案管理 归档
backstop backstops: 兜底 底线 兜底保障
bottomline: 底线 兜底 红线
handicraft handicrafts craft crafts: 手工艺 手工 工艺品 非遗 传统工艺
embroidery embroidered: 刺绣 绣品
weaving woven: 编织 纺织 编织品
rundown: 老旧 破旧 危旧 破败
shabby: 破旧 老旧 脏乱差 破损
decrepit crumbling: 危旧 破损 老旧 破败
facelift facelifts makeover makeovers: 改造提升 提档升级 风貌提升 美化 立面改造
beautify beautified beautification beautifying: 美化 亮化 绿化美化 美化亮化
refurbish refurbished refurbishment refurbishing: 改造 翻新 修缮 提升改造 装修
revamp revamped revamping: 改造 提升改造 改造升级 提档升级
overhaul overhauled overhauling: 大修 改造 检修 整治 大中修
redevelopment redevelop redeveloped redeveloping: 改造 城市更新 旧改 更新改造 旧城改造
regeneration regenerate regenerated: 城市更新 更新 有机更新 复兴
renewal: 更新 城市更新 有机更新 续签
shanty: 棚户区 棚改 简易房
courtyard courtyards: 院落 庭院 小院 美丽庭院
backstreet backstreets: 背街小巷 小街小巷 背街
streetscape streetscapes townscape cityscape skyline: 街景 风貌 城市风貌 天际线 市容
tidy tidied tidying tidiness neat: 整洁 干净 整治 整洁有序
cleanliness: 整洁 干净 环境卫生 保洁
signboard signboards billboard billboards signage: 招牌 广告牌 店招 标识 户外广告
cable cables wire wires wiring cabling: 线缆 管线 飞线 架空线 线路
undergrounding: 入地 管线入地 架空线入地
manhole manholes: 窨井 井盖 检查井
curb kerb curbs kerbs: 路缘石 路沿 道牙
resurface resurfaced resurfacing: 路面改造 白改黑 黑化 罩面 大中修
pave: 硬化 铺设 铺装
hardened hardening: 硬化 路面硬化 道路硬化
bypass bypasses: 绕城 绕行 过境线 外环 绕城公路
boulevard boulevards avenue avenues: 大道 大街 主干道
elevated viaduct viaducts: 高架 高架桥 快速路
underpass underpasses: 地下通道 下穿 下穿通道
footbridge footbridges: 人行天桥 天桥
interchange interchanges: 互通 立交 互通式立交 枢纽
garage garages carpark carparks: 停车场 停车楼 车库 立体车库 停车设施
drains drain drained draining: 排水 排水管网 排水沟 排涝
gutter gutters: 排水沟 边沟
floodwater floodwaters: 洪水 积水 内涝
waterfront riverside riverfront lakeside: 滨水 滨河 沿河 滨江 亲水
promenade promenades boardwalk boardwalks: 步道 滨水步道 栈道 游步道
greenbelt greenbelts: 绿带 绿化带 生态隔离带 环城绿带
verge verges: 绿化带 路肩 隔离带
flowerbed flowerbeds: 花坛 花境
citywide: 全市 全域 市域
countywide: 全县 全域 县域
districtwide: 全区 全域
metropolitan metropolis megacity megacities: 都市 都市圈 大都市 超大城市 特大城市
satellite satellites: 卫星城 卫星 北斗
block blocks: 街区 地块 片区 楼栋 街坊
precinct precincts: 片区 街区 辖区
hinterland hinterlands: 腹地 经济腹地
periurban: 城乡结合部 城郊 近郊
fringe fringes: 城乡结合部 边缘 城郊
flat: 持平 住房 套房 平稳
unit units: 套 户 套房 单位
homeowner homeowners: 业主 住户 房主 产权人
dwelling dwellings: 住房 住宅 房屋 民居 农房
villa villas: 别墅
storey storeys: 楼层 高层 多层
presale presold: 预售 预售资金 商品房预售
resale secondhand: 二手房 存量房 二手 二手车
destocking destock: 去库存 消化库存 去化
deed deeds: 房产证 不动产权证书 确权 办证
lowincome: 低收入 低收入人口 低收入群体
shack shacks hovel hovels: 危房 简易房 窝棚
mudbrick adobe: 土坯房 泥土房 危房
insulation insulated: 保温 节能改造 外墙保温
boiler boilers: 锅炉 燃煤锅炉 锅炉改造
furnace furnaces kiln kilns: 窑炉 炉窑 工业炉窑
stove stoves: 炉具 散煤 灶具 清洁炉具
gasification: 气化 燃气入户 通气
lpg propane: 液化石油气 液化气 瓶装液化气
tap taps: 自来水 通水 水龙头
stairwell stairwells stairs staircase staircases: 楼道 楼梯 楼梯间
damp dampness: 潮湿 渗漏 返潮
bullet: 高铁 动车 动车组
intercity: 城际 城际铁路 城际公交
tram trams tramway tramways lightrail: 有轨电车 轻轨 现代有轨电车
monorail monorails: 单轨 跨座式单轨 轨道交通
brt: 快速公交 BRT
coach coaches: 客车 长途客运 客运班线 旅游包车
cab cabs: 出租车 巡游出租车
rideshare ridesharing ridehailing: 网约车 顺风车 合乘
carpool carpooling: 拼车 合乘 顺风车
swap swaps swapping swapped: 换电 换电站 置换
refuelling refueling refuel: 加油站 加气站 加氢站 加注
roadwork roadworks: 施工 道路施工 占道施工
detour detours: 绕行 改道
stop stops stopped: 站点 公交站 停靠站 停止 停产
timetable timetables: 班次 时刻表 发车
frequency frequencies: 频次 班次 频率 发车频次
punctuality punctual: 准点率 正点率 准时
connectivity: 互联互通 通达 联通 通达度
interconnection interconnected interconnectivity: 互联互通 联通 互通
reachable: 通达 通车 可达
isolated isolation: 偏远 孤岛 隔离 封闭
roadside roadsides: 路域 路域环境 沿线 路侧
alongside: 沿线 沿途 沿岸
overloading overloaded overload overloads: 超载 超限超载 治超 超限
speeding: 超速 交通违法
plate plates: 车牌 号牌 上牌 牌照
blackspot blackspots: 事故多发点 危险路段 隐患路段 事故黑点
guardrail guardrails: 护栏 波形护栏 安防工程 生命防护工程
sluice sluices floodgate floodgates: 水闸 闸门 病险水闸
diversion diverted divert diverting: 调水 引水 分洪 引调水 分流
aqueduct aqueducts: 渡槽 引水渠 输水工程
waterworks: 水厂 自来水厂 供水厂 水务
purification purifier purifiers purified purify: 净化 净水 水厂 净化处理
tapwater: 自来水 城乡供水 供水
dredge dredges: 清淤 疏浚 清淤疏浚
silt silting siltation sediment sediments sedimentation: 淤积 清淤 泥沙 底泥
revetment revetments: 护岸 护坡 堤岸
watershed watersheds basin basins catchment catchments: 流域 小流域 流域治理
hydrology hydrological: 水文 水文站 水文监测
torrent torrents torrential: 山洪 山洪灾害 强降雨
shortage shortages scarcity scarce: 短缺 缺水 紧缺 不足 缺口
quota quotas: 指标 配额 额度 总量控制 用水指标
overextraction overexploitation overexploited: 超采 地下水超采 超采区
aquifer aquifers: 地下水 含水层
thermal: 火电 热电 燃煤电厂 热电联产 火电厂
nuclear: 核电 核能 核电站
biomass: 生物质 生物质能 生物质发电
geothermal: 地热 地热能 地热供暖
hydro: 水电 水电站 小水电
turbine turbines windfarm windfarms: 风电 风机 风电场 风电机组
gigawatt gigawatts: 万千瓦 吉瓦 装机容量
rationing rationed: 限电 有序用电 限量
load loads: 负荷 用电负荷 最高负荷
uhv ultrahigh: 特高压 特高压输电
lng: 液化天然气 LNG 接收站
cng: 压缩天然气 CNG 加气站
shale: 页岩气 页岩油
methane: 甲烷 煤层气 瓦斯
oilfield oilfields: 油田 油气田
offset offsets offsetting: 碳汇 抵消 抵扣
sink sinks: 碳汇 林业碳汇
microgrid microgrids: 微电网 智能微网
aqi: 空气质量指数 AQI 空气质量
voc vocs: 挥发性有机物 VOCs 有机废气
nitrogen nox: 氮氧化物 总氮 氨氮
sulfur sulphur: 二氧化硫 脱硫
dioxide: 二氧化硫 二氧化碳 二氧化氮
burning burn burned burnt burns: 焚烧 露天焚烧 燃烧 禁烧 秸秆焚烧
runoff: 面源污染 径流 地表径流
nonpoint: 面源污染 农业面源污染
algae algal bloom blooms eutrophication: 蓝藻 水华 富营养化
outfall outfalls: 排污口 入河排污口 入海排污口
effluent effluents: 废水 污水 尾水 出水 外排水
contaminated contamination contaminant contaminants: 污染 受污染 污染物 污染地块
brownfield brownfields: 污染地块 棕地 建设用地土壤
tailings: 尾矿 尾矿库
slag: 废渣 矿渣 工业固废 冶炼渣
debris rubble: 建筑垃圾 渣土 废墟
muck: 渣土 渣土车 渣土运输
recyclables recyclable: 可回收物 再生资源 废旧物资
scrap scraps: 废旧 报废 再生资源 废钢 报废汽车
redline redlines: 生态保护红线 红线 底线
zoning zoned: 分区 管控单元 三线一单 用途管制
nature: 自然 自然保护地 自然保护区 大自然
geopark geoparks: 地质公园 世界地质公园
woods woodland woodlands: 林地 森林 林木 林区
sapling saplings: 苗木 树苗 造林
mangrove mangroves: 红树林
species: 物种 珍稀物种 生物多样性 濒危物种
endangered rare: 珍稀 濒危 珍稀濒危 稀有
invasive: 外来入侵物种 入侵 外来物种
migratory: 候鸟 迁徙
habitat habitats: 栖息地 生境 栖息环境
greener greenest: 绿色 绿化 绿色化
sustainable sustainability sustainably: 可持续 可持续发展 绿色发展 永续
environmentally: 环境 环保 生态环境
eco: 生态 生态环保 生态友好
ecofriendly: 环保 绿色 生态友好 环境友好
impact impacts: 影响 环境影响评价 环评 冲击
eia: 环评 环境影响评价
violator violators violation violations violate violated violating: 违法 违规 违法行为 违规行为 违章 违法违规
penalize penalized penalise penalised: 处罚 惩处 罚款 行政处罚
fine: 罚款 细颗粒物 罚没
resort resorts: 度假区 旅游度假区 度假村 度假
cuisine cuisines delicacies snack snacks: 美食 特色美食 小吃 餐饮
gourmet foodie foodies: 美食 美食街
amusement: 游乐 游乐园 游乐设施 娱乐
zoo zoos aquarium aquariums: 动物园 海洋馆 水族馆
nightscape nighttime: 夜景 夜游 夜间经济 夜经济
excursion excursions: 研学 游览 出游 一日游
caravan caravans motorhome motorhomes rv: 房车 房车营地 自驾车营地
guides: 导游 指南 指引 讲解员
overnight overnights: 过夜 过夜游客 住宿 留宿
stays stay staying stayed: 停留 过夜 住宿 驻留
star stars starred: 星级 明星 星级饭店 五星级
aaaaa: 5A级景区 5A级 国家5A级旅游景区
aaaa: 4A级景区 4A级 国家4A级旅游景区
opera operas: 戏曲 戏剧 地方戏 歌剧
drama dramas theatrical: 戏剧 剧目 话剧 剧本
folk: 民俗 民间 民俗文化 民间艺术
tradition traditions: 传统 传统文化 民俗 优秀传统文化
temple temples: 寺庙 庙宇 宗教场所 寺观
monument monuments memorial memorials: 纪念碑 纪念馆 纪念设施 文物
architecture architectural: 建筑 历史建筑 风貌 建筑风貌
preservation preserve preserved preserving: 保护 保护传承 活化利用 保存
inheritance inherit inherited inheriting: 传承 传承人 继承
inheritor inheritors: 传承人 非遗传承人 代表性传承人
craftsmanship: 工艺 匠心 技艺 传统技艺
gallery galleries: 美术馆 展馆 展览馆 画廊
auditorium auditoriums: 礼堂 剧院 文化礼堂
stage stages: 舞台 阶段 戏台
entertainment: 娱乐 文化娱乐 文娱 娱乐场所
karaoke ktv: 娱乐场所 歌舞娱乐 KTV
cybercafe cybercafes: 网吧 上网服务场所
bar bars: 酒吧 酒吧街
nightclub nightclubs: 娱乐场所 歌舞娱乐场所
bookstore bookstores bookshop bookshops: 书店 城市书房 书屋 实体书店
studyroom studyrooms: 城市书房 自习室 阅览室
game games: 赛事 运动会 游戏 比赛
olympics olympic: 奥运会 奥林匹克 全运会
league leagues: 联赛 村超 村BA
basketball: 篮球 村BA
match matches matching matched: 比赛 赛事 对接 配套 匹配
natural: 自然 自然灾害 天然气 自然资源
polytechnic polytechnics: 职业技术学院 高职 职业院校 高职院校
tvet: 职业教育 职业技术教育
adult adults: 成人 成人教育 成年人 老年大学
lifelong: 终身教育 终身学习
faculty faculties: 师资 教师队伍 教职工 院系
headteacher headteachers headmaster headmasters headmistress: 校长 班主任
textbook textbooks: 教材 课本 教科书
stem: 科学教育 STEM 理工科
extracurricular: 课外 课后服务 校外 课外活动
class classes: 班级 大班额 课堂
literacy illiteracy literate: 扫盲 素养 识字 文化素养
graduation graduating graduated: 毕业 毕业生 毕业季
score scores scored scoring: 成绩 分数 得分 评分
pass passed passing passes: 通过 合格 达标 审议通过 合格率
ward wards: 病房 病区 病床
icu icus: 重症监护 ICU 重症医学科 重症床位
intensive: 重症 重症医学 集约 密集
fever: 发热门诊 发热 发热诊室
physician physicians: 医师 医生 执业医师
paramedic paramedics: 急救人员 院前急救 急救
telemedicine telehealth: 远程医疗 互联网医院 远程诊疗
referral referrals referred: 转诊 双向转诊 分级诊疗 转介
tiered: 分级诊疗 分级 分层
record records recorded recording: 档案 记录 台账 创历史新高 备案
immunization immunisation immunize immunised: 免疫 免疫规划 疫苗接种 预防接种
infectious contagious: 传染病 传染 重大传染病
tb tuberculosis: 结核病 肺结核
hepatitis: 肝炎 乙肝 病毒性肝炎
endemic: 地方病 地方性
schistosomiasis: 血吸虫病 血防
malaria: 疟疾
aids: 艾滋病 艾滋病防治 援助
stroke strokes: 卒中 脑卒中 卒中中心
heart cardiovascular cardiac: 心脑血管 胸痛中心 心血管 心脏
trauma: 创伤中心 创伤 创伤救治
rehabilitation rehab rehabilitate rehabilitated: 康复 康复医疗 康复服务 戒毒 矫治
hospice palliative: 安宁疗护 临终关怀 舒缓疗护
geriatric geriatrics: 老年医学 老年病 老年医学科
pediatric paediatric pediatrics paediatrics pediatrician pediatricians paediatrician: 儿科 儿童医院 儿科医生 儿科医师
obstetrics obstetric gynecology gynaecology obstetrician: 产科 妇产科 妇产
midwife midwives midwifery: 助产 助产士
neonatal: 新生儿 新生儿科
prenatal antenatal preconception: 产前 孕前 产前筛查 孕前优生 孕前优生健康检查
defect defects: 出生缺陷 缺陷 短板
ivf infertility infertile: 辅助生殖 不孕不育 辅助生殖技术
centralized centralised centralization centralisation: 集中 集采 集中采购 集中供热 集中供养
prescription prescriptions: 处方 处方药
pharmacist pharmacists: 药师 药剂师 执业药师
copay copayment copayments deductible deductibles: 起付线 自付 个人自付 自付比例
claim claims claimed claiming: 理赔 报销 申领 申报
wellbeing: 健康 幸福感 福祉 获得感
obesity obese overweight: 肥胖 超重 体重管理
alcohol: 酒精 饮酒 酒驾 醉驾
mosquito mosquitoes rodent rodents rats: 病媒生物 蚊蝇 除四害 鼠患
outbreak outbreaks: 疫情 暴发 突发疫情
nucleic pcr: 核酸 核酸检测
lockdown lockdowns: 封控 静态管理 封控管理
mask masks: 口罩 防护物资
clinical: 临床 临床重点专科 临床医学
diagnosis diagnose diagnosed diagnostic diagnostics: 诊断 诊疗 确诊 检查检验
hospitalised hospitalized hospitalisation: 住院 住院治疗 入院
acupuncture: 针灸 中医适宜技术
annuity annuities: 年金 企业年金 职业年金
enrollee enrollees: 参保人员 参保人数 参保人
entitlement entitlements entitled: 待遇 权益 享受 资格
flexible flexibly flexibility: 灵活就业 灵活 柔性 弹性
occupational: 职业 职业伤害 职业病 职业健康
jobseeker jobseekers: 求职者 求职 求职人员 就业困难人员
placement placements placed: 安置 就业安置 推荐就业 岗位推荐
retention retain retained retaining: 稳岗 稳岗返还 留住 留用
lowskilled unskilled: 低技能 就业困难 技能不足
entrepreneurial: 创业 创新创业 双创 创业带动就业
trainee trainees: 学员 参训人员 见习 见习人员
traineeship traineeships: 见习 就业见习 见习岗位
electrician electricians welder welders: 电工 焊工 技能工种 特种作业
labourer labourers laborer laborers: 劳动者 务工人员 农民工 劳动力
workplace workplaces: 工作场所 用人单位 职场
overtime: 加班 加班费
union unions: 工会 总工会 职工
federation federations: 联合会 总工会 工商联 妇联 残联
employ employs employing: 吸纳就业 带动就业 用工 聘用 就业
absorb absorbed absorbing absorbs: 吸纳 吸纳就业 带动就业 吸收
eldercare: 养老 养老服务 为老服务
centenarian centenarians: 百岁老人 高龄老人
oldest: 高龄 高龄老人 高龄津贴
longevity: 长寿 高龄津贴 长寿之乡
mutual: 互助 互助养老 互认 相互
silver: 银发经济 银发 银龄 银龄行动
creche creches: 托育机构 托儿所 托育园
babysitting babysitter babysitters: 育婴 托育 保育员 育婴员
parental parenting: 育儿 家庭教育 育儿补贴 亲子
childrearing: 育儿 养育 生育养育
leave: 产假 育儿假 假期 离开
paternity: 陪产假 育儿假
guardian guardians guardianship: 监护 监护人 监护责任
divorce divorces divorced: 离婚 婚姻登记 婚姻家庭
address addresses addressed addressing: 解决 回应 地址 门牌 地名
boundary boundaries: 行政区划 界线 边界 勘界
division divisions: 区划 行政区划 划分 处室
ngo ngos nonprofit nonprofits: 社会组织 公益组织 社会团体 民办非企业
association associations: 协会 社会团体 行业协会 商会
foundation foundations: 基金会 基础 根基
orphanage orphanages: 儿童福利院 福利院 儿童福利机构
servicemen servicemembers servicewomen: 军人 现役军人 退役军人 军队人员
demobilized demobilised demobilization: 退役 退伍 转业 复员
dependents dependants: 军属 家属 优抚对象 抚养人口
plaque plaques: 光荣牌 牌匾 悬挂光荣牌
militia militias: 民兵 民兵组织
reservist reservists: 预备役 预备役人员
defense defence: 国防 国防动员 人防 防务
mobilization mobilisation mobilize mobilized mobilise mobilised: 动员 国防动员 发动 动员部署
barracks: 营区 军营 驻军
autonomous autonomy: 自治 民族区域自治 自治县 自治州 村民自治
bilingual: 双语 双语教育 双语教学
language languages: 语言 语言文字 通用语言 国家通用语言文字
clergy clerics cleric: 教职人员 宗教教职人员
monastery monasteries: 寺院 寺庙 宗教活动场所
buddhist buddhism taoist taoism: 佛教 道教 宗教
christian christianity catholic protestant: 基督教 天主教 宗教
islam islamic muslim muslims: 伊斯兰教 宗教
sinicization sinicisation: 中国化 宗教中国化
extremism extremist extremists: 极端 极端主义 宗教极端 去极端化
terrorism terrorist terrorists terror: 恐怖 暴恐 反恐 恐怖主义
cult cults: 邪教 反邪教
hazmat: 危险化学品 危化品 危险货物
crane cranes: 起重机械 塔吊 特种设备 塔式起重机
electrical: 电气 电气火灾 用电安全 电气线路
blaze blazes: 火灾 火情 火警
wildfire wildfires forestfire forestfires: 森林火灾 森林防火 山火 森林草原火灾
fireproof firebreak firebreaks: 防火 防火隔离带 阻隔带
extinguish extinguished extinguishing: 扑灭 灭火 扑救
hydrant hydrants: 消防栓 消火栓 市政消火栓
escape escaped: 逃生 疏散 逃生通道
responder responders: 救援 救援队伍 应急救援 救援力量
squad squads brigade brigades: 队伍 救援队 大队 中队
stockpile stockpiles stockpiling stockpiled: 储备 物资储备 应急物资 应急物资储备
contingency contingencies: 应急预案 预案 突发事件 应急
preparedness prepared prepare preparing: 备灾 应急准备 防范 准备
hail hailstorm hailstorms: 冰雹 冰雹灾害
lightning thunderstorm thunderstorms: 雷电 雷暴 强对流 强对流天气
tornado tornadoes gale gales: 龙卷风 大风 强对流
blizzard blizzards: 暴雪 雪灾 暴雪灾害
sandstorm sandstorms duststorm duststorms: 沙尘暴 沙尘 沙尘天气
subsidence: 地面沉降 塌陷 采空区
sinkhole sinkholes: 塌陷 地面塌陷 岩溶塌陷
rockfall rockfalls: 崩塌 落石 危岩
displaced: 受灾 转移安置 避险转移 紧急转移
affected: 受灾 受影响 受灾群众 受灾人口
reconstruction reconstruct reconstructed: 重建 灾后重建 恢复重建 改扩建
siren sirens loudspeaker loudspeakers: 警报 预警广播 大喇叭 应急广播
command commander commanders: 指挥 指挥部 应急指挥 指挥中心
unrest riot riots: 群体性事件 不稳定因素 社会稳定
leapfrog: 越级上访 越级访 越级
repeated repeat repeatedly: 重复访 重复 反复 重复信访
longstanding: 积案 信访积案 历史遗留 老大难
legacy legacies: 历史遗留 遗留问题 历史遗留问题
unresolved: 未化解 悬而未决 积案 未办结
caller callers: 来电 市民 群众 诉求人 来电人
inquiry inquiries enquiry enquiries: 咨询 来电 诉求 询问 调查
responsiveness responsive: 响应率 回应 及时率 响应
callback callbacks revisit revisits revisited: 回访 回访率
selfgovernance: 自治 村民自治 居民自治
covenant covenants charter charters: 村规民约 居民公约 章程 公约
extravagance extravagant lavish: 铺张浪费 大操大办 奢侈 天价彩礼
mores: 移风易俗 风俗 乡风
hero heroes heroic samaritan samaritans: 见义勇为 英雄 道德模范 好人 身边好人
skynet: 天网 雪亮工程 天网工程
addiction addicts addict addicted: 吸毒 戒毒 吸毒人员 成瘾
delinquency delinquent: 未成年人犯罪 违法犯罪 不良行为
severe: 严重 重度 严重精神障碍 重特大
convict convicts excon excons: 刑满释放人员 安置帮教 服刑人员
floating: 流动人口 流动 漂浮
firearm firearms gun guns weapon weapons knife knives: 枪支 枪爆 管制刀具 枪支弹药
pyramid: 传销 非法传销
fundraising: 集资 非法集资 募捐 筹资
usury loanshark loansharks: 高利贷 套路贷 非法放贷
extortion extort extorted: 敲诈勒索 勒索
smuggling smuggled smuggler smugglers: 走私 打击走私 走私犯罪
trafficking trafficked trafficker traffickers: 拐卖 贩卖 走私 贩毒
kidnapping kidnapped abduction abducted: 拐卖 绑架 拐卖妇女儿童
missing: 失踪 走失 缺失 空白
sensitive: 敏感 敏感时期 敏感节点
rumor rumors rumour rumours: 谣言 网络谣言 辟谣
sentiment sentiments: 舆情 网络舆情 民意 情绪
cyberspace: 网络空间 网信 清朗网络空间
requirement requirements required require requires: 要求 条件 材料 规定 硬性要求
procedure procedures procedural: 程序 流程 手续 环节 法定程序
process processes: 流程 环节 程序 办理 进程
steps: 环节 步骤 举措 措施
immediately instant instantly: 即办 即时 立即 秒批 立等可取
automatic automatically: 自动 秒批 免申即享 无感
proactive proactively: 主动 免申即享 主动服务 提前介入
bundled bundle bundling: 一件事 集成 打包 一件事一次办
lifecycle: 全生命周期 一件事一次办 全周期
shared sharing: 共享 数据共享 资源共享 共享单车
unified unify unifying unification: 统一 一网统管 统一平台 归集
function functions functional: 职能 功能 职能转变 功能区
role roles: 作用 职能 角色 定位
duty duties: 职责 值班 值守 履职 关税
authority authorities authorized authorised authorization authorisation: 权限 授权 机关 主管部门 有权机关
empower empowered empowering empowerment: 赋能 赋权 增权
devolved devolve devolution devolving: 下放 赋权 放权 权限下放
frontline: 一线 基层 第一线
overlapping duplicate duplicated duplication redundant: 重复 多头 交叉 重复建设
kpi kpis: 考核指标 绩效 指标 关键指标
bottom: 末位 倒数 兜底 底线
underperforming underperform underperformed: 落后 排名靠后 低效 后进
statute statutes: 法律 法规 法律法规
statutory: 法定 法定职责 法定程序
discretion discretionary: 裁量 自由裁量权 裁量基准 裁量权
leniency lenient: 包容审慎 首违不罚 轻微免罚 从轻
minor: 轻微 轻微违法 未成年人 小额
soft: 柔性执法 柔性 软环境 软实力
humane: 人性化 柔性执法 温度
arbitrary: 乱罚款 乱收费 任性执法 随意
excessive: 过度 过高 超标
multiple: 多头 重复 多头执法 多元
bodycam bodycams recorder recorders: 执法记录仪 全过程记录 记录仪
credentials credential: 执法证 证件 资格证
evidence evidentiary: 证据 证据材料 取证
witness witnesses: 证人 见证
annulled annul nullified invalid invalidated invalidation: 撤销 确认无效 确认违法 无效
upheld uphold maintained maintain maintaining: 维持 维持原决定 保持 维护
affirmed affirm: 维持 维持原决定 肯定
withdrew withdrawn withdraw withdrawal withdrawals: 撤回 撤诉 撤销 退出
reconciliation conciliation reconciled: 和解 调解 和解结案
mediate mediates mediating: 调解 化解 调处
litigant litigants: 当事人 诉讼当事人
parties: 当事人 各方 双方 党组织
respondent respondents: 被申请人 被诉 被告
head heads: 负责人 主要负责人 行政机关负责人 一把手
attended attend attending attendance: 出庭 出席 参加 出庭率
judiciary: 司法 司法机关 审判机关
code codes: 法典 民法典 规范 代码
fengqiao: 枫桥经验 新时代枫桥经验
diversified diversification diverse: 多元 多元化 多元化解 多样化
auditor auditors: 审计 审计机关 审计人员
finding findings: 发现 审计发现 查出 发现问题
irregularities irregular irregularity: 违规 违规问题 不规范 违纪违规
returned return returns returning: 返还 退回 归还 返乡 回流
outgoing departure departing: 离任 离任审计 离任经济责任审计
tenure tenures: 任期 任期经济责任 任期内
circuit circuits: 巡回 巡视 巡察 巡回法庭
commission commissions: 委员会 纪委 监委 纪委监委
junket junkets: 公款旅游 公款吃喝
gift gifts: 礼品 礼金 收送礼金 红包
hospitality: 公务接待 接待 住宿餐饮
admonish admonished admonishment admonition: 诫勉 约谈 批评教育 诫勉谈话
reprimand reprimanded reprimands: 警告 记过 通报批评 处分
demoted demotion demote: 降级 降职 撤职 降低职务
expelled expulsion expel: 开除 开除党籍 开除公职
tip tips: 举报 线索 问题线索
supervisor supervisors: 监督员 监察员 特约监督员 监理
capability capabilities competence competency competent: 能力 本领 履职能力 能力建设
style: 作风 作风建设 风格
conduct: 作风 行为 开展 作风建设
image: 形象 政府形象 城市形象
trust trusted: 公信力 信任 信赖 信托
credibility: 公信力 信誉 诚信
motivation motivated motivate motivating: 积极性 激励 干事创业 主动性
initiative initiatives: 主动 积极性 举措 行动 主动性
diligence diligent diligently: 勤政 担当 尽责 勤勉
lazy laziness inaction inactive: 不作为 慢作为 懒政 庸懒散
shirking shirk: 推诿扯皮 推诿 不作为
sloppy slack perfunctory: 敷衍 不作为 敷衍塞责 应付
tolerance tolerant: 容错 包容 容错纠错 包容审慎
mistake mistakes error errors: 错误 容错 差错 失误 纠错
theme thematic: 主题教育 主题 专题
study studies: 学习 研究 专题学习 调研
highlight highlights highlighted: 亮点 成效 特色 突出
typical typically: 典型 典型经验 典型案例 典型做法
experience experiences experienced: 经验 做法 典型经验 经历
practice practices practiced practised: 做法 实践 经验 实践活动
approach approaches: 做法 路径 方式 举措
pathway pathways path paths: 路径 途径 通道 步道
program programs programme programmes scheme schemes: 计划 工程 项目 方案 行动
action actions: 行动 行动计划 专项行动 举措 行动方案
strategy strategies strategic strategically: 战略 策略 战略性 战略部署
vision visions: 愿景 蓝图 远景目标
task tasks: 任务 重点任务 目标任务 工作任务
mission missions: 使命 任务 使命任务
outcome outcomes: 成效 成果 结果 效果
effect effects: 效果 成效 影响 效应
accomplished accomplish accomplishments accomplishment: 完成 成就 成绩 成效
recognition recognized recognised recognize recognise: 认定 认可 评为 获评 表彰
named naming: 评为 获评 命名 列入
included inclusion: 列入 纳入 入选 包括
shortlisted shortlist: 入选 列入 入围
eligible eligibility ineligible: 符合条件 资格 对象 条件
accolade accolades: 荣誉 称号 表彰 殊荣
bigger biggest large larger largest: 大型 龙头 骨干 规模以上 重大 规上
huge massive enormous: 重大 大型 巨大 大幅
tiny: 微型 小微 微小
midsized midsize: 中型 中小 中小企业
largescale: 大型 规模化 大规模
scaled scaling scalable: 规模化 规模 扩大规模
retailer retailers: 零售企业 商贸企业 限上企业 零售商
manufacturers: 制造企业 制造业企业 生产企业 工业企业
maker makers: 制造 生产企业 制造企业 厂商
ton tonne: 吨 万吨
kilometer kilometre km: 公里 千米 公里数
sqm: 平方米 万平方米
half: 上半年 下半年 半年 一半
decade decades: 十年 年代 十年来
center centre centers centres: 中心 服务中心 中心城区 指挥中心
management manage managed manages managing: 管理 治理 监管 管护 经营管理
manager managers: 经理 负责人 管理人员 职业经理人
issue issues issued issuing: 问题 出台 印发 发放 发行
release releases released releasing: 发布 出台 释放 投放 刑满释放
lifted lifting: 脱贫 摘帽 带动 提升 解除
hot hotter: 高温 热门 热点 火热
beltway beltways ringroad ringroads: 环线 绕城公路 环城路 外环
rollout rollouts: 推广 推行 推出 上线
weekly: 每周 周报 周调度
hourly: 每小时 小时 时段
riverbank riverbanks: 河岸 堤岸 岸线 护岸
airports: 机场 空港
allocations: 拨付 下达 安排 分配 配置
assessments: 评估 评价 考核 测评 考评
assessing: 评估 评价 考核 测评 考评
bankruptcies: 破产 破产重整
budgets: 预算 一般公共预算
builds: 建设 建成 新建 修建
cancels cancelling canceling: 取消 废止 撤销
cleanups: 清理 清淤 整治 清四乱
closures: 办结 结案 关停 关闭 审结
collections: 征收 征缴 收费 收集 收运
commences: 开工 投产 集中开工
completes completing: 完成 办结 竣工
connects: 连通 接通 通达 联网 接入
consults consulting: 咨询 法律咨询 协商 征询
contracts: 签约 签订 新签约 合同
controls: 防控 管控 控制 调控
cooperates cooperating: 合作 协作 产学研 校企合作 对口协作
coordinates: 协同 统筹 协调 协同发展 统筹推进
creates: 创建 新增 创造
crackdowns: 攻坚战 保卫战 专项行动 攻坚 专项整治
deepens: 深化 深化改革 纵深推进
demolitions: 拆迁 征收 拆除 征迁 拆违
demolishing: 拆迁 征收 拆除 征迁 拆违
demonstrations: 示范 示范区 示范县 示范点 样板
disbursements: 发放 拨付 兑付 支付 兑现
disbursing: 发放 拨付 兑付 支付 兑现
discloses disclosing: 公开 政务公开 信息公开 公示 透明
distributes: 发放 分配 配送 分发
droughts: 抗旱 干旱 防汛抗旱
enforces: 执法 执行 行政执法 执法检查 综合执法
enrolments: 入学 招生 入学率 录取 入园
enrollments: 入学 招生 入学率 录取 入园
equips equipping: 配备 配齐 配置
establishes: 设立 成立 组建 建立
estimates: 预计 预期 力争 预期目标
evaluates: 评估 评价 考核 测评 考评
evaluations: 评估 评价 考核 测评 考评
evacuates: 转移 疏散 撤离 避险转移
exempts: 免征 减免 免税 豁免
expansions: 扩大 扩容 扩建 拓展
expenditures: 支出 投入
expos: 博览会 展会 交易会
expressways: 高速 公路 高速公路
extensions: 延伸 延长 拓展 延链
fairs: 博览会 展会 交易会 公平 公平竞争
finishes: 完成 建成 竣工 完工
forecasts forecasting: 预计 预期 力争 预期目标
grades: 等级 级别 评定
grows growing: 增长 增加 提高 增速 种植
handles: 办理 受理 处理 办结
hires: 招聘 招录 考录 录用 招考
hotlines: 热线
incinerators: 焚烧 垃圾焚烧
installations: 安装 加装 配备
installs: 安装 加装 配备
integrates: 融合 一体化 整合 融合发展
investigates: 排查 调查 查处 侦办 查办
investments: 投资 固定资产投资 投入 引资 招商引资
introduces: 引进 招引 引入 引资
leases: 租赁 出租 租金 保障性租赁住房 保租房
limits limited: 限额 限制 限额以上 有限
monitors: 监测 监控 动态监测 监测点
obtains: 争取 争资 获批 争取到 获得
outputs: 产值 产量 总产值
participates: 参与 公众参与 参加 参与率
pledges pledged: 告知承诺 承诺制 承诺 告知
ports: 港口 口岸
prevents: 防控 防治 预防 防范 防止
procures procuring: 采购 政府采购 集中采购
produces: 生产 产出 产量 农产品
protects: 保护 环境保护 生态保护 保护区 保护修复
publishes: 公布 发布 公示 公告 发布会
raises: 提高 提升 上调 筹集
railways: 铁路 高铁
rebuilds: 改造 改建 更新 改扩建 重建
reduces: 减税降费 减免 压减 降低 减少
rejects rejecting: 驳回 不予受理 不予 拒绝
relocations: 安置 安置房 搬迁 易地搬迁 征迁
removes: 拆除 清除 清理 取消
renovates: 改造 改建 更新 改扩建 重建
renovations: 改造 改建 更新 改扩建 重建
repays: 偿还 还款 化债 清偿
replaces: 更换 替代 置换 更新
rescues rescuing: 救援 应急救援 救助 搜救
resolves resolving: 化解 解决 办结
responds: 应诉 回应 响应 答复 应对
restores: 修复 恢复 生态修复 植被恢复
restorations: 修复 恢复 生态修复 植被恢复
restructures: 重组 改制 重整 兼并重组
retrofits: 技改 技术改造 改造提升
revitalized revitalizes: 振兴 乡村振兴 全面振兴
revitalised revitalising: 振兴 乡村振兴 全面振兴
revokes rescinded: 撤销 吊销 废止
rectifies: 整改 整治 整改落实 整改率 销号
regulates regulating: 监管 监管部门 监督管理 监管执法
selects selecting: 选拔 遴选 选调 评选 选派
settles settling: 落户 落地 安家
shortens: 压缩 缩短 压减 提速
solves: 解决 破获 侦破 化解
stabilizes: 稳定 平稳 稳增长 稳中 稳步
stabilises stabilising: 稳定 平稳 稳增长 稳中 稳步
streamlines: 精简 简化 简政放权 压减 优化流程
subways: 地铁 轨道交通 轨道
supervises supervising: 监督 监管 监察 督查 监督检查
supports: 支持 扶持 帮扶 支撑 扶持政策
surges surging: 大幅增长 增长 激增 跃升
tackles: 治理 整治 攻坚
teaches: 教学 授课 教育
transforms: 转型 转型升级 转化 改造
treatments: 处理 治理 污水处理 治疗 无害化处理
utilizes utilizing: 利用 实际利用 利用外资 综合利用
widens: 拓宽 加宽 扩宽
wharfs: 码头 泊位 港口
hikes: 上涨 提价 上调 增长
reforming reformed: 改革 深化改革
registers registering: 登记 注册 新登记
certifications: 认证 认定 证书 持证
inspecting inspects: 督察 检查 巡查 督查 巡视
appraise appraised: 评估 评价 考核 测评 考评
subsidize subsidise subsidizing subsidising: 补贴 补助 奖补 贴息
suspended: 停产 停工 暂停 关停
organized organised: 组织 举办 开展 组织开展
delegation: 代表团 考察团 来访团组 招商团
train: 列车 火车 班列 动车
appearance: 风貌 面貌 市容市貌 城市面貌
specialty specialties: 专科 重点专科 临床重点专科 特色专科
settled settle: 和解 调解结案 结案 化解
recovered recover: 追回 挽回 收回 挽回损失 追讨
designated: 认定 命名 列为 确定为 指定
ticket tickets: 工单 派单 热线工单
cold: 寒潮 低温 低温雨雪冰冻 寒冷
heat: 高温 高温天气 热泵 热浪
care: 托育 照料 关爱 照护服务
site sites: 安置点 遗址 站点 场址
station stations: 服务站 派出所 司法所 卫生站 工作站
spot: 景点 打卡点 景区
quarter quarters: 街区 片区 历史文化街区
lane lanes: 专用道 公交专用道 车道
stock stocks: 存量 库存 存栏
inventory: 库存 去库存 存量 商品房库存
capital: 省会 首府 首位城市
lift lifts: 脱贫 带动 提升
bank banks: 河岸 堤岸 岸线
patrol patrols patrolled patrolling: 巡察 巡视 巡河 巡林
chief chiefs: 田长 路长 街长 警长
delivery deliveries: 快递 外卖 送达
home: 居家养老 上门 上门服务
litterbug litterbugs: 乱扔垃圾 乱丢乱扔 不文明行为
spitting: 随地吐痰 不文明行为
graffiti: 乱涂乱画 乱写乱画 小广告
flyers flyer posters stickers: 小广告 乱贴乱画 牛皮癣
streetside: 沿街 临街 占道经营
encroach encroached encroaching encroachment encroachments: 侵占 占用 占道 违规占用
obstruct obstructed obstructing obstruction obstructions: 占道 堵塞 阻塞 妨碍
junk: 垃圾 杂物 废旧物品
potholed bumpy: 坑洼 破损路面 坑槽
grate grates grating gratings: 雨水篦子 雨水口 井盖
culvert culverts: 涵洞 涵管 涵闸
drainpipe drainpipes: 排水管 排水管网 雨污管网
lamppost lampposts streetlamp streetlamps: 路灯 灯杆 照明
pole poles: 杆线 电线杆 灯杆
signpost signposts: 指示牌 路标 标识标牌
nameplate nameplates doorplate doorplates: 门牌 路牌 地名标志
storefront storefronts shopfront shopfronts: 店招店牌 沿街门店 门头
awning awnings canopy canopies: 雨棚 遮阳棚 违规搭建
balcony balconies: 阳台 封闭阳台
squatter squatters: 违法占用 违建 侵占
greenspace greenspaces: 绿地 公园绿地 城市绿地
fence fences fencing: 围栏 护栏 围挡
hoardings: 围挡 施工围挡
hoarding hoarded: 囤积居奇 囤积 围挡
muddy mud: 泥泞 道路遗撒 扬尘
spill spills spillage spilled spilt: 遗撒 抛洒滴漏 泄漏
tipper tippers dumptruck dumptrucks: 渣土车 渣土运输车 工程运输车
honking horn horns: 鸣笛 噪声 禁鸣
stray strays: 流浪犬 流浪动物 犬只
leash leashes: 文明养犬 牵绳 犬只管理
odour odours odors: 异味 臭味 黑臭
loo loos: 厕所 公厕 公共厕所
latrine latrines outhouse outhouses: 旱厕 户厕 厕所
cesspit cesspits septic: 化粪池 粪污
sewerage: 污水管网 排水 污水处理
puddle puddles ponding: 积水 积水点 内涝
flooded: 受淹 内涝 积水 洪涝
eyesore eyesores: 城市疮疤 脏乱差 乱象
scruffy untidy unsightly grimy: 脏乱差 乱象 杂乱
chaos chaotic disorderly: 乱象 无序 脏乱差 乱停乱放
neatness orderliness: 整洁 有序 干净整洁
orderly: 有序 规范 井然有序
parked: 停放 停车 乱停乱放
carport carports bikeshed bikesheds: 车棚 停车棚 非机动车棚
curbside kerbside: 路边停车 路内停车位 占道
towed towing: 拖移 清拖 违停
moped mopeds: 电动自行车 电动车 两轮车
tricycle tricycles: 三轮车 电动三轮车 老年代步车
resettled resettling resettle: 安置 搬迁安置 回迁
relocatee relocatees: 搬迁群众 安置对象 搬迁户
evacuee evacuees: 转移群众 转移安置 受灾群众
rehouse rehoused rehousing: 安置 回迁 住房安置
teardown razed raze bulldozed bulldoze: 拆除 拆迁 拆违
condo condos condominium condominiums: 商品房 住宅小区 小区
gated: 封闭式小区 小区 住宅小区
tenement tenements: 老旧住宅 筒子楼 老旧小区
bungalow bungalows: 平房 平房区 农村住房
cottage cottages farmhouse farmhouses: 农房 农村住房 民居 农家乐
radiator radiators heater heaters: 暖气 供暖 取暖
heated: 供暖 采暖 供热
canister canisters: 液化气罐 气瓶 钢瓶
faucet faucets: 水龙头 自来水
waterproofing waterproof: 防水 屋面防水 漏水
repaint repainted painted paint painting: 粉刷 立面改造 外立面
whitewashed whitewash: 粉刷 刷白
rewire rewired rewiring: 线路改造 电路改造 飞线整治
hallway hallways: 楼道 公共空间 楼道整治
mailbox mailboxes: 信报箱 信箱
handrail handrails: 扶手 无障碍设施 适老化改造
downpayment: 首付 首付款
unsold: 待售 商品房库存 去库存
minibus minibuses: 农村客运 中巴 公交
shuttle shuttles: 接驳 摆渡车 公交专线 定制公交
feeder: 支线 接驳 微循环
terminus termini depot depots: 首末站 场站 公交场站 停保场
cycleway cycleways bikeway bikeways bikelane bikelanes: 自行车道 非机动车道 慢行系统
footpath footpaths: 人行道 步道 游步道
roundabout roundabouts: 环岛 交叉口
crossroads: 交叉口 十字路口 路口
blacktop blacktopped tarred: 沥青路面 黑色化 白改黑
unpaved: 未硬化 砂石路 土路
upkeep: 养护 管护 维护
maintenance: 维护 养护 运维 管护
airfield airfields: 机场 通用机场 起降点
siding sidings: 铁路专用线 专用线
highspeed: 高铁 高速铁路 动车
seatbelt seatbelts: 安全带 系安全带 交通安全
fatal: 死亡 亡人 较大事故
microenterprise microenterprises microbusiness microbusinesses: 小微企业 微型企业 个体工商户
stallholder stallholders shopkeeper shopkeepers storekeeper storekeepers: 个体工商户 商户 经营户 店主
proprietor proprietors proprietorship: 个体工商户 业主 经营者
heavyweight heavyweights bellwether bellwethers: 龙头企业 头部企业 领军企业
frontrunner frontrunners: 领跑者 龙头 第一方阵
anchor anchors: 链主 龙头企业 链主企业
hq: 总部 总部经济
midstream: 中游 产业链
coworking: 众创空间 联合办公 孵化器
spinoff spinoffs: 成果转化 孵化 衍生企业
ip: 知识产权 知识产权保护 专利
copyright copyrights: 版权 著作权
knockoff knockoffs fakes: 假冒伪劣 假冒 仿冒
deal: 项目 签约 协议
inked clinched: 签约 签订 落地
stake stakes: 股权 入股 参股
lender lenders: 金融机构 银行 放贷
creditor creditors: 债权人 债权 申请执行人
debtor debtors: 债务人 被执行人
borrower borrowers: 借款人 贷款户
bonus bonuses: 奖励 奖补 奖金
giveaway giveaways: 发放 消费券 补贴
cashback: 返还 返补 补贴
deduction deductions deducted: 扣除 加计扣除 抵扣
surcharge surcharges: 附加费 附加
overcharge overcharged overcharging: 乱收费 违规收费 价格违法
profiteering gouging: 哄抬物价 价格违法
fairness: 公平 公正 公平竞争
discriminate discrimination discriminatory: 歧视 歧视性 排斥
endorse endorsed: 批准 认定 审定
ratified ratify: 批准 审议通过
vetting: 审查 审核 审批
scrutiny scrutinize scrutinise scrutinized scrutinised: 审查 监督 审议
probe probes probed: 调查 查处 立案调查
raid raids raided: 查处 突击检查 打掉
bust busted busts: 破获 打掉 查处
smashed dismantled dismantle dismantling: 打掉 摧毁 破获 拆除
nab nabbed apprehended apprehend captured: 抓获 抓捕
fugitive fugitives: 逃犯 在逃人员 追逃
culprit culprits perpetrator perpetrators: 犯罪嫌疑人 违法人员
gangster gangsters thug thugs mobster mobsters: 黑恶势力 涉黑涉恶
racketeering racket rackets: 黑恶势力 涉黑 敲诈勒索
fraudster fraudsters conman conmen: 诈骗 诈骗分子 电信网络诈骗
phishing: 电信网络诈骗 网络诈骗
ponzi: 非法集资 传销
cybercrime cybercrimes: 网络犯罪 电信网络诈骗
pickpocket pickpockets pickpocketing: 扒窃 盗窃 两抢一盗
mugging muggings mugged: 抢劫 抢夺 两抢一盗
vandalism vandalised vandalized vandals: 破坏 损坏公共设施
arson: 纵火 放火
assault assaults assaulted: 伤害 故意伤害 殴打
brawl brawls: 打架斗殴 寻衅滋事
troublemakers troublemaking: 寻衅滋事 闹事
harassment harass harassed: 骚扰 寻衅滋事
notarize notarise notarised notaries: 公证 公证处 公证员
solicitor solicitors barrister barristers: 律师 律师事务所 法律服务
paralegal paralegals: 基层法律服务工作者 法律服务
helpdesk helpdesks: 服务台 咨询台 服务窗口
lobby lobbies: 大厅 政务服务大厅 办事大厅
residency: 户籍 居住证 落户
signature signatures: 签字 签名 电子签名
forms: 表格 申请材料 材料
copies photocopies photocopy: 复印件 证明材料 材料
hassle hassles: 来回跑 多头跑 繁琐
runaround legwork: 来回跑 多头跑 跑腿
wait waited waits: 等待 等候 排队
halved: 减半 压缩一半
slashed slash: 压减 大幅压缩 削减
trimmed trim: 压减 精简 压缩
cutback cutbacks: 压减 削减
axed axe: 取消 撤销 裁撤
eliminate eliminated eliminating elimination: 消除 取消 清零
simplify simplified simplifying simplification: 简化 精简
adding adds: 新增 增加
brought: 引进 带来 带动
drew draw drawing draws: 吸引 引来 带动
pull pulled pulling: 拉动 带动
spur spurred spurring: 带动 拉动 促进
propel propelled: 推动 带动
push pushed pushing: 推动 推进
advance advanced advancing: 推进 推动 先进
promote promoted promoting: 推动 促进 推广
strengthen strengthened strengthening: 加强 强化
intensify intensified: 加大 强化
accelerate accelerated accelerating: 加快 加速
expedite expedited: 加快 提速
topped: 突破 超过 位居
hit hits hitting: 达到 突破 实现
reached reach reaching reaches: 达到 实现
achieved achieve achieving: 实现 完成
attained attain: 达到 实现
crossed: 突破 跨越
broke: 突破 打破
slipped slip slid: 下滑 回落
dipped dip dips: 回落 下降 下滑
sank: 下降 下滑
narrowed narrow narrowing: 收窄 缩小
stagnant stagnate stagnated stagnation: 停滞 低迷
sluggish: 低迷 疲软 乏力
bounced bounce: 回升 反弹
warmed warming: 回暖 回升
upward upturn: 回升 向好 上升
downward: 下行 下降
pressure pressures: 压力 下行压力
tight tighter tightening: 偏紧 紧张 收紧
shortfall shortfalls: 缺口 短缺 短收
overspent overspending: 超支 超预算
unspent leftover: 结余 结转 沉淀资金
carryover carryovers: 结转 结余
earmarked earmark: 专项 专项资金 安排
appropriated appropriation appropriations: 拨付 安排 预算
remittance remittances: 汇款 侨汇
staple staples: 粮食 主粮 口粮
cereal cereals: 谷物 粮食
canola: 油菜 油菜籽
hybrid: 杂交 良种 杂交水稻
compost composting: 堆肥 有机肥
sprayer sprayers spraying: 喷雾 植保 飞防
dryland: 旱地 旱作 旱作农业
barren wasteland wastelands: 荒地 撂荒地 荒山
polytunnel polytunnels hothouse hothouses: 大棚 温室大棚 设施农业
hydroponic hydroponics: 无土栽培 水培
fishpond fishponds: 鱼塘 池塘 养殖池塘
cage cages: 网箱 网箱养殖
fingerlings: 鱼苗 苗种
prawn prawns: 对虾 小龙虾 虾类
crab crabs: 螃蟹 河蟹 大闸蟹
eel eels: 鳗鱼 鳗鲡 水产养殖
carp: 鲤鱼 鲫鱼 淡水鱼
frog frogs bullfrog bullfrogs: 牛蛙 蛙类 青蛙
piglet piglets: 仔猪 生猪
sows: 能繁母猪 母猪
calf calves: 犊牛 肉牛
heifer heifers: 母牛 基础母牛
chick chicks: 鸡苗 雏鸡
pigeon pigeons: 肉鸽 鸽子
lamb lambs: 肉羊 羊肉 羔羊
camel camels: 骆驼 骆驼养殖 驼产业
horse horses: 马产业 马匹 赛马
deer: 梅花鹿 鹿茸
slaughterhouse slaughterhouses abattoir abattoirs: 屠宰场 定点屠宰 屠宰企业
carcass carcasses: 病死畜禽 无害化处理
hay: 饲草 牧草
grazing graze grazed: 放牧 禁牧 草畜平衡
overgrazing: 超载过牧 过度放牧
herder: 牧民 牧户
nomad nomads nomadic: 牧民 游牧
shepherd shepherds: 牧民 放牧
beekeeper beekeepers: 蜂农 养蜂
fungus: 食用菌 菌菇
edible: 食用 食用菌
coffee: 咖啡 咖啡产业 咖啡馆
beet beets: 甜菜 甜菜糖 糖料作物
lychee lychees litchi: 荔枝 荔枝产业 特色水果
longan longans: 龙眼 桂圆
mango mangoes: 芒果 芒果产业 特色水果
banana bananas: 香蕉 香蕉产业 热带水果
pineapple pineapples: 菠萝 凤梨 热带水果
pomelo pomelos grapefruit: 柚子 蜜柚
persimmon persimmons: 柿子 柿饼 特色水果
jujube jujubes: 红枣 大枣 枣树
goji wolfberry wolfberries: 枸杞 枸杞产业 枸杞子
pecan pecans: 山核桃 碧根果
olive olives: 油橄榄 橄榄
konjac: 魔芋 魔芋产业 特色种植
yam yams: 山药 铁棍山药 特色种植
taro: 芋头 芋艿 特色种植
cassava: 木薯 木薯产业 薯类
lotus: 莲藕 荷花 莲子
abalone: 鲍鱼 海珍品 水产养殖
scallop scallops: 扇贝 海湾扇贝 贝类
mussel mussels: 贻贝 贝类 海水养殖
medicinal: 中药材 药材 道地药材
ginseng: 人参 人参产业 中药材
coop coops: 合作社 农民专业合作社
dragonhead: 龙头企业 农业产业化龙头企业
netizen netizens: 网民 网友
soot: 烟尘 黑烟
smokestack smokestacks chimney chimneys: 烟囱 排放
dusty: 扬尘 扬尘污染 粉尘
misting: 雾炮 喷淋 抑尘
sweeping swept sweep: 清扫 保洁 机扫
washing wash washed: 冲洗 清洗
janitor janitors: 保洁员 保洁
dumpster dumpsters: 垃圾箱 垃圾桶 垃圾收集点
junkyard junkyards: 废品收购站 废旧物资 再生资源回收
stinky: 黑臭 异味
riverbed riverbeds: 河道 河床
brook brooks: 溪流 河道
tributary tributaries: 支流 支流河道 干支流
lakeshore lakefront: 湖滨 沿湖 环湖
shoreline shorelines: 岸线 海岸线
estuary estuaries: 河口 入海口
desert deserts: 沙漠 荒漠化
regreen regreened regreening: 复绿 生态修复
replant replanted replanting: 补植 复绿 植树
deforestation: 毁林 乱砍滥伐
felling felled: 采伐 砍伐 乱砍滥伐
panda pandas: 大熊猫 熊猫 大熊猫保护
electrofishing: 电鱼 非法捕捞
overfishing: 过度捕捞 非法捕捞
co2: 二氧化碳 碳排放
decibel decibels: 噪声 分贝
toxic toxins: 有毒有害 危险废物
poisonous: 有毒 有毒有害 中毒
windmill windmills: 风电 风机
biogas: 沼气 沼气池 户用沼气
dispensary dispensaries infirmary infirmaries: 卫生室 村卫生室 卫生所
medic medics: 医务人员 医护人员
gp gps generalist generalists: 全科医生 家庭医生
surgeon surgeons: 外科医生 医生
depression: 抑郁 心理健康
psychologist psychologists: 心理咨询师 心理健康
autism autistic: 孤独症 残疾儿童康复
prosthetic prosthetics: 假肢 辅助器具
foster fostered: 寄养 收养
widow widows widower widowers: 丧偶 孤寡
respite: 喘息服务 短期托养
bathing: 助浴 助浴服务 助洁
retire retiring: 退休 退休人员 离退休
insure: 参保 投保
premiums: 保费 缴费
enroll: 参保 入学 招生
uninsured lapsed: 未参保 断保
reimburse reimburses reimbursing: 报销 结算
cap caps capped: 封顶线 上限 限额
disadvantaged underprivileged: 困难群体 弱势群体 困难群众
jobhunting jobseeking: 求职 就业
retrain retrained retraining: 再就业培训 技能培训 转岗培训
reskilling upskilling: 技能提升 职业技能培训
paycheck paychecks paycheque paycheques: 工资 薪酬
preschooler preschoolers: 幼儿 学前儿童
tutor tutors: 辅导 家教
cram: 校外培训 学科类培训
zhongkao: 中考 中招 升学考试
truancy truant: 辍学 控辍保学
uniforms: 校服 校服采购 学生装
coding: 编程 人工智能教育
counselor counselors counsellor counsellors: 心理辅导 辅导员 心理健康教师
lawless illegality: 违法 违法行为
infringe infringed infringement infringements infringing: 侵权 侵犯 侵害
wrongful: 违法 错误
miscarriage: 冤假错案 错案
quashed quash: 撤销 纠错
amend amended amendment amendments amending: 修订 修改 修正
repeal repealed repeals: 废止 废除
revise revised revision revisions: 修订 修改
draft drafted drafts drafting: 起草 草案
enact enacted enactment: 制定 出台 颁布
promulgated promulgate: 颁布 公布 出台
publicize publicise publicised publicized: 宣传 公示 公开
gazette: 公报 政府公报
noticeboard noticeboards bulletin bulletins: 公示栏 公开栏 公告栏
notice notices: 通知 公告 告知
canvass canvassed: 征求意见 征集
poll polled polls: 民意调查 测评 投票
questionnaire questionnaires: 问卷 问卷调查
scorecard scorecards: 考核 评价
staffer staffers: 工作人员 干部
governor: 省长 省政府
headman headmen: 村主任 村干部 村支书
director directors: 局长 主任 负责人
deputy: 人大代表 副职 代表
representative representatives: 代表 人大代表
member: 委员 党员 成员
npc: 人大 人民代表大会 人大常委会
inspectorate: 督察 督查
corrupt corrupted: 腐败 贪腐
favoritism favouritism nepotism cronyism: 优亲厚友 徇私
hedonism: 享乐主义 享乐之风 四风
upright incorruptible probity: 清正廉洁 廉洁 廉政
demerit: 记过 处分
punish punishes punishing: 处罚 惩处 问责
blame: 问责 追责
liable liability liabilities: 责任 法律责任 负债
answerable: 问责 负责
reassigned: 调整 交流
secondment seconded: 挂职 借调
thought: 思想 思想政治 思想建设
ideology ideological: 意识形态 思想
theory theories theoretical: 理论 理论学习 理论武装
spirit: 精神 精神实质 会议精神
plenum plenary plenums: 全会 全体会议
session sessions: 会议 全会 两会
directive directives instruction instructions: 指示 批示 指示精神
guideline guidelines: 意见 指导意见 方针
principle principles: 原则 方针
loyalty loyal: 忠诚 忠诚干净担当 对党忠诚
consciousness: 意识 四个意识 思想觉悟
comrade comrades: 同志 同志们 党员干部
vanguard: 先锋 先锋模范
socialist socialism: 社会主义 中国特色社会主义 社会主义现代化
marxism marxist: 马克思主义 马克思主义理论 马克思主义中国化
dream: 中国梦 梦想
sovereignty: 主权 国家主权 国家安全
endeavor endeavour: 奋斗 努力
aspiration aspirations: 初心 向往 期盼
faith belief beliefs: 信仰 理想信念
ideal ideals: 理想 理想信念
virtue virtues: 美德 品德 道德
filial: 孝老爱亲 孝道 孝亲敬老
etiquette manners courtesy: 文明礼仪 礼仪 文明
uncivilized uncivilised: 不文明 不文明行为
spiritual: 精神文明 精神
ethos: 风尚 新风
helpline helplines: 热线 服务热线 政务服务热线
caseload caseloads docket dockets: 收案 受理量 案件
workload workloads: 工作量 任务
pending: 未结 待办 积案
unsettled: 未化解 积案
disposed: 处置 办结 处理
disposal: 处置 处理 处理处置
answered: 答复 回复
complainant complainants: 投诉人 信访人
petitioner petitioners: 信访人 上访 信访群众
courtroom courtrooms: 法庭 庭审
defeat defeats defeated: 败诉 败诉率 行政诉讼
testify testified: 出庭 作证
reconcile: 和解 调解 化解
compromise compromises: 和解 调解
feud feuds wrangle wrangles squabble squabbles: 纠纷 矛盾纠纷
tension tensions: 矛盾 矛盾纠纷
greenlit greenlighted: 获批 批复 批准
authenticate authentication: 认证 核验
verify verified verification verifying: 核验 核查 核实
unannounced undercover incognito: 暗访 四不两直 明察暗访
rickety tumbledown: 危房 破旧 老旧
shaky unstable: 危房 不稳定
dangers: 隐患 安全隐患 危险
loophole loopholes: 漏洞 隐患 薄弱环节
pitfall pitfalls: 隐患 风险
troubleshoot troubleshooting: 排查 隐患排查
sweeps: 排查 清理 专项行动
mishap mishaps: 事故 安全事故
electrocution electrocuted: 触电 触电事故 用电安全
fireman firemen: 消防员 消防救援人员
miner miners: 矿工 煤矿
colliery collieries: 煤矿 煤矿企业 煤矿安全
scaffolding scaffold: 脚手架 高处作业 建筑施工安全
fatigue: 疲劳驾驶 疲劳 超时驾驶
deluge downpour downpours: 强降雨 暴雨
frozen: 冰冻 冻害
tremor tremors quake quakes: 地震 地震灾害 防震减灾
landslip landslips: 滑坡 地质灾害
geohazard geohazards: 地质灾害 地质灾害隐患点
sandbag sandbags: 防汛物资 沙袋
stranded trapped: 被困 滞留
revenues: 收入 营业收入 财政收入
shipment shipments: 出货 发货 出口
popup popups: 快闪店 快闪 首店经济
cbd: 中央商务区 商务区
inn inns: 客栈 民宿
hostel hostels: 青年旅舍 驿站
bnb bnbs: 民宿 精品民宿 乡村民宿
glamping: 露营 精品露营
trekking: 徒步 户外
rafting: 漂流 漂流景区 水上运动
hotspring hotsprings spa spas: 温泉 康养
pagoda pagodas: 古塔 佛塔 宝塔
lantern lanterns: 灯会 花灯
pitch pitches: 球场 足球场
pool pools: 游泳池 泳池
squares: 广场 城市广场 文化广场
choir choirs: 合唱 合唱团
troupe troupes: 剧团 文艺团体 演出团体
performer performers: 演员 文艺工作者
newspaper newspapers: 报纸 报刊
magazine magazines: 期刊 杂志
publisher publishers: 出版 出版社
utility utilities: 公用事业 市政设施 水电气
mains: 管网 主管网
transformer transformers: 变压器 台区 配变
pylon pylons: 铁塔 输电线路
5g: 5G 5G基站
bandwidth: 带宽 宽带
chatbot chatbots: 智能客服 人工智能 大模型
cctv: 视频监控 天网 监控探头
dashboard dashboards: 驾驶舱 大屏 指挥平台
ran run runs running: 开展 举办 运行
organize organise organizing organising: 组织 举办 开展
staged: 举办 举行
kicked: 启动 开工
initiated initiate: 启动 发起
undertake undertook undertaken: 承担 承办 实施
implement implemented implementing implementation: 实施 落实 执行
execute executed execution: 执行 实施
wrapped: 完工 竣工 办结
fulfilled fulfil fulfill fulfilling: 完成 兑现 履行
forwarded: 转办 移送
assigned assign: 交办 分派
escalated escalate: 上报 升级
reported: 上报 报告
spotted: 发现 排查出
uncovered uncover: 发现 查出 查处
found: 发现 查出
identified identify identifying: 排查 发现 认定
detected detect detection: 发现 查处 检测
retrieved retrieve recouped: 追回 挽回
restitution: 追赃挽损 返还
patched patch patching: 修补 修复 坑槽修补
filled fill: 填补 修补
repaved repave: 重铺 路面修复
refit refitted: 改造 改装 升级改造
remodel remodeled remodelled: 改造 提升改造
unveiled unveil: 揭牌 发布
inaugurated inauguration: 揭牌 开业 投用
debut debuted: 首发 亮相
licensed: 取得许可 持证 获批
accredited accreditation: 认定 认证 评定
chosen: 入选 评为
crowned: 荣获 评为
commended commendation commendations: 表彰 表扬 通报表扬
freebie freebies: 免费 免费提供 免费发放
indemnity indemnities: 赔偿 补偿
buyout buyouts: 收购 回购
takeover takeovers: 并购 收购
liquidation liquidated: 破产清算 清算
insolvency insolvent: 破产 资不抵债
privatization privatisation: 改制 混合所有制改革
reorganised reorganized reorganization reorganisation: 重组 整合 改组
populace: 群众 人口
dweller dwellers townspeople townsfolk urbanites: 居民 城镇居民 市民
outsiders transients: 外来人口 流动人口
octogenarian octogenarians: 高龄老人 高龄津贴
youngster youngsters: 青少年 年轻人
mother mothers moms mums: 妇女 孕产妇 母婴
grandparents: 隔代 老人
dowry dowries: 彩礼 高价彩礼
graveyard graveyards: 公墓 墓地
ashes columbarium columbaria: 骨灰堂 公益性公墓 骨灰
drinkable: 饮用水 安全饮水
cistern cisterns: 水窖 蓄水池
tank tanks: 水箱 蓄水池 储罐
desalination: 海水淡化 淡化水 海水利用
invoice invoices invoicing: 发票 电子发票
receipt receipts: 票据 收据
bill bills: 账单 票据
evasion evade evaded: 偷税 逃税 偷逃税款
dodging dodge: 偷逃 逃避
banker bankers: 银行 金融机构
atm atms: 自助设备 助农取款服务点
broker brokers brokerage brokerages: 证券 券商 中介
agent agents: 中介 代办员 代理
intermediary intermediaries middleman middlemen: 中介 中介机构 中介服务
crowdfunding: 众筹 众筹融资 集资
p2p: 网贷 网络借贷
bourse: 交易所 证券交易所 上市交易
vc: 风险投资 创投
financier financiers: 金融机构 投资机构
defaulter defaulters deadbeat deadbeats: 失信被执行人 老赖 失信
untrustworthy: 失信 失信行为 不诚信
reputation reputations: 声誉 信誉 口碑
periphery peripheral: 城郊 周边 外围
alleyway alleyways: 背街小巷 小巷 巷道
hutong hutongs: 胡同 背街小巷
sidestreet sidestreets: 背街小巷 支路
thoroughfare thoroughfares: 主干道 干道
artery arteries: 主干道 干线
skywalk skywalks: 人行天桥 空中连廊
illumination illuminated illuminate lit: 亮化 夜景亮化 灯光
brighten brightened brightening: 亮化 亮灯
neon: 霓虹灯 亮化
ad ads advert adverts advertising advertisement advertisements: 广告 户外广告
chengguan: 城管 城市管理 综合行政执法
warden wardens: 协管员 巡查员 城管
enforcer enforcers: 执法人员 执法队伍
patrolman patrolmen: 巡逻 巡防队员
auxiliary auxiliaries: 辅警 协管员
constable constables: 民警 社区民警 警察
outpost outposts: 派出所 警务室 警务站
checkpoint checkpoints: 检查站 卡口
storehouse storehouses: 仓库 粮库
hillside hillsides: 山坡 荒山
upland uplands highland highlands: 山区 高原
plateau: 高原 高原地区 高寒
lowland lowlands: 低洼 平原
plains: 平原 平原地区
valley valleys: 河谷 山谷
gorge gorges: 峡谷 峡谷景区 大峡谷
backward: 落后 欠发达
underdeveloped: 欠发达 落后
laggard laggards: 后进 落后
deprived: 困难 贫困
hollowing hollowed: 空心化 空心村 产业空心化
depopulation depopulated: 人口流失 空心化
exodus outflow outflows: 外流 流失 人口外流
inflow inflows influx: 流入 净流入
homecoming: 返乡 回乡
hometown hometowns: 家乡 返乡
contactless: 不见面 无接触 非接触
onsite: 现场 现场办公 现场检查
sameday: 当日办结 即办
immediate: 即办 立即
prompt promptly: 及时 迅速
late lateness: 超时 逾期
expired expiry expiration: 到期 过期 逾期
reissue reissued: 补办 补领 换发
registry: 登记 登记机构
suspend suspension: 暂停 停业 吊销
ministry ministries: 部委 国家部委
taskforce taskforces: 专班 工作专班 领导小组
workgroup workgroups: 工作组 专班
board boards: 委员会 理事会 董事会
council councils: 委员会 议事会 理事会
guild guilds: 行业协会 商会
charities: 慈善组织 慈善
thinktank thinktanks: 智库 智库建设 专家库
province provinces: 全省 省级 省委省政府
prefecture prefectures: 地级市 市州
county: 全县 县域 县级 县城
district districts: 全区 城区 区县 辖区
municipality municipalities: 直辖市 市级 全市
locality localities: 地方 属地
esports: 电竞 电子竞技
flyposting: 小广告 乱贴乱画 牛皮癣
spokesperson spokespeople spokesmen spokesman spokeswoman: 新闻发言人 发言人
tally tallied tallies: 累计 合计 统计
totalled totaled totalling totaling: 累计 合计 共计
altogether combined: 合计 共计 累计
overall: 总体 整体 全年
yearly: 年度 全年 每年
midyear: 年中 上半年
yearend: 年末 年底
newly: 新增 新建
additional extra: 新增 追加 增加
greenlight greenlighting: 获批 批复 批准
kickstart kickstarted: 启动 开工
outreach: 宣传 走访 上门服务
lawbreaking scofflaw scofflaws: 违法行为 违法违规
ticketed: 罚款 行政处罚
summons summonses: 传唤
plea pleaded: 认罪认罚
indictment indicted: 提起公诉 审查起诉
acquittal acquitted: 无罪判决
sentencing: 判处 量刑
bail: 取保候审
parolee parolees probationer probationers: 社区矫正对象 社区矫正
ex-convict ex-convicts exconvict exconvicts ex-prisoner ex-prisoners ex-offender ex-offenders: 刑满释放人员 安置帮教
druggie druggies junkie junkies: 吸毒人员 涉毒
gambler gamblers gambled: 赌博 涉赌
swindlers: 诈骗
racketeer racketeers gangland thuggery: 黑恶势力 涉黑涉恶
hooligan hooligans hooliganism: 寻衅滋事
brawling: 打架斗殴
stabbing stabbings: 故意伤害 个人极端
manslaughter: 命案
permitting: 行政许可 审批
licensee licensees permittee: 被许可人 持证
filings recordal record-filing: 备案 备案审查
documentation: 申请材料 证明材料
form-filling: 填表 填报
red-tape redtape: 繁文缛节 手续
reservation reservations: 预约
self-service selfservice self-help selfhelp: 自助 自助服务
complain complained complaining complains grumble grumbles: 投诉 诉求 反映
appealed: 上诉 申诉
overturn overturns overturning overrule overruled: 撤销 纠错 改判
upholding: 维持
annulment invalidate nullify: 撤销 确认无效
approving sign-off signoff: 审批 批准
e-permit epermit e-licence e-license elicence elicense ecertificate: 电子证照 电子营业执照
instantaneous: 秒批 秒办
cross-province interprovincial trans-provincial: 跨省通办 跨省
e-service e-services eservice eservices: 网上办 网上政务服务
neighborly neighbourly neighbourliness: 邻里 邻里和睦
feuding quarreling quarrelling disputed: 矛盾纠纷 纠纷
petitioned petitioning: 信访 上访
sit-in sitin: 聚集 群体性事件
banqueting lavishness: 大吃大喝 公款吃喝
formalities: 手续 办理手续
bureaucratic: 官僚主义
buck-passing buckpassing stonewall stonewalling: 推诿扯皮 推诿
slacking slacker slackers idleness: 庸懒散 懒政怠政
auditee auditees: 被审计单位
embezzler embezzling: 贪污 侵占
misappropriate: 挪用 挤占挪用
malfeasance: 乱作为 违纪违法
nonfeasance: 不作为 懒政怠政
dereliction negligence negligent negligently: 失职渎职 玩忽职守
punishments sanctioned sanctioning: 处罚 惩戒
informant informants informer informers whistleblowers: 举报人 举报
tipoff: 举报线索 举报
disciplined: 纪律处分 党纪政务处分
disclosures foi: 政府信息公开 依申请公开
blacklisting: 黑名单 失信惩戒
whitelist whitelisted whitelists: 白名单
redlist redlisted: 红名单 守信激励
creditworthy creditworthiness trustworthiness: 诚信 信用评价 守信
dishonored dishonoured: 失信
onewindow one-window: 一窗受理 综合窗口
singlewindow: 单一窗口
notarisation: 公证
mediations: 调解 人民调解
arbitrator arbitrators: 仲裁员 仲裁
gridding gridman gridmen gridworker: 网格员 网格化
litigate litigated litigating litigator: 诉讼 起诉
appellant appellants appellate: 上诉 二审
redress redressed: 救济 纠正
remedy remedies remedied: 整改 纠正 救济
reconsidering: 复议 复核
dealmaking dealmaker: 招商 签约
investor-friendly: 营商环境 亲商
pitched pitching: 推介 招商推介
inking: 签约
memoranda: 合作协议 备忘录
loi: 意向协议 签约
framework-agreement: 框架协议
ground-breaking: 开工 集中开工
ribbon-cutting: 揭牌 开业
topping-out toppingout: 封顶 主体封顶
occupancy: 入住率 入驻率
industrial-park: 产业园区 工业园区
science-park sciencepark technopark techpark: 科技园 科创园
freeport freeports: 自由贸易港 自贸港
duty-free dutyfree: 免税 免税店
mom-and-pop: 个体工商户 小微企业
sole-trader soletrader soletraders: 个体工商户 个体户
self-employed selfemployed: 个体经营 灵活就业
gigs: 灵活就业 新就业形态
floated flotation flotations ipos listings: 上市 首发上市
delist: 退市
niche niches: 专精特新 细分领域
patented patenting: 专利
rnd: 研发 研发投入
hitech hi-tech: 高新技术 高新技术企业
digitalisation digitisation: 数字化 数字化转型
innovate innovated innovates innovating: 创新 科技创新
algorithmic: 算法
computility: 算力
chipmaker chipmakers chipmaking: 芯片 集成电路
wafer wafers: 晶圆 硅片
hybrids: 混合动力
pv solarpanel solarpanels: 光伏
windpower: 风电 风力发电
hydroelectric: 水电 水力发电
3pl: 第三方物流
haulier hauliers trucking: 公路货运 道路运输
railhead railheads railfreight railyard railyards: 铁路货运 铁路专用线 货场
e-shop eshop etailer etailers netshop webshop webshops: 网店 网络零售
online-shopping: 网购 网络零售
livestreamer livestreamers streamer streamers: 主播 直播带货
vlogger vloggers blogger bloggers: 博主 自媒体 网红
retailing: 零售
spendings splurge splurged splurging: 消费
holidaymaker holidaymakers daytripper daytrippers sightseer sightseers sightsee: 游客 观光
daytrip daytrips: 一日游 周边游
staycation staycations: 周边游 本地游
outing outings: 出游 踏青
takings: 营业额 营业收入
gala galas: 晚会 文艺晚会
fete fetes celebration celebrations: 庆祝活动 庆典
campground campgrounds: 露营地 营地
theme-park themepark themeparks: 主题公园
nightmarket nightmarkets: 夜市 夜间经济
ticketing: 门票 票务
agrifood agri-food agroprocessing agroindustry: 农产品加工 农业产业化
agri: 农业 涉农
agrochemical agrochemicals: 农药 化肥 农资
fertilisers: 化肥
herbicide herbicides insecticide: 农药 除草剂
mulch mulching plasticfilm agrifilm filmwaste: 地膜 农膜 残膜
uav uavs cropduster: 无人机 植保无人机 飞防
glasshouse glasshouses: 温室 大棚
smallholding smallholdings: 小农户
rancher ranchers: 养殖户 牧民
fisher fishers: 渔民
angler anglers: 垂钓
fishfarm: 水产养殖 鱼塘
piggery piggeries pigsty pigsties: 养猪场 生猪养殖
cowshed: 牛舍 圈舍
henhouse: 鸡舍
ricefield ricefields paddyfield paddyfields: 水稻 稻田
barley: 大麦 青稞
tillage tilling tilled plough ploughing ploughed plow plowing plowed: 机耕 耕作 深耕
threshing: 脱粒 机收
transplanting: 插秧 机插
seeding: 播种 机播
stubble stubbles: 秸秆
borehole boreholes handpump: 机井 水井
privy privies: 旱厕 厕所
cesspool cesspools: 化粪池
roadbuilding: 公路建设 道路建设
tarmacked tarmacking: 道路硬化 沥青路面
poverty-stricken: 贫困 脱贫
backsliding relapsing: 返贫 防止返贫
ramshackle: 危房 破旧
spruce spruced sprucing: 美化 整治提升
gasline gaslines gasmain: 燃气管道 燃气管网
cyclepath cyclepaths bikepath bikepaths: 自行车道 慢行系统
parkade parkades multi-storey multistorey: 立体停车 停车楼
parklet parklets pocketpark: 口袋公园 街心公园
gridlocked tailback tailbacks: 拥堵 堵点
rush-hour rushhour: 早晚高峰 高峰时段
decarbonise decarbonize decarbonisation decarbonization: 降碳 减污降碳
net-zero netzero: 碳中和
desertified: 沙化 荒漠化
desilting: 清淤
discharging: 排放 排污
emitter emitters: 重点排污单位 排放
energy-saving energysaving: 节能 节能降耗
eroded soilerosion: 水土流失
fly-tipping flytip flytipping: 非法倾倒 乱堆乱放
forester foresters ranger rangers: 护林员 生态护林员
forests forestland woodlot: 森林 林地
rocky-desertification karst: 石漠化
riverchief riverkeeper riverkeepers: 河长 河湖长
meadow meadows prairie rangeland: 草原 草地
mercury arsenic cadmium heavy-metal heavymetal: 重金属
microplastics plasticbag plasticbags: 塑料污染 限塑 白色污染
no2: 二氧化氮
so2: 二氧化硫
pollute: 污染
reforesting afforesting treeplanting: 植树造林 造林
smoggy hazy: 雾霾 重污染天气
topsoil: 耕作层 表土
upcycling: 资源化利用 再生利用
grad grads: 毕业生 高校毕业生
alumni: 校友
headhunt headhunting recruiter recruiters: 招聘 引才
jobhunt jobhunter jobhunters: 求职 求职者
laid-off redundancy: 下岗 裁员
furlough furloughed: 待岗 停工
jab jabs inoculation inoculations immunisations immunizations: 疫苗接种 接种
aftershock aftershocks: 余震
amputee amputees paraplegic: 残疾人 肢体残疾
arsonist: 纵火
blindness: 视力残疾 盲人
deafness: 听力残疾 聋人
dole: 失业保险金 救济
drownings: 溺水 防溺水
dryspell: 干旱 旱情
elder elderlies oldies oap oaps granny grannies: 老年人 老人
old-age: 养老 老年
ex-soldier ex-soldiers exsoldier demobbed: 退役军人 退役士兵
fire-exit fireexit: 安全出口 消防通道
fostering: 寄养 家庭寄养
gutter-oil gutteroil: 地沟油
handicap impaired impairment impairments wheelchair-bound: 残疾 残疾人
homelessness rough-sleeper: 流浪乞讨 救助管理
hospices: 安宁疗护
inundated inundation: 受淹 洪涝
kindergartener kindergarteners: 幼儿 在园幼儿
lifeguard lifeguards: 救生员
meals-on-wheels: 助餐 送餐上门
means-tested meanstested: 低保 经济状况核对
orphaned: 孤儿 事实无人抚养儿童
recall recalled recalls: 召回
rehearsal rehearsals: 演练 应急演练
rent-free: 免租 减免租金
rescuers: 救援人员 救援队伍
schoolboy schoolboys schoolgirl schoolgirls schoolkid schoolkids: 中小学生 学生
scorching: 高温 高温天气
smoke-alarm smokealarm: 烟感报警器
tainted: 问题食品 不合格
spoiled spoilt: 变质 过期
antique antiques antiquity artefact artefacts artifact artifacts: 文物
arena arenas: 体育馆 场馆
athletics: 田径
box-office boxoffice moviegoers: 票房 观影人次
golds: 金牌
silvers: 银牌
bronze bronzes: 铜牌
medalist medallist medalists medallists podium podiums: 奖牌 获奖
calligraphy: 书法 书画
championship championships titleholder: 锦标赛 冠军
runner-up runnerup: 亚军
finalist finalists: 决赛
trophy trophies: 奖杯 冠军
dances: 舞蹈 广场舞
dragonboat: 龙舟
exhibits: 展品 展览
filmmaking: 影视 影视产业
folklore: 民俗
halfmarathon marathons: 马拉松 半程马拉松
jogging jogger joggers: 跑步 健身
mascot mascots: 吉祥物
natatorium natatoriums: 游泳馆
olympian olympians: 奥运健儿 奥运冠军
paralympic paralympics paralympian paralympians: 残奥会 残运会
sportsman sportsmen sportswoman sportswomen: 运动员 健儿
squaredance squaredancing: 广场舞
triathlon: 铁人三项
workout workouts: 健身
drugmaker drugmakers pharma pharmas biopharma biomed: 生物医药 医药企业
earner earners incomes: 收入 居民收入
exported exporting: 出口
imported importing: 进口
fdi: 外资 实际使用外资
guarantor guarantors: 担保 融资担保
headquarter headquartered: 总部
homebuying housebuyer housebuyers: 购房 购房者
indebted indebtedness: 债务 负债
lgfv lgfvs: 融资平台 城投
npl npls: 不良贷款
outlay outlays: 支出 投入
per-capita percapita: 人均
real-estate realestate: 房地产
saver savers: 储蓄 存款
steelmaker steelmakers steelmaking steelworks steelmill: 钢铁 钢铁企业
stockmarket: 股市 资本市场
taxman: 税务 税务部门
valuation valuations: 估值
wholesaler: 批发
abolish abolishing abolition: 废止 取消
auction auctioned auctions: 拍卖 挂牌出让
exemplar exemplars role-model rolemodel rolemodels: 榜样 先进典型
gazettes gazetted: 政府公报 公报
honored honoured: 表彰 荣获
injunction injunctions: 禁令 人身安全保护令
lawmaking rulemaking rule-making: 立法 规章制定
pro-bono probono: 法律援助 公益法律服务
public-defender publicdefender: 值班律师 法律援助律师
open-day openday opendays: 开放日 政府开放日
presser pressconference: 新闻发布会
public-interest publicinterest: 公益诉讼 公共利益
regs: 规定 法规
shaming: 曝光 通报
unconstitutional: 合宪性审查 违宪
hut huts mudhouse mudhouses: 土坯房 危房
cave-dwelling cavedwelling: 窑洞
caregiving caretaking: 照护 照料
low-rent lowrent cheap-housing: 廉租住房 公租房
down-payment: 首付
earthquake-proof quake-proof quakeproof: 抗震 抗震设防
elderly-alone empty-nest emptynest emptynester emptynesters: 空巢老人 独居老人
expropriate: 征收
high-rise highrises: 高层建筑 高层
incomer incomers settler settlers: 新市民 外来人口
land-grab: 违法占地 侵占土地
leaseholder leaseholders: 承租人
tenancy tenancies rentals rents: 住房租赁 租赁
residence-permit residencepermit: 居住证
self-built selfbuilt: 自建房
single-parent singleparent: 单亲家庭
sublet: 转租
armyworm armyworms: 草地贪夜蛾
locust: 蝗虫 蝗灾
birdwatcher birdwatchers birdwatching: 观鸟
bushfire bushfires forest-fire: 森林火灾 森林防火
calamities calamity catastrophe catastrophes: 灾害 自然灾害
climate-change: 气候变化
cloudburst: 强降雨 暴雨
debris-flow debrisflow: 泥石流
desalinated: 海水淡化
dyke dykes: 堤防 堤坝
early-warning earlywarning: 预警 监测预警
epizootic: 动物疫病
fish-ban fishing-ban fishingban: 禁渔 禁捕
flash-flood flashflood: 山洪
floodplain floodplains: 滩区 行洪区
forecaster: 气象 预报
frosts: 霜冻
ghg greenhouse-gas greenhousegas: 温室气体
graywater greywater: 中水 再生水
icing sleet: 雨雪冰冻 冰冻
lowemission zero-emission zeroemission: 零排放 低排放
meteorology: 气象
reclaim: 复垦
relief-supplies reliefsupplies: 救灾物资 应急物资
spillway spillways: 溢洪道
squall windstorm: 大风 强对流
water-saving watersaving: 节水 节水型
24-hour 24hour round-the-clock roundtheclock allday all-day nonstop non-stop: 全天候 不打烊
after-hours afterhours: 延时服务 错时服务
weekend weekends: 周末 周末不打烊
qrcode qrcodes: 二维码 扫码
cashless e-payment epayment mobilepay: 移动支付
database databases dataset datasets: 数据库 数据资源
e-filing efiling e-tax etax: 网上申报 电子税务局
e-invoice e-invoices einvoice einvoices: 电子发票 数电发票
e-seal eseal eseals e-signature e-signatures esignature esignatures: 电子印章 电子签名
face-scan facescan facial facial-recognition facerecognition: 刷脸 人脸识别
interoperability interoperable: 互联互通 互认
login logon log-in: 登录 统一身份认证
mailed mailing: 邮寄 寄递
mini-program miniapp miniapps: 小程序
proxy proxies: 代办 帮办
sms texted: 短信
smart-city smartcity: 智慧城市
unmanned: 无人 无人值守
boarder boarders: 寄宿生 住校生
cramschool cramschools: 校外培训机构 校外培训
doctorates: 博士
drop-out: 辍学 控辍保学
juniorhigh middleschool middleschools: 初中
primaryschool primaryschools: 小学
matriculation: 招生 入学
lecturer lecturers professor professors: 教授 教师
pe physical-education: 体育 体育课
postgrad postgrads: 研究生
school-bus schoolbus schoolbuses: 校车
short-sighted shortsighted: 近视
special-needs specialneeds specialeducation: 特殊教育 特殊儿童
student-loan studentloans: 助学贷款
teacher-training: 教师培训
teaching-staff: 师资 教师队伍
technical-school technicalschool: 技工学校 中职
aed aeds defibrillator defibrillators: 除颤仪 自动体外除颤器
ailment ailments illnesses: 疾病
birth-rate birthrate: 出生率 人口出生率
bulk-buying volume-based: 集中带量采购 集采
childbearing childbirth: 生育 分娩
cpr first-aid firstaid: 急救 心肺复苏
dentistry: 口腔 口腔医疗
diabetic diabetics: 糖尿病
epidemics: 疫情 传染病
hospitalizations: 住院
infant-mortality: 婴儿死亡率
maternal-mortality: 孕产妇死亡率
infection infections: 感染 传染病
life-expectancy lifeexpectancy lifespan: 人均预期寿命 预期寿命
medicare medicaid: 医保 医疗保障
medical-bills medicalbills: 医疗费用 看病负担
medication medications pill pills: 药品 用药
generics: 仿制药
oncology: 肿瘤
out-of-pocket outofpocket: 个人自付 自付
physicals: 体检 健康体检
physio physiotherapy: 康复 康复治疗
premarital: 婚前医学检查 婚检
prescribe prescribed: 处方
price-cut pricecut: 降价
psychiatric psychiatrist psychiatrists psychiatry: 精神卫生 精神科
teleconsultation teleconsultations online-consultation: 远程会诊 在线问诊
township-hospital: 乡镇卫生院
absenteeism: 脱岗 缺岗
abuse-of-power: 滥用职权
boondoggle boondoggles showpiece showpieces vanity: 形象工程 政绩工程
box-ticking boxticking paper-pushing pencil-pushers pencilpushers tokenism window-dressing: 形式主义 走过场
bribing briber bribers payola: 行贿
bribe-taking: 受贿
cover-up coverup coverups: 瞒报 谎报 隐瞒
cronies crony: 圈子文化 利益输送
dawdle dawdling foot-dragging footdragging procrastinate procrastination: 拖延 慢作为
demerits: 扣分
fabricate fabricated faked falsification falsified falsify fudged fudging: 弄虚作假 数据造假
inflate inflated: 虚报 注水
fraudulent fraudulently: 欺诈 骗取
half-hearted halfhearted slapdash: 敷衍 敷衍塞责
inefficiency inefficient: 低效
lax laxity: 宽松软 失之于宽
misbehavior misbehaviour misdeed misdeeds wrongdoings: 违纪违法 不良行为
moonlighting: 违规兼职 兼职
pocketed siphon siphoned siphoning skim skimmed skimming: 截留 套取 侵占
sinecure: 吃空饷
squander squandered squandering: 浪费 铺张浪费
debrief debriefing debriefs: 述职
decree decrees: 政府令 规章
deliberative: 协商 协商民主
detain detainee detainees: 拘留 羁押
dismissals sacking: 免职 撤职
first-offence first-offense: 首违不罚
flock flocks herd herds: 存栏
imprison imprisoned imprisonment jailed: 有期徒刑 判处
inspectorates: 督察
jobless-household zero-employment: 零就业家庭
leniently: 从轻 从宽
market-ready: 出栏
slaughtering: 屠宰
oversaw oversee overseeing overseer overseers oversees: 监管 监督
resign resignation resignations resigned: 辞职 引咎辞职
solicitation: 征求意见 公开征求意见
stocktake stocktaking: 清查 摸底
study-tour studytour studytours: 研学 研学旅行
tallying: 统计
tech-based techbased: 科技型 科技型中小企业
trade-in trade-ins: 以旧换新
utility-tunnel: 综合管廊 地下综合管廊
work-relief workfare: 以工代赈
uncivil: 不文明
backpacker backpackers hiker hikers trek trekker trekkers: 徒步 户外
camper campers: 露营
cablecar cablecars gondola ropeway ropeways: 索道
canyon canyons: 峡谷
cave caves grotto: 溶洞
check-in checkin checkins: 打卡 网红打卡
culinary delicacy gastronomy gastronomic foodstreet foodstreets snackstreet foodcourt: 美食 美食街
department-store departmentstore departmentstores hypermarket hypermarkets: 商超 百货
eatery eateries diner: 餐饮 餐馆
greengrocer grocer grocers: 便民菜店 便利店
hotelier hoteliers lodging lodgings motel motels: 住宿 酒店
lookout lookouts viewpoint viewpoints vista: 观景台
overnighter stayover: 过夜游客 过夜
pedestrian-street pedestrianisation pedestrianised pedestrianized walkingstreet: 步行街
pick-your-own pyo: 采摘
scenery sceneries: 风景 景观
waterfall waterfalls: 瀑布
watertown: 水乡 古镇
wetmarket wetmarkets: 农贸市场 菜市场
folk-village: 民俗村
heritage-town: 历史文化名镇
alloy alloys: 合金
brewer brewers: 酒企 酒业
winery wineries: 酒庄 葡萄酒
chargepoint chargepoints: 充电桩
cigarette cigarettes: 卷烟 烟草
cnc: 数控
robotic robotised robotized cobot cobots: 机器人 工业机器人
humanoid humanoids: 人形机器人
composites: 复合材料
contract-manufacturing oem odm: 代工
dyeing: 印染
energystorage: 储能 新型储能
equipment-maker: 装备制造
evtol evtols low-altitude lowaltitude: 低空经济 飞行汽车
export-oriented: 外向型
fabric fabrics: 面料 纺织
food-processing foodprocessing: 食品加工
fuelcell fuelcells: 燃料电池
furnituremaking: 家具
glassmaking glassware: 玻璃
launchpad rocket rockets spacecraft: 航天 商业航天 火箭
machine-tool machinetools machining machinist machinists: 机床 机械加工
meddevice medical-device medtech: 医疗器械
nanomaterials newmaterials: 新材料 纳米材料
outsource outsourced outsourcing: 外包 服务外包
papermill papermills: 造纸
quarrying: 采石 矿山
rare-earth rareearth rareearths: 稀土
shipbuilder shipbuilders: 船舶 造船
smelter smelters smelting: 冶炼
supply-chain supplychain supplychains: 供应链
tooling toolmaking: 模具
value-added valueadded: 增加值
cagr: 年均增长
downturns: 经济下行 下行压力
first-place firstplace: 第一 首位
top-ten topten: 前十 十强
forefront: 前列 走在前列
halve halving: 减半
month-on-month: 环比
outpace outpaced outperform outperformed: 高于 快于
overfulfil overfulfilled: 超额完成
pared paring slashing trimming axing scrapping: 压减 削减 取消
percentage-point percentagepoint percentagepoints: 百分点
quadrupled: 翻两番
rankings: 排名 位次
rebounding uptick: 回升
sliding: 下滑
year-on-year yearonyear: 同比 同比增长
applying: 申请 申报
blitz blitzes clampdown clampdowns: 专项整治 集中整治 严打
caution cautioned: 警告 训诫
nearby closeby: 就近 家门口
confiscate confiscation seize seizing impound impounded impounding: 没收 扣押 查扣
corrective correctives remedial: 整改 纠正
deregulate deregulated deregulation: 简政放权 放宽准入
doorsteps: 家门口 上门
simpler simplest: 简化 简便
expediting fast-track fast-tracked fasttrack fasttracked: 绿色通道 快速通道
hassle-free hasslefree: 便捷 省心
inconvenience inconvenient: 不便 堵点
footwork: 跑腿 跑动
shutter: 关停
spot-check spot-checks spotcheck spotchecks: 抽查 双随机
block-captain: 楼栋长 网格员
canine canines dogwalking unleashed: 文明养犬 养犬
caseworker caseworkers socialworker socialworkers: 社会工作者 社工
clan clans lineage: 宗族
cockroach cockroaches: 病媒生物 四害
watchman watchmen doorman: 门卫 保安
cremate cremated crematoria crematorium crematoriums: 火化 殡仪馆
donate donating: 捐赠 捐款
hoa hoas: 业主委员会 业委会
feudal superstition superstitious: 封建迷信
filth grime: 脏乱差
fundraiser fundraisers: 募捐 筹款
gravesite gravesites: 公墓 散埋乱葬
jaywalker jaywalkers jaywalking: 闯红灯 行人违法
neighbourhood-watch: 群防群治 平安志愿者
philanthropic philanthropist philanthropists philanthropy: 慈善 公益
streetsweeper streetsweepers sweeper: 环卫工人 保洁员
townhall townhalls town-hall: 恳谈会 议事会
unhygienic: 不卫生 卫生死角
volunteered volunteerism: 志愿服务 志愿者
4g: 基站 移动网络
brownout brownouts powercut powercuts: 停电 有序用电
drink-driving drinkdriving drunkdriving dui: 酒驾 醉驾
e-bike e-bikes: 电动自行车 电动车
fender-bender pileup pileups: 交通事故 追尾
ferryboat ferryboats: 渡船 渡口
fiber-optic fibreoptic: 光纤 千兆光网
postoffice postoffices: 邮政 邮政网点
speedbump speedbumps: 减速带
speedcamera speedcameras: 电子警察 测速
stoplight stoplights trafficlight trafficlights: 信号灯 红绿灯
tollbooth tollbooths tollgate tollgates tollway: 收费站 高速公路
watermain watermains: 供水管网 供水管道
acrobat acrobatics acrobats: 杂技
assessor assessors juror jurors: 人民陪审员
assisted-living home-care homecare: 居家养老 养老服务
badminton: 羽毛球
bed-bound bedbound incapacitated frailty infirm: 失能 半失能
bikeshare bikeshares shared-bike sharedbike dockless: 共享单车
black-cab blackcab blackcabs: 黑车 非法营运
black-soil blacksoil blackland: 黑土地 黑土
bookhouse reading-room readingroom: 农家书屋 阅览室
branded: 品牌
breastfeeding lactation mother-and-baby nursing-room nursingroom: 母婴室
burglar burglars: 入室盗窃 盗窃
canoeing kayak kayaking rowing: 皮划艇 赛艇
check-dam checkdam silt-dam: 淤地坝
chemical-park chemicalpark: 化工园区
chess: 棋类
childminder childminders childminding: 托育 托育服务
cobweb cobwebs tangled: 空中蜘蛛网 架空线缆
confined-space confinedspace: 有限空间
correctional: 社区矫正 矫正
counterfeiters counterfeiting: 假冒伪劣 制假售假
stampede stampedes: 踩踏
crypto cryptocurrencies cryptocurrency: 虚拟货币
day-laborer day-labourer daylaborer daylabourer odd-job odd-jobs oddjob oddjobs: 零工 零工市场
deputy-mayor vice-mayor vicemayor: 副市长
dust-storm: 沙尘 沙尘暴
e-sports: 电竞 电子竞技
eco-compensation ecocompensation: 生态补偿
eco-friendly: 绿色 环保
elder-friendly: 适老化
environmentalist environmentalists: 环保 环保志愿者
felonies felony: 刑事犯罪 刑事案件
fire-engine fire-truck fireengine firetruck firetrucks: 消防车
fire-station firehouse firehouses firestation: 消防站
flying-wire flyingwire: 飞线充电
folk-song folksong folksongs: 民歌 民间音乐
franchisee franchisees: 加盟 连锁
gerontology: 老年医学
gymnastics: 体操
hoard: 囤积居奇
ice-and-snow: 冰雪运动 冰雪
iou ious: 欠款 拖欠账款
kite kites: 风筝
kungfu martial wushu: 武术
landless: 失地农民
law-abiding lawabiding: 守法 遵纪守法
law-savvy lawsavvy: 法律明白人
legally: 依法
lion-dance liondance: 舞狮
misdemeanor misdemeanors misdemeanour misdemeanours: 违法行为 轻微违法
mlm pyramid-selling: 传销
monopolise monopolistic monopolize: 垄断 反垄断
moneylender moneylenders: 高利贷 民间借贷
national-park nationalpark: 国家公园
nature-reserve naturereserve: 自然保护区 自然保护地
overpriced overpricing price-gouging: 哄抬物价 价格违法
papercut paper-cutting papercutting: 剪纸
party-secretary partysecretary: 书记 党委书记
ping-pong pingpong table-tennis tabletennis: 乒乓球
police-station policestation: 派出所
prosecutorial: 检察 检察机关
puppet puppetry shadowplay shadow-puppetry: 木偶戏 皮影戏
recidivism recidivist recidivists reoffend reoffending: 重新犯罪 再犯罪
refinance rollover rollovers: 续贷 展期
refuge refuges: 应急避难场所 避难场所
rip-off ripoff ripoffs tout touting touts: 欺客宰客 宰客
salinisation salinity salinization salinized: 盐碱地 盐碱化
sand-fixing: 防沙治沙 固沙
shelterbelt shelterbelts windbreak windbreaks: 防护林
skater skaters skating snowsports: 滑冰 冰雪运动
special-purpose: 专项债 专项债券
streetfront: 沿街 沿街立面
tai-chi taichi: 太极拳
tailings-dam tailingsdam: 尾矿库
tax-cut taxcut: 减税 减税降费
tax-refund: 退税 留抵退税
terracing: 梯田
time-honored time-honoured timehonoured: 老字号
trade-fair tradefair tradefairs tradeshow tradeshows: 展会 博览会 交易会
volleyball: 排球
weightlifting wrestling: 举重 摔跤
work-report workreport: 政府工作报告
write-off writeoff writeoffs: 核销 不良贷款核销
handed handing: 交付 移交 交房
welcome welcomed welcomes welcoming: 接待 迎来
eradicate eradicated eradicates eradicating eradication: 根除 消除 清除
erase erased erasing wipe wiped wipes wiping zeroed: 清零 消除 清除
construct constructed constructing constructs: 建设 建成 新建
inject injected injecting injects: 注入 注资 投入
defuse defused defuses defusing: 化解 消除
capture captures capturing: 抓获 缉捕 抓捕
prosecutes prosecuting: 起诉 提起公诉 公诉
replicate replicated replicates replicating replicable copied copying: 复制推广 可复制 推广
certify certifies certifying: 认证 认定
accredit accredits accrediting: 认定 认证 评定
designate designates designating: 命名 认定 授予
authorise authorises authorising authorize authorizes authorizing: 授权 批准
coached coaching: 指导 辅导 培训
harvesting reap reaped reaping reaps: 收获 收割 采收
cultivate cultivates: 培育 培养 种植
afforest afforests forestation: 造林 植树造林 营造林
excavate excavated excavates excavating excavation excavations: 发掘 考古发掘 开挖
vaccinate vaccinates vaccinating immunise immunises immunising immunized immunizes immunizing: 接种 疫苗接种 免疫接种
cure cured cures: 治愈 治疗
toured: 参观 游览
overtake overtaken overtakes overtaking overtook: 赶超 超越 反超
outperforming outperforms: 高于 跑赢 领先
doubles: 翻番 翻一番 倍增
halves: 减半 下降一半
trims: 压减 压缩 削减
conserves conserving: 节约 保护 涵养
recycles: 回收 循环利用 再生利用
reuses reusing: 再利用 循环利用 综合利用
sorted: 分类 分拣
collect collects collecting: 收集 收运 归集
gather gathered gathers: 集聚 汇聚 聚集
decorate decorated decorates decorating: 装修 装饰
illuminates illuminating: 亮化 照明 点亮
repainting repaints: 粉刷 立面改造 外立面
tracked: 跟踪 追踪
traces tracing: 追溯 溯源
alert alerted alerting alerts: 预警 提醒 警示
guarded guarding: 守护 守牢
relieve relieved relieves relieving: 纾困 缓解 减轻
assist assisted assisting assists: 帮扶 援助 协助
loaned loaning: 贷款 放贷 发放贷款
attracts lures: 吸引 招引 引进
secures: 争取 获得
clears: 清理 清除
demolishes dismantles: 拆除 拆迁
abolishes: 废止 取消 废除
eliminates: 消除 淘汰
refurbishes revamps: 改造 翻新 提升改造
disburses allocates: 拨付 下达 分配
subsidises subsidizes: 补贴 补助
rebated rebating: 返还 退还 稳岗返还
refunding: 退税 退还 返还
cashed cashes cashing: 兑现 兑付
honouring honoring: 兑现 履约
fulfils fulfills: 兑现 完成 履行
concludes concluding: 办结 审结 结案
arresting detaining detains: 抓获 逮捕 拘留
seizes: 查获 缴获 扣押
cracking: 破获 侦破 破解
busting: 打掉 破获 捣毁
convicting: 判处 定罪
sentence sentences: 判处 判决 刑罚
penalises penalising penalizes penalizing: 处罚 罚款 惩处
promotes: 推广 推动
popularised popularises popularising popularized popularizes: 推广 普及
recognises recognising recognizes recognizing: 认定 表彰 认可
approves: 批准 审批 获批
resettles rehouses: 安置 搬迁安置
evacuating: 转移 疏散 撤离
irrigates irrigating: 灌溉 浇灌
reclaiming reclaims: 复垦 开垦 围垦
greened: 绿化
grading: 评级 评定 等级
tops topping: 居首 位居第一 领跑
surpasses: 突破 超过
lowers: 降低 下降
slashes: 大幅削减 压减
shrinks: 收窄 减少 下降
purifies purifying: 净化
cleans: 清洁 清理 保洁
tidies: 整治 清理
beautifies: 美化
mending mends: 修复 维修 修缮
investing invests: 投资 投入
granting: 授予 给予 发放
awarding: 授予 表彰 奖励
enrols enrolls: 招生 入学 参保
insures insuring: 参保 投保 承保
opens: 开通 开业 开放
founds: 创办 成立 组建
lays: 铺设 敷设
bans: 禁止 取缔
shuts shutting: 关停 关闭
closes: 关闭 关停
starts: 开工 启动
delivers delivering: 交付 交房 投递
receives: 接待 受理 接收
accept accepting accepts: 受理 接收 接纳
admit admits: 收治 入学 录取
person-times person-time persontimes: 人次
batches: 批次
suites: 套房
positions: 岗位 职位
intakes: 招生 录取 招收
a-level 4a 5a 3a: 级景区 景区 旅游景区
star-rated: 星级
five-star: 五星级 星级
four-star: 四星级 星级
three-star: 三星级 星级
hundred-strong top-100 top100: 百强
top10 top-10: 十强 前十 十佳
top-50 top50: 五十强 前五十
top-500 top500: 五百强
first-ranked first-placed: 第一 首位 位居第一
runners-up: 第二 亚军 第二名
forerunner forerunners: 先行区 排头兵 先行
key-project key-projects: 重点项目 重大项目
trailblazer trailblazers: 先行者 排头兵 先行示范
role-models: 榜样 典型 楷模
pacesetter pacesetters: 标兵 排头兵 领跑者
laureate laureates: 获奖者 获得者
accolade-winning award-winning prizewinning prize-winning: 获奖 荣获
hailed: 评为 誉为 称为
titled: 称号 荣誉称号
congresses: 人大 人民代表大会
delegates: 代表 人大代表 政协委员
chairman vice-chairman chairwoman: 主任 主席 副主任
governors: 省长 主席
legislature legislatures: 人大 立法机关 人大代表
answering: 答复 回复 办理
rectifications: 整改 整改问题 整改事项
satisfactory unsatisfied: 满意 满意率 不满意
self-inspection self-inspections self-examination self-check self-checks: 自查 自纠 自查自纠
double-random: 双随机 双随机一公开
central-inspection: 中央督察 中央巡视 督察
environmental-inspection: 环保督察 生态环境保护督察
four-no: 四不两直
tip-off: 举报 线索
suggestion-box: 意见箱 建议
motion-handling proposal-handling: 建议提案办理 提案办理 建议办理
retrial retrials: 再审
arbitrations: 仲裁 仲裁案件
reconsiderations: 复议 行政复议
litigations: 诉讼 行政诉讼
recordation: 备案 备案审查
constitutionality: 合宪性 合宪性审查
legal-aid: 法律援助 法援
civil-servant civil-servants: 公务员 干部
formalistic: 形式主义 形式化
roving: 巡回 流动
adopt adopted adopting adopts: 采纳 吸收 采用
implements: 实施 落实 执行
anode anodes: 负极材料 负极
cathode cathodes: 正极材料 正极
electrolyte electrolytes: 电解液
separator separators: 隔膜 锂电隔膜
apiculture: 养蜂 蜂产业
apple: 苹果
orange: 柑橘 脐橙 橙子
bayberry bayberries: 杨梅
plum plums: 李子 脆李 青脆李
blade blades: 叶片 风电叶片
bonsai: 盆景
casting castings foundry foundries: 铸造 铸件
forging forgings: 锻造 锻件
stamping stampings: 冲压 冲压件
compressor compressors: 压缩机
electrolyser electrolysers electrolyzer electrolyzers: 电解槽 电解水制氢
ethylene: 乙烯
floriculture: 花卉 花卉苗木
fluorine fluorochemical fluorochemicals: 氟化工
fuel-cell fuel-cells: 燃料电池
gearbox gearboxes: 齿轮箱 变速箱
laser lasers: 激光
lcd oled: 新型显示 液晶面板 显示面板
magnesium: 镁合金
optics: 光学 光电
plastic-film: 地膜 农膜
reducer reducers: 减速器 减速机
seedbed seedbeds: 育秧 苗床
servo servos: 伺服 伺服电机
shiitake: 香菇 食用菌
soya: 大豆
spinning yarn yarns: 纺纱 纱线 棉纺
stalks: 秸秆
switchgear: 开关设备 输配电
titanium: 钛合金
veg: 蔬菜
denitrification desulfurization desulphurisation desulfurisation: 脱硫 脱硝 超低排放
escalator escalators: 扶梯 自动扶梯
flyovers: 立交桥 高架桥 立交
food-waste: 餐厨垃圾 厨余垃圾
malodorous: 黑臭 黑臭水体
old-style: 老旧
pavements: 人行道 步道
pipework: 管网 管道
repaving: 路面改造 白改黑 铺装
ring-road ring-roads: 环线 环路
run-down: 老旧 破旧
soils: 土壤
tree-planting: 植树 义务植树 植树造林
villages-in-city: 城中村
drunk-driving: 醉驾 酒驾 醉酒驾驶
flammable combustible: 易燃 可燃 易燃易爆
detector detectors: 探测器 报警器
gas-cylinder gas-cylinders: 燃气瓶 液化气瓶 气瓶
gas-leak gas-leaks: 燃气泄漏 泄漏
short-circuit: 短路 电气线路
blasting: 爆破 民爆
cold-wave: 寒潮 低温
freeze freezes: 冰冻 冻害 低温雨雪冰冻
bad-debt non-performing: 不良贷款 不良资产 不良
depositor depositors: 存款人 储户
micro-loans: 小额贷款 小额信贷
reinsurance: 再保险
underwriting: 承保 承销
state-owned state-run: 国有 国企 国有企业
zombies: 僵尸企业
fof: 母基金 基金
ancestral: 宗祠 祖祠
booster boosters: 加强针 加强免疫
breast: 乳腺癌
cervical: 宫颈癌 两癌
check-up check-ups: 体检 健康体检
chemist chemists: 药店 零售药店
climbing: 攀岩 登山
dengue: 登革热
genealogy: 家谱 族谱
half-marathon: 半程马拉松 半马 马拉松
lacquer: 漆器 漆艺
meal-delivery: 送餐 助餐
ophthalmology: 眼科
optometry: 视光 近视防控
paintings: 画作 书画 美术作品
postnatal: 产后 母婴
rabies: 狂犬病
reader readers: 读者
schoolbag schoolbags: 书包
screenings: 筛查 放映
sculpture sculptures: 雕塑
sports-field: 体育场地 运动场
tennis: 网球
above-scale above-size: 规上 规模以上
below-scale: 规下 规模以下
age-friendly: 适老化 老年友好型
elderly-care: 养老 养老服务
child-friendly: 儿童友好 儿童友好型
youth-friendly: 青年友好 青年发展型
talent-friendly: 人才 人才友好型
business-friendly pro-business: 营商环境 亲商 助企
wheelchair-accessible barrier-free: 无障碍
alipay: 支付宝 移动支付
all-night late-night night-time: 夜间 夜经济 深夜
bike-sharing shared-bikes: 共享单车
car-hailing ride-hail ride-hailing didi: 网约车
car-sharing: 共享汽车
carbon-neutral: 碳中和 碳达峰
zero-carbon near-zero: 零碳 近零碳
cash-free: 无现金 移动支付
delivery-riders: 外卖骑手 快递员 骑手
gig-workers: 新就业形态 灵活就业
e-certificate e-certificates: 电子证照
e-gov egov: 政务服务 数字政府
e-id: 电子身份证 电子证照
e-seals: 电子印章
e-commerce: 电商 电子商务
energy-efficient fuel-efficient: 节能 高效
energy-intensive: 高耗能 两高
environment-friendly: 环境友好 绿色
family-run: 家庭农场 个体 家族企业
first-half: 上半年
five-year five-year-plan: 五年规划 十四五
fourteenth 14th: 十四五 第十四
three-year: 三年行动 三年
foreign-funded foreign-invested foreign-owned: 外资 外商投资 外资企业
privately-owned: 民营 民营企业
grid-based grid-worker grid-workers: 网格 网格员 网格化
health-code: 健康码
high-end: 高端
low-end: 低端
mid-range: 中端
internet-famous net-red wanghong online-celebrity: 网红 网红打卡
labor-intensive labour-intensive: 劳动密集型
land-saving: 节约集约 节地
large-scale: 规模化 大型
small-scale: 小型 小规模
medium-sized small-and-medium: 中小企业 中型
micro-enterprises: 小微企业 微型企业
listed-company: 上市公司 上市企业
live-stream live-streaming livestreams livestreamed: 直播 直播带货
mid-term midterm: 中期 中期评估
year-end: 年底 年末
one-off one-time: 一次性
pop-up: 快闪 临时
q1: 一季度 第一季度
q2: 二季度 第二季度
q3: 三季度 前三季度
q4: 四季度 第四季度
h1: 上半年
h2: 下半年
qr-code: 二维码 扫码
quarter-on-quarter: 环比
red-vest: 志愿者 红马甲
smart-home: 智能家居
sole-traders: 个体工商户 个体户
two-way: 双向
green-certified: 绿色建筑 绿色认证
12345: 热线 政务服务便民热线
12315: 消费投诉 投诉举报
12348: 法律服务热线 公共法律服务
asparagus: 芦笋
aubergine eggplant: 茄子 蔬菜
broccoli cauliflower: 花椰菜 西兰花 蔬菜
cabbage cabbages: 白菜 甘蓝 蔬菜
carrot carrots radish: 萝卜 胡萝卜
cucumber cucumbers: 黄瓜 瓜菜
celery lettuce spinach leek scallion: 蔬菜 叶菜
pumpkin squash gourd loofah bitter-melon: 瓜菜 南瓜 瓜果
lotus-root: 莲藕
water-chestnut: 荸荠 马蹄
camellia-oil: 油茶 茶油 山茶油
edible-oil: 食用油 粮油 食用植物油
sesame: 芝麻
sunflower: 向日葵 葵花
quinoa: 藜麦
cordyceps: 虫草 冬虫夏草
ganoderma lingzhi reishi: 灵芝
morel morels: 羊肚菌 食用菌
truffle truffles: 松露 食用菌
wood-ear: 木耳 黑木耳
hawthorn: 山楂
fig figs: 无花果
loquat: 枇杷
kumquat: 金桔
navel ponkan mandarins: 脐橙 柑橘 椪柑
pomegranate pomegranates: 石榴
durian coconut coconuts: 热带水果 椰子 榴莲
dried-fruit: 干果 果干
peppercorn sichuan-pepper zanthoxylum: 花椒
star-anise cinnamon cassia: 八角 肉桂 香料
cocoa vanilla: 热带作物 可可
gardenia: 栀子
chrysanthemum: 菊花
orchid orchids: 兰花
peony peonies: 牡丹 芍药
osmanthus: 桂花
tulip tulips roses lavender: 花卉 花海
cherry-blossom plum-blossom rapeseed-flowers: 花海 赏花 油菜花
tung: 油桐 桐油
tilapia: 罗非鱼
catfish loach: 鲶鱼 泥鳅 水产
sturgeon: 鲟鱼
trout salmon: 鲑鳟 三文鱼 冷水鱼
sea-cucumber: 海参
squid cuttlefish: 鱿鱼 墨鱼 海产品
hairtail yellow-croaker: 带鱼 黄鱼 大黄鱼
laver nori: 紫菜
snail snails river-snail: 螺蛳 田螺 螺类
luosifen rice-noodle: 螺蛳粉 米粉
softshell soft-shelled turtle turtles: 甲鱼 龟鳖
noodle noodles: 面条 米粉 面食
dumpling dumplings: 饺子 速冻食品
tofu: 豆腐 豆制品
soy-sauce sauce sauces: 酱油 调味品 酱料
vinegar: 食醋 陈醋
pickled pickles: 榨菜 泡菜 酱腌菜
bacon sausage sausages ham hams jerky: 腊肉 香肠 火腿 肉制品
mooncake mooncakes pastry pastries: 糕点 月饼 烘焙
zongzi: 粽子
candied: 蜜饯 果脯
agri-tourism farm-stay: 乡村旅游 农家乐 休闲农业
red-tourism: 红色旅游
research-travel study-tours edutourism: 研学 研学旅行 研学游
self-drive road-trip: 自驾 自驾游
campervan campervans rvs caravanning: 房车 房车营地 露营
scenic-route scenic-routes: 风景道 旅游公路 景观道
cable-car cableway cableways: 索道
hot-spring hot-springs: 温泉
ski-resort: 滑雪场 冰雪
water-park: 水上乐园
botanical: 植物园
safari: 野生动物园 动物园
paragliding: 滑翔伞 低空 航空运动
drifting: 漂流
zipline: 滑索
marina marinas: 游艇 游艇码头
mausoleum: 陵园 纪念馆
tomb-sweeping: 清明 祭扫 文明祭扫
ecological-burial sea-burial: 生态安葬 节地生态安葬 海葬
bride-price betrothal: 彩礼 高价彩礼 天价彩礼
carriage carriages railcar railcars rolling-stock: 动车组 车厢 轨道交通装备
freight-train freight-trains: 货运班列 班列 中欧班列
wagon wagons: 车皮 货车
dredger: 挖泥船 清淤
general-aviation: 通用航空 通航
low-flying flying-car: 低空经济 飞行汽车 低空飞行器
drone-delivery: 无人机配送 低空物流
driverless self-driving robotaxi robotaxis: 无人驾驶 自动驾驶 智能网联
v2x vehicle-road: 车路协同 车联网 智能网联
lidar radar: 激光雷达 雷达
ic ics integrated-circuit chipset: 集成电路 芯片
fab fabs wafer-fab: 晶圆 晶圆厂 芯片制造
eda: 工业软件
mems: 传感器 微机电
photoresist sputtering: 电子材料 光刻胶 靶材
substrate substrates: 基板 衬底
pcb pcbs circuit-board circuit-boards: 电路板 印制电路板
connector connectors: 连接器
capacitor capacitors resistor inductor: 电子元器件 元器件 电容
module modules: 模组 组件
inverter inverters: 逆变器
heat-pump heat-pumps: 热泵
air-conditioner air-conditioners: 空调
fridge fridges refrigerator refrigerators washing-machine: 家电 冰箱 白色家电
tvs televisions: 电视 彩电 家电
handset handsets earphone earphones headset headsets: 智能终端 消费电子 电子产品
wearable wearables smartwatch: 可穿戴设备 智能穿戴
vr ar xr: 虚拟现实 增强现实 元宇宙
myopia-prevention: 近视防控
cataract cataracts glaucoma: 白内障 眼病 复明
dialysis kidney renal: 血液透析 透析 肾病
liver: 肝病 肝癌
transplant transplants: 移植 器官移植
plasma: 血浆 献血
blood-donation blood-donors: 无偿献血 献血
bone-marrow stem-cell cord-blood: 造血干细胞 骨髓 脐带血
red-cross: 红十字会 红十字
non-profit: 非营利 公益 社会组织
social-worker social-workers socialwork: 社工 社会工作者 社会工作
sign-language: 手语
braille: 盲文
guide-dog: 导盲犬 助残
hearing-aid hearing-aids cochlear: 助听器 人工耳蜗 辅助器具
scoliosis: 脊柱侧弯
dental-caries cavities fluoride: 龋齿 口腔健康 窝沟封闭
mental-health: 心理健康 精神卫生
anxiety: 焦虑 心理健康
suicide: 自杀 心理危机
latchkey: 留守儿童 托管
boarding-school: 寄宿制学校 寄宿制
school-meals free-lunch: 营养午餐 学生餐 营养改善计划
school-buses: 校车
crossing-guard: 护学岗 护学
double-reduction: 双减
entrance-exam: 中考 高考 招生考试
class-size large-class large-classes oversized: 大班额 大校额 班额
tuition-free fee-free free-tuition: 免学费 免费教育 学费减免
student-loans: 助学贷款 生源地信用助学贷款
grant-aid: 资助 助学金
club clubs: 社团 俱乐部
special-education: 特殊教育 特教
ship-lock ship-locks: 船闸
""".strip().splitlines()


# English expressions of several words whose meaning is not their words' ("broke ground": 开工), each variant
# written out; a question holding one is read as one word (`phrase_words`).
_PHRASES = """
made public | make public | makes public | making public | put out publicly | published: 公开 公示 公布 发布
take home | takes home | taking home | took home | take home pay | take-home pay: 收入 可支配收入 人均可支配收入
broke ground | break ground | breaking ground | breaks ground: 开工 新开工
set up | sets up | setting up: 设立 成立 建立 组建
took in | take in | takes in | taking in: 受理 接收
bring in | brought in | brings in | bringing in: 收入 引进 引入
cross province | cross provincial | across provinces | inter provincial: 跨省 跨省通办
carried out | carry out | carrying out | carries out: 开展 实施 履行
per capita: 人均
year on year | year-on-year growth: 同比 同比增长
above designated size: 规模以上 规上
real estate | real estate development: 房地产 房地产开发
rule of law | law-based governance: 法治 依法治理
civil servants | civil servant: 公务员
start a business | starting a business | start their own businesses | starting their own businesses: 创业
state run | state-run | government run | government-run | publicly run: 公办 国有 公立
public security | public order: 公安 治安
elderly care | old-age care | aged care: 养老 养老服务
fixed assets | fixed asset | fixed-asset investment | fixed asset investment: 固定资产 固定资产投资
value added | added value: 增加值
hand over | handed over | hands over | handing over: 移交 移送 交付
crack down on | cracked down on | cracking down on | cracks down on: 打击 严厉打击 整治
roll out | rolled out | rolling out | rolls out: 推出 推行 推广
step up | stepped up | stepping up | steps up: 加强 加大 强化
speed up | sped up | speeding up | speeds up: 加快 加速
put into operation | put into service | putting into operation | went into operation: 投产 投运 投入运营 建成投用
put into use | putting into use: 投入使用 投用
come into force | came into force | comes into force | took effect | take effect: 施行 生效 实施
pay out | paid out | paying out | pays out: 发放 支付 兑付 兑现
look into | looked into | looking into | looks into: 调查 查处 核查
follow up | followed up | following up | follows up: 跟踪 跟进 回访 督办
deal with | dealt with | dealing with | deals with: 处理 处置 办理 应对
root out | rooted out | rooting out | roots out: 铲除 根除 清除 扫黑除恶
help businesses | helping businesses | helped businesses: 助企 纾困 惠企 助企纾困 帮扶企业 惠企政策
help struggling businesses: 助企 纾困 惠企 助企纾困 帮扶企业 惠企政策
helped struggling businesses | support businesses | supporting businesses: 助企 纾困 惠企 助企纾困 帮扶企业 惠企政策
supported businesses | relief for businesses | business relief: 助企 纾困 惠企 助企纾困 帮扶企业 惠企政策
shut down | shuts down | shutting down | closed down: 关停 关闭 取缔
lay off | laid off | laying off | lays off: 裁员 下岗 失业
sign up | signed up | signing up | signs up: 签约 报名 签订
go up | went up | goes up | going up: 增长 上升 提高
go down | went down | goes down | going down: 下降 减少 降低
fell by | fall by | falls by | falling by | dropped by: 下降 减少 回落
rose by | rise by | rises by | rising by | grew by | increased by: 增长 增加 提高
administrative reconsideration | administrative review: 行政复议
administrative litigation | administrative lawsuits | administrative lawsuit: 行政诉讼 行政应诉
normative documents | normative document: 规范性文件
legal advisers | legal adviser | legal advisors | legal advisor | legal counsel: 法律顾问
work safety | production safety | workplace safety: 安全生产
food safety: 食品安全
business environment: 营商环境
market entities | market entity | market players | business entities: 市场主体 经营主体
special-purpose bonds | special purpose bonds | special bonds: 专项债券 专项债
tax cuts | tax cut | tax reductions | tax reduction: 减税 减税降费
fee reductions | fee reduction | fee cuts | cut fees: 降费 减税降费
construction industry | construction firms | construction companies | building industry: 建筑业 建筑业企业 建筑企业
building firms | building companies | construction sector | construction sectors: 建筑业 建筑业企业 建筑企业
statistics database | statistical database | stats register | statistical register: 入库 纳统
quota line | above quota | above the quota | sales quota: 限上 限额以上
four-above enterprises | four-above companies | four-above firms | four above: 四上 四上企业
electricity consumption | power consumption | electricity use | power use: 用电量 全社会用电量 用电
tax refunds | tax refund | tax rebates: 退税 留抵退税
high-standard farmland | high standard farmland: 高标准农田
rural revitalization | rural vitalization: 乡村振兴
illegal construction | illegal buildings | illegal structures | unauthorized buildings: 违章建筑 违法建筑 违建 违法建设
sports grounds | sports ground | sports fields | sports field | athletic fields: 运动场 体育场 操场
sports halls | sports hall | indoor gyms | sports venues: 体育馆 场馆 风雨场馆 体育中心
sports centres | sports centers: 体育馆 场馆 体育中心
cold storage | cold-storage facilities | cold stores: 冷库 保鲜库 冷链
unsafe bridges | dangerous bridges | dilapidated bridges | rundown bridges: 危桥 危桥改造
frequently used | commonly used | high-frequency: 高频 常用
talent pool | pool of talent | talent base: 人才总量 人才队伍 人才资源 人才池
hard to find | in short supply | urgently needed | hard to recruit | much needed: 紧缺 急需 紧缺急需 短缺
opened their doors | opened its doors | open their doors | open its doors: 投入使用 投用 开学 开业 开园
came into use | went into use: 投入使用 投用
hospital bills | medical bills | hospitalization costs | inpatient costs: 住院 医疗费用 住院费用
policy rewards | policy subsidies | rewards and subsidies | reward and subsidy: 奖补 奖补资金 政策性奖补
prefecture-level cities | prefecture-level city | prefecture cities: 地市 地级市 地级及以上城市
new energy vehicles | new energy vehicle | electric vehicles: 新能源汽车
charging piles | charging pile | charging stations | charging points: 充电桩 充电站 充电设施
old residential compounds | old residential areas | old neighborhoods | old urban communities: 老旧小区 城镇老旧小区
old housing compounds | old housing estates | housing compounds | housing estates: 老旧小区 小区 住宅小区
shantytown renovation | shanty town renovation | shantytown redevelopment: 棚户区改造 棚改
affordable housing | subsidized housing | government-subsidized housing: 保障性住房 保障房 保障性安居工程
public rental housing | public rental housing units: 公共租赁住房 公租房
rental housing | affordable rental housing: 租赁住房 保障性租赁住房 保租房
nursing homes | nursing home | elderly care institutions | care homes: 养老机构 养老院 敬老院
minimum living allowance | minimum living allowances: 最低生活保障 低保
subsistence allowance | subsistence allowances | minimum living guarantee: 最低生活保障 低保
poverty alleviation | poverty reduction | lifted out of poverty: 脱贫 扶贫 脱贫攻坚
river chief | river chiefs | river chief system: 河长 河长制
air quality: 空气质量
good air days | good air quality days | days with good air quality: 空气质量优良天数 优良天数
fine particulate matter | fine particles: 细颗粒物
sewage treatment | wastewater treatment | sewage treatment plants: 污水处理 污水处理厂
garbage sorting | waste sorting | garbage classification | waste classification: 垃圾分类 生活垃圾分类
household waste | domestic waste | household garbage: 生活垃圾
smart city | smart cities: 智慧城市
one-stop service | one-stop services | one stop service: 一站式服务 一站式 一窗受理
government services | government service | administrative services: 政务服务
online government services | handled online: 网上办理 一网通办 全程网办
good bad rating | good bad ratings | good bad review | good bad reviews: 好差评
good or bad rating | good and bad ratings | good or bad reviews | good and bad reviews: 好差评
processed online | internet plus government services: 网上办理 一网通办 全程网办
retail sales | total retail sales | retail sales of consumer goods: 社会消费品零售总额 零售额
fiscal revenue | fiscal revenues | general public budget revenue: 财政收入 一般公共预算收入
fiscal expenditure | fiscal spending | public budget expenditure: 财政支出 一般公共预算支出
disposable income | disposable incomes | per capita disposable income: 可支配收入 人均可支配收入
foreign trade | imports and exports | total imports and exports: 外贸 进出口 进出口总额
foreign investment | foreign direct investment: 外资 利用外资 实际使用外资
paid-in foreign capital | actual use of foreign capital: 外资 利用外资 实际使用外资
industrial park | industrial parks: 工业园区 产业园区 产业园
science park | science parks | science and technology park: 科技园 科技园区
high-tech zone | high-tech zones | high-tech development zone | hi-tech zone: 高新区 高新技术产业开发区
economic development zone | development zone | development zones: 开发区 经济技术开发区 经开区
free trade zone | pilot free trade zone | free trade zones: 自由贸易试验区 自贸区 自贸试验区
scenic spots | scenic spot | scenic areas | tourist attractions: 景区 旅游景区
tourist arrivals | tourist visits | tourist trips | number of tourists: 游客 接待游客 游客人次
tourism revenue | tourism income | tourism revenues: 旅游收入 旅游总收入
invention patents | invention patent | patents for inventions: 发明专利
patent applications | patent grants | patents granted: 专利申请 专利授权
technology contracts | technology contract | technology trading: 技术合同 技术合同成交额
research and development | r and d: 研发 研究与试验发展 研发投入 研发费用 研发经费
high-tech enterprises | high-tech enterprise | high-tech companies | high-tech firms: 高新技术企业 高企
high-tech industries | high-tech industry | high-tech manufacturing: 高新技术产业 高技术制造业
vocational training | skills training | job training: 职业技能培训 职业培训 技能培训
vocational education | vocational schools: 职业教育 职业院校
urban jobs | new urban jobs | urban employment: 城镇新增就业 城镇就业
registered unemployment: 登记失业率 城镇登记失业率 调查失业率
registered unemployment rate | surveyed unemployment rate: 登记失业率 城镇登记失业率 调查失业率
medical insurance | health insurance | basic medical insurance: 医疗保险 医保 基本医疗保险
pension insurance | old-age insurance | basic pension insurance: 养老保险 基本养老保险
unemployment insurance: 失业保险
work-related injury insurance | work injury insurance | employment injury insurance: 工伤保险
social security | social insurance: 社会保障 社会保险 社保
school places | school seats | new school places: 学位 新增学位
day care | day care centers | day care centres: 日间照料 日间照料中心 托育
childcare places | child care places | childcare slots | nursery places: 托位 托育 托育服务
kindergarten places | preschool education | public kindergartens: 幼儿园 学前教育 公办幼儿园 普惠性幼儿园
compulsory education: 义务教育
gross domestic product | economic output | regional gdp: 地区生产总值 生产总值 国内生产总值
industrial output | industrial value added: 工业增加值 规上工业增加值
total output value | gross output value: 总产值 产值
primary industry | primary sector: 第一产业
secondary industry | secondary sector: 第二产业
tertiary industry | tertiary sector | service sector | services sector: 第三产业 服务业
consumer prices | consumer price index: 居民消费价格 消费价格指数
key projects | key project | major projects | major project: 重点项目 重大项目
completed investment | investment completed: 完成投资 累计完成投资
infrastructure investment | infrastructure construction: 基础设施投资 基础设施建设
manufacturing investment: 制造业投资
private investment | private economy | private enterprises | private businesses: 民间投资 民营经济 民营企业
state-owned enterprises | state-owned enterprise | state owned enterprises: 国有企业 国企
small and medium-sized enterprises | small and medium enterprises: 中小企业 小微企业
small businesses | micro and small enterprises: 中小企业 小微企业
self-employed individuals | individual businesses | self-employed households: 个体工商户
local government debt | government debt | hidden debt: 地方政府债务 政府债务 隐性债务
tax revenue | tax revenues: 税收 税收收入
digital economy: 数字经济
strategic emerging industries | emerging industries: 战略性新兴产业 新兴产业
advanced manufacturing: 先进制造业
modern agriculture: 现代农业
grain output | grain production | grain yield: 粮食产量 粮食总产量
sown area | planting area | sown areas: 播种面积
migrant workers | migrant worker: 农民工
wage arrears | unpaid wages | back pay | unpaid pay | pay owed | owed pay: 拖欠工资 欠薪 农民工工资
won back | win back | wins back | winning back | clawed back | claw back: 追回 追讨 挽回 清欠
college graduates | university graduates | college graduate: 高校毕业生
new urbanization | urbanization rate: 新型城镇化 城镇化率
urban renewal | urban regeneration: 城市更新
rail transit | urban rail transit | metro lines | subway lines: 轨道交通 城市轨道交通 地铁
expressway mileage | new expressways | expressway network: 高速公路
rural roads | rural road: 农村公路 四好农村路
water conservancy | water conservancy projects: 水利 水利工程
ecological protection | environmental protection: 生态保护 环境保护 生态环境保护
carbon peaking | carbon neutrality | peak carbon emissions: 碳达峰 碳中和 双碳
forest coverage | forest coverage rate | forest cover: 森林覆盖率
water quality | surface water quality: 水质 地表水 水质优良
black and odorous water bodies | black and odorous water: 黑臭水体
central environmental inspection: 中央生态环境保护督察 环保督察 生态环境保护督察
environmental inspections | environmental inspection: 中央生态环境保护督察 环保督察 生态环境保护督察
rural living environment | rural residential environment: 农村人居环境 人居环境整治
public hospitals | public hospital | tertiary hospitals | grade a hospitals: 公立医院 三级医院 三甲医院
primary health care | community health centers | township health centers: 基层医疗卫生 社区卫生服务中心 乡镇卫生院
family doctors | family doctor | contracted family doctors: 家庭医生 家庭医生签约
people with disabilities | persons with disabilities | disabled people: 残疾人
social assistance | temporary assistance: 社会救助 临时救助
law enforcement | administrative law enforcement: 执法 行政执法
law enforcement inspection | law enforcement inspections: 执法检查
local regulations | local regulation | government rules | government regulations: 地方性法规 政府规章 规章
draft regulations | draft local regulations | legislative plan: 法规草案 立法计划
legality review | legality reviews | legal review: 合法性审查 合法性审核
major administrative decisions | major administrative decision: 重大行政决策
public hearings | public hearing | soliciting public opinions: 听证 听证会 公开征求意见
government information disclosure | information disclosure | open government information: 政务公开 政府信息公开
administrative licensing | administrative approval | administrative permits: 行政许可 行政审批
administrative penalties | administrative penalty | administrative fines: 行政处罚 罚款
administrative enforcement | administrative coercion: 行政强制
negative list | market access negative list: 负面清单 市场准入负面清单
streamlining administration | delegating powers | delegation of power: 放管服 简政放权
credit system | social credit | credit rating: 信用体系 社会信用体系 信用
credit records | credit information | credit data | credit files: 信用信息 信用记录 信用档案
people's congress | people's congresses | npc deputies: 人民代表大会 人大 人大代表
legal aid | legal aid cases: 法律援助
public legal services | public legal service: 公共法律服务
people's mediation | mediation committees | dispute mediation: 人民调解 调解 矛盾纠纷调解
conflicts and disputes | disputes resolved | dispute resolution: 矛盾纠纷 纠纷化解 多元化解
letters and visits | petition letters | public complaints: 信访 来信来访
hotline calls | citizen hotline | service hotline: 热线 政务服务热线 市民热线
legal education | legal awareness | law popularization: 普法 法治宣传教育 法治宣传
court rulings | court judgments | effective judgments: 判决 裁判 生效判决
lost cases | losing cases | lost lawsuits | cases lost: 败诉 败诉率
heads of government appearing in court | officials appearing in court | appeared in court: 出庭应诉 负责人出庭应诉
cases handled | cases filed | cases accepted: 案件 办理案件 立案
cases closed | cases concluded: 结案 办结
gang crime | organized crime | criminal gangs: 黑恶势力 扫黑除恶 涉黑
telecom fraud | telecommunications fraud | online fraud: 电信网络诈骗 电诈
criminal cases | criminal case: 刑事案件
traffic accidents | road traffic accidents: 道路交通事故 交通事故
production safety accidents | workplace accidents | work safety accidents: 生产安全事故 安全事故
emergency management | emergency response: 应急管理 应急处置
fire safety | fire hazards: 消防安全 火灾隐患
hidden dangers | safety hazards | potential hazards | safety problems | safety risks: 隐患 安全隐患 风险隐患
judicial offices | judicial office | justice offices | justice office: 司法所
pre litigation | pre trial | pretrial | before litigation: 诉前
disaster prevention | disaster relief | flood control: 防灾减灾 救灾 防汛
intellectual property | intellectual property rights: 知识产权
land acquisition | land requisition | expropriation of housing: 征地 土地征收 房屋征收
cross-border e-commerce | online retail sales | online sales: 跨境电商 网上零售额
talent introduction | talent attraction | high-level talents: 人才引进 引进人才 高层次人才
innovation platforms | key laboratories | engineering research centers: 创新平台 重点实验室 工程技术研究中心
technology transfer | commercialization of research: 科技成果转化 成果转化
run down | run down buildings | run-down houses | run-down areas: 老旧 破旧 危旧 老旧小区
fixed up | fix up | fixing up | fixes up | spruced up | spruce up | sprucing up: 改造 整治 修缮 提升改造 改造提升
done up: 改造 整治 修缮 提升改造 改造提升
hooked up | hook up | hooking up | hooks up | hooked up to: 接入 接通 通水 通电 通气 入户
connected to the grid | grid connected | grid connection | connected to the power grid: 并网 并网发电 接入电网
shore power | shore-side power | shore-side electricity | shore connection: 岸电 岸电设施 港口岸电
rubbish sorting | rubbish classification | trash sorting | trash classification: 垃圾分类 生活垃圾分类
rubbish separation: 垃圾分类 生活垃圾分类
resettlement flats | resettlement housing | resettlement homes | relocation housing: 安置房 安置住房 回迁房
resettlement apartments: 安置房 安置住房 回迁房
old neighbourhoods | old neighbourhood | old housing estates: 老旧小区 城镇老旧小区 老旧小区改造
old residential quarters: 老旧小区 城镇老旧小区 老旧小区改造
ageing residential compounds | aging residential compounds: 老旧小区 城镇老旧小区 老旧小区改造
village roads | village road | roads to villages | village-level roads: 村村通 村道 通村公路 农村公路 组组通
roads into villages: 村村通 村道 通村公路 农村公路 组组通
gas pipes | gas pipelines | gas mains | gas network | gas pipe network: 燃气管道 燃气管网 天然气管网 燃气管线
big companies | large enterprises | big firms | large companies | big businesses: 大企业 大型企业 龙头企业 骨干企业
large firms: 大企业 大型企业 龙头企业 骨干企业
listed companies | listed firms | publicly listed companies | listed enterprises: 上市公司 上市企业 上市 挂牌
went public: 上市公司 上市企业 上市 挂牌
go public | going public: 上市公司 上市企业 上市 挂牌
bank loans | bank lending | bank credit | bank loan: 银行贷款 贷款 信贷 授信
high-speed rail | high-speed railway | high-speed railways | bullet trains | bullet train: 高铁 高速铁路 动车 高铁站
cutting edge | state of the art: 前沿 前沿技术 先进 领先
rolling stock: 轨道交通装备 机车车辆 动车组
spare parts | auto parts | car parts | vehicle parts: 零部件 汽车零部件 配件
natural gas: 天然气 燃气 管道天然气
rare earth | rare earths: 稀土 稀土材料 稀土永磁
new materials | advanced materials: 新材料 先进材料
trade in | trade-ins | trade in scheme | old for new | replacing old with new: 以旧换新 设备更新 以旧换新补贴
time-honored brands | time-honoured brands | century-old brands | heritage brands: 老字号 中华老字号
chain stores | chain store | convenience stores | convenience store: 连锁店 便利店 连锁经营 品牌连锁
wet markets | wet market | farmers markets | farmers market | food markets | vegetable markets: 农贸市场 菜市场 集贸市场
night markets | night market | night-time economy | nighttime economy: 夜市 夜间经济 夜经济
china-europe freight trains | china-europe railway express | china-europe trains: 中欧班列 班列
sea-rail intermodal | sea rail | rail-sea | rail and sea: 海铁联运 多式联运
last mile | last kilometre | last kilometer: 最后一公里 最后一公里问题
belt and road | belt and road initiative | one belt one road: 一带一路 共建一带一路
sister cities | sister city | twin cities | twin towns | friendship cities | friendly cities: 友好城市 友城 国际友城
visa free | visa exemption | visa-free entry: 免签 入境免签 过境免签
trade fairs | trade fair | trade shows | trade show: 交易会 展会 博览会 展销会
exhibition centre | exhibition center | convention centre | convention center: 会展中心 国际会展中心 会议中心
expo centre: 会展中心 国际会展中心 会议中心
expo center: 会展中心 国际会展中心 会议中心
red tape | bureaucratic hurdles | bureaucratic red tape: 繁文缛节 繁琐 审批 手续 简政放权
urban villages | urban village | villages in the city | village in the city: 城中村 城中村改造
dead end roads | dead-end road | unconnected roads: 断头路 打通断头路
ring road | ring roads | orbital road | orbital roads: 环线 环城路 绕城公路 外环
urban and rural | urban-rural | town and country | cities and countryside: 城乡 城乡一体化 城乡融合 城乡统筹
self-built houses | self-built homes | self-built buildings: 自建房 经营性自建房 农村自建房
talent apartments | talent apartment | talent housing | housing for talents: 人才公寓 人才住房 人才安居
housing for talent: 人才公寓 人才住房 人才安居
property management | property services | property management companies: 物业 物业管理 物业服务 物业企业
property firms: 物业 物业管理 物业服务 物业企业
heat pumps | heat pump: 热泵 空气源热泵
green electricity | green power | green certificates | green electricity certificates: 绿电 绿证 绿色电力
pumped storage | pumped hydro | pumped storage hydropower: 抽水蓄能 抽蓄 抽水蓄能电站
virtual power plant | virtual power plants: 虚拟电厂
rooftop solar | rooftop pv | distributed solar | distributed pv: 屋顶光伏 分布式光伏 整县屋顶分布式光伏
distributed photovoltaic: 屋顶光伏 分布式光伏 整县屋顶分布式光伏
wind farms | wind farm | wind power | wind turbines: 风电场 风电 风电机组 风力发电
kitchen waste | food waste | kitchen garbage | food scraps | kitchen rubbish: 厨余垃圾 餐厨垃圾 餐厨废弃物
medical waste | clinical waste | hospital waste: 医疗废物 医废
construction waste | construction debris | demolition waste | building waste: 建筑垃圾 渣土 建筑废弃物
national parks | national park: 国家公园
nature reserves | nature reserve | protected areas | protected area: 自然保护区 自然保护地 保护区
fishing ban | fishing bans | fishing moratorium | ten-year fishing ban: 禁捕 禁渔 十年禁渔 禁捕退捕
flash floods | flash flood | mountain floods | mountain torrents: 山洪 山洪灾害 山洪沟
river banks | river bank | river embankments | river revetments: 河岸 堤岸 岸线 护岸 河道
water shortage | water shortages | water scarcity | short of water: 缺水 水资源短缺 供水不足
drinking water | safe drinking water | tap water | running water | piped water: 饮用水 饮水安全 自来水 供水 农村供水
rural water supply | water supply to villages | village water supply: 农村供水 城乡供水一体化 农村饮水安全
urban-rural water supply: 农村供水 城乡供水一体化 农村饮水安全
theme parks | theme park | amusement parks | amusement park: 主题公园 游乐园 乐园
study tours | study trips | educational tours | study travel | research trips | school trips: 研学 研学旅行 研学游
self-drive tours | self-driving tours | self-drive travel | road trips | self-drive: 自驾游 自驾 自驾车
self-driving cars | autonomous vehicles | driverless cars | autonomous driving: 自动驾驶 智能网联汽车 无人驾驶 车联网
intelligent connected vehicles | connected vehicles: 自动驾驶 智能网联汽车 无人驾驶 车联网
high schools | high school | senior high schools | senior high school | senior secondary schools: 高中 普通高中 高中阶段
special education | special needs | special schools | special needs education: 特殊教育 特教 特殊教育学校 特殊儿童
special needs children: 特殊教育 特教 特殊教育学校 特殊儿童
double reduction | homework burden | homework load: 双减 减轻学生负担
small rural schools | small schools | teaching points | teaching sites: 乡村小规模学校 小规模学校 教学点
class size | class sizes | large classes | oversized classes | overcrowded classes: 大班额 班额 超大班额
university for the elderly | universities for the elderly | senior universities: 老年大学 老年教育
elderly universities: 老年大学 老年教育
seniors college | senior colleges: 老年大学 老年教育
school buses | school bus: 校车 校车安全
free lunches | school meals | school lunches | nutrition improvement plan: 营养餐 营养改善计划 学生餐 营养午餐
student nutrition: 营养餐 营养改善计划 学生餐 营养午餐
health records | medical records | health files | electronic health records: 健康档案 电子健康档案 病历 电子病历
internet hospitals | internet hospital | online hospitals | online hospital: 互联网医院 互联网诊疗 远程医疗
online consultations: 互联网医院 互联网诊疗 远程医疗
fever clinics | fever clinic: 发热门诊 发热诊室
chest pain centers | chest pain centres | stroke centers | stroke centres: 胸痛中心 卒中中心 创伤中心 五大中心
trauma centers: 胸痛中心 卒中中心 创伤中心 五大中心
trauma centres: 胸痛中心 卒中中心 创伤中心 五大中心
out-of-pocket | out-of-pocket costs | out-of-pocket expenses | pay out of pocket: 个人自付 自付 个人负担 个人卫生支出
long-term care insurance | long-term care: 长期护理保险 长护险 长期护理
critical illness insurance | serious illness insurance | catastrophic illness insurance: 大病保险 重特大疾病 大病
major illness insurance: 大病保险 重特大疾病 大病
volume-based procurement | centralized procurement | centralised procurement: 集中带量采购 集采 带量采购 药品集采
bulk buying of drugs: 集中带量采购 集采 带量采购 药品集采
bulk purchase of drugs: 集中带量采购 集采 带量采购 药品集采
platform workers | gig workers | delivery riders: 新就业形态劳动者 新就业形态 外卖骑手 快递员 网约车司机
food delivery riders: 新就业形态劳动者 新就业形态 外卖骑手 快递员 网约车司机
delivery drivers | ride-hailing drivers: 新就业形态劳动者 新就业形态 外卖骑手 快递员 网约车司机
job fairs | job fair | recruitment fairs | recruitment fair | career fairs: 招聘会 双选会 招聘活动 专场招聘
hiring events: 招聘会 双选会 招聘活动 专场招聘
labour export | labor export | labour service export | labor service export: 劳务输出 劳务品牌 劳务协作 有组织劳务输出
labour brands: 劳务输出 劳务品牌 劳务协作 有组织劳务输出
labor brands: 劳务输出 劳务品牌 劳务协作 有组织劳务输出
home-based care | home care | aging in place | ageing in place: 居家养老 居家社区养老 居家养老服务
home-based elderly care: 居家养老 居家社区养老 居家养老服务
age-friendly | elderly-friendly | senior-friendly: 适老化 老年友好型 适老化改造 老年友好
time bank | time banks | time banking: 时间银行 互助养老
child-friendly | child-friendly city | child friendly cities: 儿童友好 儿童友好城市 儿童友好型
parental leave | maternity leave | childcare leave | paternity leave: 育儿假 产假 陪产假 生育假
childcare subsidies | childcare subsidy | child-rearing subsidies | birth subsidies: 育儿补贴 生育补贴 育儿补助
baby bonus: 育儿补贴 生育补贴 育儿补助
place names | place name | geographical names | street names: 地名 地名普查 地名管理 门牌
social work | social workers | social worker | social work stations: 社会工作 社工 社会工作者 社工站
social organizations | social organisations | civil society organizations: 社会组织 社会团体 公益组织
civil society organisations: 社会组织 社会团体 公益组织
non-profit organizations | non-profit organisations: 社会组织 社会团体 公益组织
ex-servicemen | former soldiers | retired soldiers | retired servicemen: 退役军人 退役士兵 退伍军人
demobilized soldiers: 退役军人 退役士兵 退伍军人
support the military | support the army | military-civilian unity | double support: 双拥 拥军优属 拥政爱民 军民融合
civil air defense | civil air defence | air raid shelters | civil defense | civil defence: 人防 人民防空 人防工程
overseas chinese | returned overseas chinese | chinese diaspora | overseas compatriots: 侨胞 归侨侨眷 华侨 侨务
ethnic unity | ethnic solidarity | ethnic harmony | inter-ethnic unity: 民族团结 民族团结进步 民族团结进步创建
special equipment: 特种设备 特种设备安全
hazardous chemicals | dangerous chemicals | hazardous materials | dangerous goods: 危险化学品 危化品 危险货物
micro fire stations | mini fire stations | small fire stations: 微型消防站 消防站
early warning | early warnings | warning system | warning systems: 预警 监测预警 预警信息 预警体系
emergency supplies | relief supplies | emergency materials | relief materials: 应急物资 救灾物资 应急物资储备
cold wave | cold snap | cold waves | cold spell: 寒潮 低温 低温雨雪冰冻
forest fires | forest fire | grassland fires | wild fires: 森林火灾 森林草原火灾 森林防火
gas leaks | gas leak | gas explosions | gas explosion | gas accidents: 燃气泄漏 燃气爆炸 燃气安全 燃气事故
on duty | on call | round the clock | around the clock: 值班 值守 24小时 全天候
leapfrog petitions | skip-level petitions | petitioning higher levels: 越级上访 越级访 进京访
petitions to higher levels: 越级上访 越级访 进京访
mass incidents | mass incident | group incidents | collective petitions | group petitions: 群体性事件 集体访 群体访
bride price | bride prices | betrothal gifts | exorbitant bride prices: 彩礼 高价彩礼 天价彩礼 婚俗改革
sky-high bride prices: 彩礼 高价彩礼 天价彩礼 婚俗改革
good samaritans | good samaritan | acts of bravery | heroic deeds | brave deeds | good deeds: 见义勇为 好人好事 身边好人
facial recognition | face recognition: 人脸识别
illegal fundraising | illegal fund-raising | illegal fund collection: 非法集资 打击非法集资
loan sharks | loan shark | usurious loans | predatory loans: 高利贷 套路贷 非法放贷
public opinion | online public opinion | internet public opinion | online opinion: 舆情 网络舆情 民意 舆论
work orders | work order | hotline tickets | service tickets | hotline cases: 工单 热线工单 诉求件
response rate | resolution rate | satisfaction rate | satisfaction rates | resolution rates: 响应率 解决率 满意率 办结率
self-service | self-service terminals | self-service machines: 自助 自助服务 自助终端 自助办
cross-regional | across regions | handled anywhere | inter-regional: 跨区域通办 异地通办 跨省通办 通办
handled in other places: 跨区域通办 异地通办 跨省通办 通办
at most once | only once | one trip | single visit | one visit | a single trip: 最多跑一次 一次办好 一次办 只跑一次
working days | working day | business days | business day: 工作日 个工作日
time limit | time limits | processing time | handling time | processing times: 时限 办理时限 承诺时限 办理时间
data silos | data silo | information silos | information islands | information silo: 信息孤岛 数据壁垒 数据孤岛 数据共享
fault tolerance | error tolerance | tolerating mistakes | tolerance for mistakes: 容错纠错 容错 容错免责
tolerance of errors: 容错纠错 容错 容错免责
pass the buck | passing the buck | buck passing | passed the buck: 推诿扯皮 推诿 推诿塞责
eight-point rules | eight-point regulations | eight-point regulation: 中央八项规定 八项规定 八项规定精神
official cars | government cars | official vehicles | government vehicles | official car use: 公务用车 公车 公车改革
three public expenses | three public consumptions | official expenses | official receptions: 三公经费 公务接待 三公
official hospitality: 三公经费 公务接待 三公
office space | office buildings | government offices | office premises: 办公用房 办公楼 办公用房管理
self-discipline: 自律 廉洁自律 严于律己
economic responsibility audits | economic responsibility audit | outgoing audits: 经济责任审计 离任审计 离任经济责任审计
departure audits | outgoing audit: 经济责任审计 离任审计 离任经济责任审计
circuit inspections | circuit inspection | inspection tours | inspection teams: 巡视 巡察 巡视巡察 巡察组
inspection team: 巡视 巡察 巡视巡察 巡察组
first-time violations | first offence | first offense | first-time offenders: 首违不罚 轻微免罚 首违免罚
inclusive and prudent | inclusive prudent regulation | lenient enforcement: 包容审慎 柔性执法 包容审慎监管
flexible enforcement: 包容审慎 柔性执法 包容审慎监管
gentle enforcement: 包容审慎 柔性执法 包容审慎监管
discretion benchmarks | discretionary standards | discretionary power: 裁量基准 自由裁量权 行政裁量权基准
discretionary powers: 裁量基准 自由裁量权 行政裁量权基准
body cameras | body-worn cameras | enforcement recorders | law enforcement recorders: 执法记录仪 全过程记录
three enforcement systems | enforcement publicity: 行政执法三项制度 执法公示 执法全过程记录 重大执法决定法制审核
whole-process recording: 行政执法三项制度 执法公示 执法全过程记录 重大执法决定法制审核
legal review of enforcement decisions: 行政执法三项制度 执法公示 执法全过程记录 重大执法决定法制审核
public interest litigation | public interest lawsuits | public interest cases: 公益诉讼 行政公益诉讼
civil code: 民法典 民法典宣传
legal literacy | legally literate | law-literate | legal literacy among villagers: 法治素养 法律明白人 学法用法
one village one legal adviser | village legal advisers: 一村一法律顾问 村居法律顾问 法律顾问
legal advisers for villages: 一村一法律顾问 村居法律顾问 法律顾问
legal advisers for communities | community legal advisers: 一村一法律顾问 村居法律顾问 法律顾问
source governance | litigation source governance | resolving disputes at the source: 诉源治理 源头化解 源头治理
disputes at source: 诉源治理 源头化解 源头治理
at the source: 诉源治理 源头化解 源头治理
fengqiao experience | fengqiao model | fengqiao approach: 枫桥经验 新时代枫桥经验
grid workers | grid worker | grid officers | grid members | grid managers: 网格员 专职网格员 网格化管理
neighbourhood committees | neighborhood committees | residents committees: 居委会 村委会 居民委员会 村民委员会
residents committee: 居委会 村委会 居民委员会 村民委员会
village committees | village committee: 居委会 村委会 居民委员会 村民委员会
village rules | village regulations | village covenants | villagers rules | village codes of conduct: 村规民约 居民公约
bad customs | outdated customs | changing customs | reforming customs | outmoded customs: 移风易俗 陈规陋习 婚丧喜庆
severe mental disorders | severe mental illness | serious mental illness: 严重精神障碍 严重精神障碍患者 精神障碍
serious mental disorders | mentally ill: 严重精神障碍 严重精神障碍患者 精神障碍
released prisoners | former prisoners | ex-prisoners | ex-convicts: 刑满释放人员 安置帮教
community correction | community corrections | community-based corrections: 社区矫正 社区矫正对象
drug addicts | drug users | drug addiction | drug abusers: 吸毒人员 戒毒 禁毒 社区戒毒
foreign trade firms | foreign trade companies | export firms | export companies: 外贸企业 出口企业 进出口企业
foreign trade enterprises: 外贸企业 出口企业 进出口企业
cross-border payments | cross-border settlement | rmb settlement: 跨境人民币 跨境结算 跨境人民币结算
venture capital | venture funds | vc funds | risk capital: 创投 风险投资 创业投资 创投基金
angel investment | angel investors | angel funds | angel investor: 天使投资 天使基金 天使投资人
government guidance funds | guidance funds | industrial funds: 政府引导基金 引导基金 产业基金 产业投资基金
industry funds: 政府引导基金 引导基金 产业基金 产业投资基金
industrial investment funds: 政府引导基金 引导基金 产业基金 产业投资基金
inclusive finance | inclusive loans | inclusive small business loans: 普惠金融 普惠小微贷款 普惠贷款
microfinance loans: 普惠金融 普惠小微贷款 普惠贷款
non-performing loans | nonperforming loans | bad loans | bad debts: 不良贷款 不良率 不良资产
loan guarantees | guarantee companies | financing guarantees | credit guarantees: 融资担保 担保机构 融资担保公司
guarantee agencies: 融资担保 担保机构 融资担保公司
startup loans | start-up loans | business startup loans | entrepreneurship loans: 创业担保贷款 创业贷款
business start-up loans: 创业担保贷款 创业贷款
per mu output | output per mu | tax per mu | per mu tax | per mu yield: 亩均 亩均税收 亩均效益 亩均产出
industrial land | industrial land use | land for industry | industrial sites: 工业用地 产业用地 工业用地出让
standard factory buildings | standard factories | standard plants | ready-built factories: 标准厂房 标准化厂房
standard workshops: 标准厂房 标准化厂房
industry chains | industrial chains | supply chains | supply chain | industry chain: 产业链 供应链 产业链供应链
industrial chain: 产业链 供应链 产业链供应链
chain leader | chain leaders | chain master enterprises | chain leading enterprises: 链主 链长 链主企业 链长制
chain owners: 链主 链长 链主企业 链长制
little giants | little giant | little giant firms | little giant enterprises: 小巨人 专精特新小巨人 专精特新小巨人企业
specialized and sophisticated | specialised and sophisticated | niche champions: 专精特新 专精特新企业 隐形冠军
hidden champions: 专精特新 专精特新企业 隐形冠军
single champions | single-item champions | manufacturing champions: 单项冠军 制造业单项冠军
smart factories | smart factory | digital workshops | digital workshop: 智能工厂 数字化车间 灯塔工厂 智能车间
lighthouse factories: 智能工厂 数字化车间 灯塔工厂 智能车间
lighthouse factory: 智能工厂 数字化车间 灯塔工厂 智能车间
industrial internet | industrial internet platforms | industrial internet platform: 工业互联网 工业互联网平台
computing power | compute power | computing capacity | computing centres | computing centers: 算力 算力中心 智算中心
big data | big data centres | big data centers: 大数据 大数据中心 大数据产业
cloud computing | move to the cloud | moved to the cloud | enterprises on the cloud: 云计算 上云 企业上云 上云用数赋智
cloud migration: 云计算 上云 企业上云 上云用数赋智
base stations | base station | mobile base stations | cell towers | cell tower | phone masts: 基站 5G基站 通信基站 铁塔
gigabit broadband | gigabit networks | fibre broadband | fiber broadband: 千兆光网 千兆宽带 光纤宽带 千兆城市
gigabit optical networks: 千兆光网 千兆宽带 光纤宽带 千兆城市
low-altitude economy | drone economy | drone industry: 低空经济 无人机
new quality productive forces | new productive forces | new quality productivity: 新质生产力
research institutes | research institutions | research institute: 科研院所 研究院 科研机构 新型研发机构
research organizations: 科研院所 研究院 科研机构 新型研发机构
key core technologies | core technologies | key technologies | key technology: 关键核心技术 核心技术 关键技术 攻关
first sets | first set of equipment | first unit of equipment | major technical equipment: 首台套 首台套重大技术装备
innovation consortium | innovation consortia | innovation alliances: 创新联合体 产业技术创新战略联盟 创新联盟
innovation alliance: 创新联合体 产业技术创新战略联盟 创新联盟
science popularization | science communication | science literacy | popular science: 科普 科学素质 公民科学素质 科普基地
pedestrian streets | pedestrian street | walking streets | shopping streets: 步行街 商业街 特色街区 特色商业街
shopping street: 步行街 商业街 特色街区 特色商业街
shopping districts | business districts | commercial districts | shopping areas: 商圈 商业街区 商业区 商务区
business district: 商圈 商业街区 商业区 商务区
farm produce | agricultural products | farm products | agricultural produce: 农产品 特色农产品 农副产品 土特产
local produce: 农产品 特色农产品 农副产品 土特产
geographical indications | geographical indication | geographic indications: 地理标志 地理标志产品 地理标志农产品
gi products: 地理标志 地理标志产品 地理标志农产品
rural e-commerce | rural ecommerce | e-commerce in villages | e-commerce villages: 农村电商 电子商务进农村 淘宝村 电商村
taobao villages: 农村电商 电子商务进农村 淘宝村 电商村
contract farming | order farming | order agriculture | farming under contract: 订单农业 订单种植
land transfer | land circulation | land leasing | land rental | farmland transfer: 土地流转 土地经营权流转 流转土地
homestead reform | rural homesteads | rural housing land | house sites: 宅基地 宅基地改革 宅基地制度改革
collective economy | village collective economy | collective income: 村集体经济 集体经济 村级集体经济 集体经济收入
village collective income | collective economic income: 村集体经济 集体经济 村级集体经济 集体经济收入
weak villages | hollow villages | empty-shell villages | weak collective economy: 薄弱村 空壳村 集体经济薄弱村
left-behind children | left-behind elderly | left-behind women: 留守儿童 留守老人 留守妇女
relapse into poverty | falling back into poverty | return to poverty: 返贫 防止返贫 返贫致贫 防止规模性返贫
returning to poverty: 返贫 防止返贫 返贫致贫 防止规模性返贫
fall back into poverty: 返贫 防止返贫 返贫致贫 防止规模性返贫
east-west cooperation | east-west collaboration | paired assistance: 东西部协作 对口支援 对口帮扶 对口协作
paired support: 东西部协作 对口支援 对口帮扶 对口协作
counterpart support: 东西部协作 对口支援 对口帮扶 对口协作
consumption assistance | poverty alleviation through consumption | buying products from poor areas: 消费帮扶 消费扶贫
consumer assistance: 消费帮扶 消费扶贫
poverty-relief workshops | poverty alleviation workshops | assistance workshops: 帮扶车间 扶贫车间 就业帮扶车间
community factories: 帮扶车间 扶贫车间 就业帮扶车间
relocated households | relocated residents | relocation sites: 易地搬迁 安置点 搬迁群众 易地扶贫搬迁 安置区
resettlement sites: 易地搬迁 安置点 搬迁群众 易地扶贫搬迁 安置区
resettlement areas | relocated people: 易地搬迁 安置点 搬迁群众 易地扶贫搬迁 安置区
first secretaries | first secretary | village-stationed teams | resident work teams: 第一书记 驻村工作队 驻村第一书记
village work teams: 第一书记 驻村工作队 驻村第一书记
beautiful villages | beautiful countryside | livable villages | liveable villages: 美丽乡村 和美乡村 宜居宜业和美乡村
harmonious and beautiful villages: 美丽乡村 和美乡村 宜居宜业和美乡村
traditional villages | ancient villages | historic villages | old villages: 传统村落 古村落 历史文化名村
toilet revolution | toilet renovation | toilet upgrades | rural toilets: 厕所革命 改厕 农村户厕 户厕改造
toilet improvements: 厕所革命 改厕 农村户厕 户厕改造
living environment | living conditions | human settlements: 人居环境 居住条件 人居环境整治
human settlement environment: 人居环境 居住条件 人居环境整治
village planning | village plans | village plan: 村庄规划 实用性村庄规划
county seats | county seat | county towns | county town: 县城 城关镇 县城建设
central urban area | downtown area | city centre | city center | urban core | main urban area: 中心城区 主城区 城市中心
old town | old city | old quarter | historic district | historic quarter: 老城区 老城 历史文化街区 古城
historic districts: 老城区 老城 历史文化街区 古城
new district | new districts | new area | new areas | new town | new towns: 新区 新城 城市新区
overhead wires | overhead cables | tangled wires | messy cables | overhead lines: 架空线 飞线 线缆 管线入地 强弱电
manhole covers | manhole cover | drain covers | well covers: 井盖 窨井盖 检查井
public toilets | public restrooms | public toilet | public restroom: 公厕 公共厕所 城市公厕
parking spaces | parking spots | parking lots | parking lot | car parks | car park: 停车位 车位 停车场 公共停车场
lift installation | installing lifts | installing elevators | elevator retrofits: 加装电梯 既有住宅加装电梯
elevator installation: 加装电梯 既有住宅加装电梯
adding elevators: 加装电梯 既有住宅加装电梯
pipe network | pipe networks | pipeline network | underground pipelines: 管网 地下管网 管网改造 地下管线
underground pipes: 管网 地下管网 管网改造 地下管线
utility tunnels | utility tunnel | utility corridors | pipe galleries | pipe gallery: 综合管廊 地下综合管廊
sponge city | sponge cities: 海绵城市 海绵城市建设
flood-prone spots | waterlogging points | flooding hotspots | flood-prone areas: 易涝点 内涝点 积水点 易涝区
dangerous buildings | unsafe buildings | dilapidated buildings | dilapidated houses: 危房 危旧房 危险房屋 危房改造
unsafe houses: 危房 危旧房 危险房屋 危房改造
dangerous houses: 危房 危旧房 危险房屋 危房改造
stalled projects | unfinished buildings | stalled housing projects | unfinished housing: 烂尾楼 保交楼 停工项目 问题楼盘
unfinished projects: 烂尾楼 保交楼 停工项目 问题楼盘
guaranteed delivery | housing handover | delivered homes | handing over homes | home delivery: 保交楼 交房 交付 保交房
presale funds | pre-sale funds | pre-sale escrow | presale escrow: 预售资金 预售资金监管
second-hand homes | second-hand housing | existing homes | resale homes: 二手房 存量房 二手房交易
commodity housing | commercial housing | new homes | new houses: 商品房 新建商品房 商品住宅
house prices | home prices | housing prices | property prices: 房价 商品房价格 住房价格
rent subsidies | rental subsidies | housing subsidies | housing allowance: 租赁补贴 住房补贴 购房补贴
home purchase subsidies: 租赁补贴 住房补贴 购房补贴
road network | road networks | highway network: 路网 公路网 路网结构
bus lanes | bus lane | dedicated bus lanes | bus-only lanes: 公交专用道
bus stops | bus stop | bus shelters | bus shelter: 公交站 公交站点 候车亭 港湾式公交站
bus routes | bus lines | bus route | bus line: 公交线路 公交 线路
rural buses | rural bus services | buses to villages | village buses: 城乡公交 农村客运 通村客车 城乡公交一体化
rural bus service: 城乡公交 农村客运 通村客车 城乡公交一体化
traffic lights | traffic signals | traffic light | traffic signal: 信号灯 红绿灯 交通信号灯
toll stations | toll booths | toll gates | toll station: 收费站 高速收费站
service areas | service area | rest areas | rest stops: 服务区 高速公路服务区
expressway exits | motorway exits | highway exits | expressway entrances | on-ramps: 互通 出入口 互通立交
general aviation: 通用航空 通航 通用机场
air routes | air route | flight routes | new routes | flight route: 航线 新开航线 航线网络
cargo flights | freight flights | all-cargo flights | all-cargo routes | cargo routes: 全货机 货运航线 全货运航线
passenger traffic | passenger volume | passenger numbers | passenger flow: 客运量 旅客吞吐量 客流 客流量
cargo throughput | freight volume | freight volumes | cargo volume | cargo volumes: 货物吞吐量 货运量 货邮吞吐量
container throughput | container volume | container volumes: 集装箱吞吐量 集装箱
port of entry | ports of entry | border ports | land ports | border crossings: 口岸 开放口岸 边境口岸
customs clearance | clearance time | customs procedures | clearing customs: 通关 通关时间 通关便利化 整体通关时间
bonded zones | comprehensive bonded zones | comprehensive bonded zone: 综合保税区 保税物流中心 综保区
bonded logistics centres: 综合保税区 保税物流中心 综保区
bonded logistics centers: 综合保税区 保税物流中心 综保区
foreign-invested enterprises | foreign-funded enterprises | foreign companies: 外资企业 外商投资企业 外资
foreign firms: 外资企业 外商投资企业 外资
overseas investment | outbound investment | going global | going abroad | investing abroad: 对外投资 走出去 境外投资
processing trade: 加工贸易
industry and trade | industrial and trading: 工贸 工贸企业
factories and trading firms | factories and trading companies: 工贸 工贸企业
service trade | trade in services | services trade: 服务贸易 服务外包
digital trade: 数字贸易 跨境电商
inbound tourism | foreign tourists | overseas visitors | international visitors: 入境游 入境游客 境外游客 入境旅游
overseas tourists: 入境游 入境游客 境外游客 入境旅游
rural tourism | countryside tourism | village tourism: 乡村旅游 乡村旅游重点村
red tourism | revolutionary tourism: 红色旅游 红色旅游景区
all-for-one tourism | holistic tourism | whole-area tourism: 全域旅游 全域旅游示范区
culture and tourism | cultural tourism | culture-tourism integration: 文旅融合 文化旅游 文旅
culture and sports | cultural and sports | sports and culture | culture and sport: 文体 文化体育 文体事业
cultural heritage | intangible heritage | intangible cultural heritage: 非物质文化遗产 非遗 文化遗产
cultural relics | historical relics | protected relics | heritage sites: 文物 文物保护单位 文物保护
public cultural services | cultural centres | cultural centers: 公共文化服务 文化馆 文化站 综合文化站
cultural stations: 公共文化服务 文化馆 文化站 综合文化站
culture stations: 公共文化服务 文化馆 文化站 综合文化站
cultural halls | village cultural halls | rural cultural halls: 农村文化礼堂 文化礼堂 综合文化服务中心
cultural auditoriums: 农村文化礼堂 文化礼堂 综合文化服务中心
rural libraries | village libraries | farmers libraries | farmers bookhouses | village reading rooms: 农家书屋
national fitness | mass sports | public fitness | fitness for all: 全民健身 群众体育 全民健身运动
fitness trails | fitness paths | fitness equipment | fitness facilities | exercise equipment: 健身步道 健身设施 健身器材
living circles | convenient living circles | quarter-hour living circle: 一刻钟便民生活圈 15分钟生活圈 便民生活圈
community living circles: 一刻钟便民生活圈 15分钟生活圈 便民生活圈
village football | village super league | village basketball | village games: 村超 村BA 乡村体育
price tag | price tags | total cost | total price | how much it costs: 总投资 投资 概算
back streets | back alleys | side streets | small lanes | back lanes | narrow lanes: 背街小巷 小街小巷 背街
got the green light | get the green light | gets the green light | green light | green lit: 获批 批复 批准
given the go ahead | got the go ahead | got approval | won approval: 获批 批复 批准
on the books | on the register | on file | on record: 在册 登记 建档 在库
kicked off | kick off | kicks off | kicking off: 启动 开工 开幕 开展
wrapped up | wrap up | wraps up | wrapping up: 完工 竣工 办结 完成
got underway | get underway | got started | got going | under way: 开工 启动 推进
started construction | start construction | construction began | construction started: 开工 新开工 开工建设
work began | work started | began building | started building: 开工 新开工 开工建设
finished construction | construction finished | construction completed | completed construction: 竣工 建成 完工
finished building: 竣工 建成 完工
opened to traffic | open to traffic | opened for traffic | road opened | roads opened: 通车 建成通车
opened for business | open for business | started operations | began operations | started operating: 开业 投运 运营
began operating: 开业 投运 运营
went into production | go into production | goes into production | put into production: 投产 建成投产 达产
started production | began production | started producing: 投产 建成投产 达产
up and running: 投用 运行 投入运营
moved in | move in | moving in | moves in: 入住 入驻
settled in | settle in | settles in | set up shop | set up shops | sets up shop: 落户 入驻 落地
signed on | sign on | signs on | signing on | came on board | come on board: 签约 入驻
sealed deals | sealed the deal | sealed a deal | closed deals | closed a deal | struck deals: 签约 签订 达成合作
struck a deal | strike deals: 签约 签订 达成合作
paid for | pays for | paying for | picked up the tab | foot the bill | footed the bill: 承担 支付 出资
footing the bill: 承担 支付 出资
chipped in | chip in | chips in | pitched in | pitch in: 出资 捐款 筹集
raised money | raise money | raising money | raised funds | raise funds | raising funds: 筹资 筹集资金 融资
got funding | got money | received funding | won funding | secured funding | secured funds: 争取资金 到位资金 获得资金
money from above | higher level funds | funds from higher levels: 上级资金 争取上级资金 转移支付
money from the province | funds from above | upper level funds: 上级资金 争取上级资金 转移支付
central funds | central government money | central government funds: 中央资金 中央预算内投资 中央财政
money from beijing | central budget: 中央资金 中央预算内投资 中央财政
transfer payments | transfer payment | fiscal transfers: 转移支付 财政转移支付
government bonds | treasury bonds | ultra long bonds | special treasury bonds: 国债 超长期特别国债
local bonds | local government bonds | municipal bonds: 地方政府债券 专项债券 一般债券
hidden debts | off the books debt | off balance sheet debt: 隐性债务 隐性债务风险 化债
debt load | debt burden | debt pile | debt pressure | debt levels: 债务 债务风险 化债
cash crunch | cash flow problems | cash shortage | short of cash | tight budgets: 资金紧张 资金缺口 紧平衡
tight money | money is tight: 资金紧张 资金缺口 紧平衡
tighten belts | tightening belts | belt tightening | live frugally | lean times | tighten our belts: 过紧日子 厉行节约
three guarantees | keep salaries paid | paying salaries | paying staff: 三保 保工资 保运转 保基本民生
keep the lights on: 三保 保工资 保运转 保基本民生
tax breaks | tax break | tax relief | tax holidays | tax holiday | tax incentives: 减税降费 税收优惠 减免
fee waivers | fee waiver | fee exemptions | waived fees | free of charge: 免收 减免 免费
arbitrary charges | random fees | illegal fees | unauthorized fees | extra charges | hidden fees: 乱收费 违规收费
small loans | small sum loans | micro loans | small credit: 小额贷款 小额信贷
interest free loans | interest free | zero interest | low interest loans | discounted loans: 贴息 无息贷款 贴息贷款
subsidized loans | interest subsidies: 贴息 无息贷款 贴息贷款
risk compensation fund | loan risk pool | risk pool | risk compensation: 风险补偿资金 风险补偿
credit lines | credit line | line of credit | credit facilities: 授信 授信额度
loans granted | loans issued | money lent | loans extended | loans handed out | loans given: 发放贷款 新增贷款 贷款
cash injection | capital injection | injected capital | injected funds: 注资 增资
state firms | state companies | state owned firms | government owned companies | state owned companies: 国有企业 国企
city investment companies | local financing platforms | financing vehicles | financing platforms: 城投公司 融资平台
local investment companies: 城投公司 融资平台
market participants | business operators: 经营主体 市场主体
small firms | small companies | small enterprises | tiny firms: 小微企业 中小企业
mom and pop shops | mom and pop stores | corner shops | family businesses: 个体工商户 小店 夫妻店
family run businesses | small shops: 个体工商户 小店 夫妻店
sole traders | sole proprietors | self employed people | self employed workers: 个体工商户 灵活就业
private sector | private firms | private companies: 民营经济 民营企业
big players | industry leaders | leading firms | leading companies | top companies: 龙头企业 头部企业 领军企业
head companies: 龙头企业 头部企业 领军企业
fast growing firms | high growth firms | up and coming firms | rising stars: 瞪羚企业 高成长企业
listed on the stock market | listed on the stock exchange | listing on the stock exchange: 上市 上市企业
stock market listing | stock listing: 上市 上市企业
stock market | capital market | capital markets: 资本市场 股票
supply chain finance | supply chain financing: 供应链金融 供应链融资 应收账款融资
value chain | value chains: 价值链 产业链
industrial clusters | business clusters | industry clusters | industrial cluster: 产业集群 集群
manufacturing base | production base | production bases | industrial base: 生产基地 产业基地 制造业基地
manufacturing bases: 生产基地 产业基地 制造业基地
tech park | tech parks | technology parks | innovation parks | technology park: 科技园 科技产业园 创新园区
business park | business parks | enterprise zone | economic zone | economic zones: 园区 经济开发区 开发区
logistics park | logistics parks | logistics hub | logistics hubs | logistics centre: 物流园 物流园区 物流枢纽
logistics center | logistics centers | logistics centres: 物流园 物流园区 物流枢纽
distribution centre | distribution center | distribution centers | distribution centres: 配送中心 分拨中心
sorting centers | sorting centres: 配送中心 分拨中心
cold chain | cold chains | cold chain logistics: 冷链 冷链物流
express delivery | parcel delivery | package delivery | parcels delivered | parcels handled: 快递 快递业务量 寄递
inland port | inland ports | dry ports | dry port: 无水港 陆港 内陆港
freight trains | cargo trains | freight train | cargo train: 班列 货运列车
river port | river ports | inland waterway | inland waterways: 内河港口 内河航运 航道
shipping routes | sea routes | shipping lines | container routes: 航线 集装箱航线
direct flights | new flights | flight connections | direct flight: 航线 直航 通航
cargo planes | cargo plane | freighter flights: 全货机 货运航线
passenger flights | passenger routes: 客运航线 航班
bus service | public buses | public transport | public transit | mass transit: 公交 公共交通
bus fleet | new buses | electric buses | new energy buses: 公交车 新能源公交
shared bikes | bike sharing | bike share | dockless bikes | public bikes: 共享单车 公共自行车
e bikes | electric bikes | electric scooters | e scooters | battery bikes | electric bicycles: 电动自行车 电动车
illegal parking | parking illegally | parked illegally | double parking | parking violations: 违停 乱停乱放 违法停车
parking tickets: 违停 乱停乱放 违法停车
parking fees | parking charges: 停车收费 停车费
traffic jams | traffic jam | traffic congestion | rush hour | peak hours: 交通拥堵 拥堵 高峰
blind spots | blind spot: 盲区 盲点
accident black spots | accident hotspots | dangerous roads | dangerous road sections: 事故多发点段 危险路段
accident prone: 事故多发点段 危险路段
crash barriers | safety barriers | road barriers | road fences: 护栏 安全防护设施
speed bumps | speed humps: 减速带 减速垄 交通安全设施
traffic police | traffic cops | traffic officers: 交警 公安交管
drunk driving | drink driving | driving under the influence | drunken driving: 酒驾 醉驾 酒驾醉驾
driving licence | driver's license | driving license | drivers licence | driver licence | drivers license: 驾驶证 驾照
license plates | number plates | licence plates | license plate: 号牌 车牌
vehicle inspection | car inspection | annual inspection | annual inspections: 年检 机动车检验
dirt roads | mud roads | unpaved roads | gravel roads | dirt road: 砂石路 土路
paved roads | hard surfaced roads | hardened roads: 硬化路 硬化
road upkeep | road maintenance | road repairs | road repair: 养护 道路养护 公路养护
fill potholes | filled potholes | patching potholes | fixing potholes | fixed potholes: 坑槽修补 修补
bridge repairs | bridge reinforcement | bridge strengthening | bridge repair: 危桥改造 桥梁加固
ferry crossings | river crossings | ferry services | ferry service: 渡口 渡运 过江通道
street lights | street lamps | lamp posts | light poles | street lighting: 路灯 照明 亮化
sewer pipes | sewage pipes | drain pipes | drainage pipes | storm drains | sewer lines: 排水管网 雨污管网 污水管网
sewer separation | separating rain and sewage | separate sewers | combined sewers: 雨污分流 雨污分流改造
rain and sewage: 雨污分流 雨污分流改造
flooded streets | street flooding | waterlogged streets | standing water | flooded roads: 积水 内涝 积水点
public bathrooms | public loos | toilet blocks | public lavatories: 公厕 公共厕所
rubbish bins | trash cans | garbage cans | litter bins | waste bins | garbage bins: 垃圾桶 果皮箱 垃圾箱
garbage trucks | rubbish trucks | refuse trucks | garbage truck: 垃圾车 环卫车辆
garbage collection | rubbish collection | trash collection | refuse collection: 垃圾收运 垃圾清运 收集转运
waste collection: 垃圾收运 垃圾清运 收集转运
transfer stations | waste transfer stations | garbage stations | garbage transfer stations: 垃圾中转站 转运站
waste to energy | waste incineration | burning rubbish | burning garbage | garbage power plants: 垃圾焚烧发电 焚烧
street sweeping | road sweeping | road cleaning | street cleaning: 道路清扫 清扫保洁 机扫
sanitation workers | street sweepers | street cleaners | cleaning staff | sanitation staff: 环卫工人 保洁员
street stalls | street vendors | roadside stalls | pavement stalls | mobile vendors: 占道经营 流动摊贩 摊点
street hawkers: 占道经营 流动摊贩 摊点
night stalls | stall economy | street stall economy: 夜市 地摊经济 摊点
street food | local snacks | snack food: 小吃 特色小吃
shop signs | store signs | shop signboards: 店招店牌 门头招牌
outdoor ads | outdoor advertising | roadside billboards | outdoor advertisements: 户外广告 广告牌
illegal ads | small ads | stick on ads | illegal posters: 小广告 牛皮癣
illegal extensions | illegal additions | unauthorized extensions | illegal rooftop structures: 违章建筑 违法建设 违建
illegal sheds: 违章建筑 违法建设 违建
knocked down | knock down | knocking down | tore down | tear down | torn down | pulled down | tearing down: 拆除 拆违
cleared out | clear out | clearing out | cleaned up | clean up | cleaning up | cleans up: 清理 整治 清除
tidied up | tidy up | tidying up | tidies up: 整治 整理 清理
patched up | patch up | patching up: 修补 修缮
old blocks of flats | old apartment blocks | old apartment buildings | old housing blocks: 老旧小区 老旧住宅 老旧楼房
old estates: 老旧小区 老旧住宅
tower blocks | high rise buildings | high rises | high rise blocks: 高层建筑 高层住宅
replacement housing | rehousing flats | relocation flats | relocation homes: 安置房 回迁房
shanty towns | slum areas | slum clearance | shanty areas: 棚户区 棚户区改造 棚改
low rent housing | cheap housing | social housing | public housing | council housing: 保障性住房 公租房 保障房
housing provident fund | housing fund | provident fund | housing funds: 住房公积金 公积金
home loans | housing loans | mortgage loans | home mortgages: 住房贷款 房贷 个人住房贷款
first homes | first time buyers | first home buyers | first home: 首套房 刚需
bigger homes | upgrading homes | trade up | better homes: 改善性住房 改善型
housing market | property market | real estate market | home market: 房地产市场 楼市
unsold homes | housing stock | housing inventory | unsold housing: 商品房库存 去库存
central heating | district heating | heat supply | heating supply | heating season: 集中供热 供暖 供热
clean heating | coal to gas | coal to electricity | switched from coal | clean winter heating: 清洁取暖 煤改气 煤改电
piped gas | natural gas pipes | gas connections | gas hookups | gas hook ups: 管道燃气 天然气 通气
gas cylinders | gas bottles | gas canisters | lpg cylinders | bottled gas: 瓶装液化气 液化石油气 钢瓶
gas stoves | gas appliances | gas users: 燃气灶具 燃气用户
old pipes | ageing pipes | aging pipes | old pipelines | old pipe networks: 老旧管网 老化管网 管网改造
old water pipes: 老旧管网 老化管网 管网改造
water pipes | water mains | water supply network: 供水管网 供水管道 自来水管网
water outages | water cuts | water shut off | water outage: 停水 停水检修 供水中断
power cuts | power outages | power failure | power failures | power cut: 停电 停电检修 限电
power lines | power grid | electricity grid | power network | power grids: 电网 电力线路
phone signal | mobile signal | cell coverage | mobile coverage | cell signal: 信号覆盖 网络覆盖
internet access | broadband access | net access | internet connection: 宽带 网络覆盖 接入
fibre to the home | fiber to the home | fibre optic | fiber optic: 光纤入户 千兆光网 光纤
sewage plants | sewage works | water treatment plants | treatment plants | sewage plant: 污水处理厂 水厂
black smoke | smoking chimneys: 黑烟 冒黑烟
dust control | dust suppression | dust pollution | construction dust | road dust: 扬尘治理 扬尘
open burning | burning straw | straw burning | burning crop stubble | stubble burning: 秸秆焚烧 露天焚烧
straw recycling | crop straw use | straw use: 秸秆综合利用 秸秆还田 秸秆离田
blue skies | blue sky | clear skies | clean air: 蓝天 优良天数 空气质量
clean water | clear water | clear rivers | clean rivers: 碧水 水质
clean soil: 净土 土壤
river cleanup | river cleaning | river dredging | cleaning rivers | river clean up: 河道整治 河道清淤 清河
lake chiefs | lake chief: 湖长 湖长制
forest chiefs | forest chief: 林长 林长制
tree planting | planting trees | planted trees | plant trees | trees planted: 植树造林 造林 植树
green cover | green coverage | greenery coverage | greening rate: 绿化覆盖率 绿地率
green space | green spaces | green areas | park space: 绿地 公园绿地
pocket parks | mini parks | small parks | micro parks | pocket park: 口袋公园 小微公园
illegal fishing | electric fishing | fishing illegally: 非法捕捞 电鱼
illegal mining | unlicensed mining | illegal sand mining | sand dredging | sand mining: 非法采矿 非法采砂 盗采
illegal logging | tree felling | cutting down trees | chopping down trees: 乱砍滥伐 毁林
land grabs | land grabbing | illegal land use | illegal occupation of land | occupying farmland: 违法占地 乱占耕地
farmland protection | protecting farmland | farmland red line | cropland protection: 耕地保护 耕地红线
farmland redline: 耕地保护 耕地红线
food security | grain security | food supply: 粮食安全 保供
seed industry | seed companies | seed varieties | improved seeds: 种业 良种
farm machines | farm machinery | farm equipment | farm vehicles: 农机 农机具 农业机械
crop spraying | pest control | plant protection | crop protection: 植保 病虫害防治 统防统治
farm subsidies | farming subsidies | grain subsidies | farmer subsidies: 耕地地力保护补贴 种粮补贴 惠农补贴
grain growing subsidies: 耕地地力保护补贴 种粮补贴 惠农补贴
crop insurance | farm insurance | farming insurance | agricultural insurance: 农业保险 政策性农业保险
family farms | family farm: 家庭农场 家庭农场主 新型农业经营主体
farmer cooperatives | farmers cooperatives | farm cooperatives | farming cooperatives: 农民专业合作社 合作社
farmer co ops: 农民专业合作社 合作社
leading agricultural companies | agricultural leading enterprises | big farm companies: 农业产业化龙头企业 龙头企业
leading farm firms: 农业产业化龙头企业 龙头企业
fish ponds | fish farms | fish farming | fish pond: 鱼塘 水产养殖 池塘
pig farms | hog farms | pig farming | pig raising | pig farm: 生猪养殖 养殖场 生猪
cattle farms | cattle raising | beef cattle: 肉牛 牧场 养殖
dairy cows | dairy cattle: 奶牛 奶牛养殖
dairy farms | dairy farm: 牧场 奶牛场 奶牛养殖
chicken farms | poultry farms | chicken farm: 家禽养殖 养鸡场
animal waste | livestock waste | livestock manure | farm waste | animal manure: 畜禽粪污 畜禽养殖废弃物
sick animals | dead pigs | dead animals | diseased animals | dead livestock: 病死畜禽 无害化处理
african swine fever | swine fever | pig fever: 非洲猪瘟 非瘟 生猪疫病
bird flu | avian flu | avian influenza: 禽流感 高致病性禽流感
animal epidemics | animal diseases | animal disease control | livestock diseases: 动物疫病 重大动物疫病
cash crops | cash crop | economic crops: 经济作物 特色种植
sweet potatoes | sweet potato: 红薯 甘薯
sichuan pepper | sichuan peppercorn | sichuan peppers: 花椒 花椒产业 青花椒
sea cucumbers | sea cucumber: 海参 海珍品 海参养殖
edible fungi | edible mushrooms: 食用菌 食用菌产业 菌菇
medicinal herbs | chinese herbs | herbal medicine | medicinal plants: 中药材 道地药材 中草药
chinese medicinal materials: 中药材 道地药材 中草药
well facilitated farmland | quality farmland | good farmland | farmland upgrades: 高标准农田 高标准农田建设 农田建设
farmland improvement: 高标准农田 高标准农田建设 农田建设
land consolidation | land reclamation | land remediation: 土地整治 土地复垦
abandoned farmland | idle farmland | abandoned fields | unused farmland | abandoned land: 撂荒地 撂荒
hired farming | land trusteeship | farm management services | custodial farming: 农业生产托管 土地托管
outsourced farming: 农业生产托管 土地托管
village collective | village collectives | rural collective | rural collectives: 村集体 集体经济
village funds | village assets | collective assets: 村集体资产 集体资产
village officials | village cadres | village heads | village leaders: 村干部 村党组织书记 村支书
village party secretaries | village chiefs: 村干部 村党组织书记 村支书
village elections | village committee elections | village election: 村两委换届 换届选举
poverty relief | anti poverty | fight against poverty | war on poverty | poverty eradication: 脱贫攻坚 扶贫 脱贫
escaped poverty | out of poverty | shook off poverty | shake off poverty | escape poverty: 脱贫 脱贫摘帽
poor households | poor families | poor people | low income families: 困难家庭 脱贫户 低收入人口
low income households | low income people: 困难家庭 脱贫户 低收入人口
at risk households | at risk of poverty | monitored households | households at risk: 监测对象 防返贫监测
home visits | door to door | house to house | visited households | visiting households: 入户 走访 上门
at the doorstep | at your doorstep | near home | close to home | near their homes: 家门口 就近
within walking distance: 家门口 就近
one stop shop | one stop shops | single window | one window | single window service: 一站式 一窗通办 一窗受理
one network | one network service | one website | all online | fully online | one network handling: 一网通办 全程网办
one thing at a time | one thing once | get one thing done | single matter: 高效办成一件事 一件事一次办
no need to visit | no visits needed | without visiting | no trip needed: 不见面审批 零跑腿 全程网办
without leaving home | no need to go: 不见面审批 零跑腿 全程网办
zero visits | zero trips | zero errands | zero running around: 零跑腿 最多跑一次
run around | running around | back and forth | multiple trips | many trips: 多头跑 来回跑 跑多次
same day service | same day approval | done on the spot | handled on the spot: 即办 当场办结 当日办结
instant approval: 即办 当场办结 当日办结
approval time | approval times | approval process | approval procedures | approval steps: 审批时限 审批流程 审批
cut red tape | cutting red tape | cuts red tape | reduce paperwork | less paperwork: 简政放权 放管服 减材料
reducing paperwork: 简政放权 放管服 减材料
streamline procedures | simplified procedures | fewer steps | fewer procedures: 精简环节 简化流程 减环节
simpler procedures: 精简环节 简化流程 减环节
fewer documents | fewer papers | less documentation | no certificates needed: 减材料 免证办 免提交
fewer certificates: 减材料 免证办 免提交
notification and commitment | promise based approval | commitment system | sign a pledge: 告知承诺制 承诺制
written pledge: 告知承诺制 承诺制
e licenses | electronic licenses | electronic certificates | e certificates | digital ids: 电子证照 电子营业执照
electronic licences: 电子证照 电子营业执照
business licence | business license | business licenses | business licences: 营业执照 执照 营业执照办理
set up a company | setting up a company | register a company | registering a company: 开办企业 企业开办
time to start a business | opening a business: 开办企业 企业开办
closing a business | close a business | winding up | wind up | exit the market: 注销 企业注销 市场退出
closing down a company: 注销 企业注销 市场退出
doing business | ease of doing business | business climate | investment climate: 营商环境 营商 优化营商环境
business conditions: 营商环境 营商 优化营商环境
help desk | service desk | information desk | help desks: 咨询台 导办 帮办代办
agent service | errand service | handle for you | help handle | hand holding | proxy service: 帮办代办 代办
service centers | service centres | citizen service centres: 政务服务中心 便民服务中心 政务服务大厅
citizen service centers | government service centers: 政务服务中心 便民服务中心 政务服务大厅
government service halls | government service centres: 政务服务中心 便民服务中心 政务服务大厅
service stations | service points | service counters | service station: 服务站 便民服务站 服务点
mayor's hotline | mayors hotline | complaints hotline | government hotline: 市长热线 政务服务热线 热线
public service hotline: 市长热线 政务服务热线 热线
complaints handled | complaints resolved | complaints closed | complaints settled: 诉求办结 投诉办结 办结
resolved immediately | dealt with immediately | handled immediately | respond immediately: 接诉即办 未诉先办 快速响应
immediate response: 接诉即办 未诉先办 快速响应
government transparency | government openness | open government | government affairs disclosure: 政务公开 政府信息公开
requests for information | information requests | foi requests | disclosure requests: 依申请公开 政府信息公开申请
information applications | requests for disclosure: 依申请公开 政府信息公开申请
proactive disclosure | publicly disclosed | made public | make public: 主动公开 公开 公示
made available to the public | disclosed proactively: 主动公开 公开 公示
public notice | public notices | posted publicly | published online: 公示 公告
public comment | public comments | public consultation | asking the public | solicit opinions: 公开征求意见 征求意见
soliciting opinions | seeking opinions: 公开征求意见 征求意见
expert panels | expert review | expert opinion | experts consulted | expert panel: 专家论证 专家评审
risk assessment | risk assessments | social stability risk assessment | risk review: 风险评估 社会稳定风险评估
legality check | legality checks | lawfulness review | checked for legality: 合法性审查 合法性审核 法制审核
legal check: 合法性审查 合法性审核 法制审核
collective discussion | group decision | collectively decided | collective decision: 集体讨论决定 集体讨论
government lawyers | in house lawyers | public lawyers | legal staff | government lawyer: 公职律师 法律顾问
rule of law government | law based government | law governed government: 法治政府 依法行政
government under the rule of law: 法治政府 依法行政
according to law | in accordance with law | in accordance with the law | by law: 依法 依法行政 依法治国
under the law | law based administration: 依法 依法行政 依法治国
law enforcement officers | enforcement officers | enforcement staff | enforcement personnel: 执法人员 执法队伍
law enforcers: 执法人员 执法队伍
enforcement certificates | enforcement ids | enforcement licenses | enforcement badges: 执法证 执法证件
multiple inspections | repeated inspections | too many inspections | frequent inspections: 多头执法 重复检查
joint inspections | joint enforcement | joint checks | joint inspection | inspect once: 联合检查 联合执法 综合查一次
random inspections | random checks | spot checks | surprise checks | surprise inspections: 双随机一公开 抽查 随机抽查
spot check: 双随机一公开 抽查 随机抽查
minor violations | minor offences | minor offenses | no fines for minor violations: 轻微违法 不予处罚 免罚
minor infractions: 轻微违法 不予处罚 免罚
fines imposed | fines collected | fines issued | penalty decisions | fined amount: 罚款 处罚决定 罚没
comprehensive enforcement | integrated enforcement | consolidated enforcement: 综合行政执法 综合执法
combined enforcement: 综合行政执法 综合执法
enforcement reform | law enforcement reform: 综合行政执法改革 执法改革
power list | power lists | list of powers | responsibility list | responsibility lists: 权责清单 权力清单 责任清单
policy documents | red header documents | regulatory documents | rules and regulations: 规范性文件 红头文件
filing and review | record filing | filed for record | filing for review | put on file: 备案审查 备案
rule cleanup | document cleanup | review of regulations | cleaning up regulations: 规章清理 文件清理 清理
clean up of rules: 规章清理 文件清理 清理
lawsuits against the government | suing the government | sued the government | government lawsuits: 行政诉讼 行政应诉
government sued: 行政诉讼 行政应诉
government lost | lost in court | government losses in court | losing rate | lose in court: 败诉 败诉率
appear in court | appears in court | appearing in court | showed up in court | turn up in court: 出庭应诉 负责人出庭
court appearances | court appearance: 出庭应诉 负责人出庭
judicial suggestions | court suggestions | judicial recommendations | procuratorial suggestions: 司法建议 检察建议
prosecutors suggestions: 司法建议 检察建议
petition system | petition work | petition cases | petition office | petitions bureau: 信访 信访事项 信访局
petition bureau: 信访 信访事项 信访局
online petitions | internet petitions | online complaints | online petition: 网上信访 网上投诉 网上信访事项
meeting petitioners | open door days | reception days | leaders receiving visitors: 领导接访 接访 下访
leaders meet petitioners: 领导接访 接访 下访
mediation rooms | mediation centres | mediation centers | mediation offices: 调解室 调解中心 矛盾纠纷调处化解中心
mediation room: 调解室 调解中心 矛盾纠纷调处化解中心
people's mediators | community mediators | village mediators | volunteer mediators: 人民调解员 调解员
peoples mediators: 人民调解员 调解员
disputes mediated | mediated disputes | disputes settled | cases mediated | disputes handled: 调解纠纷 调处 化解
dispute resolution centres | dispute resolution centers | conflict resolution centres: 矛盾纠纷调处化解中心 一站式
conflict resolution centers | one stop mediation: 矛盾纠纷调处化解中心 一站式
legal aid centres | legal aid centers | legal aid stations | legal aid workstations: 法律援助中心 法律援助工作站
legal aid centre: 法律援助中心 法律援助工作站
free legal advice | free lawyers | legal consultations | legal advice | legal consultation: 法律咨询 法律援助
legal services centres | public legal service centres | legal service centers: 公共法律服务中心 公共法律服务站
legal service stations | public legal service centers: 公共法律服务中心 公共法律服务站
legal publicity | law publicity | publicizing the law | promoting the law | law promotion: 普法 法治宣传
legal education campaigns: 普法 法治宣传
who enforces the law | whoever enforces | enforcer educates: 谁执法谁普法 普法责任制 以案释法
rule of law villages | law abiding villages | democracy and rule of law villages: 民主法治示范村 法治乡村
model villages for rule of law: 民主法治示范村 法治乡村
legal understanding people | law savvy people | village legal experts: 法律明白人 学法用法示范户
legally savvy villagers: 法律明白人 学法用法示范户
constitution day | constitution week | national constitution day: 宪法日 宪法宣传周
released from prison | ex offenders | former inmates | out of prison: 刑满释放人员 安置帮教
drug rehab | drug rehabilitation | drug treatment | community rehabilitation: 社区戒毒 社区康复 戒毒
war on drugs | anti drug | drug control | drug busts | drug trafficking | anti drugs: 禁毒 毒品
drug free | drug free communities | drug free villages: 无毒社区 无毒村
anti gang campaign | gang crackdown | sweeping away gangs | anti gang | anti mafia: 扫黑除恶 常态化扫黑除恶
fighting gangs: 扫黑除恶 常态化扫黑除恶
protective umbrella | protection umbrella | protective umbrellas: 保护伞 保护伞问题 黑恶势力保护伞
official protectors: 保护伞 保护伞问题 黑恶势力保护伞
phone scams | phone fraud | internet fraud | online scams | cyber fraud | telephone fraud: 电信网络诈骗 电诈
money mules | card renting | bank card fraud | selling bank cards: 两卡 断卡
anti fraud | fraud prevention | scam prevention | anti scam | anti fraud app: 反诈 反电诈
stolen money | money recovered | recovered losses | losses recovered | recovered money: 挽回损失 追赃挽损
criminal detention | criminally detained | taken into custody: 刑事拘留 刑拘
administrative detention | administratively detained: 行政拘留 拘留 行政处罚
police stations | police station | police posts | police booths: 派出所 警务站 警务室
community police | neighbourhood police | neighborhood police | beat officers | community officers: 社区民警 社区警务
community policing: 社区民警 社区警务
police calls | calls to police | police reports | emergency calls | calls for police: 警情 接警 报警
crime rate | crime rates | crime numbers | crime figures: 刑事案件 发案 发案率
sense of security | feeling safe | feel safe | feels safe: 安全感 群众安全感
safe city | safe cities | peaceful city | peaceful county | safe county: 平安建设 平安
grid management | grid system | grid based management | grid governance: 网格化管理 网格
grassroots governance | community governance | local governance | social governance: 基层治理 社会治理
social stability | keeping stability | maintain stability | stability maintenance: 维稳 社会稳定
maintaining stability: 维稳 社会稳定
extreme cases | extreme incidents | tragic incidents | extreme events: 个人极端案事件 极端事件
potential risks | safety loopholes | hazards found | hazards identified | risks identified: 隐患 风险隐患 排查隐患
hazards fixed | fixed hazards | hazards eliminated | hazards rectified | dangers removed: 隐患整改 整改隐患
hazards removed: 隐患整改 整改隐患
safety checks | safety inspections | safety audits | safety sweeps | safety check: 安全检查 安全隐患排查
fire drills | emergency drills | evacuation drills | emergency drill: 应急演练 消防演练
fire trucks | fire engines | fire truck: 消防车 消防车辆 消防装备
fire brigade | fire department | fire service | firefighting teams | fire and rescue: 消防救援 消防救援队伍
rescue teams | emergency teams | rescue workers | rescue forces | rescue team: 救援队伍 应急救援
relief funds | relief money | relief payments | disaster funds: 救灾资金 救助金
disaster victims | affected people | people affected | flood victims | disaster hit: 受灾群众 受灾人口
emergency shelters | evacuation sites | refuge centres | refuge centers: 应急避难场所 避难场所
alerts issued | weather alerts | weather warnings | storm warnings | warning messages: 预警 气象预警 预警信息
geological hazards | geological disasters | landslide risks | landslide spots: 地质灾害 地质灾害隐患点
flood season | rainy season | flood control season: 汛期 主汛期
flood defences | flood defenses | flood walls | flood banks | flood protection: 防洪 堤防 防洪工程
dangerous reservoirs | unsafe reservoirs | reservoir reinforcement | reservoir repairs: 病险水库 除险加固
water projects | irrigation projects | water works: 水利工程 水利
water saving | water efficient | saving water | water conservation: 节水 节水灌溉
drinking water safety | safe water for rural residents | rural drinking water: 农村饮水安全 供水保障
water bills | water charges | water prices | water fees: 水费 水价
electricity bills | electricity prices | power prices | power bills: 电价 电费
gas bills | gas prices: 气价 燃气费
utility bills | living costs | cost of living: 生活成本 水电气
drug prices | medicine prices | cheaper drugs | cheaper medicines: 药品价格 集采
see a doctor | seeing a doctor | going to hospital | getting treatment | medical treatment: 就医 看病 就诊
seeing doctors: 就医 看病 就诊
hard to see a doctor | expensive medical care | costly healthcare | expensive healthcare: 看病难 看病贵
county hospitals | county hospital | county level hospitals | local hospitals: 县级医院 县医院 县级公立医院
township hospitals | township clinics | township health centres: 乡镇卫生院 乡镇医院 基层医疗卫生机构
township hospital: 乡镇卫生院 乡镇医院 基层医疗卫生机构
village clinics | village doctors | village clinic | village doctor: 村卫生室 乡村医生
medical alliances | hospital groups | medical consortia | county medical communities: 医共体 医联体 紧密型县域医共体
medical community | medical communities: 医共体 医联体 紧密型县域医共体
tiered healthcare | tiered medical care | referral system | two way referral | tiered diagnosis: 分级诊疗 双向转诊
chinese medicine | herbal clinics | traditional medicine: 中医药 中医
health checks | health checkups | physical exams | medical checkups | medical examinations: 健康体检 体检
physical examinations: 健康体检 体检
free checkups | free health checks | free screenings | free screening: 免费体检 免费筛查
cervical cancer | breast cancer | two cancers | two cancer screenings: 两癌筛查 宫颈癌 乳腺癌
hpv vaccine | hpv vaccination | hpv shots | hpv vaccines: HPV疫苗 宫颈癌疫苗 适龄女生
maternal health | maternal and child health | mothers and babies | mother and child: 妇幼保健 母婴
mothers and children: 妇幼保健 母婴
birth support | having children | having babies | childbirth support | fertility support: 生育支持 生育
under threes | under three | infants and toddlers | under three year olds: 婴幼儿 三岁以下婴幼儿
daycare centres | daycare centers | day nurseries | childcare centres | childcare centers: 托育机构 托育园 托育中心
childcare facilities: 托育机构 托育园 托育中心
new schools | new kindergartens | built schools | schools built: 新建学校 新改扩建
school expansion | expanded schools | more school places | added school places: 扩容 新增学位
after school care | after school services | after school programs | after school programmes: 课后服务 课后托管
summer care | summer classes | summer camps | summer childcare: 暑期托管 夏令营
school safety | campus safety | school security: 校园安全 校园安全隐患 平安校园
student aid | student loans | student financial aid | financial aid for students: 学生资助 助学贷款
poor students | needy students | students from poor families | students in need: 困难学生 家庭经济困难学生
teacher salaries | teacher pay | teachers pay | teachers salaries | teachers wages: 教师工资 教师待遇
rural teachers | village teachers | countryside teachers: 乡村教师 农村教师
college entrance exam | university entrance exam | national college entrance exam: 高考 普通高考 高考招生
college entrance examination: 高考 普通高考 高考招生
high school entrance exam | senior high school entrance exam: 中考 中招考试 初中学业水平考试
high school entrance examination: 中考 中招考试 初中学业水平考试
vocational colleges | technical colleges | technical schools | tech schools | trade schools: 职业院校 技工学校 高职
skills certificates | skill certificates | vocational certificates: 职业技能等级证书 技能证书
skill level certificates: 职业技能等级证书 技能证书
job hunting | looking for work | looking for jobs | job seeking | finding work: 求职 就业
job placements | jobs found | people placed in jobs | helped find jobs | found jobs: 就业帮扶 帮助就业 安置就业
public welfare jobs | public service jobs | community jobs | subsidized jobs: 公益性岗位 公益岗位 乡村公益性岗位
public interest jobs: 公益性岗位 公益岗位 乡村公益性岗位
jobs created | new jobs | jobs added | created jobs | added jobs: 新增就业 城镇新增就业
return home to start businesses | returning to start businesses: 返乡创业 返乡入乡创业
coming home to start businesses | back home entrepreneurs | returning entrepreneurs: 返乡创业 返乡入乡创业
stable jobs | job stability | keep jobs stable | stabilize employment | stabilise employment: 稳就业 稳岗
stabilizing employment: 稳就业 稳岗
job retention subsidies | job retention | employment stabilization refunds | keep staff on: 稳岗返还 稳岗
pension payments | pension benefits | old age pensions | retirement pay | retirement benefits: 养老金 基本养老金
social security cards | social insurance cards | social security card | medical insurance cards: 社保卡 医保卡
medical insurance card: 社保卡 医保卡
medical insurance fund | health insurance fund | insurance fraud | medical insurance fraud: 医保基金 欺诈骗保
elderly canteens | seniors canteens | senior canteens | community canteens: 老年食堂 长者食堂 助餐
meal services for the elderly | meals for the elderly: 老年食堂 长者食堂 助餐
old people's homes | old folks homes | retirement homes | homes for the elderly: 养老院 敬老院 养老机构
elderly homes | old peoples homes: 养老院 敬老院 养老机构
elderly care beds | care beds | nursing beds | elderly beds: 养老床位 护理型床位
senior centres | senior centers | elderly activity centres | elderly activity centers: 老年活动中心 日间照料中心
day care for the elderly | elderly day care: 老年活动中心 日间照料中心
age friendly renovation | elderly friendly renovation | home modifications: 适老化改造 适老化 居家适老化改造
home adaptations: 适老化改造 适老化 居家适老化改造
accessible facilities | barrier free | barrier free access | accessible design | wheelchair access: 无障碍 无障碍设施
temporary relief | emergency aid | emergency relief | one off aid | emergency assistance: 临时救助 临时救助金 急难救助
extremely poor | destitute people | people with no support | five guarantee households: 特困人员 五保户
five guarantees: 特困人员 五保户
children in difficulty | children in need | de facto orphans | unsupported children: 困境儿童 事实无人抚养儿童
vulnerable children: 困境儿童 事实无人抚养儿童
left behind kids | left alone children | left behind children's: 留守儿童 农村留守儿童 留守儿童关爱
military families | soldiers families | servicemen families | families of soldiers | army families: 军属 优抚对象
veterans affairs | veteran services | veterans service centers: 退役军人服务中心 退役军人事务
veterans service stations | veterans service centres: 退役军人服务中心 退役军人事务
army recruitment | military recruitment | joining the army | enlisting in the army: 征兵 征兵工作 兵役登记
civil affairs | civil affairs bureau: 民政 民政局 民政部门
funeral reform | funeral homes | funeral parlours | funeral parlors | funeral services: 殡葬改革 殡仪馆 殡葬服务
marriage registration | marriage licences | marriage certificates | marriage licenses: 婚姻登记 结婚登记 离婚登记
household registration | hukou registration | residence permits | residence permit: 户籍 户口 居住证
residence registration: 户籍 户口 居住证
settle in the city | move to the city | moving to cities | becoming city residents: 落户 农业转移人口市民化
settling in cities: 落户 农业转移人口市民化
migrant children | children of migrant workers | migrant kids: 随迁子女 农民工随迁子女 进城务工人员随迁子女
cultural events | cultural activities | culture events | cultural programmes: 文化活动 群众文化活动
cultural programs: 文化活动 群众文化活动
free shows | free performances | free concerts | shows for villagers: 送戏下乡 惠民演出 文化惠民
performances in the countryside: 送戏下乡 惠民演出 文化惠民
film screenings | free movies | outdoor movies | open air films | film showings: 农村电影放映 电影放映
reading rooms | book corners | public reading spaces | city study rooms | reading spaces: 城市书房 阅读空间 书房
graded scenic spots | rated scenic spots | rated attractions | top rated attractions: A级景区 景区
a level scenic spots: A级景区 景区
tourism spending | tourist spending | visitor spending: 旅游消费 旅游收入
holiday visitors | golden week | public holidays | long holidays | holiday periods: 节假日 黄金周
food street | food streets | snack streets | food courts | snack street: 美食街 小吃街
shopping centres | shopping centers | shopping malls | commercial complexes | shopping centre: 商业综合体 购物中心
brand stores | flagship stores | first stores | flagship store: 首店 品牌店 旗舰店
consumer vouchers | shopping vouchers | spending vouchers | consumption vouchers: 消费券 惠民消费券 发放消费券
car sales | auto sales | vehicle sales | car purchases | car buying: 汽车消费 汽车销售
home appliances | household appliances: 家电 家电以旧换新
scrapping old cars | old car scrappage | car scrappage | scrapped cars: 报废更新 汽车以旧换新
equipment upgrades | equipment renewal | large scale equipment renewal | machinery upgrades: 设备更新 大规模设备更新
new equipment: 设备更新 大规模设备更新
technology upgrades | technical upgrades | tech upgrades | technical transformation: 技术改造 技改
technological transformation | technical renovation: 技术改造 技改
digital transformation | going digital | digital upgrade | digital upgrades: 数字化转型 智能化改造
smart manufacturing | intelligent manufacturing: 智能制造 智能工厂 数字化车间
green factories | green factory | green plants: 绿色工厂 绿色制造 绿色工厂认定
energy saving | save energy | saving energy | energy conservation | power saving: 节能 节能降耗
energy intensity | energy use per unit of gdp: 能耗 单位GDP能耗
energy consumption | energy use: 能耗 能源消费
energy intensive | polluting industries | high pollution industries | heavy polluters: 两高 高耗能 高污染
high emission industries: 两高 高耗能 高污染
outdated capacity | backward capacity | obsolete capacity | old capacity: 落后产能 淘汰落后产能
outdated production capacity: 落后产能 淘汰落后产能
excess capacity | surplus capacity: 过剩产能 化解过剩产能
heavy industry | heavy industries: 重工业 重工业企业 重化工业
light industry | light industries: 轻工业 轻工业企业 轻工
traditional industries | old industries | legacy industries | sunset industries: 传统产业 传统产业转型升级 传统行业
traditional industry: 传统产业 传统产业转型升级 传统行业
future industries | industries of the future: 未来产业 前沿产业 未来产业培育
new economy | new business models | new forms of business | new business forms: 新业态 新经济 新模式
platform economy | platform companies | platform firms: 平台经济 平台企业
sharing economy: 共享经济 共享经济平台 共享出行
silver economy | elderly economy | economy for the elderly | senior economy: 银发经济 老龄产业 养老产业
headquarters economy | hq economy: 总部经济 总部企业 企业总部
county economy | county economies | county level economy: 县域经济 县域 县域经济发展
real economy: 实体经济 实体企业 制造业
land sales | land revenue | land sale revenue | land auction | land auctions: 土地出让 土地出让收入
land supply | land for development | land use quotas | land quotas | land quota: 用地指标 土地供应 用地保障
idle land | vacant land | unused land | empty lots | empty land: 闲置土地 批而未供
low efficiency land | inefficient land | underused land | inefficiently used land: 低效用地 低效工业用地 盘活存量土地
per mu evaluation | output per mu evaluation | mu by mu: 亩均论英雄 亩均效益
investment promotion | attracting investment | business recruitment | bringing in businesses: 招商引资 招商
luring investors | wooing investors | attract investment: 招商引资 招商
investment deals | investment projects | deals signed | signed projects | contracted projects: 签约项目 招商项目
signed deals: 签约项目 招商项目
projects started | project started | projects launched | new projects started: 开工项目 新开工项目
projects completed | completed projects | finished projects | projects finished: 竣工项目 建成项目
funds in place | money in place | actual funds | funds arrived | funds received | money arrived: 到位资金 资金到位
people's livelihood | people's wellbeing | people's welfare | everyday needs | bread and butter issues: 民生 民生实事
peoples livelihood: 民生 民生实事
practical things | things done for the people | practical projects | livelihood projects: 民生实事 为民办实事
promises to the people | practical matters: 民生实事 为民办实事
top priority | top priorities | first priority | number one priority: 首要任务 重中之重
key tasks | main tasks | priority tasks | key task: 重点任务 主要任务
targets met | met targets | hit targets | reached targets | on target | met the target: 完成目标 达标 完成
hit the target: 完成目标 达标 完成
ahead of schedule | ahead of time | earlier than planned: 提前完成 提前
behind schedule | lagging behind | falling behind | fell behind | behind plan: 滞后 进度滞后
on schedule | on time | as scheduled | as planned: 按期 如期 按时
year end | end of the year | by year end | end of year: 年末 年底
first half | first half of the year | mid year: 上半年 上半年度 前半年
five year plan | five year plans: 五年规划 十四五 十五五
mid term review | midterm review | midterm evaluation | mid term evaluation: 中期评估 中期评估报告 规划中期评估
government work report | work report | work reports: 政府工作报告 工作报告 政府工作
annual report | yearly report | annual reports: 年度报告 年度工作报告 年报
rule of law government report | law based government report: 法治政府建设年度报告 法治政府建设情况报告 法治政府建设
rule of law report: 法治政府建设年度报告 法治政府建设情况报告 法治政府建设
npc supervision | congress oversight | oversight by lawmakers: 人大监督 人大常委会监督 执法检查
legislative oversight | congress supervision: 人大监督 人大常委会监督 执法检查
democratic supervision | cppcc supervision | political advisors supervision: 民主监督 政协民主监督
political advisers supervision: 民主监督 政协民主监督
deputies proposals | npc motions | suggestions by deputies | deputies suggestions: 人大代表建议 代表建议
deputies motions: 人大代表建议 代表建议
cppcc proposals | political advisors proposals | advisers proposals | political advisers proposals: 政协委员提案 提案
proposals handled | handling proposals | suggestions handled | replies to deputies: 建议提案办理 办理
motions handled: 建议提案办理 办理
audit findings | audit problems | issues found in audits | audit rectification | audit issues: 审计发现问题 审计整改
discipline inspection | disciplinary inspection | party discipline | graft watchdog | anti graft: 纪检监察 纪委监委
discipline commission | anti graft body: 纪检监察 纪委监委
central inspection team | inspection feedback | inspection rectification | inspection findings: 巡视 巡察 巡视整改
four forms of oversight | four forms of supervision | four forms: 四种形态 监督执纪四种形态 第一种形态
four winds | four undesirable styles | formalism and bureaucratism | four bad styles: 四风 形式主义 官僚主义
burden reduction | reducing burdens on grassroots | less paperwork for grassroots | reducing burdens: 为基层减负 减负
easing burdens: 为基层减负 减负
fewer meetings | shorter meetings | cut meetings | meetings cut: 精文减会 文山会海 会议精简
fewer documents and meetings: 精文减会 文山会海 会议精简
work style | style of work | work conduct | official conduct: 作风 作风建设
government integrity | clean government | honest government | clean politics: 廉政 廉政建设 廉洁
dereliction of duty | neglect of duty | official misconduct | failure to perform duties: 失职渎职 不作为
doing nothing | sitting idle | lying flat | slacking off | do nothing: 不作为 慢作为 躺平
take responsibility | taking responsibility | dare to act | willing to act | takes responsibility: 担当作为 担当
party leadership | party committee | party committees: 党的领导 党委
party members | party member: 党员 共产党员 党员干部
party building | party work | party development: 党建 党的建设
party branches | party branch | party organizations | party organisations: 党支部 党组织
party school | party schools: 党校 党校培训 干部学院
united front: 统战 统一战线
ethnic affairs | religious affairs | ethnic and religious affairs | religious work: 民族宗教 宗教事务
chinese dream | china dream: 中国梦 中华民族伟大复兴 民族复兴
common prosperity: 共同富裕 共富 扎实推动共同富裕
moderately prosperous | well off society | well off | moderately prosperous society: 小康 全面小康
chinese modernization | chinese style modernization: 中国式现代化 中国式现代化建设 现代化建设
chinese path to modernization | chinese modernisation: 中国式现代化 中国式现代化建设 现代化建设
new development philosophy | new development concept | new development paradigm: 新发展理念 新发展格局
new development pattern: 新发展理念 新发展格局
high quality development | quality development | high quality growth: 高质量发展 高质量 推动高质量发展
two establishes | two safeguards | two upholds: 两个确立 两个维护
four consciousnesses | four confidences | four spheres of confidence: 四个意识 四个自信
socialist core values | core socialist values | core values: 社会主义核心价值观 核心价值观 社会主义核心价值体系
socialism with chinese characteristics | chinese characteristics | chinese characteristic: 中国特色社会主义 中国特色
new era: 新时代 新时代中国特色社会主义 新征程
spirit of the congress | party congress spirit | spirit of the plenum | plenary session spirit: 全会精神 大会精神
spirit of the plenary: 全会精神 大会精神
theoretical study | study sessions | group study | central group study | study session: 理论学习 中心组学习
thematic education | education campaign | study campaign | theme education: 主题教育 学习教育
ideological work | ideology work: 意识形态工作 意识形态工作责任制 意识形态
civilized city | civilised city | national civilized city | civilized cities: 文明城市 全国文明城市
civilized behaviour | civilized behavior | good manners | public manners | civic virtue: 文明行为 文明新风
civilised behaviour: 文明行为 文明新风
bad habits | uncivilized behaviour | uncivilized behavior | antisocial behaviour: 不文明行为 陈规陋习
antisocial behavior | uncivilised behaviour: 不文明行为 陈规陋习
moral models | role models | good people | good examples | role model: 道德模范 身边好人 榜样
volunteer service | volunteer work | volunteer hours | registered volunteers | volunteer services: 志愿服务 志愿者
civilization practice centers | civilization practice centres | civilization stations: 新时代文明实践中心 文明实践站
civilization practice stations: 新时代文明实践中心 文明实践站
ancestral halls | clan halls | ancestral hall: 祠堂 宗祠
dragon boat | dragon boats | dragon boat race | dragon boat races: 龙舟 龙舟赛
square dancing | public dancing | plaza dancing | square dance: 广场舞 广场文化 群众文体活动
basketball courts | football pitches | soccer fields | football fields | basketball court: 篮球场 足球场 球场
swimming pools | swimming pool: 游泳池 游泳馆
hot springs | hot spring: 温泉 温泉旅游 温泉康养
bed and breakfast | bed and breakfasts | b and b: 民宿 精品民宿 农家乐
farm stays | farm inns | happy farmhouses | farm restaurants | farm stay: 农家乐 乡村旅游 农家民宿
picking gardens | pick your own | fruit picking | picking garden: 采摘园 采摘
cultural and creative | cultural creative | creative industries | creative products: 文创 文化创意
film and tv | film shoots | filming locations | film and television: 影视 影视基地
online celebrities | internet celebrities | internet famous | viral spots | internet celebrity: 网红 网红打卡地
check in spots | photo spots | check in points | instagram spots: 打卡地 打卡点
live streaming sales | live commerce | live selling | selling online | livestream sales: 直播带货 电商直播
online shops | online stores | web shops | online shop: 网店 网络店铺 电商店铺
e commerce | online shopping | online retail: 电子商务 电商 网络零售
ride hailing | ride sharing | online car hailing | car hailing | ride hailing cars: 网约车 网约车平台 网约车司机
rural logistics | village delivery | parcels to villages | delivery to villages: 农村物流 快递进村 寄递
express to villages: 农村物流 快递进村 寄递
village stations | village service stations | village level service stations: 村级服务站 村级站点 便民服务站
village service points | village service centres: 村级服务站 村级站点 便民服务站
rural markets | country markets | periodic markets | market days | village markets: 集市 农贸市场
supermarket chains | supermarket chain: 连锁超市 连锁经营 商超
consumer complaints | consumer rights | consumer protection | consumer disputes: 消费维权 消费者权益 消费投诉
price checks | price inspections | price monitoring | price controls | price supervision: 价格监管 价格监测
market supervision | market regulation | market regulator | market regulators: 市场监管 市场监管局 市场监督管理
food inspections | food testing | food sampling | food checks | food tests: 食品抽检 抽检
drug safety | medicine safety: 药品安全 药品监管 药品质量安全
product quality | quality checks | quality inspections | quality spot checks: 产品质量 质量抽查
fake goods | fake products | counterfeit goods | knock offs | substandard goods: 假冒伪劣 假冒商品 伪劣产品
ip protection | ip rights | protecting ip | protecting intellectual property: 知识产权保护 知识产权 侵权假冒
trade secrets | business secrets: 商业秘密 商业秘密保护 技术秘密
unfair competition | monopolistic practices | anti monopoly | anti trust: 不正当竞争 反垄断 垄断
fair competition review | competition review | fair competition reviews: 公平竞争审查 公平竞争 公平竞争审查制度
local protectionism | local protection | regional barriers | market segmentation: 地方保护 市场分割
unified national market | national unified market | single national market | unified market: 全国统一大市场 统一大市场
credit repair | restore credit | credit restoration | repair credit: 信用修复 修复信用 信用修复机制
joint punishment | joint sanctions | joint disciplinary action | joint discipline: 联合惩戒 失信惩戒
deadbeat debtors | judgment defaulters | dishonest debtors | dishonest people: 失信被执行人 老赖
enforcement of judgments | judgment enforcement | enforcing court rulings | enforcing judgments: 执行 执行难
owed to companies | arrears to enterprises | late payments to smes | overdue payments to companies: 拖欠企业账款 清欠
unpaid bills to firms | money owed to businesses: 拖欠企业账款 清欠
wage theft | unpaid workers | back wages owed | wages owed: 欠薪 拖欠工资
migrant workers wages | wage guarantee | wage deposits | wage guarantee deposits: 农民工工资 工资保证金
labour disputes | labor disputes | workplace disputes | employment disputes: 劳动争议 劳动纠纷 劳动人事争议
labor dispute: 劳动争议 劳动纠纷 劳动人事争议
labor arbitration | labour arbitration | employment arbitration: 劳动人事争议仲裁 劳动仲裁
labor inspection | labour inspection | labor inspectors | labour inspectors: 劳动保障监察 劳动监察 劳动保障监察执法
work injuries | industrial injuries | injured at work | occupational injuries | work injury: 工伤 工伤保险 工伤事故
occupational diseases | occupational disease | work related illnesses: 职业病 职业病防治 职业健康
safety responsibility | production safety responsibility: 安全生产责任制 安全生产责任 主体责任
safety production responsibility: 安全生产责任制 安全生产责任 主体责任
special campaigns | special campaign | special rectification | special operations: 专项整治 专项行动
special crackdown: 专项整治 专项行动
strike hard | hard strikes | strike hard campaign: 严打 专项打击
rectification campaigns | clean up campaigns | cleanup campaigns | rectification campaign: 集中整治 专项整治 清理整治
environmental complaints | pollution complaints | pollution reports | environmental petitions: 环境信访 环保投诉
emissions permits | pollution permits | discharge permits | pollutant discharge permits: 排污许可 排污许可证
environmental fines | pollution fines: 环境行政处罚 罚款
environmental impact assessment | environmental assessment | environmental review: 环评 环境影响评价
environmental impact assessments: 环评 环境影响评价
carbon trading | carbon market | carbon credits | emissions trading: 碳交易 碳市场 碳排放权交易
carbon sinks | carbon sink: 碳汇 林业碳汇
dual carbon | double carbon | carbon goals | carbon targets | two carbon goals: 双碳 碳达峰碳中和
clean energy | green energy | renewable energy | new energy: 清洁能源 新能源 可再生能源
solar panels | solar farms | solar power | solar plants | solar power plants: 光伏 光伏发电 太阳能
energy storage | battery storage | power storage: 储能 新型储能
ev chargers | car chargers | electric car chargers | charging posts: 充电桩 充电设施
hydrogen fuel | hydrogen energy: 氢能 氢能产业 氢燃料电池
coal mines | coal mining | coal production | coal mine: 煤矿 煤炭 原煤产量
power plants | power stations | power plant | power station: 电厂 电站 发电厂
thermal power | coal power | coal fired power: 火电 煤电
nuclear power | nuclear plants: 核电 核电站 核能
oil and gas: 油气 油气田 石油天然气
mining sites | mining areas | mines and quarries | mining area: 矿山 矿区
green mines | green mining: 绿色矿山 绿色矿山建设 绿色矿业
mine restoration | mine rehabilitation | restoring mines | mine reclamation: 矿山生态修复 矿山治理
soil pollution | contaminated land | polluted soil | contaminated sites: 土壤污染 污染地块
noise pollution | noise complaints | noisy neighbours | noisy neighbors: 噪声污染 噪音扰民 噪声
light pollution: 光污染 光污染防治 夜间照明
plastic pollution | plastic bags | plastic ban | white pollution: 白色污染 塑料污染 限塑
hazardous waste | dangerous waste | toxic waste: 危险废物 危废
solid waste | industrial waste | industrial solid waste: 固体废物 工业固废
zero waste | waste free city | waste free cities: 无废城市 无废城市建设 无废
smelly rivers | stinking rivers | polluted rivers | dirty rivers | black rivers: 黑臭水体 黑臭河道
rural sewage | village sewage | rural wastewater: 农村生活污水 生活污水治理
outdoor toilets | dry toilets | pit latrines | pit toilets: 旱厕 改厕
village cleanup | village clean up | cleaning villages | clean villages: 村庄清洁行动 人居环境整治
rubbish heaps | garbage piles | manure piles | three piles | junk piles: 三堆 乱堆乱放
ecological civilization | eco civilization | ecological progress | ecological civilisation: 生态文明 生态文明建设
ecological red lines | ecological redline | ecological red line | protection red line: 生态保护红线 生态红线 三线一单
nature parks | forest parks | wetland parks | forest park: 森林公园 湿地公园 自然公园
ecological compensation | eco compensation: 生态补偿 生态保护补偿
gross ecosystem product | ecosystem product value | value of ecological products: 生态产品价值 GEP
two mountains | lucid waters and lush mountains | green mountains | green hills and clear waters: 两山 绿水青山
river basins | river basin: 流域 流域治理 全流域
coastal waters | sea areas | offshore waters: 近岸海域 海域
bay chiefs | bay chief: 湾长 湾长制
fishing boats | fishing vessels | fishing boat: 渔船 渔船安全 渔业船舶
digital government | e governance: 数字政府 数字政府建设 数字化政府
data sharing | sharing data | data exchange | shared data: 数据共享 数据开放
public data | government data | open data: 公共数据 政务数据 数据开放
city brain | urban brain: 城市大脑 城市运行管理平台 一网统管
smart governance | intelligent governance | digital governance: 智慧治理 数字治理
government apps | government app | government service app | government service apps: 政务APP 政务服务平台
government websites | official website | government website | government portals: 政府网站 门户网站
official websites: 政府网站 门户网站
government social media | government new media | official accounts | government accounts: 政务新媒体 政务公众号
press conferences | press conference | news conferences | news briefings | news conference: 新闻发布会 发布会
government spokesperson: 新闻发言人 发言人 新闻发布
government procurement | public procurement | government purchases | government buying: 政府采购 采购 政府采购项目
public bidding | open tender | open tenders | public tenders | tender process: 招标投标 公开招标 招投标
public tendering: 招标投标 公开招标 招投标
bid rigging | collusive bidding | rigged bids | rigged bidding: 围标串标 串通投标
public resources trading | public resource trading | trading center | trading centre: 公共资源交易 公共资源交易中心
government purchased services | purchasing services | contracted out | outsourced services: 政府购买服务 购买服务
public private partnership | public private partnerships | ppp projects: 政府和社会资本合作 PPP
state assets | state owned assets | public assets | government assets: 国有资产 国资
asset management | asset disposal | selling assets | asset sales: 资产管理 资产处置
budget performance | performance evaluation | spending reviews | performance budgeting: 预算绩效 绩效评价 绩效管理
performance management: 预算绩效 绩效评价 绩效管理
budget transparency | budget disclosure | open budgets | final accounts: 预决算公开 决算
general budget | general public budget: 一般公共预算 一般公共预算收入 一般公共预算支出
government funds | government fund budget | fund budget: 政府性基金预算 政府性基金
state capital budget | state owned capital budget: 国有资本经营预算 国有资本 国资预算
social insurance funds | social insurance fund | social insurance fund budget: 社会保险基金 社保基金 社会保险基金预算
special funds | earmarked funds | dedicated funds | ring fenced funds | special fund: 专项资金 专项经费 专款
direct funds | directly allocated funds | direct funding: 直达资金 直达资金监控 中央直达资金
government staff | public employees | public servants | civil service | public officials: 公务员 公职人员
staffing quota | staff quotas | headcount quota | staff quota: 编制 人员编制 编制数
institutional reform | government restructuring | institution reform | agency reform: 机构改革 机构改革方案 机构设置
public institutions | state institutions | public service units: 事业单位 事业单位改革 事业编制
public service institutions: 事业单位 事业单位改革 事业编制
street offices | subdistrict offices | township offices | township governments: 街道办事处 乡镇政府 街道
powers to townships | power delegated to towns | decentralised to towns | empowering towns: 赋权 乡镇赋权
empowering townships: 赋权 乡镇赋权
township enforcement | town level enforcement | enforcement at the township level: 乡镇综合行政执法 乡镇执法 基层执法
township level enforcement: 乡镇综合行政执法 乡镇执法 基层执法
unified enforcement team | one team for enforcement | one enforcement team: 一支队伍管执法 一支队伍 综合执法
handed down | hand down | handing down | passed down: 下达 下发 传承
turned over | turn over | turning over | turns over: 移交 移送
passed on: 移送 转办 转交
wrote off | write off | written off | writing off: 核销 注销
cracked the case | solved cases | solved the case | cases solved | cases cracked: 破案 侦破
brought to justice | held accountable | held responsible | hold accountable: 追责 问责 绳之以法
let off | got off lightly | let off with a warning: 免罚 从轻处罚 不予处罚
told off | dressed down | called in for a talk: 约谈 批评教育 诫勉谈话
named and shamed | name and shame | publicly named | publicly criticized | publicly exposed: 通报曝光 通报批评 曝光
top officials | top leaders | principal leaders | heads of departments | department heads: 主要负责人 主要领导 一把手
grassroots officials | local officials | frontline officials | grassroots cadres | local cadres: 基层干部 乡镇干部
young officials | young cadres | young civil servants: 年轻干部 优秀年轻干部 青年干部
talent programs | talent schemes | talent policies | talent recruitment: 人才政策 人才引进 人才计划
college grads | new graduates | fresh graduates | school leavers: 高校毕业生 应届毕业生
skilled workers | skilled labour | skilled labor | highly skilled workers | skilled talent: 技能人才 高技能人才
foreign experts | overseas talent | foreign talent | overseas talents: 海外人才 外国专家
innovation centres | innovation centers | r&d centres | r&d centers: 研发中心 创新中心 工程技术研究中心
r&d units | r&d unit | r&d departments | r&d department: 研发中心 研发机构
research centres | research centers: 研发中心 创新中心 工程技术研究中心
tech firms | technology companies | tech companies | technology firms: 科技型企业 科技型中小企业 高新技术企业
tech enterprises: 科技型企业 科技型中小企业 高新技术企业
tech transfer | research commercialization | lab to market | turning research into products: 成果转化 科技成果转化
tech contracts | technology deals: 技术合同 技术合同成交额
data centers | data centres | data centre | data center: 数据中心 算力中心
took the government to court | sue the government | sued the city | taking the government to court: 行政诉讼 行政应诉
officials showed up in court | officials go to court | officials in court | leaders in court: 负责人出庭应诉 出庭应诉
heads appearing in court: 负责人出庭应诉 出庭应诉
lost the case | losing lawsuits | lose lawsuits: 败诉 败诉率
won the case | winning lawsuits | won in court: 胜诉
challenge a decision | contest a fine | challenge a penalty | appeal a fine | appeal a decision: 行政复议 行政诉讼
asked for a review | request a review | apply for review | filed for review: 申请行政复议 行政复议
review cases | reconsideration cases | review applications | reconsideration applications: 行政复议案件 复议案件
decisions corrected | mistakes corrected | errors corrected | correction rate | wrong decisions fixed: 纠错率 纠错
decisions upheld | upheld on review | decision stood: 维持
settled out of court | settled through mediation | mediated settlements | settled by agreement: 调解结案 和解
disputes settled before court | resolving disputes before litigation | pre litigation mediation: 诉前调解 诉源治理
before going to court: 诉前调解 诉源治理
free legal help | free lawyer help | legal help for the poor | help from a lawyer | legal help: 法律援助
legal aid lawyers | duty lawyers | on duty lawyers | lawyers on duty: 值班律师 法律援助
teaching people the law | spreading legal knowledge | law awareness campaign: 普法 法治宣传教育
legal awareness campaigns | spreading the law: 普法 法治宣传教育
whoever enforces educates | enforcers teach the law | enforcers teach law: 谁执法谁普法
law into villages | law into communities | law to the countryside: 法律进乡村 法治乡村 送法下乡
law goes to the countryside: 法律进乡村 法治乡村 送法下乡
lawyer for every village | one legal adviser per village | village lawyers: 一村一法律顾问 村居法律顾问
legal vetting | vetted by lawyers | legal check before decisions | checked by legal staff: 合法性审核 法制审核
hold hearings | hearing procedures | public hearings held | hearings held: 听证 听证会
expert consultation | expert opinions: 专家论证
stability risk assessment | risk assessments done: 风险评估 社会稳定风险评估
administrative normative documents: 规范性文件 行政规范性文件
clean up outdated rules | scrap outdated rules | review old regulations | outdated regulations: 规章清理 清理
local rules | government rules and regulations | local laws: 地方性法规 政府规章
document filing | recorded for review: 备案审查 备案
publish enforcement information | disclose enforcement | enforcement information public: 行政执法公示
enforcement disclosure: 行政执法公示
whole process recorded | record the whole process | video record enforcement | recording enforcement: 执法全过程记录
discretion standards | penalty guidelines: 行政裁量权基准 裁量基准
no penalty for first offence | first offence no fine | first time offenders not fined: 首违不罚 轻微免罚
no fine for minor violations | first offense not punished: 首违不罚 轻微免罚
list of minor violations | no penalty list | exemption list: 免罚清单 不予处罚清单
humane enforcement | warm enforcement | soft enforcement: 柔性执法 包容审慎
enforcement credentials: 执法证件 执法人员
enforcement powers to towns | enforcement in towns | townships enforce: 乡镇综合执法 赋权乡镇
spot checks by lottery | double random | random selection inspections: 双随机一公开 随机抽查
one inspection for all | combined inspections | inspect together | one check covers all: 综合查一次 联合检查
overlapping inspections: 重复检查 多头执法
scan code inspections | inspection codes | code to enter companies: 扫码入企 涉企检查
business friendly enforcement | enterprise friendly enforcement | enforcement on businesses: 涉企执法 涉企行政执法
enforcement affecting businesses: 涉企执法 涉企行政执法
enforcement supervision | oversight of enforcement | supervising enforcement | monitoring enforcement: 行政执法监督
government legal advisers | government legal advisors | lawyers for the government: 政府法律顾问 公职律师
in house government lawyers: 政府法律顾问 公职律师
disclose information | publish information: 公开 信息公开
voluntarily disclosed | published proactively | disclosed on its own initiative: 主动公开
information on request | asked for information: 依申请公开 政府信息公开申请
government open day | open government day | open days at government: 政府开放日
policy explanations | explaining policies | policy interpretation | policy briefings: 政策解读
policy interpretations: 政策解读
press conferences held | press briefings: 新闻发布会
seek public opinion | ask for comments | comments from the public: 公开征求意见 征求意见
residents have a say | citizens have a say | public participation in decisions | public input: 公众参与
get off the blacklist | remove from blacklist | clean up credit record | fix a credit record: 信用修复 移出名单
deadbeat borrowers | refuse to pay court debts | judgement defaulters | dishonest judgment debtors: 失信被执行人
rewards for honesty | rewarding trustworthy | rewards for good credit | incentives for honesty: 守信激励
credit reports | credit report instead of certificates | credit record | credit records: 信用报告 专用信用报告
special credit report: 信用报告 专用信用报告
credit commitments | credit pledge | credit promise | signed commitments: 信用承诺 告知承诺
credit based regulation | credit supervision | graded regulation | tiered supervision: 信用监管 分级分类监管
credit score | credit scores | credit points: 信用分 社会信用
integrity in government | government honesty | government keeps promises | government credibility: 政务诚信
business integrity | corporate credit | corporate integrity | company credit: 商务诚信 企业信用
new officials ignore old promises | broke promises | going back on promises: 新官不理旧账 政务失信
government broke its word: 新官不理旧账 政务失信
government owes businesses | government arrears | unpaid bills to companies: 拖欠企业账款 清欠
owed money by government | clearing debts owed to firms: 拖欠企业账款 清欠
one window service: 一站式 一窗受理 一门
one form | one form for all | fill in one form | single form: 一表申请 一张表单
done in one go | all in one go | handled in one go | do it in one go | in one visit: 一次办 一次办好
only one trip | at most one visit | no more than one trip | one trip at most | one trip only: 最多跑一次
no trips needed | without going in person | no visit in person: 零跑腿 不见面审批
handle it online | do it online | apply online | online applications | online handling: 网上办 全程网办
on your phone | from your phone | via mobile | on mobile phones | using a phone: 掌上办 指尖办
approved instantly | instant approvals | approval in seconds | seconds approval | approved in seconds: 秒批 秒办
approved same day | handled same day | done the same day | same day handling: 当日办结 即办
handle anywhere in the country | nationwide handling | handled nationwide: 全国通办 跨省通办
handled in another place | handle outside hometown | off site handling | handle away from home: 异地办理 异地通办
cross city handling | handled across cities: 跨市通办
efficiently get one thing done | get things done efficiently | efficient handling of one thing: 高效办成一件事
bundle of services | integrated service | combined procedures | one thing one go: 一件事一次办 集成服务
cut certificates | fewer proofs | need fewer documents: 减证便民 证明事项
no proof needed | proof free | certificate free | without certificates: 免证办 无证明
pledge instead of documents | commitment instead of paperwork | promise system: 告知承诺制
accept with missing documents | accept incomplete applications | handle with missing papers: 容缺受理 容缺办理
missing documents allowed: 容缺受理 容缺办理
help fill forms | help with paperwork | assisted handling | agent help | staff handle it for you: 帮办代办 代办
open a business quickly | start up a business: 开办企业 企业开办
company registration | business registration: 企业登记 注册登记
deregister a company | business cancellation | shut down a company | simplified deregistration: 企业注销 简易注销
permits separated from licences | separating permits and licences | license reform: 证照分离
certificate and licence separation: 证照分离
one licence for an industry | one permit for one industry | single industry licence: 一业一证
building permits | construction permits | project approvals | construction approval: 施工许可 工程建设项目审批
joint acceptance | joint inspection on completion | combined completion checks: 联合验收
drawing review | design review | blueprint review | plan review: 施工图审查 多图联审
property registration | title deeds | property titles | housing deeds | property certificates: 不动产登记 不动产权证
keys and deeds together | deeds on handover | deeds when keys handed over: 交房即交证 交地即交证
certificate on delivery: 交房即交证 交地即交证
start work on getting land | start building right after land | construction upon land acquisition: 拿地即开工
build once land acquired: 拿地即开工
getting electricity | electricity connection | water connection | water and electricity hookup: 获得电力 用水报装
utility connections: 获得电力 用水报装
faster customs | quicker clearance | customs time | clearance times: 通关 通关时间
entry barriers | market entry | barriers to entry | access to markets: 市场准入 准入
banned list | restricted list | negative lists: 负面清单
duties list | list of duties: 责任清单
business complaints | companies complaining | complaints from businesses | business grievances: 企业诉求 涉企投诉
talks with entrepreneurs | business roundtable | meetings with businesses: 政企恳谈 政企沟通 企业家座谈会
listening to businesses | symposiums with entrepreneurs: 政企恳谈 政企沟通 企业家座谈会
service commissioners | business service specialists | service agents for firms: 服务专员 惠企服务
officials assigned to firms: 服务专员 惠企服务
help for companies | support for firms | relief for companies | aid to businesses: 惠企政策 助企纾困
straight to companies | direct to businesses | policies delivered directly | money goes directly: 直达快享 免申即享
policy matching | matched policies | policy pushed to businesses | targeted policy push: 精准推送 政策精准匹配
protectionist rules: 地方保护 公平竞争审查
close but clean relations | cordial and clean | clean and close relations | clean and cordial: 亲清政商关系 亲清
government business relations | political business ties | officials and businessmen: 政商关系
protecting entrepreneurs | entrepreneurs rights | entrepreneur protection | rights of entrepreneurs: 企业家合法权益
new companies set up | business starts | new businesses registered | startups registered: 新登记 新设 新增经营主体
newly registered businesses: 新登记 新设 新增经营主体
business population | number of businesses: 经营主体 市场主体
small traders | street traders | individual traders | self employed businesses: 个体工商户
petition visits | people petitioning | petitioning the government: 信访 来信来访
old petition cases | long standing petitions | stubborn cases | petition backlog: 信访积案 积案化解
backlog of petitions: 信访积案 积案化解
repeat petitions | repeated complaints | repeat visits | repeated petitions: 重复信访 重复访
going over heads | petitioning to higher levels | skipping levels | bypassing local officials: 越级上访 越级访
leaders take cases | officials meeting petitioners | leaders handle petitions: 领导包案 领导接访
leaders in charge of cases: 领导包案 领导接访
officials visit petitioners | home visits to petitioners | visiting petitioners: 下访 约访
going down to meet complainants: 下访 约访
petitions handled by law | petitions according to law: 信访工作法治化 依法分类处理信访诉求
legal handling of petitions | rule of law petitions: 信访工作法治化 依法分类处理信访诉求
resolve problems locally | settle disputes locally | handle locally | solved on the spot: 就地化解 矛盾不上交
small issues stay in village | big matters stay in town | problems kept in the village: 小事不出村 大事不出镇
dispute resolution center | dispute resolution centre | conflict center: 矛盾纠纷调处化解中心 综治中心
one stop dispute resolution | social governance center: 矛盾纠纷调处化解中心 综治中心
neighbour disputes | neighbor disputes | neighbour quarrels | family disputes: 邻里纠纷 婚姻家庭纠纷
marital disputes: 邻里纠纷 婚姻家庭纠纷
land disputes | land conflicts | boundary disputes | forest land disputes: 土地纠纷 山林土地纠纷
labour mediation | wage disputes | pay disputes: 劳动争议 劳资纠纷
medical disputes | hospital disputes | doctor patient disputes | patient complaints: 医疗纠纷 医患纠纷
road accident disputes | traffic accident disputes | crash disputes: 交通事故纠纷
property management disputes | homeowner disputes | property disputes: 物业纠纷
mediation success rate | mediated successfully | successful mediation | mediation success: 调解成功率 调解成功
mediation studios: 人民调解委员会 调解室 调解工作室
star mediators | gold medal mediators | famous mediators | top mediators: 金牌调解员 个人调解工作室
three way mediation | joint mediation | linked mediation | multiple mediation: 三调联动 联合调解 多元化解
screening disputes | dispute screening | checking for disputes | screening for conflicts: 矛盾纠纷排查 排查化解
mass disturbances | protest incidents | crowd incidents: 群体性事件
block captains | building heads | floor heads | building leaders: 楼栋长 单元长
every household covered | grid covers all | full grid coverage | grid management covers all: 网格化管理全覆盖 全覆盖
resident conventions | community rules | village codes: 村规民约 居民公约
neighborhood committee | neighbourhood committee: 村委会 居委会
community elections | election of village heads | committee elections: 换届选举 村委会换届
open village affairs | village affairs published | village accounts open | village finances published: 村务公开
town manages village accounts | village accounts managed by town | village bookkeeping: 村账镇管
village party secretary | village head | village chief: 村党组织书记 村委会主任
resident task forces | secretaries stationed in villages | officials stationed in villages: 驻村第一书记 驻村工作队
grassroots burden | too many tasks for communities | burdens on grassroots | lighten the load on grassroots: 基层减负
community staff | community social workers | neighbourhood workers | community workers: 社区工作者
party led governance | party building leads | party leadership in governance: 党建引领
self governance and virtue | three governances | rule of law and virtue: 自治法治德治 三治融合
smart communities | smart neighbourhoods | digital communities | smart neighborhoods: 智慧社区
safe villages | safe communities | peaceful villages | safety building | safe city campaign: 平安建设 平安村 平安社区
how safe people feel | public sense of safety: 安全感 群众安全感
satisfaction survey | public satisfaction rating | satisfaction ratings: 满意度 群众满意度
audits of officials | leaders audited | auditing leaders: 经济责任审计 离任审计
natural resources audit | environmental audit | resource asset audit: 自然资源资产离任审计
audit coverage | full audit coverage | audit everything | audit all: 审计全覆盖
audit found | audit uncovered | audit discovered | audits revealed: 审计发现
funds recovered | clawed back | recovered funds: 挽回损失 追回资金
misused funds | funds misused | improper funds | irregular funds | money used wrongly: 违规资金 违规使用资金
idle funds | money sitting idle | unused funds | funds left unused: 沉淀资金 闲置资金
financial discipline | fiscal discipline | financial rules broken | financial rules: 财经纪律
cut general spending | spending cuts | cut non essential spending: 压减一般性支出 过紧日子
government frugality | live on a tight budget | government tightens its belt: 过紧日子 厉行节约
belt tightening government: 过紧日子 厉行节约
official receptions cars and trips | hospitality cars and trips: 三公经费
government car use: 公务用车 公车
reception expenses | official dinners: 公务接待
official trips abroad | overseas trips | going abroad on business | trips overseas: 因公出国 出国境
congress members | people's congress deputies | npc members | congress deputies: 人大代表
political advisers | political advisors | cppcc members | advisory body members: 政协委员
suggestions adopted | proposals resolved | proposals answered | motions answered: 办复率 建议提案办理
response rate to proposals: 办复率 建议提案办理
reporting to the npc | reports to congress | report to the people's congress | reporting to congress: 向人大报告
accept supervision | accepted supervision | under supervision | subject to oversight: 接受监督
public supervision | supervision by the public | media oversight | public oversight: 社会监督 舆论监督
media supervision: 社会监督 舆论监督
cooking the numbers | fake statistics | statistics fraud | falsified data | faking data: 统计造假 弄虚作假
hedonism and extravagance | extravagance and waste | lavish spending: 享乐主义 奢靡之风
too many meetings | too many documents | endless meetings | meetings and documents: 文山会海 精文减会
deliberate inaction | not doing their job | lazy officials | sluggish officials: 不作为 慢作为 懒政怠政
officials doing nothing: 不作为 慢作为 懒政怠政
officials punished | officials held accountable | accountability for officials | officials disciplined: 问责 追责问责
warning education | cautionary education | warning cases | cautionary tales: 警示教育
clean government education | integrity education | clean culture: 廉政教育 廉洁文化
investigated for discipline | under investigation | disciplinary investigation: 审查调查 立案审查调查
investigated by discipline: 审查调查 立案审查调查
discipline cases | cases filed by discipline | disciplinary cases: 纪律审查 立案
pull in investment | investment drive | attracting capital | bringing in investors | bring in capital: 招商引资
promotional trips | investment roadshows | investment promotion events | promotion events: 招商推介 招商推介会
chain investment | investment through industry chain | investment along the chain: 产业链招商 以商招商
industry chain recruitment: 产业链招商 以商招商
big deals signed | major projects signed | contracts signed | projects signed: 签约项目 签约
projects landed | companies moved in | projects settled here | projects put in place: 项目落地 落地 入驻
project landing: 项目落地 落地 入驻
ongoing projects | projects under construction | building underway | projects being built: 在建项目 续建项目
continuing projects: 在建项目 续建项目
newly started projects | projects broke ground | new starts: 新开工项目 新开工
projects up and running | projects put into operation: 竣工投产 建成投产
reach full production | full capacity | hit full output | reach designed capacity: 达产达效
projects in the pipeline | project pipeline | project reserve | planned projects | reserve projects: 储备项目 项目储备
fixed investment | fixed assets investment | investment in fixed assets: 固定资产投资
private capital | private sector investment: 民间投资
industrial investment | investment in industry | factory investment: 工业投资 制造业投资
trade volume | trade figures | import export value: 外贸进出口 进出口总额
foreign money | foreign capital: 外资 外商投资
foreign owned firms | foreign invested companies: 外资企业 外商投资企业
new listings | companies going public | newly listed | ipo filings | newly listed companies: 上市 新增上市公司
listing pipeline | listing candidates | companies preparing to list | firms planning ipos: 上市后备企业 拟上市企业
new third board | regional equity market | over the counter market | equity exchange: 新三板 区域性股权市场
specialized and sophisticated smes | specialised smes | niche smes: 专精特新 专精特新中小企业
specialized small firms | specialized and new smes: 专精特新 专精特新中小企业
tech smes | tech based smes | science and technology smes | tech small businesses: 科技型中小企业
certified high tech | hi tech enterprises | high tech certification | certified tech firms: 高新技术企业
r and d spending | r and d investment | research spending: 研发投入 研发经费 研发费用
research and development spending | research and development expenditure: 研发投入 研发经费 研发费用
research and development investment | research and development costs: 研发投入 研发经费 研发费用
research funding: 研发投入 研发经费
r and d intensity | research intensity | research spending ratio: 研发投入强度 研发经费投入强度
share of gdp on research: 研发投入强度 研发经费投入强度
tech transactions | technology contract turnover: 技术合同成交额 技术合同
patents per ten thousand people | high value patents: 专利授权 发明专利拥有量
new research institutes | research platforms | new r and d institutions: 新型研发机构 科研平台
engineering centres | technology centers | enterprise tech centres: 工程技术研究中心 企业技术中心
state key labs | provincial key labs | key labs | provincial laboratories: 重点实验室
academician workstations | expert workstations | academician stations: 院士工作站 专家工作站
postdoctoral workstations | postdoc stations | postdoc workstations: 博士后工作站 博士后科研工作站
bring in talent | attract talent | attracting talent: 人才引进 引才
talent numbers | number of talents | total talent | size of the talent pool: 人才总量 人才资源总量
skilled talents | high skilled workers | highly skilled talents | skilled personnel: 技能人才 高技能人才
apartments for talent | talent flats | homes for talents: 人才公寓
overseas returnees | students back from abroad | returning students: 留学回国人员 留学人员
returned overseas students: 留学回国人员 留学人员
keep young people | attract young people | young talent | youth friendly city: 青年人才 青年发展型城市
young people stay: 青年人才 青年发展型城市
core digital industries | digital industries | digital economy core industries: 数字经济核心产业 数字产业化
digital sector: 数字经济核心产业 数字产业化
digitizing industry | industrial digitalisation | industrial digitalization: 产业数字化 数字化转型
factories going digital: 产业数字化 数字化转型
smart workshops | intelligent factories | digital factories: 智能工厂 数字化车间
data elements | data as a resource | data trading | data market | data assets: 数据要素 数据交易
new industries | emerging sectors: 战略性新兴产业
upgrading old industries | traditional industries upgrade | revamping traditional industries: 传统产业转型升级
old industries transformed: 传统产业转型升级
industrial production | factory output | manufacturing output | industrial growth: 规上工业增加值 工业增加值
above scale companies | above scale firms | above scale industrial firms: 规上企业 规模以上工业企业
big enough companies: 规上企业 规模以上工业企业
small firms become big | firms upgraded to above scale | companies growing into scale: 小升规 新增规上企业
new above scale firms | small to above scale: 小升规 新增规上企业
output value | production value | total output | gross output: 产值 总产值
hundred billion industry | trillion yuan clusters | billion yuan industries: 千亿级产业 百亿级 产业集群
hundred billion clusters: 千亿级产业 百亿级 产业集群
land efficiency | yield per unit of land | revenue per mu: 亩均效益 亩均税收
land readied for investors | standard land | pre approved land | land ready to use: 标准地
idle factories | empty plants | vacant factories | idle plants | unused factories: 闲置厂房 低效用地
logistics base: 物流枢纽 物流园区
logistics costs | shipping costs | freight costs | transport costs: 物流成本 社会物流总费用
express deliveries | courier volume | package volume | parcel volume: 快递业务量 快递
rail sea transport | sea and rail: 海铁联运 多式联运
port volume | port throughput | port traffic | port cargo: 港口货物吞吐量 吞吐量
airport passengers | passenger throughput | passengers handled | air passengers | air travellers: 旅客吞吐量
air cargo volume | airport cargo | air freight volume | cargo and mail: 货邮吞吐量
new air routes | flights opened | new routes launched | routes opened: 新开航线 航线
international routes | international flights | overseas flights | overseas routes: 国际航线 国际航班
cross border online shopping | cross border online trade | cross border ecommerce: 跨境电商
cross border online sales: 跨境电商
internet sales: 网络零售额 网上零售额
live streaming ecommerce | selling on livestreams | live stream selling | livestream ecommerce: 直播电商 直播带货
ecommerce in villages | online sales of farm produce | selling farm goods online: 农村电商 电商进村
consumer spending figures | retail spending: 社会消费品零售总额 社零
consumption upgrade | upgraded consumption | spending upgrade | upgrading consumption: 消费升级
consumption scenarios | shopping scenes | consumer scenarios | new spending scenarios: 消费场景 新消费
night economy | evening economy | nighttime spending: 夜间经济 夜经济
debut store economy | first store economy | first shops: 首店经济 首店
swap old for new | trade in programmes | trade in subsidies | replace old appliances: 以旧换新
replacing old equipment: 设备更新 大规模设备更新
car consumption | buying cars | auto consumption | car spending: 汽车消费
spending on services | service consumption | services spending: 服务消费
silver hair economy | elderly consumption: 银发经济
time honoured brand | time honored brand | old shop brands: 老字号
shopping festivals | consumption festivals | consumer festivals | shopping promotions: 消费季 购物节 促消费活动
spending campaigns: 消费季 购物节 促消费活动
tourist numbers | tourism numbers | tourists received: 游客接待量 接待游客
tourism earnings: 旅游收入 旅游总收入
overnight tourists | overnight stays | stayed overnight | overnight visitors: 过夜游客
tourist sites | tourist spots | scenic areas graded: 景区 旅游景区
holiday resorts | tourist resorts | tourism resorts | national resorts: 旅游度假区
farmhouse holidays | farm holidays | farmhouse restaurants: 农家乐 乡村旅游
revolutionary sites | red sites: 红色旅游
field trips: 研学 研学旅行
health tourism | wellness tourism | health and wellness | wellness and care: 康养 康养旅游
cultural spending | culture and tourism consumption | spending on culture: 文旅消费
film and tv shooting | film bases: 影视拍摄 影视基地
events held | big events | festivals and events | festival events: 节会 节庆活动 赛事活动
exhibitions held | trade fairs held | expos held | hosted exhibitions | exhibitions hosted: 展会 会展
exhibition industry | convention and exhibition | meetings and exhibitions | event industry: 会展经济 会展业
sporting events | sports events | competitions hosted | big matches | sports competitions: 体育赛事 赛事
village sports: 村超 乡村体育赛事
grain crop | total grain | grain yields | grain harvest | grain harvested: 粮食总产量 粮食产量
grain planting area | grain acreage | area sown with grain | land planted with grain: 粮食播种面积 播种面积
yield per mu | grain per mu | output per hectare | per unit yield: 单产 亩产
permanent farmland | basic farmland | protected farmland | permanent basic farmland: 永久基本农田
arable land red line | cropland red line | red line for farmland: 耕地保护红线
farmland offset | farmland occupation compensation | balance of farmland | farmland balance: 占补平衡
farmland used for non grain | farmland for non farming | non grain use | non farm use of farmland: 非农化 非粮化
soil fertility | soil quality | land fertility | farmland quality: 耕地质量 地力
seed breeding | improved varieties: 种业 良种
mechanisation rate | mechanization rate | machinery use rate: 农机 农作物耕种收综合机械化率
farm output | agricultural output value | agricultural gdp | farming output: 农业总产值 农林牧渔业总产值
hogs sold | pigs sold | pigs marketed | pigs slaughtered | hogs marketed: 生猪出栏
livestock on hand | herd size | animals in stock | pigs in stock | hog inventory: 存栏 生猪存栏
breeding pigs | breeding sows | sows for breeding | breeding stock: 能繁母猪
cattle and sheep | cows and sheep | beef and mutton | beef cattle and sheep: 肉牛肉羊 牛羊
vegetable output | vegetable production | vegetable base | vegetable bases: 蔬菜产量 蔬菜基地
fruit output | fruit industry | fruit orchards | fruit growing: 水果 林果 果业
fish output | aquatic output | seafood output | aquatic products: 水产品产量 水产品
farm produce processing | agricultural product processing | food processing industry: 农产品加工 农产品加工业
processing farm products: 农产品加工 农产品加工业
branded farm produce | brand farm products | regional public brands | farm brands: 区域公用品牌 农产品品牌
green food | organic food | certified green food | organic produce: 绿色食品 有机农产品
dragon head companies | agricultural dragon head | dragon head enterprises: 龙头企业 农业产业化龙头企业
household farms | family run farms: 家庭农场
farmers' cooperatives | professional cooperatives: 农民专业合作社 合作社
new farming entities | new agricultural operators | new types of farmers | new farm businesses: 新型农业经营主体
farm services | agricultural services | socialized services | farming services | farm trusteeship: 农业社会化服务 托管
renting out land | leasing farmland | land moved to bigger farms | farmland rental: 土地流转
village income | village revenue | collective village income: 村集体经济收入
villages with weak collective economy | poor collective villages: 薄弱村 集体经济薄弱村
rural revival | village revival | revitalising villages | rural revitalisation: 乡村振兴
revitalizing the countryside: 乡村振兴
model villages | demonstration villages | pretty villages | beautiful village | showcase villages: 示范村 美丽乡村
village environment | countryside environment | rural environment: 农村人居环境 人居环境整治
flush toilets | household toilets: 厕所革命 农村改厕 户厕
country roads | roads in villages: 农村公路 四好农村路
paved roads to villages | roads to every village | hardened roads to every village: 通硬化路 村村通
road to every village: 通硬化路 村村通
tap water in villages | running water for villages | piped water in villages: 农村饮水 农村供水 自来水普及率
same water city and country | urban rural water integration | urban and rural water supply: 城乡供水一体化
rural power grid | village power | rural electricity | power in villages: 农村电网
unsafe rural housing | dilapidated rural houses | rural housing safety | unsafe village houses: 农村危房改造 农房安全
keep people out of poverty | consolidate poverty alleviation | poverty alleviation achievements: 巩固拓展脱贫攻坚成果
consolidating poverty gains: 巩固拓展脱贫攻坚成果
stop people slipping back | prevent falling back into poverty | prevent return to poverty: 防止返贫 防返贫
households monitored | monitoring households | at risk families | families under monitoring: 监测对象 防返贫监测
former poor | people out of poverty | poverty alleviation population | formerly poor households: 脱贫人口 脱贫户
income of the formerly poor | poverty alleviated income: 脱贫人口人均纯收入
east west partnership | paired help: 东西部协作 对口支援 对口帮扶
village workshops | factory workshops in villages | help workshops: 帮扶车间 就业帮扶车间
moved out of poverty areas | relocation for poverty: 易地扶贫搬迁 搬迁群众
farmers' income | villagers' income | rural incomes | rural per capita income: 农村居民人均可支配收入 农民收入
farmer incomes: 农村居民人均可支配收入 农民收入
urban incomes | city dwellers income | urban per capita income | town residents income: 城镇居民人均可支配收入
urban rural gap | urban rural income ratio | city countryside income gap: 城乡居民收入比 城乡差距
rural urban income gap: 城乡居民收入比 城乡差距
urbanization level | urbanisation rate | share living in cities | urbanization ratio: 城镇化率 常住人口城镇化率
permanent residents | resident population | usual residents: 常住人口
registered residents | registered population | hukou population | household registered population: 户籍人口
population inflow | people moving in | net population inflow | population outflow: 人口净流入 人口流出
old neighbourhood renovation | old community renovation | old compounds: 老旧小区改造 老旧小区
shanty town redevelopment: 棚户区改造 棚改
urban village renovation | villages inside the city: 城中村改造 城中村
city renewal | city regeneration: 城市更新
replacing old pipes | pipe network renovation | pipe upgrades | aging gas pipes: 管网改造 老化管网更新改造
old pipe replacement: 管网改造 老化管网更新改造
underground pipe gallery | underground utility corridor: 地下综合管廊 综合管廊
rain absorbing city: 海绵城市
rain and sewage separation | separate storm sewers | separating rainwater and sewage: 雨污分流
separate rain and sewage: 雨污分流
wastewater plants: 污水处理厂
sewage treatment rate | wastewater treatment rate | sewage processing rate | share of sewage treated: 污水处理率
sewage network | drainage network: 污水管网 排水管网
waterlogged roads | urban flooding | flooding in the city: 城市内涝 积水点
flood spots | flooding black spots | waterlogging spots: 内涝点 易涝点 积水点
heating area | central heating area | heating coverage | heated area: 供热面积 集中供热
homes too cold | cold radiators | heating problems | heating complaints | heating quality: 供热 供暖质量
gas coverage | gas penetration | piped gas users | gas popularization rate: 燃气普及率 管道燃气
water supply coverage | tap water coverage | water penetration | running water coverage: 供水普及率 自来水普及率
more parks | new parks | park construction | parks built: 公园 城市公园
park area per person | green space per person | green per capita | park space per capita: 人均公园绿地面积
street trees | roadside greening | tree lined roads | roadside trees: 行道树 道路绿化
green corridors | green belts | ecological corridors | green belt: 绿道 生态廊道
waterfront parks | riverside parks | lakeside parks: 滨水公园
lighting up the city | night lighting | city lighting | light shows | night lights: 亮化 夜景亮化
machine sweeping | mechanized cleaning | mechanised cleaning: 机械化清扫 道路清扫
sorting waste | sorting trash: 垃圾分类
garbage burning plants | incineration plants: 垃圾焚烧 垃圾焚烧发电
safe disposal of garbage | harmless treatment of waste | garbage disposal rate: 无害化处理 无害化处理率
harmless treatment: 无害化处理 无害化处理率
public washrooms: 公厕 公共厕所
choke points | bottleneck roads | congested junctions | congestion points | traffic bottlenecks: 堵点 拥堵点
broken roads | unfinished roads | roads that end abruptly: 断头路
urban roads | city roads | main roads | trunk roads: 路网 城市道路 主干道
parking bays | parking places | new parking spaces: 停车泊位 停车位
smart parking | parking app | shared parking | parking apps: 智慧停车 共享停车
bus ridership | public transport share | public transit usage | share of trips by bus: 公交分担率 公共交通
urban rail | underground lines: 地铁 轨道交通
property management coverage | estates with property management: 物业覆盖 物业服务
property management firms | property companies: 物业企业 物业服务企业 物业公司
halted housing projects | unfinished apartments | half built homes: 烂尾楼 保交楼 停工项目
guarantee housing delivery | housing deliveries guaranteed | deliver presold homes: 保交房 保交楼
homes delivered on time: 保交房 保交楼
public rentals | low cost rental | public rental flats: 公租房 公共租赁住房
housing assistance | housing support | housing security | housing aid: 住房保障 保障性住房
upgrade buyers | improving housing | better housing: 改善性住房
property sales | home sales | new home sales | housing sales: 商品房销售 房地产市场
blue sky days | clean air days | days of good air | excellent air days: 优良天数 空气质量优良天数
good air quality ratio: 优良天数 空气质量优良天数
bad air days | smog days | heavy pollution days | polluted days | heavily polluted days: 重污染天数 重污染天气
fine particulate | fine dust: 细颗粒物 颗粒物
air quality ranking | air quality index | air ranking | air quality rank: 空气质量综合指数 空气质量排名
flying dust: 扬尘 扬尘治理
coal boilers | coal fired boilers | small boilers | coal burning boilers: 燃煤锅炉
loose coal | scattered coal | bulk coal burning | household coal: 散煤 散煤治理
car exhaust | vehicle exhaust | tailpipe emissions | vehicle emissions: 机动车尾气 机动车排放
diesel trucks | heavy diesel vehicles | old polluting vehicles | high emission vehicles: 柴油货车 老旧柴油货车
old diesel trucks: 柴油货车 老旧柴油货车
monitoring sections | water quality sections | cross section water quality | river sections: 国考断面 断面
water meeting standards | water quality compliance | good water quality | water up to standard: 水质达标 优良水体比例
water source protection | drinking water sources | water source areas: 饮用水水源地 水源保护
protecting water sources: 饮用水水源地 水源保护
river patrols | river inspections | lake patrols | patrolling rivers: 巡河 巡湖
dredging rivers | clearing rivers | river clearing: 河道清淤 清四乱
river encroachments | illegal river occupation | four chaos in rivers | encroaching on rivers: 河湖四乱 清四乱
black and smelly water | foul rivers: 黑臭水体
contaminated soil | contaminated farmland: 土壤污染 受污染耕地
safe use of polluted farmland | safe utilization rate | safe use rate | safe utilisation: 安全利用率
plastic mulch recycling | waste plastic film | film recycling | recycling farm film: 废旧农膜回收 地膜回收
less fertilizer | fertilizer reduction | cutting fertilizer | reduce pesticides: 化肥减量 农药减量 化肥农药减量增效
less pesticide: 化肥减量 农药减量 化肥农药减量增效
manure recycling | livestock waste recycling | manure utilisation | manure utilization: 畜禽粪污资源化利用
straw utilization | straw reuse | crop stalks | crop stalk use: 秸秆综合利用 秸秆
straw burning ban | ban on burning straw | no burning in fields | field burning | burning in fields: 秸秆禁烧 禁烧
afforestation area | area afforested: 植树造林 造林面积
tree cover | woodland coverage: 森林覆盖率
forest chief system: 林长制 林长
vegetation cover | grassland coverage | grass cover | vegetation coverage: 草原综合植被盖度 植被覆盖度
erosion control | erosion prevention | soil conservation | water and soil conservation: 水土流失治理 水土保持
abandoned mines | mine land rehabilitation | old mine sites: 矿山生态修复 历史遗留矿山
ecological restoration | ecosystem restoration | nature restoration | ecological repair: 生态修复 生态保护修复
ecological protection red line | eco redline | ecological redlines: 生态保护红线
environmental inspectors | eco inspection | environment checks: 环保督察 生态环境保护督察
problems flagged by inspectors | inspection issues | feedback from inspectors: 督察反馈问题 督察整改
inspectors' findings: 督察反馈问题 督察整改
emission permits: 排污许可 排污许可证
environmental violations | pollution cases | environmental crimes | environmental cases: 环境违法 环境违法案件
fines for pollution | environmental penalties: 环境行政处罚 罚款
energy use per unit gdp | energy consumption per unit gdp | energy per unit of output: 单位地区生产总值能耗 能耗强度
carbon intensity | emissions intensity | carbon per unit gdp | carbon emissions per unit: 碳排放强度
installed capacity | new energy capacity | renewable capacity | green power capacity: 新能源装机 装机容量
renewable energy capacity: 新能源装机 装机容量
solar roofs | solar on roofs: 屋顶光伏 分布式光伏
zero waste city | no waste city: 无废城市
low carbon pilot | low carbon cities | carbon neutral pilots | low carbon pilots: 低碳试点
protecting wildlife | wildlife protection | biodiversity protection: 生物多样性保护 野生动植物保护
protecting biodiversity: 生物多样性保护 野生动植物保护
fishing ban on rivers | no fishing period: 禁渔 十年禁渔 禁捕退捕
former fishermen | fishermen relocated | returning fishermen | retired fishermen: 退捕渔民
urban employment added | jobs created in cities | new jobs in cities | new urban employment: 城镇新增就业
jobless rate | unemployment rate | surveyed jobless rate: 城镇调查失业率 失业率
registered jobless: 城镇登记失业率
unemployed people re employed | people back to work | reemployment of laid off workers: 失业人员再就业
back into work: 失业人员再就业
hard to employ people | people with difficulty finding jobs | struggling job seekers: 就业困难人员
hard to place workers: 就业困难人员
households with no job | zero employment families | zero employment households: 零就业家庭
government created jobs | public welfare posts: 公益性岗位
farmers working in cities | rural labour transfer | rural workers moving out: 农村劳动力转移就业 农民工
rural labor transfer | rural workers working elsewhere: 农村劳动力转移就业 农民工
salary arrears | unpaid salaries | overdue wages: 欠薪 拖欠农民工工资
wages recovered | recover unpaid wages | back wages recovered | recovered wages: 追讨欠薪 追发工资
job skills training | vocational skills training | skill training: 职业技能培训
training subsidies | subsidized training | free training | subsidised training: 培训补贴 免费培训
vocational qualifications | skill levels: 职业技能等级证书 职业资格
minimum wage | minimum wages | lowest wage | minimum pay: 最低工资标准
average wage | average salary | average pay | average wages: 平均工资
pension participants | pension coverage | pension enrollment | people with pensions: 养老保险参保 参保人数
pension enrolment: 养老保险参保 参保人数
basic pension | pension amount: 基本养老金 养老金
pensions raised | higher pensions | pension increase | pension rise: 提高基本养老金 养老金上调
rural pension | villagers' pension | urban and rural residents pension: 城乡居民基本养老保险 城乡居民养老金
residents' pension: 城乡居民基本养老保险 城乡居民养老金
insured population | medical insurance coverage | health insurance enrollment: 基本医疗保险参保率 参保率
insurance coverage rate: 基本医疗保险参保率 参保率
reimbursement rate | insurance reimbursement | medical reimbursement ratio | share reimbursed: 报销比例 住院费用报销
reimbursement ratio: 报销比例 住院费用报销
direct billing | direct settlement | settle medical bills elsewhere: 异地就医直接结算 直接结算
out of town medical bills: 异地就医直接结算 直接结算
seeing a doctor elsewhere | treatment in another city | going elsewhere for treatment: 外出就医 异地就医
leaving for treatment | going out for treatment: 外出就医 异地就医
treated within the county | county treatment rate | stay in county for treatment: 县域就诊率 县域内就诊率
treatment within county: 县域就诊率 县域内就诊率
care insurance | nursing care insurance: 长期护理保险 长护险
injury insurance | occupational injury insurance | workplace injury insurance: 工伤保险
unemployment benefits | jobless insurance | jobless benefits: 失业保险 失业保险金
maternity insurance | birth insurance | childbirth insurance: 生育保险
social insurance card: 社保卡 社会保障卡
social insurance coverage | social security coverage | social insurance enrollment: 社会保险 参保
serious illness | major diseases | critical illnesses: 大病保险 重特大疾病
medical aid | medical assistance | help with medical bills | medical relief: 医疗救助
beds per thousand people | hospital beds per thousand | beds per 1000 people: 每千人口床位数 床位
hospital beds per capita: 每千人口床位数 床位
licensed doctors | doctors per thousand | practising doctors | practicing physicians: 执业医师 执业助理医师
practising physicians: 执业医师 执业助理医师
registered nurses | nurses per thousand | licensed nurses: 注册护士
top tier hospitals | grade three hospitals | tier three hospitals | top hospitals: 三甲医院 三级医院
top grade hospitals: 三甲医院 三级医院
rural clinics: 乡镇卫生院
village health rooms | village health clinics: 村医 村卫生室 乡村医生
hospital alliances | medical consortium: 医联体 医共体
tiered treatment | graded diagnosis | hierarchical medical system: 分级诊疗
family doctor services | family doctor contracts | signed family doctors: 家庭医生签约服务
regional medical centers | regional medical centres | regional hospitals: 区域医疗中心
key specialties | specialty departments | clinical specialties | key clinical specialties: 重点专科 临床重点专科
tcm hospitals | chinese medicine hospitals | traditional medicine hospitals | herbal hospitals: 中医院 中医医院
psychological services | mental health services | counselling services: 心理健康 心理咨询 心理服务
psychological counseling: 心理健康 心理咨询 心理服务
disease control centers | disease control centres | disease prevention | disease control: 疾控 疾病预防控制中心
public health emergencies | health emergencies | public health incidents: 突发公共卫生事件
maternal and child hospital | women and children's hospital | children's hospital: 妇幼保健院 儿童医院
maternity and child care: 妇幼保健院 儿童医院
mother and child health | women and children health: 妇幼健康 妇幼保健
two cancer screening | breast and cervical cancer screening | free cervical cancer screening: 两癌筛查
cancer screenings: 两癌筛查
birth defects | birth defect prevention | newborn screening | newborn screenings: 出生缺陷 新生儿筛查
daycare places | nursery slots | nursery spaces: 托位 托育服务
childcare spaces per thousand | childcare per thousand people | nursery places per thousand: 每千人口托位数
affordable childcare | inclusive childcare | public childcare | low cost childcare: 普惠托育 普惠性托育
affordable kindergartens | inclusive kindergartens | low cost kindergartens: 普惠性幼儿园 公办幼儿园
preschool enrollment | kindergarten enrollment | gross enrolment rate | preschool enrolment: 学前教育毛入园率 毛入园率
school places added: 学位 新增学位
school construction | building schools | schools opened: 新建学校 中小学建设
balanced education | balanced compulsory education | quality balanced education: 义务教育优质均衡
school groups | group schooling | education groups | school alliances: 集团化办学 教育集团
teacher exchange | teacher rotation | teachers move between schools | teacher exchanges: 教师交流轮岗 县管校聘
reduce homework and tutoring | less homework | less tutoring: 双减
nutrition meals | free school lunches | student meals: 营养餐 学生营养改善计划
high school enrollment | senior high enrollment | high school gross enrolment: 高中阶段毛入学率
high school enrolment: 高中阶段毛入学率
university enrollment | higher education enrolment | college admission rate: 高等教育毛入学率
higher education enrollment: 高等教育毛入学率
beds for elderly | care beds for seniors | nursing care beds: 养老床位 护理型床位
dining for seniors | meal service for elderly: 老年助餐 长者食堂 老年食堂
senior day centers | community elderly care | elderly care stations: 社区养老 养老服务站 日间照料中心
elderly day care centres | elderly service stations: 社区养老 养老服务站 日间照料中心
homes for seniors | senior homes: 养老机构 养老院
old age allowance | elderly subsidy | senior allowance | allowance for the very old: 高龄津贴 高龄补贴
disabled elderly | incapacitated elderly | elderly unable to self care | frail elderly: 失能老人 失能半失能
elderly living alone | seniors living alone | lonely elderly | old people living alone: 独居老人 空巢老人
disability allowance | disability subsidies | living allowance for disabled: 残疾人两项补贴 残疾人补贴
subsidies for the disabled: 残疾人两项补贴 残疾人补贴
disability rehabilitation | rehab for disabled | disabled rehab | rehabilitation for disabled: 残疾人康复 康复服务
disabled employment | jobs for disabled | jobs for disabled people | employment of disabled: 残疾人就业
veteran service centres | veteran service centers | veterans services: 退役军人服务中心 退役军人服务站
veteran affairs | veteran service stations: 退役军人服务中心 退役军人服务站
soldiers' families | families of servicemen | servicemen's families: 军属 军人军属
army civilian unity | supporting the military: 双拥 拥军优属
families of martyrs | martyrs' families | fallen heroes | revolutionary martyrs: 烈属 烈士
jobs for veterans | veteran placement | veteran resettlement | veteran employment: 退役军人安置 退役军人就业
basic living allowance | low income allowance | minimum living security: 低保 最低生活保障
extremely poor people | people in extreme poverty | destitute persons: 特困人员 特困供养
one off assistance: 临时救助
low income groups | low income population: 低收入人口 低收入群体
children without carers | orphans and abandoned children | orphans and unattended children: 孤儿 事实无人抚养儿童
unattended children: 孤儿 事实无人抚养儿童
protecting minors | child protection | protection of minors | protecting children: 未成年人保护
women's rights | protecting women | women and children's rights | rights of women and children: 妇女儿童权益
domestic violence | family violence | abuse at home | domestic abuse: 家庭暴力 家暴
getting married | wedding registration | marriage registrations: 婚姻登记
green burials | eco burials | tree burials | sea burials | eco friendly burials: 节地生态安葬 生态葬
illegal graves | scattered graves | burial plots | random burials | cemetery management: 公墓 散埋乱葬
donations received | charity donations | charitable giving | charitable donations: 慈善捐赠 捐赠
housing for young people | housing for newcomers | new citizens housing: 新市民 青年人 保障性租赁住房
rental housing for young people: 新市民 青年人 保障性租赁住房
safety at work | safety in production: 安全生产
work accidents | industrial accidents | production accidents | accidents at work: 生产安全事故
deaths in accidents | accident deaths | accident fatalities | people killed in accidents: 事故死亡人数 死亡人数
serious accidents | major accidents | big accidents | serious and major accidents: 较大事故 重特大事故
safety problems found: 安全隐患 风险隐患
safety checkups: 安全检查 安全生产检查
safety overhaul | special rectification campaign | root cause safety campaign: 安全生产治本攻坚 专项整治
safety crackdown: 安全生产治本攻坚 专项整治
fire prevention | fire risks | fire control: 消防安全 火灾
fire dangers | fire risks in buildings | fire safety hazards: 火灾隐患 消防隐患
fire brigades | fire teams | volunteer firefighters | professional fire brigades: 消防队 专职消防队 志愿消防队
fire lanes | fire access | blocked fire exits | fire escape routes | emergency lanes: 消防通道 生命通道
tall building fires | high rise fires | fires in high rises: 高层建筑 火灾
e bike fires | electric bike fires | battery fires | charging fires: 电动自行车 火灾 飞线充电
charging e bikes | e bike charging | indoor charging | charging indoors | charging at home: 电动自行车充电 入户充电
restaurant gas | gas in restaurants | catering gas | gas at restaurants: 餐饮场所燃气 燃气安全
homes built by owners | owner built houses: 自建房 经营性自建房
housing safety | building safety | house safety | safe housing: 房屋安全
traffic safety | road safety | traffic deaths | road deaths | road traffic safety: 道路交通安全 交通事故
driving drunk: 酒驾醉驾
overloaded lorries | overloaded trucks | over limit trucks | overweight trucks: 超限超载
food safety tests: 食品抽检 抽检合格率
food pass rate | food safety pass rate | food samples passed | pass rate of food: 食品抽检合格率
open kitchens | bright kitchens | visible kitchens | kitchens on camera: 明厨亮灶
school food safety | school canteens | campus food safety | school dining halls: 校园食品安全 学校食堂
pharmaceutical safety | medicines safety: 药品安全
fake medicines | counterfeit drugs | fake drugs | substandard drugs: 假药 劣药
cosmetics safety | medical device safety | cosmetic products: 医疗器械 化妆品
quality sampling: 产品质量 质量抽检
lifts and boilers | elevator safety | lift safety: 特种设备 电梯安全
chemical plants | chemical factories | chemical companies | chemical firms: 化工企业 危化品企业
chemical explosions | chemical accidents | explosions at plants | chemical leaks: 危化品事故 爆炸
mine safety | coal mine safety | mining accidents | mining safety: 矿山安全 煤矿安全
non coal mines | quarries and mines | non coal mining: 非煤矿山
disaster response | emergency handling: 应急管理
emergency plans | contingency plans | response plans | emergency response plans: 应急预案
disaster drills | emergency exercises | emergency drills held: 应急演练 消防演练
disaster supplies | emergency stockpiles | emergency reserves: 应急物资 救灾物资
emergency rescue teams | rescue squads: 应急救援队伍 救援队
flood prevention | flood fighting | flood defence: 防汛 防汛抗旱 汛期
fighting drought | drought relief | drought resistance | drought fighting: 抗旱
typhoon prevention | typhoon defence | typhoon season | typhoon defense: 防台风 防台
disaster reduction | disaster mitigation | preventing disasters: 防灾减灾
landslide prone areas | geological disaster points | geological hazard points | landslide danger spots: 地质灾害隐患点
people evacuated | evacuated people | moved to safety | people relocated for safety: 转移群众 紧急转移 转移安置
people moved out of danger: 转移群众 紧急转移 转移安置
economic losses | direct economic losses | disaster losses | losses from disasters: 直接经济损失 灾害损失
people affected by disaster | disaster affected people | affected population: 受灾群众 受灾人口
rebuilding after floods | reconstruction after disaster | post disaster rebuilding: 灾后重建 灾后恢复重建
rebuilding after disasters: 灾后重建 灾后恢复重建
wildfire prevention | forest fire prevention | forest and grassland fires: 森林防火 森林草原防灭火
earthquake resistance | earthquake safety | seismic safety | earthquake prevention: 防震减灾 抗震
internet scams: 电信网络诈骗 电诈
selling phone cards | renting bank accounts | card trafficking: 断卡 两卡
money lost to scams | scam losses | recovered scam money | scam money frozen: 挽回损失 止付冻结
drug crimes | drug cases | drug trafficking cases | drug offences: 毒品犯罪 涉毒案件
online gambling | gambling cases | cross border gambling | gambling crimes: 赌博 跨境赌博
pyramid schemes | pyramid selling | multi level marketing: 传销
crime cases | criminal offences | criminal case numbers | criminal case filings: 刑事案件 刑事立案
robberies and thefts | theft and robbery | property crimes | theft cases: 盗抢骗 侵财犯罪
murder cases | homicide cases | murder rate: 命案 命案发案
old cases solved | unsolved cases | cold cases | long unsolved: 命案积案 积案
fugitives caught | fugitives arrested | catching fugitives | wanted criminals: 追逃 在逃人员
underworld forces | mafia style gangs | evil forces | organised crime: 黑恶势力 涉黑组织
officials protecting gangs | umbrellas for gangs: 保护伞
quick police response | police response time | police arrive fast: 快速反应 出警
street patrols | police patrol | patrol police | police patrols: 巡逻防控 街面巡逻
public cameras | camera coverage | video surveillance coverage | surveillance cameras: 视频监控 公共视频
safe campus | campus police | school guards: 校园安全 护学岗
gold medals | golds won | gold medals won | won gold | won golds: 金牌
medals won | medal tally | medal count | total medals | won medals: 奖牌 奖牌数
national games | provincial games | sports meet | sports meets | sports meeting: 全运会 省运会 运动会
sports talent | athletes trained | athletes sent | young athletes: 运动员 输送运动员
world champions | world championships | world titles | world champion: 世界冠军 世锦赛
asian games | asian champions | asian championships: 亚运会
mass fitness | nationwide fitness: 全民健身
outdoor gym: 健身设施 健身步道 全民健身路径
sports facilities: 体育场馆 体育设施
sports area per person | per capita sports area | sports space per person: 人均体育场地面积
people who exercise regularly | regular exercisers | people exercising often | regular exercise: 经常参加体育锻炼人数
sports consumption | sports industry | sports economy | sports spending: 体育产业 体育消费
public libraries | city libraries | county libraries | public library: 公共图书馆 图书馆
branch libraries | library branches | library system | central library: 总分馆 分馆
new museums | museum visitors | museums built | museum visits: 博物馆
relic protection | cultural relics protection | protecting relics | heritage protection: 文物保护
protecting heritage: 文物保护
archaeological finds | archaeological discoveries | archaeological digs | excavations carried out: 考古 考古发掘
heritage bearers | heritage inheritors | master craftsmen | folk artists | heritage masters: 非遗传承人 传承人
old style villages | ancient style villages: 传统村落
heritage buildings | historic buildings | old buildings | historical buildings: 历史建筑
opera to the countryside | performances in villages | culture to the countryside: 送戏下乡 文化下乡
films in villages | rural film screenings | free films in villages: 农村电影放映 公益电影
public culture | cultural facilities | culture services: 公共文化服务 文化设施
reading for all | reading promotion | reading campaigns | national reading | reading activities: 全民阅读
city bookstores | self service libraries | city reading rooms: 城市书房 自助图书馆
art troupes | song and dance troupes | performing groups | art groups | performing arts groups: 文艺院团 演出团体
original plays | original works | new plays | stage productions | original productions: 原创剧目 文艺精品
award winning works | prize winning works | works that won awards | award winning productions: 获奖作品
tv dramas | tv series | documentaries made | films produced | film and tv works: 电视剧 纪录片 影视作品
culture industry | cultural industry | creative economy | cultural economy: 文化产业
big cultural firms | cultural enterprises above scale | above scale cultural firms: 规上文化企业
city branding | city brand | city image | city reputation: 城市品牌 城市形象
viral attractions | influencer spots | popular photo spots: 网红打卡地 打卡点
places of worship | religious venues | religious sites: 宗教事务 宗教活动场所
chinese abroad | overseas chinese affairs: 侨务 华侨 归侨侨眷
foreign affairs | foreign exchanges | international exchanges | external affairs: 外事 对外交流
twin city: 友好城市 国际友城
building rule of law government | rule of law government building | law based government construction: 法治政府建设
building a law based government: 法治政府建设
rule of law assessment | rule of law evaluation | rule of law inspection: 法治督察 法治政府建设考核
rule of law inspections: 法治督察 法治政府建设考核
model for law based government | rule of law model | rule of law demonstration cities: 法治政府建设示范 示范创建
rule of law demonstration: 法治政府建设示范 示范创建
officials study law | officials learning law | law study for leaders | study sessions on law: 领导干部学法 会前学法
leaders study law: 领导干部学法 会前学法
annual rule of law report | report on law based government | rule of law annual report: 法治政府建设年度报告
top leaders responsibility | leaders responsible for legality: 第一责任人 法治建设第一责任人
first responsible person: 第一责任人 法治建设第一责任人
legal checkups | legal health checks for companies | legal checkups for businesses: 法治体检 企业法律顾问
lawyers for companies: 法治体检 企业法律顾问
notary offices | notary services | notarization services | notarial services: 公证 公证机构
judicial appraisal | forensic appraisal | judicial expertise | forensic assessment: 司法鉴定
arbitration commissions | arbitration committee | arbitration cases | arbitration commission: 仲裁委员会 仲裁案件
lay judges | people's assessors | people's jurors | lay assessors: 人民陪审员
people's supervisors | lay supervisors: 人民监督员
legal service hotline | legal services for all: 公共法律服务
legal service platforms | legal service network | legal service system: 公共法律服务平台 公共法律服务体系
legal services network: 公共法律服务平台 公共法律服务体系
juvenile crime | youth crime | juvenile delinquency | minors committing crimes | crimes by minors: 未成年人犯罪
school bullying | campus bullying | bullying at school | bullying in schools: 校园欺凌
cyber violence | online abuse | online bullying | internet trolling: 网络暴力
online rumours | fake news online | internet rumours | online rumors | internet rumors: 网络谣言
data privacy | personal information protection | personal data | privacy protection: 个人信息保护
protecting personal data: 个人信息保护
protect workers' rights | workers' rights | labour rights | labor rights: 劳动者权益
no questions asked returns | easy returns | refunds without reason | return policy: 无理由退货 线下无理由退货
returns without reason: 无理由退货 线下无理由退货
worry free shopping | shopping with confidence | reassuring consumption | safe shopping: 放心消费
price regulation: 价格监管 价格监测
unreasonable fees on businesses | charging businesses illegally | extra charges on businesses: 涉企违规收费 乱收费
illegal fees on businesses: 涉企违规收费 乱收费
lower fees | cutting fees | fees cut: 降费 减费
tax and fee cuts | cutting taxes and fees | tax cuts and fee reductions: 减税降费
vat refunds | credit refunds: 留抵退税 退税
tax deferral | deferred taxes | delay paying tax | taxes deferred: 缓税 缓缴
lower contribution rates | social security contribution cut: 阶段性降低社保费率 缓缴社会保险费
social insurance deferral | lower social insurance rates: 阶段性降低社保费率 缓缴社会保险费
rent reduction | rent relief | rent cuts | rent waivers | rent exemptions: 房租减免 减免租金
lower interest rates | cheaper loans | interest cuts | lower borrowing costs | cheaper financing: 降低融资成本 利率
loans to smes | small business loans | loans for small firms | loans to small businesses: 普惠小微贷款 小微企业贷款
first time borrowers | first loans | first time loans | first time credit: 首贷 首贷户
loans without collateral | unsecured loans | credit loans | collateral free loans: 信用贷款
renew loans without repaying | rolling over loans | loan renewal | loan rollover: 无还本续贷 续贷
hard to get loans | hard to borrow | expensive loans | financing difficulties | difficult financing: 融资难 融资贵
government guarantee | financing guarantee | guarantee fund | government backed guarantees: 政府性融资担保 担保
bank business meetings | bank and business matching | bank enterprise matchmaking | banks meet businesses: 银企对接
loan balance | deposits and loans | outstanding loans | deposit balance | loan balances: 存贷款余额 贷款余额
financial risks | financial risk prevention | financial stability | financial risk: 金融风险 防范化解金融风险
debt risk | debt resolution | resolving debt | debt reduction: 地方政府债务 化债
ultra long special bonds: 超长期特别国债 特别国债
general bonds | general purpose bonds | refinancing bonds | government general bonds: 一般债券 再融资债券
budget revenue | government income | fiscal income: 一般公共预算收入 税收收入
tax share | share of tax revenue | tax ratio | tax proportion: 税收占比
livelihood spending | spending on people's livelihoods | welfare spending | people's livelihood spending: 民生支出
spending on livelihoods: 民生支出
money from the centre | transfers from above: 转移支付
land premiums | land transfer fees | land sale income | land transfer revenue: 土地出让收入 土地出让金
soe reform | state owned enterprises reform: 国有资产 国企改革
mixed ownership | mixed ownership reform | mixed ownership reforms: 混合所有制改革 混改
financing platform companies | urban investment companies: 融资平台 城投公司
economy grew | economic growth rate | gdp growth rate | economic growth: 地区生产总值 增速
total economic output | economic aggregate | size of the economy: 地区生产总值 经济总量
gdp per person | per capita gdp | output per person | gdp per capita: 人均地区生产总值 人均生产总值
farming sector | first industry: 第一产业
industrial sector | second industry: 第二产业
service industry: 第三产业 服务业
economic structure | industrial structure | structure of the economy | industry mix: 产业结构 三次产业结构
modern services | producer services | business services | modern service industry: 现代服务业 生产性服务业
price rises | inflation rate | consumer price rise | price increases: 居民消费价格 涨幅
top hundred counties | strongest counties | top counties | hundred strong counties: 百强县 全国百强县
exporting companies: 外贸企业 出口企业
processing exports | processing and assembly: 加工贸易
services exports | service exports: 服务贸易
going overseas | expanding abroad | overseas markets | going abroad to sell | foreign markets: 开拓国际市场 出海
open ports | port opening | border ports opened: 口岸 开放口岸
free trade pilot zone | fta zone | free trade zone pilot: 自由贸易试验区 自贸试验区
single window system | international trade single window: 单一窗口
framework agreement | framework agreements | framework deal: 框架协议
shopping online | buying online | online shoppers: 网购 网络零售
night fairs: 夜市 夜间经济
fish farm: 水产养殖 鱼塘
rice fields | paddy fields | rice paddies | rice field: 水稻 稻田
gas lines | gas line | gas pipe | gas service lines: 燃气管道 燃气管网
cycle paths | cycle path | bike paths | bike path | cycling lanes: 自行车道 慢行系统
rush hours | morning rush: 早晚高峰 高峰时段
heavy metals | heavy metal pollution | heavy metal: 重金属
plastic bag | single use plastics: 塑料袋 限塑 白色污染
dry spell | dry spells | lack of rain: 干旱 旱情
fire exits | fire exit | emergency exits | escape routes: 安全出口 消防通道
gutter oil | recycled cooking oil | waste cooking oil: 地沟油
smoke alarms | smoke detectors | smoke alarm | smoke detector: 烟感报警器
box office | box office takings | cinema audiences | ticket sales for films: 票房 观影人次
dragon boat racing: 龙舟
half marathon | half marathons | marathon races: 马拉松 半程马拉松
real estate sector | property sector | property industry: 房地产
stock exchange | share market: 股市 资本市场
public defender | public defenders | court appointed lawyer: 值班律师 法律援助律师
press briefing: 新闻发布会
cave dwellings | cave houses | cave homes: 窑洞
low rent homes | cheap rental housing: 廉租住房 公租房
down payment | down payments | deposit for a home: 首付
empty nesters | empty nest elderly | empty nest seniors: 空巢老人 独居老人
residency permit | residency permits: 居住证
single parent families | single parent | single mothers | single parents: 单亲家庭
climate change | climate adaptation | climate risks: 气候变化
debris flow | debris flows | mud flows | mud and rock flows: 泥石流
fishing season closure | closed fishing season: 禁渔 禁捕
greenhouse gas | greenhouse gases | greenhouse emissions: 温室气体
zero emissions | zero emission | near zero emissions | ultra low emissions: 零排放 超低排放
relief goods | disaster relief supplies: 救灾物资 应急物资
digital city | city brain platform: 智慧城市
cram schools | cram school | tutoring companies | tutoring agencies | private tutoring: 校外培训机构 校外培训
middle school | middle schools | junior high | junior high schools | junior middle school: 初中
primary school | primary schools | elementary schools | elementary school: 小学
school bus routes: 校车
student loan | study loans: 助学贷款 学生资助
teacher training | teachers trained | training for teachers: 教师培训
teaching staff | teaching force | teaching workforce | teacher numbers: 师资 教师队伍
technician colleges | technician schools | skills schools: 技工学校 技工院校
volume based purchasing | bulk purchase of medical supplies: 集中带量采购 集采
infant mortality | infant mortality rate | baby deaths: 婴儿死亡率
maternal mortality | maternal mortality rate | maternal deaths: 孕产妇死亡率
medical expenses | medical costs | cost of treatment: 医疗费用 看病负担
rural hospitals: 乡镇卫生院
abuse of power | abusing power | abuse of office: 滥用职权
department stores | department store: 商超 百货
walking street | pedestrian zones: 步行街
water towns | water town | canal towns | riverside towns: 水乡 古镇
folk villages | folk custom villages | ethnic villages: 民俗村 特色村寨
historic towns | historical towns | famous historic towns | old towns: 历史文化名镇 古镇
battery storage systems | new energy storage | storage stations: 储能 新型储能
food processing | food processing firms | food factories: 食品加工
fuel cell | fuel cells | fuel cell vehicles | hydrogen vehicles: 燃料电池 氢燃料电池汽车
furniture making | furniture industry | furniture factories: 家具 家居产业
machine tools | machine tool | cnc machines: 机床 数控
medical devices | medical device | medical equipment makers | medical equipment industry: 医疗器械
new material | materials industry: 新材料
paper mills | paper mill | papermaking industry: 造纸
rare earth industry: 稀土
top ten | top 10: 前十 十强 前列
percentage points | percentage point | points higher | points lower: 百分点
neighbourhood watch | neighborhood watch | community watch | resident patrols: 群防群治 平安志愿者
optical fibre: 光纤 千兆光网
post offices | post office | postal outlets | postal service points: 邮政 邮政网点
speed bump: 减速带
speed cameras | speed camera | traffic cameras | electronic police: 电子警察 测速
pedestrian lights: 信号灯 红绿灯
water main | water supply pipes | water pipe network: 供水管网 供水管道
black cabs | illegal taxis | unlicensed taxis | unlicensed cabs: 黑车 非法营运
black soil | black soil land | black earth: 黑土地 黑土
mother and baby rooms | nursing rooms | breastfeeding rooms | baby care rooms: 母婴室
check dams | silt dams | silt retention dams: 淤地坝
chemical parks | chemical industry parks | chemical zones: 化工园区
confined spaces | confined space | enclosed spaces: 有限空间
odd jobs | casual work | casual labour | day labour | gig market: 零工 零工市场
deputy mayor | deputy mayors | vice mayor | vice mayors: 副市长
fire engine | fire vehicles: 消防车
fire stations | fire station | firefighting stations: 消防站 微型消防站
flying wires | charging cables from windows | dangling charging cables | cables hanging from windows: 飞线充电
folk songs | folk music | folk song: 民歌 民间音乐
ice and snow | winter sports | snow sports | ice sports: 冰雪运动 冰雪
lion dance | lion dances | dragon dance | dragon and lion dances: 舞狮 舞龙
natural reserves: 自然保护区 自然保护地
party secretary | party secretaries | party chief | party chiefs: 书记 党委书记
table tennis | table tennis players: 乒乓球
local police station: 派出所
sand control | sand fixation | desert control | fixing sand dunes: 防沙治沙 固沙
tai chi | tai chi classes: 太极拳
tailings ponds | tailings pond | tailings dams | tailings dam: 尾矿库
time honoured shops | old brand names: 老字号
government work reports | annual government report: 政府工作报告
bad loans written off | debt write offs: 核销 不良贷款核销
keys handed over | handed the keys | handing over keys | homes handed over | flats handed over: 交房 交付 保交楼
delivered to buyers | delivered on time | homes delivered | flats delivered | housing delivered: 交付 交房 保交楼
got signed up | joined the scheme | joining the scheme: 参保 签约 参加
signed up for insurance | joined the pension scheme | enrolled in insurance | insured people: 参保 参保人数 参保率
people insured: 参保 参保人数 参保率
signed up with family doctors | family doctor sign ups: 家庭医生签约 签约服务 签约率
took on workers | took on staff: 吸纳 吸纳就业 接纳
took in tourists | received visitors | visitors received | hosted tourists: 接待游客 接待 人次
took in complaints | complaints received | received complaints | complaints logged: 受理 受理投诉 接收
complaints taken: 受理 受理投诉 接收
accepted cases | cases taken on | new cases filed: 受理 立案 收案
lured in | pulled in investment | reeled in investors: 招引 引进 招商引资
brought in talent | talent brought in | recruited talent | talents introduced: 引进人才 人才引进 引才
attracted talent: 引进人才 人才引进 引才
brought in projects | projects brought in | projects secured | landed projects: 招引项目 引进项目 签约项目 落地项目
got rid of | getting rid of | get rid of | gotten rid of | gets rid of: 清理 拆除 取缔 清除
cleared away | cleaned out | clears out: 清理 清除 清运
closing down: 关停 关闭 取缔
weeded out | phased out | phasing out | phase out | weeding out: 淘汰 退出 关停
scrapped old cars | old cars scrapped | vehicles scrapped | cars scrapped | scrapped vehicles: 报废 淘汰 老旧车辆
were set up | got set up | been set up: 设立 组建 建成 成立
opened up | newly opened: 开业 开通 开放
businesses started | firms founded | companies registered | new firms registered: 新登记 新设 市场主体 新增
doing up | smartened up: 改造 提升 整治 翻新
put in lifts | lifts put in | installed lifts: 加装电梯 加装 安装
adding lifts | retrofit lifts | lifts added: 加装电梯 既有住宅加装电梯
laid pipes | pipes laid | pipelines laid | laying pipes | cables laid: 铺设 管网 敷设
chargers put in | charging points installed | installed chargers | chargers installed: 充电桩 充电设施 建成
chargers added: 充电桩 充电设施 建成
cameras installed | cameras put up | put up cameras | cctv installed | installed cameras: 视频监控 监控 摄像头
given out | doled out | handed out money | money handed out | cash handed out: 发放 兑现 发放资金
subsidies paid | subsidies handed out | paid in subsidies | subsidies given | subsidies issued: 发放补贴 补贴 兑现
back pay recovered | unpaid wages recovered | wage arrears settled: 追讨 欠薪 追回工资 农民工工资
got money back: 追回 挽回损失 追缴
wiped out | wiping out | stamped out: 清零 消除 根除
cleared to zero | brought down to zero | reduced to zero | down to zero: 清零 消除 归零
settling disputes | sorted out disputes | sorting out disputes: 化解 调处 矛盾纠纷
closed cases | cases wrapped up | wrapped up cases: 办结 结案 审结
handled cases | cases dealt with | dealt with cases | dealing with cases: 办理 办结 案件
criminals caught | caught criminals | suspects caught | suspects arrested | rounded up: 抓获 犯罪嫌疑人 逮捕
gangs broken up | broke up gangs | gangs smashed | smashed gangs | criminal rings busted: 打掉 团伙 犯罪团伙
cracked cases | crimes solved: 破获 侦破 破案
caught fugitives | fugitives returned | runaways caught: 追逃 抓获 逃犯
drugs seized | seized drugs | drugs confiscated | seized narcotics: 缴获毒品 毒品 查获
handed out fines | fined firms: 罚款 处罚 罚没
was rolled out | been rolled out: 推行 推广 实施
extended to all | spread across | expanded to cover | extended citywide | extended countywide: 全覆盖 推广 推开 扩面
scaled up | scaling up | scale up | went province wide | expanded nationwide: 推广 扩面 规模化
moved up into above scale | became above scale | grew into above scale: 进规 升规 小升规 入规
upgraded to above scale | crossed the size threshold: 进规 升规 小升规 入规
joined the statistics | added to the stats | entered the stats | counted in the stats: 纳统 入统 入库
brought into statistics: 纳统 入统 入库
entered the database | put into the database | added to the database: 入库 纳入 入库项目
entered the project database: 入库 纳入 入库项目
small to large firms | small firms upgrading | upgraded to companies | self employed to company: 小升规 个转企 升规
sole traders to companies: 小升规 个转企 升规
floated on the market: 上市 首发上市 上市企业
funds raised: 融资 募集资金 筹集
projects put down roots | took root | settled in the area | set up locally: 落地 落户
moved into new homes | moved into new flats | got new homes | moved into resettlement housing: 搬迁入住 入住 安置
households moved | households relocated | families moved out | families relocated: 搬迁 搬迁户 安置
signed contracts | signed agreements | agreements signed: 签约 签订 协议
completed on time | finished on schedule | completed ahead of schedule | finished early: 如期完成 提前完成 按期
exceeded targets | beat targets | overshot targets | targets exceeded | above target: 超额完成 超目标 完成率
went live | gone live | going live | came online | brought online: 上线 投用 上线运行
opened to cars: 通车 建成通车
topped out | topping out | roof topped out | structure capped: 封顶 主体封顶
came into operation: 投产 投运 运营
put to use | put in use | brought into use: 投入使用 投用
saved money | saved costs | cost savings | money saved | saving money: 节约 节省 降本 降低成本
took back land | land taken back | idle land recovered | land recovered: 收回 收储 盘活 闲置土地
land reclaimed by government: 收回 收储 盘活 闲置土地
land put up for sale | land sold | plots sold | land auctioned: 出让 土地出让 供地
land handed over | land supplied | land made available | land provided: 供地 供应 交地
idle land used | idle land revived | unused land brought back | revived idle land: 盘活 闲置 批而未供 盘活存量
idle assets revived: 盘活 闲置 批而未供 盘活存量
paid off debts | debts paid off | debt repaid | repaid debts | paying off debt: 偿还 化债 化解债务
lent out | handed out loans: 发放贷款 放贷 贷款
dug wells | wells dug | wells drilled | drilled wells | new wells: 打井 机井 水井
toilets built | built toilets | toilets upgraded | toilets renovated | toilets rebuilt: 改厕 厕所 公厕 户厕
potholes fixed | potholes filled | road repairs done | roads patched: 坑洼 修补 路面 养护
cleared rubbish | rubbish cleared | junk cleared | garbage cleared | trash removed: 清理垃圾 清运 垃圾
dredged rivers | rivers dredged | silt removed | silt cleared: 清淤 疏浚 河道
workers trained | trained workers | people trained | training sessions held: 培训 人次 技能培训
helped into jobs | got jobs | placed in jobs | into work: 就业 实现就业 安置就业
patients treated | treated patients | patients seen | outpatient visits | hospital visits: 诊疗 门诊 诊疗人次
saved lives | lives saved | rescued people | people rescued | people saved: 救援 救助 获救 成功救援
dangers fixed | risks removed | made safe: 整改 隐患 消除隐患
hidden dangers found | risks found: 排查 隐患 排查隐患
problems fixed | fixed problems | issues fixed | issues rectified | problems corrected: 整改 整改到位 问题整改
top hundred | hundred strongest | best hundred | top 100 list | top 100: 百强 百强榜
top 100 towns | hundred strongest towns | strongest towns | top towns | top thousand towns: 百强镇 千强镇 强镇
top 100 districts | strongest districts | top districts | hundred strongest districts: 百强区 综合实力百强区
top 100 industrial parks | best development zones: 百强园区 开发区 综合排名
top 500 companies | fortune 500 | global 500 | world top 500 | fortune global 500: 世界五百强 五百强
top private companies | top 500 private firms | biggest private firms | strongest private firms: 民营企业五百强 五百强
ranked first in the province | first in the province | number one in the province: 全省第一 全省首位 居全省
top of the province | led the province: 全省第一 全省首位 居全省
first in the city | top in the city | ranked first in the city | number one in the city: 全市第一 全市首位 居全市
first in the country | first nationwide | number one nationally: 全国第一 全国首位 全国首个 全国首创
top in the country | nation's first: 全国第一 全国首位 全国首个 全国首创
ranked second | second place | came second | placed second | second highest: 第二 位居第二 第二名
ranked third | third place | came third | placed third | third highest: 第三 位居第三 第三名
top three | among the top three | top 3 | first three: 前三 前三位
top five | top 5 | among the top five: 前五 前五位
among the top ten | first ten: 前十 十强 前十位
ranked among the top | among the best | in the top tier | first tier | front ranks: 前列 第一方阵 第一梯队
climbed the rankings | moved up the ranking | rose in the rankings | moved up places: 位次 前移 提升 上升
jumped places: 位次 前移 提升 上升
fell in the ranking | dropped places | slipped in rankings | lost ground: 位次 下降 后移
ranked last | bottom of the list | came last | bottom ranking | lowest ranked: 末位 倒数 排名靠后
national model | national demonstration | national showcase | nationwide model: 全国示范 国家级示范 示范
national level model: 全国示范 国家级示范 示范
provincial model | provincial demonstration | province level model | provincial showcase: 省级示范 示范 省级
national pilot | national trial | state pilot | national level pilot: 国家级试点 全国试点 试点
national testing ground: 国家级试点 全国试点 试点
provincial pilot | provincial trial | province level pilot: 省级试点 试点
pilot zone | trial zone | test bed | testing ground | experimental zone: 试验区 试点 先行区
pioneer zone | leading zone | forerunner zone | first mover zone | vanguard zone: 先行区 先行示范区 引领区
first batch | first group | first wave | first round | initial batch: 首批 第一批 首轮
second batch | second group | second wave | second round: 第二批 第二轮
newly selected | newly named | newly designated | newly certified: 新入选 获评 新认定
got the title | won the title | was named | awarded the title | given the title: 获评 荣获 称号 授予
honorary title | honorary titles | honour title | titles won: 称号 荣誉称号 荣誉
won an award | won awards | won prizes | took prizes | got an award: 获奖 荣获 奖项
gold award | gold medal | gold prize: 金奖 金牌
first prize | top prize | grand prize | special prize: 一等奖 特等奖
science award | science and technology award | technology prize | sci tech award: 科学技术奖 科技进步奖
science prizes: 科学技术奖 科技进步奖
star rated hotel | star hotels | starred hotels | star hotel | rated hotels: 星级酒店 星级饭店 星级
star rated homestay | graded homestays | rated guesthouses | grade homestays: 等级民宿 星级民宿 精品民宿
rated homestays: 等级民宿 星级民宿 精品民宿
star rated farmhouse | star rated restaurant | star rated farm stays: 星级农家乐 星级 农家乐
a level attractions | 4a attractions | 5a attractions | 4a scenic spots: 级景区 景区
5a scenic spots | 3a scenic spots | 5a scenic spot | 4a scenic spot | a grade scenic area: 级景区 景区
national resort | tourism resort | holiday resort | resort zone | tourist resort: 旅游度假区 度假区
tourism demonstration zone | tourism model area: 全域旅游 全域旅游示范区
big ticket projects | flagship projects | marquee projects | landmark projects: 重大项目 标志性项目 重点项目
signature projects: 重大项目 标志性项目 重点项目
provincial key projects | province level key projects | provincial major projects: 省重点项目 省级重点项目 省重大项目
municipal key projects | city level key projects | city major projects: 市重点项目 重点项目
flagship company | flagship firms | anchor firm | anchor company: 龙头企业 链主企业 龙头
market leaders | lead firms: 龙头企业 领军企业 头部企业
landmark building | landmark buildings | iconic building | city landmark | iconic buildings: 地标 地标建筑 标志性建筑
well known brand | famous brand | household name | big name brand | famous brands: 知名品牌 驰名商标 品牌
well known trademark | famous trademark | registered trademarks | trademark registrations: 商标 驰名商标 注册商标
old brands | heritage brand | century old brand: 老字号 中华老字号
specialist smes: 专精特新 小巨人
single champion | single item champion | manufacturing champion | hidden champion: 单项冠军 制造业单项冠军
unicorn firms | unicorn companies | gazelle firms | gazelle companies | potential unicorns: 独角兽 瞪羚企业 潜在独角兽
hi tech firms | high technology firms: 高新技术企业 高企
small tech firms | technology based smes | small tech companies: 科技型中小企业 科技型企业
model village | demonstration village: 示范村 示范
famous historical town | historic cultural town | famous towns | famous villages: 历史文化名镇 名镇 名村
heritage villages: 传统村落 古村落
national civilised city | civilised county | civilized county: 文明城市 全国文明城市 文明
sanitary city | hygienic city | healthy city | sanitary county | healthy county: 卫生城市 健康城市 卫生县城
garden city | forest city | forest county | garden county: 园林城市 森林城市 园林县城
model county | demonstration county | showcase county | model counties: 示范县 示范
advanced unit | advanced collective | advanced units | model unit | outstanding units: 先进集体 先进单位
model workers | labour models | labor models | model worker: 劳动模范 劳模
local heroes | moral role models: 好人 道德模范 身边好人
people's congress session | congress session | npc session | annual session: 人代会 两会 人民代表大会 会议
two sessions: 人代会 两会 人民代表大会 会议
plenary meeting | plenary meetings | full session | full sessions | plenary sessions: 全体会议 全会 大会
standing committee meeting | standing committee session | congress standing committee: 人大常委会 常委会 常委会会议
npc standing committee: 人大常委会 常委会 常委会会议
executive meeting | government executive meeting | cabinet meeting | executive meetings: 常务会议 政府常务会议
government meetings: 常务会议 政府常务会议
party committee meeting | party standing committee | party committee standing: 党委常委会 常委会
motions from deputies | motions by deputies | deputies' suggestions | suggestions from deputies: 代表建议 议案 建议
deputy suggestions: 代表建议 议案 建议
proposals from advisers | proposals by members | political advisory proposals: 政协提案 提案 委员提案
advisory proposals | members' proposals: 政协提案 提案 委员提案
proposals adopted | adopted suggestions | took on board | taken on board: 采纳 吸收 采纳建议
all answered | all replied | full reply rate | reply rate | completion rate of replies: 办复率 答复 办结率
satisfaction with replies | satisfied with answers | reply satisfaction: 满意率 满意 基本满意
satisfied with handling | satisfaction with handling: 满意率 满意 基本满意
solved or being solved | resolved or being resolved | being resolved | problems solved: 解决或正在解决 解决 办结
special work report | special report | thematic report | special reports | special work reports: 专项工作报告 专项报告
review comments | deliberation opinions | opinions from review | review opinions | feedback from review: 审议意见 审议
law compliance inspection | enforcement check | enforcement inspections | law inspection: 执法检查
inspection by higher authorities | central inspectors: 巡视 督察 巡察 督察组
provincial inspection | provincial inspectors | roving inspection: 巡视 巡察 督察
green inspection | environmental inspection team | eco inspectors: 环保督察 生态环境保护督察 督察
problems found by inspectors | issues raised by inspectors | problems flagged: 反馈问题 督察反馈 巡视反馈 交办问题
complaints handed down | cases passed down | assigned cases | transferred cases | cases referred: 交办 转办 交办件
rectification of problems | fixing problems found | correcting problems | correcting mistakes: 整改 问题整改 整改落实
fixing shortcomings: 整改 问题整改 整改落实
rectification rate | fix rate | share fixed | rectified rate | completion of rectification: 整改率 整改完成率
holding accountable | accountability measures | called to account | holding responsible: 问责 追责 责任追究
disciplinary action | disciplinary penalties | party discipline penalties: 党纪政务处分 处分 问责
performance appraisal | annual appraisal | performance review | year end appraisal: 考核 绩效考核 年度考核
rated excellent | graded excellent | excellent rating | outstanding grade | top grade rating: 优秀 优秀等次 等次
high quality development assessment | quality development appraisal: 高质量发展综合绩效评价 综合考核 考核
development assessment: 高质量发展综合绩效评价 综合考核 考核
target responsibility | responsibility assessment | target assessment: 目标责任 目标考核 目标责任制
target responsibility system: 目标责任 目标考核 目标责任制
government legal counsel | public sector lawyers: 法律顾问 公职律师
policy documents filed | rule documents: 规范性文件 备案审查 行政规范性文件
documents cleaned up | rules cleaned up | regulations cleared | rules scrapped: 清理 规章 规范性文件 废止
outdated rules removed: 清理 规章 规范性文件 废止
government as defendant | lawsuits against government: 行政诉讼 行政应诉 被告
heads appear in court | leaders appearing in court | appearance in court: 出庭应诉 负责人出庭应诉
loss rate in court: 败诉 败诉率
appeals to government | administrative appeals | review requests | applied for review: 行政复议 复议 复议申请
enforcement teams: 执法人员 行政执法人员 执法队伍
law enforcement ids | enforcement licences: 执法证 执法证件
full recording | legal review of decisions: 三项制度 执法全过程记录 执法公示
minor offences not punished | first offense no penalty | no fines for minor: 首违不罚 轻微免罚 包容审慎
tolerant enforcement: 柔性执法 包容审慎 轻微免罚
fixing credit records | clear bad records | restoring credit: 信用修复
lists of powers | duty lists: 权责清单 权力清单 责任清单
open days | public open day: 政府开放日 开放日
freedom of information: 依申请公开 政府信息公开
special supervisors | outside supervisors | public supervisors | citizen supervisors: 特约监督员 监督员
legislative contact point | legislative contact points | grassroots legislative contact: 基层立法联系点 立法联系点
law consultation points: 基层立法联系点 立法联系点
deputies' stations | deputy liaison stations | deputy offices | deputies' home: 代表联络站 代表之家 联络站
liaison stations: 代表联络站 代表之家 联络站
members' studios | cppcc studios | advisers' studios | members' home | advisers' homes: 委员工作室 委员之家
consultative meetings | consultation meetings | negotiation meetings | discussion meetings: 协商 协商议事 协商会
consultative sessions: 协商 协商议事 协商会
democratic consultation | consultative democracy | consultation democracy: 协商民主 民主协商
whole process democracy | whole process people's democracy | full process democracy: 全过程人民民主
oversight by congress | supervised by congress | congress scrutiny | overseen by congress: 人大监督 监督
inquiry sessions | special inquiry | special inquiries | questions to officials: 专题询问 询问 质询
questioning officials: 专题询问 询问 质询
budget review | budget scrutiny | budget approval | reviewing the budget: 预算审查 预算审批 审查批准
approving the budget: 预算审查 预算审批 审查批准
problems found in audit | audit fixes: 审计发现问题 审计整改 审计
heard reports | listened to reports | heard and reviewed | reviewed reports: 听取 审议 听取和审议
laws passed | local laws passed | regulations passed | regulations adopted | rules enacted: 地方性法规 出台 制定 颁布
regulations revised | laws amended | rules amended | amended regulations | revised rules: 修订 修改 修正
regulations repealed | laws repealed | rules repealed | repealed regulations: 废止 废止法规
local government rules | municipal rules: 政府规章 规章
legislation plan | law making plan | legislative programme | legislative program: 立法计划 立法工作计划
legislation programme: 立法计划 立法工作计划
lithium batteries | lithium battery | li ion batteries | lithium ion batteries | power batteries: 锂电池 锂电 动力电池
core digital economy | digital core industries: 数字经济核心产业
future factories | future factory | intelligent manufacturing demonstration: 未来工厂 智能制造示范
smart manufacturing showcase: 未来工厂 智能制造示范
technological upgrading | equipment upgrading | tech upgrade | tech retrofits: 技术改造 技改
technical upgrade projects | tech upgrade projects | technical renovation projects: 技改项目 技改投资
technical transformation investment: 技改项目 技改投资
replace old equipment | new equipment replacing old: 设备更新 大规模设备更新
100 billion cluster | trillion yuan cluster | billion yuan industry: 千亿级 百亿级 万亿级 产业集群
ten billion industry: 千亿级 百亿级 万亿级 产业集群
industry chain leader | chain master | chain chief | chain head: 链长 链主 链长制
plug and play factories | move in ready factories: 标准厂房 标准化厂房
per mu revenue: 亩均 亩均税收 亩产
heroes by mu | mu based evaluation | judge by output per mu | evaluation per mu: 亩均论英雄 亩均效益评价
empty factories | unused factory space: 闲置厂房 低效用地 闲置
underused industrial land | inefficient industrial land: 低效用地 低效工业用地 盘活
industrial upstairs | factories upstairs | high rise factories | multi storey factories: 工业上楼 高标准厂房
vertical factories: 工业上楼 高标准厂房
grain sown area | area sown to grain | land under grain: 粮食播种面积 播种面积
yield per hectare | yields per mu | crop yields: 单产 亩产
farmland restored | converted back to farmland | returned to farmland | farmland recovered: 恢复耕地 复耕 退林还耕
cropland restored: 恢复耕地 复耕 退林还耕
non grain farming | not growing grain | non farm use | non agricultural use: 非粮化 非农化
seed production | seed base: 种业 制种 育种
breeding base | breeding bases | propagation base | improved seed base: 繁育基地 育种基地 良种繁育
mechanised farming rate | farm mechanisation rate | mechanized farming rate: 机械化率 综合机械化率
farm mechanization rate | machinery rate: 机械化率 综合机械化率
agricultural drones | spraying drones | crop spraying drones | plant protection drones: 植保无人机 无人机
farm drones: 植保无人机 无人机
farm machinery subsidies | machinery purchase subsidies | tractor subsidies: 农机购置补贴 农机购置与应用补贴
subsidies for farm machines: 农机购置补贴 农机购置与应用补贴
trusteeship farming | farm hosting services: 托管 土地托管 农业社会化服务
farming on contract | farming to order: 订单农业
facility agriculture | greenhouse farming | protected agriculture | polytunnel farming: 设施农业 大棚 温室
under forest economy | forest floor economy | undergrowth economy | forest understory | woodland economy: 林下经济
forest chief scheme: 林长制 林长
lake chief system: 湖长 湖长制
field chief | farmland chief | cropland protection chief | field chief system: 田长制 田长
pig output: 生猪出栏 出栏 生猪
cattle on hand | livestock inventory | head of cattle | head of livestock: 存栏 出栏
fertile sows | sow herd: 能繁母猪
poultry raised | birds raised | poultry slaughtered | poultry output | chickens raised: 家禽 出栏
fish catch | aquatic production | fishery output: 水产品产量 水产品 渔业
fishermen retired | fishers relocated | fishers resettled | fishing boats scrapped: 退捕 退捕渔民 渔船
boats withdrawn: 退捕 退捕渔民 渔船
income of village collectives | village collective revenue: 村集体经济 集体经营性收入 村级集体经济
weak village collectives | hollow collectives | villages with no income: 薄弱村 集体经济薄弱村 空壳村
poor village collectives: 薄弱村 集体经济薄弱村 空壳村
first party secretary | village first secretary: 第一书记 驻村第一书记
resident teams | work teams in villages | village based teams: 驻村工作队 驻村干部
pairing support | counterpart aid: 对口支援 东西部协作 对口帮扶
buying from poor areas | consumer aid | purchase assistance: 消费帮扶
monitoring targets | households under monitoring | households at risk of poverty: 监测对象 防止返贫 监测户
families at risk: 监测对象 防止返贫 监测户
village factories | home based workshops: 帮扶车间 就业帮扶车间 扶贫车间
public service posts | welfare posts | public benefit jobs | welfare jobs: 公益性岗位 公益岗位
thousand villages project | thousand village project | ten thousand villages: 千万工程 千村示范 万村整治
thousand villages demonstration: 千万工程 千村示范 万村整治
livable and workable villages | beautiful harmonious villages: 宜居宜业和美乡村 和美乡村
practical village plans | village master plans: 村庄规划 实用性村庄规划
homestead land | residential land reform | rural house plots: 宅基地 宅基地改革
land contract extension | second round contracts | extend land contracts: 二轮土地承包 延包 二轮延包
land contract renewal: 二轮土地承包 延包 二轮延包
land rights certificates | land titles | land certificates | land registration: 确权 确权颁证 确权登记
land rights confirmed: 确权 确权颁证 确权登记
property deeds | real estate certificates: 不动产权证书 不动产证 办证
homes without deeds | certificates for old homes | historical certificate problems: 办证难 历史遗留问题 不动产登记
deeds problems | no property certificate: 办证难 历史遗留问题 不动产登记
city update | urban redevelopment | town renewal: 城市更新 更新改造
old industrial sites | old factory areas | brownfield sites | industrial heritage: 老旧厂区 工业遗存 棕地
old factories converted: 老旧厂区 工业遗存 棕地
historic blocks | old streets | old blocks: 历史文化街区 老街区 街区
vest pocket parks | corner parks: 口袋公园 小微公园 游园
15 minute living circle | fifteen minute living | 15 minute community | 15 minute life circle: 分钟生活圈 生活圈
15 minute city: 分钟生活圈 生活圈
complete communities | full service communities | all in one communities | well equipped communities: 完整社区
old pipes replaced: 管网改造 老旧管网 更新改造
gas pipes replaced | old gas pipes | gas pipeline renewal | gas pipe renovation: 燃气管道 老化更新改造 燃气管网
separating storm and sewer | storm sewer separation: 雨污分流
flooding spots | waterlogged spots: 易涝点 内涝点 积水点
underground utility tunnels: 综合管廊 地下综合管廊
spider web cables | cables buried: 架空线 线缆 飞线 入地
unauthorised extensions | illegal add ons | unauthorized structures: 违建 违法建设 违章搭建
advertising signs | billboards removed: 店招 广告牌 户外广告 招牌
building facades | facade renovation | wall renovation | facade upgrades | exterior walls: 立面 立面改造 外立面
lighting projects | city lights: 亮化 夜景 亮化工程
trees along roads | avenue trees: 行道树
park green area per capita | greenery per head: 人均公园绿地面积 绿地
refuse transfer stations | rubbish transfer stations: 转运站 垃圾转运站
waste sorting points | sorting stations | recycling points | waste drop off points: 分类投放点 投放点 回收站点
recycling stations: 分类投放点 投放点 回收站点
kitchen scraps | wet waste | food leftovers | restaurant waste: 厨余垃圾 餐厨垃圾 湿垃圾
building rubble | renovation waste | construction rubbish: 建筑垃圾 装修垃圾
bulky waste | bulky items | bulky rubbish: 大件垃圾
fine air days: 优良天数 空气质量优良天数 优良天数比例
badly polluted days: 重污染天数 重污染天气
monitored sections | national control sections | state monitored sections: 断面 国控断面 省控断面
water monitoring sections: 断面 国控断面 省控断面
class iii water | grade iii water | class iii or better | good quality water: 类以上 水质优良 优良水体
sewage outfalls | discharge outlets | sewage outlets | pipes into rivers | outfalls into rivers: 入河排污口 排污口
smelly ditches | smelly water: 黑臭水体
safe use of farmland | polluted land reused | contaminated land reuse: 安全利用率 受污染耕地 污染地块
polluted farmland: 安全利用率 受污染耕地 污染地块
pollutant permits: 排污许可 排污许可证
forest carbon | carbon sink trading: 碳汇 林业碳汇
ecosystem value | eco product value | value of nature | ecological products value: 生态产品价值 生态产品价值实现
eco red line: 生态保护红线
restored mines | abandoned mines restored | mine repair: 矿山修复 矿山生态修复 废弃矿山
green mine: 绿色矿山
soil erosion control | water and soil loss | soil and water loss | soil loss: 水土流失 水土保持
desertification control | sand prevention | combating desertification: 防沙治沙 荒漠化
protected species | rare animals | endangered species | rare plants | wild animals: 野生动物 珍稀濒危 保护物种
invasive species | alien species | pine wilt | pine wilt disease | pine nematode: 外来入侵物种 松材线虫病
power capacity | generating capacity | capacity installed | grid connected capacity: 装机容量 装机 并网
solar panels on roofs: 屋顶光伏 分布式光伏
pumped storage power: 抽水蓄能
charge points | charging stations built: 充电桩 充电设施
battery swap stations | battery swapping | swap stations | battery exchange stations: 换电站 换电
county medical community | medical alliance | medical groups: 医共体 医联体 县域医共体
hierarchical diagnosis | graded treatment: 分级诊疗
treated in the county | see doctor locally: 县域内就诊率 县域就诊率
famous doctors | expert doctors | renowned doctors | top doctors | star doctors: 名医 专家 名医工作室
doctors sent down | doctors sent to villages | doctors to grassroots | medical staff sent down: 下沉 医生下沉 对口支援
experts sent down: 下沉 医生下沉 对口支援
town clinics: 乡镇卫生院 卫生院
village health stations | village medical rooms: 村卫生室
chest pain centre | stroke centre | trauma centre | chest pain center | stroke center: 胸痛中心 卒中中心 创伤中心
medical specialties: 临床重点专科 重点专科
grade iii hospitals | third grade hospitals | top tier hospital: 三级医院 三甲 三级甲等
insurance fund fraud | fraudulent claims: 医保基金 欺诈骗保 骗保
pay medical bills elsewhere | out of town medical settlement | medical treatment elsewhere: 异地就医 直接结算
treatment in other places: 异地就医 直接结算
ltc insurance | nursing insurance: 长期护理保险 长护险
city insurance | hui min bao | supplementary medical insurance: 惠民保 普惠型商业补充医疗保险
inclusive health insurance: 惠民保 普惠型商业补充医疗保险
mutual recognition of tests | test results recognised | shared test results: 检查检验结果互认 互认
test results recognized | recognised test results: 检查检验结果互认 互认
bulk drug buying | centralised purchasing | centralized purchasing | drug price cuts: 集中带量采购 集采
canteens for elderly | old age canteens | elderly dining: 老年食堂 助餐点 长者食堂 老年助餐
home care beds | family care beds | home based care beds | family elderly beds: 家庭养老床位
care bed ratio: 护理型床位 养老床位
medical and elderly care | integrated medical care | health and care combined | elderly and medical care: 医养结合
places per thousand: 托位 千人口托位数 托育
community childcare: 普惠托育 普惠性托位
childbirth subsidies | child subsidies: 生育补贴 育儿补贴 生育支持
extra school places | places added at schools: 学位 新增学位
state kindergartens | public preschools: 公办园 普惠性幼儿园 公办幼儿园
county high schools | county secondary schools | county senior high | county middle schools: 县中 县域普通高中
group run schools: 集团化办学 教育集团
urban rural school pairs | school communities | town and village schools | paired schools: 城乡学校共同体 共同体 结对
teachers rotated | rotating teachers: 教师交流轮岗 交流轮岗
special post teachers | country teachers: 特岗教师 乡村教师
university admission rate | college entrance rate | undergrad admission rate: 本科上线率 上线 录取率
first tier admission | college admission: 本科上线率 上线 录取率
skills colleges | higher vocational: 高职 职业院校 技师学院
industry colleges | industry college | school enterprise cooperation: 产业学院 校企合作 产教融合
industry school cooperation | industry education integration: 产业学院 校企合作 产教融合
high skilled talent | skill masters | skilled craftsmen: 高技能人才 工匠 技能大师
craftsmen studios | skill master studios | master studios | craftsman studios: 技能大师工作室 工匠工作室
cultural relics census | heritage survey | relics survey | heritage census: 文物普查 全国文物普查
cultural heritage census: 文物普查 全国文物普查
archaeological excavations | excavation sites: 考古 考古发掘 考古发现
protected heritage sites | listed monuments | heritage units | heritage protection units: 文物保护单位 文保单位
master inheritors | heritage practitioners: 传承人 非遗传承人 代表性传承人
village sports events: 村超 乡村体育 乡村篮球
running paths | jogging paths | walking trails: 健身步道 步道
outdoor fitness equipment | gym equipment: 健身器材 健身路径
sports space per head | sports venue area per capita | sports facilities per person: 人均体育场地面积
cultural performances | shows staged | performances staged: 文艺演出 演出 惠民演出
outdoor films | free films | movie screenings: 电影放映 公益电影 农村电影放映
farmhouse libraries: 农家书屋 书屋
urban reading rooms | city book rooms | urban study rooms | public study rooms: 城市书房 阅读空间
township culture stations | township cultural centres: 综合文化站 文化站
civilisation practice centres | civilisation practice stations: 新时代文明实践中心 文明实践 文明实践站
visitor numbers | visitor arrivals: 接待游客 游客 人次
tourism receipts: 旅游收入 旅游总收入
staying guests | overnight guests: 过夜游客 过夜
national day holiday | spring festival holiday | may day holiday: 黄金周 假期 节假日
hotel occupancy | occupancy rate | room occupancy | occupancy rates | hotel occupancy rate: 入住率 客房出租率
boutique homestays | quality homestays | high end homestays | upscale homestays | premium homestays: 精品民宿 民宿
cultural products | tourist souvenirs | souvenir products: 文创 文创产品 旅游商品
performing arts | live performances | concerts and shows | big concerts | live shows: 演艺 演唱会 演出市场
events hosted | sports events hosted | major sports events | tournaments hosted | events staged: 赛事 体育赛事 承办
four good rural roads | good rural roads | rural road network | country roads upgraded: 四好农村路 农村公路
roads hardened | surfaced roads | tarmac roads: 硬化路 通硬化路 村村通
bus service to villages | buses to every village: 通客车 城乡公交 村村通客车
bus routes added | new bus routes | bus lines opened | bus routes opened | bus lines added: 公交线路 新开 线路
e buses | battery buses | electric bus fleet: 新能源公交车 新能源公交
parking spaces added | parking spots added | new parking spots | parking places added: 停车位 车位 新增
smart car parks: 智慧停车
bridges rebuilt: 危桥 危桥改造 桥梁
road safety upgrades | road safety facilities | guard rails: 安全生命防护工程 护栏
cargo handled: 吞吐量 货物吞吐量 集装箱吞吐量
flights added | new flight routes: 航线 新开航线 通航城市
passengers at airport | airport throughput: 旅客吞吐量 机场
multimodal transport | rail sea intermodal | combined transport: 多式联运 铁海联运 海铁联运
china europe railway | freight trains to europe | europe bound trains | china europe express: 中欧班列
bonded zone | bonded area | bonded warehouse: 综合保税区 保税区 保税
workplace deaths | deaths at work | work related deaths | people killed | death toll: 死亡人数 生产安全事故 死亡
major and above accidents | fatal accidents: 较大事故 重大事故 较大以上
self built housing: 自建房 经营性自建房
unsafe homes: 危房 危房改造 农村危房
gas safety | gas safety checks | gas hazards | gas risks | gas inspections: 燃气安全 燃气
gas alarms installed | gas detectors | gas alarms | gas leak alarms | gas detector installation: 燃气报警器 报警装置
e bikes charging | e bikes indoors: 电动自行车 充电 电动车
fire stations built: 消防站 微型消防站 小型消防站
fire exits blocked | blocked exits: 消防通道 生命通道
main flood season | flood period: 汛期 防汛 主汛期
moved out of danger | people moved to safety | residents evacuated: 转移群众 转移 避险
landslide risk sites | hazard sites | geohazard points: 地质灾害隐患点 隐患点
food safety sampling | samples tested | sampling inspections | spot tests: 抽检 食品抽检 批次
pass rate | passing rate | qualified rate | compliance rate | conformity rate: 合格率 达标率
drug supervision: 药品安全 药品监管
loans to small firms | loans for smes | sme loans: 普惠小微贷款 小微企业贷款
new borrowers | first loan customers: 首贷 首贷户
no collateral loans: 信用贷款 信用贷
loan extensions | roll over loans | loan renewal without repayment | loans renewed: 无还本续贷 续贷 延期还本付息
guarantee firms | guarantee funds: 融资担保 政府性融资担保 担保
loss compensation fund: 风险补偿 风险补偿资金池
government bonds issued | bond quotas | bond quota | bonds issued: 政府债券 专项债券 地方政府债券
paying down debt | debt reduction plan: 化债 化解债务 隐性债务
urban investment firms | city investment firms | local financing vehicles: 融资平台 城投 平台公司
loans outstanding | deposits outstanding: 贷款余额 存款余额 本外币贷款余额
general budget revenue | local revenue | general revenue: 一般公共预算收入
share of tax in revenue | tax share of revenue | share of taxes | tax revenue share: 税收占比
spending on people | welfare spending share | social spending share: 民生支出 民生支出占比
direct fund mechanism | direct transfer funds: 直达资金
basic three guarantees | wages pensions and operations | keeping basics running: 三保 保基本民生 保工资 保运转
three basics: 三保 保基本民生 保工资 保运转
tight budget | living frugally | frugal government: 过紧日子 压减 一般性支出
general spending cuts | general expenditure | non essential spending | routine spending: 一般性支出 压减
discretionary spending: 一般性支出 压减
flats built | homes built | housing units built | units completed | homes completed: 建成 竣工 筹集
affordable units raised | rental homes raised | units raised | homes raised | housing raised: 筹集 保障性租赁住房 房源
plots of land | land parcels | parcels of land | land plots sold | number of plots: 地块 宗地
buildings renovated | blocks renovated | buildings retrofitted | buildings upgraded | blocks upgraded: 改造 楼栋
bridges built | bridges completed | new bridges | bridges repaired: 桥梁 建成
boats scrapped | vessels scrapped | boats removed | ships dismantled | fishing boats removed: 渔船 拆解 退出
households connected | homes connected | households hooked up | homes hooked up | households linked: 接入 入户
homes connected to gas | households on gas | connected to gas supply: 通气 燃气
connected to running water | tap water connected | piped water connected | water connections: 通自来水 自来水 供水
villages connected | villages linked up | villages reached | villages covered: 行政村 通达 覆盖 村村通
firms served | companies helped | enterprises served | businesses helped | firms assisted: 企业 服务 惠及
people benefited | beneficiaries reached | people covered | residents benefited | people helped: 惠及 受益 人次 覆盖
visits made | home visits made | door to door visits | households visited: 走访 入户 户次
cases per year | cases a year | cases each year | caseload handled: 案件 办理
acres planted | mu planted | area planted | hectares planted | land planted: 种植面积 种植
acres of farmland | mu of farmland | farmland built | fields built | fields upgraded: 农田 建成
saplings planted | trees put in: 植树 造林
head of pigs | pigs on hand | hogs on hand | live pigs on hand: 存栏 生猪存栏
sets of equipment | equipment sets | machines installed | units installed | sets installed: 台套 设备
kilometres built | km built | kilometres laid | km laid | kilometres of pipes: 公里 建成 铺设 新建
square metres built | floor area built | floor space built | space completed: 平方米 万平方米 建筑面积 竣工
living space | housing space | floor space per person | living area per person: 住房面积 居住面积 人均住房面积
tonnes handled | tons handled | tonnes processed | tons processed | tonnes collected: 处理 收运
beds added | new beds | beds opened | extra beds: 床位 新增床位
places added | new places | slots added | extra places: 新增 学位 托位
new jobs created | urban jobs added: 城镇新增就业 新增就业
interns taken on | internship posts | trainee posts | work experience posts: 见习岗位 就业见习 见习
graduates stayed | graduates kept | graduates retained | graduates settled: 留住 留用 高校毕业生 就业
handled within deadline | dealt with on time | on time rate | timely handling: 按时办结率 及时率 按时
calls answered | calls handled | calls received | phone calls logged: 热线 工单 受理 来电
tickets handled | tickets closed | complaints tickets: 工单 办结 派单
""".strip().splitlines()


@lru_cache(maxsize=1)
def entries() -> dict[str, tuple[str, ...]]:
    """Every listed English word (and expression, as its `phrase_token`) with the Chinese words reports print."""
    out: dict[str, list[str]] = {}
    for line in _ENTRIES:
        english, _, chinese = line.partition(":")
        for word in english.split():
            out.setdefault(word, []).extend(chinese.split())
    for phrase, renderings in _phrases().items():
        out.setdefault(phrase_token(phrase), []).extend(renderings)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in _PHRASES:
        english, _, chinese = line.rpartition(":")
        for variant in english.split("|"):
            words = _normal(variant).split()
            if len(words) >= 2:
                out.setdefault(" ".join(words), []).extend(chinese.split())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _normal(text: str) -> str:
    return re.sub(r"[\s/-]+", " ", text.lower()).strip()  # "good/bad rating": good bad rating


def phrase_token(phrase: str) -> str:
    """The one word an expression is read as: "broke ground" -> "broke_ground"."""
    return _normal(phrase).replace(" ", "_")


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str] | None:
    listed = sorted(_phrases(), key=len, reverse=True)
    if not listed:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in listed) + r")\b")


def phrase_words(text: str) -> str:
    """English text (lower case) with each listed expression written as its one word ("broke_ground")."""
    pattern = _phrase_pattern()
    text = _normal(text)
    return pattern.sub(lambda m: phrase_token(m.group(0)), text) if pattern else text


def expressions(text: str) -> list[str]:
    """The listed expressions an English text holds, each as its one word ("broke_ground")."""
    return _EXPRESSION.findall(phrase_words(text))


_EXPRESSION = re.compile(r"[a-z]+(?:_[a-z]+)+")


def renderings(word: str) -> tuple[str, ...]:
    """The Chinese words government reports print for an English word (its base form), if listed."""
    return entries().get(word.lower(), ())
