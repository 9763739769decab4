"""The quantity grammar: what a figure is (value, unit, qualifier), what is no quantity, and
figures whose unit the context gives (a list's last unit, a sum in 亿 with its 元 left off)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

import regex

from ... import patterns
from ...numbers import BELOW_ZERO, BIG_UNITS, CHINESE_NUMERAL_CHARS, DIGITS, EXACT, parse_number
from ...tables import FIXED_PHRASES, MINOR_UNITS, QUALIFIER_WORDS, SUBJECT_WORDS, UNITS, alternation, currency_words
from .. import tokens as tk
from ..overlap import Spans
from .clauses import clause

# 签约, 节约 and 纽约 end in 约, 赶超 in 超, 最近 and 附近 in 近: after these characters the
# qualifier's first character ends a word, no qualifier (but 环节 + 近70%, 节 + 约: each qualifier
# its own). Characters that also end words before a hedge (损失 + 约3亿元, 持续 + 约3小时, 北 +
# 约13公里) are left out.
FALSE_QUALIFIER_BEFORE = {"约": "签节制预公条合契违履相邀纽特誓盟践缔", "超": "赶", "近": "最附靠邻亲临"}
# 减负, 担负, 肩负, 税负 end in 负: after them it is no minus sign (吨煤减负4元 is a cut of 4 元,
# 减轻税负5000多亿元 a cut of 5000亿元).
FALSE_MINUS_BEFORE = "减担肩背辜欺胜抱自税重"
PRE_FORMS = sorted({form for form, position in QUALIFIER_WORDS if position == "pre"}, key=lambda form: (-len(form), form))


def _hedge(form: str) -> str:
    """A pre qualifier as a pattern, not matched where its first character ends a word (签约)."""
    return (f"(?<![{FALSE_QUALIFIER_BEFORE[form[0]]}])" if form[0] in FALSE_QUALIFIER_BEFORE else "") + regex.escape(form)


PRE = "|".join(map(_hedge, PRE_FORMS))  # longest first, as alternation() orders forms
# 约为, 约有, 约合: a hedge of approximation, then a verb of amount, right before the figure
# (资产规模约为7000亿): the figure's qualifier. The span opens after the verb, which the subject
# rules read as they read any verb of amount (为, 合 of a conversion).
HEDGE_VERBS = "为有达占合计在"
APPROX = "approx"
HEDGE_BEFORE_VERB_RE = patterns.compile(
    "(?:" + "|".join(_hedge(form) for form in PRE_FORMS if QUALIFIER_WORDS[(form, "pre")] == APPROX) + f")[{HEDGE_VERBS}]$"
)
LONGEST_HEDGE = max(map(len, PRE_FORMS)) + 1
MID = alternation(form for form, position in QUALIFIER_WORDS if position == "mid")
POST = alternation(form for form, position in QUALIFIER_WORDS if position == "post")
UNIT = alternation(UNITS)
# The unit alternation (hundreds of forms) is written out once per pattern, at the main unit,
# and called by name everywhere else (DEFINITIONS, below): ten copies made compiling
# QUANTITY_RE cost 37 ms of every start, against about 25 ms so; matching is as fast.
UNIT_CALL = "(?&unit_form)"
CN = regex.escape(CHINESE_NUMERAL_CHARS)
# What may not stand right before a figure: a numeral it would be the end of. The cheque
# forms of 6 and 5 are left out, being far more often the ends of words (登陆, 大陆, 陆续,
# 队伍, 入伍) than of numbers.
CN_BEFORE = regex.escape(CHINESE_NUMERAL_CHARS.translate(str.maketrans("", "", "陆伍点點")))
# 点 is a decimal point (三点五) or an hour (22点30分) only after a numeral: after a noun it ends
# the noun (站点120个, 安置点29个, 网点41.3万处); no figure opens with it (景点 + 五个).
POINT_AFTER_NUMERAL = rf"(?<![0-9０-９{CN}][点點])(?![点點])"
# Words that end in a numeral (唯一, 统一): the numeral is the word's, and a figure may begin
# right after it (唯一 + 一座, 统一 + 12个), not at it (唯一一座 is one bridge, not eleven).
NUMERAL_ENDED_WORDS = ("唯一", "统一", "逐一")
NOT_INSIDE_A_WORD = "(?!" + "|".join(f"(?<={word[:-1]}){word[-1]}" for word in NUMERAL_ENDED_WORDS) + ")"
AFTER_A_NUMERAL_ENDED_WORD = f"(?<={alternation(NUMERAL_ENDED_WORDS)})"
# 两 counts after a numeral that ends in 十 or in a unit and a digit (神十七 + 两个乘组, 二十 +
# 两个): 十七两 is no number, where 一两个 and 三两天 are ranges of two digits. Such a 两 opens a
# figure of its own.
COUNTED_PAIR = "(?:(?<=[十拾百佰千仟][一二三四五六七八九壹贰叁肆伍陆柒捌玖])|(?<=[十拾]))[两兩]"
CN_NUMERAL = f"[{CN}](?:(?!{COUNTED_PAIR})[{CN}])*?"
MULTIPLIER = "[十百千万亿兆]"
# What 亿元 or 万元 classes by size after 个 (2000个 + 亿元项目, 156个 + 亿元以上项目, 三个 + 万元户,
# 5个 + 亿元村): the things counted, where 10个亿元资金 is a sum in speech.
YUAN_CLASS = "元(?:以上|级|户|项目|工程|企业|楼宇|村|镇|县|产业|集群|园区|大项目|商圈|街区|单品)"
# 半 after a unit adds a half (一吨半, 两年半) unless it opens a word (5公里 + 半径, 半岛, 半导体,
# 半年: 一年 + 半年 is two spans, not one and a half years).
HALF = "半(?!径|岛|导体|决赛|年)"
# 余 after a unit means "and more" (一年余, 三个月余) unless it opens a word with the character
# after it (175次 + 余震, 100万元 + 余额, 3万斤 + 余粮): then the figure ends at the unit. 多 the
# same (3米多高, 两年多来) unless it opens a word of kind (60米 + 多用途钻机, 5吨 + 多功能起重机,
# 4个 + 多部门工作组); 多长, 多点, 多国 and 多边 are left out, which read either way (2米多点).
MANY_OPENS = (
    "功能", "用途", "元化", "元文化", "层次", "领域", "学科", "媒体", "晶硅", "民族", "党合作", "式联运",
    "渠道", "语种", "部门", "模态", "光谱", "旋翼", "车道", "任务", "目标", "节点", "样化",
)
MANY_OPENED = f"多(?:{'|'.join(MANY_OPENS)})"
POST_WITHOUT_WORD = f"(?!余[震额款粮热波量生温地孽党暇者裕晖力光音味兴威缺下]|{MANY_OPENED})"
TRAILING_MULTIPLIERS_RE = patterns.compile(MULTIPLIER + "+$")
MULTIPLIERS_RE = patterns.compile(MULTIPLIER + "+")
# A bare multiplier is a number after a qualifier (超过千亿元) or a verb of reaching (突破千亿元).
REACHED_RE = patterns.compile(r"(?:突破|达到|高达)$")
# A numeral needs a digit; all zeros (〇〇) is a placeholder, not a number.
NUMERAL_DIGIT_RE = patterns.compile(r"[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖〇零十拾廿卅]")
ZEROS_RE = patterns.compile(r"[零〇]+")
# 三成 is a share; 三千成 or 30成 is not.
NOT_TENTHS_RE = patterns.compile(r"[万亿千百]")
HAN_CHAR_RE = patterns.compile(r"\p{Han}")
# Currency signs and words written before the number, and the unit each reports: the signs,
# and every currency the units table names (港币5000元, 新台币177.1亿元, 美元1.2亿).
CURRENCY_SIGNS = {"￥": "元", "¥": "元", "$": "美元", "＄": "美元", "US$": "美元", "€": "欧元", "£": "英镑", "HK$": "港元"}
CURRENCIES_BEFORE = {**CURRENCY_SIGNS, **{word: UNITS[word].unit for word in currency_words(UNITS)}}
CURRENCY_BEFORE = alternation(CURRENCIES_BEFORE)
# Shares written before their number, and what one of each is in percent.
FRACTION_SCALE = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "仟分之": Decimal("0.1"), "万分之": Decimal("0.01"),
                  "十万分之": Decimal("0.001"), "百万分之": Decimal("0.0001"), "千万分之": Decimal("0.00001"),
                  "万万分之": Decimal("0.000001"), "亿分之": Decimal("0.000001")}
FRACTION = alternation(FRACTION_SCALE)
# A digit of 角 or 分, and 分 as money: not 分钟, 分之, 分别 (a Chinese character after 分 other than
# 钱 ends the match).
SUBUNIT_DIGIT = "(?:[0-9０-９]|[一二两三四五六七八九壹贰叁肆伍陆柒捌玖])"
FEN = r"分(?!(?!钱)\p{Han})"
# A space inside a quantity, never a line break: a figure does not run across paragraphs.
SP = r"[^\S\n]"
# Thousands are grouped by commas (1,234) or, in statistical bulletins, by a space (450 933).
RANGE_LINK = "(?:至|到|-|—|~|～)"
# 、 between a digit and the next one up (五、六): only neighbours, so that a list of numbers
# (一、三) stays a list.
LISTED_NEIGHBOUR = "(?:" + "|".join(
    f"(?<={low})、(?={high})" for low, high in (("一", "二"), ("[二两]", "三"), ("三", "四"), ("四", "五"), ("五", "六"), ("六", "七"), ("七", "八"), ("八", "九"))
) + ")"
# Digits on both sides of 亿 or 万, one number (1亿5462万, 63万6463亿 in 万亿, 5万6千, 4万2千9百,
# 82万3799): 万 and digits alone only with all four (3万5, spoken for 35,000, is left unread),
# and none that a multiplier follows (1亿1千多万: the 千 is of 万, which this form cannot say).
COMPOUND_ARABIC = (
    "[0-9０-９]{1,4}(?:亿[0-9０-９]{1,4}万|万[0-9０-９]{4}亿|[万亿][0-9０-９]千(?:[0-9０-９]百)?|万[0-9０-９]{4})"
    "(?![0-9０-９.．]|[多余几]?[万亿])"
)
# The middle dot is a decimal point only before a unit or a multiplier (２·０７％, ２·５倍): 6·30
# and 5·12 are days. A decimal point with a space after it is typesetting (增长8. 7%, 8. 99万亿元):
# Chinese text ends no sentence with a Latin full stop before a digit.
ARABIC = (
    rf"(?:[-−－]|(?<![{FALSE_MINUS_BEFORE}])负|{BELOW_ZERO})?"
    r"(?:[0-9０-９]{1,3}(?:[ \u2009\u202f][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[,，][0-9０-９]{3})*)"
    rf"(?:[.．][ ]?[0-9０-９]+|·[0-9０-９]+(?=[%％万亿千百]|{UNIT_CALL}))?"
)

# The traditional weight 两 (50 g) after a number, where the figure ends there (二两, 9两半,
# 三千两百两, 减少二两，): followed by more words, 两 is nearly always "two" (一两个小时,
# 两万两千元, 076两栖攻击舰, 2024两岸), and a weight before its noun (二两白酒) is left unread.
# A number that ends in 万 or 亿 before 两 is a number of its own (两万两 is 22,000) unless the
# clause speaks of a weight of gold, silver or goods (白银两万两).
WEIGHT_CUE_RE = patterns.compile(r"白银|黄金|银子|金子|纹银|银两|赏银|库银|斤|黄酒|白酒|药材|茶叶")
# Cheque numerals: a number before 两 written with them is no weight (水陆两路).
FINANCIAL_DIGIT_RE = patterns.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]")
MINOR_UNIT = alternation(MINOR_UNITS)
# Latin magnitude letters between a number and its unit (12k个百分点, 月薪8k元, 3w元).
LATIN_MAGNITUDES = {"k": Decimal(1000), "K": Decimal(1000), "w": Decimal(10000), "W": Decimal(10000)}

# What UNIT_CALL calls. (The Arabic number stays written out: a call that opens an
# alternative hides the alternative's first characters from the matcher, which then tries
# every position of a text, 35 times slower.)
DEFINITIONS = f"(?(DEFINE)(?P<unit_form>{UNIT}))"
# A currency's major unit (as written: 美元, 美金) before one of its own minor units
# (10美元5美分); 10美元5便士 is two figures.
MAJOR_THEN_MINOR = "|".join(
    rf"(?P<major_unit>{alternation(form for form, unit in UNITS.items() if unit.unit == major)}) {SP}?"
    rf" (?P<minor>{ARABIC}|[{CN}]+?) (?P<minor_unit>{alternation(minor.form for minor in MINOR_UNITS.values() if minor.major == major)})"
    for major in sorted({minor.major for minor in MINOR_UNITS.values()})
)

QUANTITY_RE = patterns.compile(
    rf"""(?x)
    # Not the end of a longer number, word or ordinal, nor an exponent (10^400元 is left alone).
    (?: (?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ第{CN_BEFORE}^]) {NOT_INSIDE_A_WORD} | {AFTER_A_NUMERAL_ENDED_WORD} | (?={COUNTED_PAIR}) )
    {POINT_AFTER_NUMERAL}
    (?: (?P<pre>{PRE}) {SP}? )?
    (?:
        # 百分之八十, 千分之2.4: the share comes before its number.
        (?P<fraction>{FRACTION}) {SP}? (?P<fnum>{ARABIC}|[{CN}]+)
      | # ￥300, $20, 港币3.14: the currency before the number.
        # The number may be Chinese, and may go on with 元 (人民币8千元, 港币两千九百六十元), a
        # qualifier and a multiplier before it too (人民币3000多元, 人民币300余万元: 300万); no other
        # unit, digit or multiplier may follow (人民币100万美元 is not 人民币100).
        # A currency word right after a number is that number's unit (1新卢布1000旧卢布).
        (?<! [0-9０-９] \p{{Han}}? ) (?P<currency>{CURRENCY_BEFORE}) {SP}? (?P<cnum>{ARABIC} (?:{SP}?{MULTIPLIER}+)? | [{CN}]+ )
        # A tenth of the yuan after the number is the sum's unit too (人民币六角: 0.6 元).
        (?: (?P<cmid>{MID}) (?P<cmult>{MULTIPLIER}*) (?=元|圆|块) )? (?: (?P<cyuan>元|圆|块) | (?P<cjiao>角|毛) )?
        (?! {SP}?(?:{UNIT_CALL}|[0-9０-９.．{CN}]))
      | # 五元三毛, 50元6角3分, 一块二, 三块零四 (Cantonese 三蚊零四), 三块四分, 壹拾壹元壹角壹分:
        # money in 元, 角 and 分.
        (?P<yuan>{ARABIC}|[{CN}]+?) (?:元|块|圆|蚊) (?P<jiao_zero>零)?
        (?: (?P<jiao>{SUBUNIT_DIGIT}) (?:角|毛|(?= [^0-9０-９.．\p{{Han}}] | $ )) (?: (?P<fen>{SUBUNIT_DIGIT}) {FEN} )?
          | (?P<yuan_fen>{SUBUNIT_DIGIT}) {FEN} )
      | # 3斤5两, 六斤八两, 十斤零五两: a weight in 斤 and the 两 (tenths of a 斤) after it, one amount.
        (?P<jin>{ARABIC}|[{CN}]+?) 斤 零? (?P<jin_liang>{SUBUNIT_DIGIT}) 两 (?![0-9０-９{CN}])
      | # 两角五分, 两毛五: 角 alone is too often no money (长三角), so 分 must follow; 毛 and a digit
        # is money too (一毛不拔 is not).
        (?P<jiao_only>{SUBUNIT_DIGIT}) (?: (?:角|毛) (?P<fen_only>{SUBUNIT_DIGIT}) {FEN} | 毛 (?P<mao_fen>{SUBUNIT_DIGIT}) (?![0-9０-９分]) )
      | # 三四十个, 七八家, 两三个, 一两个小时, 三两天: two neighbouring digits make a range; so
        # do two with 、 between them in rising order (五、六十块钱, 三、四百户, 两、三千万元).
        # The higher places may come first, shared by both ends (十一二个 is 11 to 12, 三十五六万
        # 350,000 to 360,000, 一千二三百名 1,200 to 1,300).
        (?P<rlead>[一二两三四五六七八九十百千万]*[十百千万])?
        (?P<r1>[一二两三四五六七八九]) {LISTED_NEIGHBOUR}? (?!{COUNTED_PAIR}) (?P<r2>[二两三四五六七八九])(?P<rmult>[十百千万]*)
        (?P<rmid>{MID})? (?P<runit>{UNIT_CALL}|年)
      | # 二两, 9两半, 三千两百两 (the weight 两); 10美元5美分, 50美分 (a currency's minor unit,
        # after its major unit or alone): the number is read once, then what follows it.
        (?P<lead>{ARABIC}|[{CN}]+?)
        (?: (?P<liang>两) (?P<liang_half>半)?
            (?= [^\p{{Han}}0-9０-９.．] | $ | 的 | 左右 | 多 | 重 | 以上 | 以下 )
          | {MAJOR_THEN_MINOR}
          | (?P<minor_unit>{MINOR_UNIT}) )
      | # 米九, 身高米八五: a height in metres, its 一 left out.
        (?: (?<![\p{{Han}}0-9０-９]) | (?<=身高|个子|个头|高) ) 米 (?P<m_tenth>[一二三四五六七八九]) (?P<m_hundredth>[一二三四五六七八九])?
        (?![\p{{Han}}0-9０-９])
      | # 3小时53分, 2小时30分钟, 2分35秒: a time in two units is one duration, in the smaller.
        # 5小时16分15秒: hours, minutes and seconds, in seconds; 零 may join the units (1分钟零3秒).
        (?P<clock_big>{ARABIC}|[{CN}]+?) (?: 个?(?:小时|钟头) 零? (?P<clock_minutes>{ARABIC}|[{CN}]+?) 分钟?
                                         (?: (?P<clock_last_seconds>{ARABIC}|[{CN}]+?) (?:秒钟|秒 (?P<clock_last_hundredths>[0-9０-９]{{2}}(?![0-9０-９]))?) )?
                                       | 分钟? 零? (?P<clock_seconds>{ARABIC}|[{CN}]+?) (?:秒钟|秒 (?P<clock_hundredths>[0-9０-９]{{2}}(?![0-9０-９]))?) )
      | # 12秒88, 9秒58: a race time in seconds and hundredths, digits only (5秒20个 is two figures).
        (?<![0-9０-９分]) (?P<race_seconds>[0-9０-９]{{1,2}}) 秒 (?P<race_hundredths>[0-9０-９]{{2}}) (?![0-9０-９.．%％个人名位家次万亿千百])
      | # 半成: half a tenth, 5% (半成品 is a half-finished product).
        (?P<half_tenth>半成) (?!品)
      | # 半小时, 半个月, 半天, 半年: half a unit of time (not 上半年, 一半, 过半, 大半天, 减半; nor
        # 半年报, 半天高, 半月谈, names).
        (?<![上下前后大多过减对折一二两三四五六七八九十个]) 半 (?P<half_time> 个?小时 | 个?钟头 | 个多?月 | 个?星期 | 天(?![高空边]) | 年(?![度报刊薪]) )
      | # 上千万元, 数十家, 几百个: an order of magnitude only.
        (?P<approx>上|数|几) (?P<amult>{MULTIPLIER}+) (?P<amid>{MID})? (?P<aunit>{UNIT_CALL})
      | (?P<num>{COMPOUND_ARABIC} | {ARABIC} (?P<latin_mult>[kKwW](?=\p{{Han}})(?={UNIT_CALL}))? {SP}? {MULTIPLIER}*? | {CN_NUMERAL})
        # 3至5亿元, 50%-60%, 3成至4成, 4℃到6℃: a range; the low end may repeat a share's or a
        # temperature's unit, or any unit the high end has (300元至1000元, 1.6万人到2万人, 300元到30万元).
        (?: (?P<low_unit> [%％](?={SP}*{RANGE_LINK}{SP}*[-−]?[0-9０-９.．]+{SP}?[%％]) | 成(?={SP}*{RANGE_LINK}{SP}*[0-9０-９.．{CN}]+成)
                        | ℃(?={SP}*{RANGE_LINK}{SP}*[-−]?[0-9０-９.．]+{SP}?℃)
                        | (?P<low_repeat>{UNIT_CALL}) (?={SP}*{RANGE_LINK}{SP}*{ARABIC}{SP}?{MULTIPLIER}*?(?P=low_repeat)) )?
            {SP}*{RANGE_LINK}{SP}* (?P<num2>{ARABIC} {SP}? {MULTIPLIER}*? | [{CN}]+?) )?
        # 90多亿元, 两个亿卢布, 10个亿, 20多个亿: a multiplier after 余, 多, 几, or the 个 of a spoken
        # 两个亿 (156个亿元以上项目, 2000个亿元项目 and 三个万元户 count projects and households, 8个万亩
        # 森林 forests).
        (?P<mid>(?!个{MANY_OPENED}){MID}|几)? (?P<spoken>(?<=[{CN}])个(?=[万亿](?!{YUAN_CLASS})) | (?<=[0-9０-９余多几])个(?=亿(?!{YUAN_CLASS})))?
        (?P<mmult>(?<=[余多几个]){MULTIPLIER}+?)? {SP}?
        # 3个多月, 一个多星期: 个多 splits 个月 and 个星期, whose 个 it keeps; 2个半小时, 两个半月:
        # 个半 splits them too, and adds a half.
        (?P<half_mid>个半(?=小时|钟头|月|星期))?
        (?: (?P<unit>{UNIT}|(?<=个多|个半)(?:月|星期)) (?P<half>{HALF})? (?P<tenth>(?<=米)(?:[一二三四五六七八九](?![\p{{Han}}0-9]) | [0-9]{{1,2}}(?![0-9０-９.．%％]|厘米|公分|米|个)))?
            # 1.2万元/平方米, 0.45吨标准煤/万元, 2030立方米/秒: a compound unit is one unit; a rate
            # of time may be written with 每 (700立方米每秒, 350公里每小时), the same unit.
            (?| / (?P<per>{MULTIPLIER}?(?:{UNIT_CALL}|人|亩|户|年|月|日|件|次|秒)) | 每(?P<per>秒|小时|分钟) )?
          | (?P<cheng>成)(?!不变|为|立|功|本|就|员|交|果|熟|长|都)
            # 七成六 is 76%, 三成半 35%: a digit or 半 after 成 that ends the figure.
            (?P<cheng_tail> [一二三四五六七八九半] (?= [的，,。；;、\s）)]|左右|以上|多|$ ) )?
          | (?P<permille>‰|‱)
          | (?P<year>年)(?![前后底末初中内度份级代]) (?P<year_half>{HALF})? )
    )
    (?P<post>{POST_WITHOUT_WORD}(?:{POST}))?
    {DEFINITIONS}
    """
)
# A figure whose unit the list it stands in gives later: 10.15万亿、11万亿、11.17万亿元.
BARE_RE = patterns.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-z第{CN_BEFORE}]) {POINT_AFTER_NUMERAL}
    (?: (?P<pre>{PRE}) {SP}? )?
    (?P<num> {ARABIC} {SP}? {MULTIPLIER}+ | {ARABIC}[.．][0-9０-９]+ )
    (?= {SP}* [、和及与] )
    {DEFINITIONS}
    """
)
LIST_LINK_RE = patterns.compile(r"[^\S\n]*[、和及与][^\S\n]*")
LIST_GAP_RE = patterns.compile(r"[^\S\n]*[、和及与,，][^\S\n]*")
# A unit character that starts a word with what follows is no unit: 两位数, 三名称, 五条件, a
# format or an event (7人制, 三米板), a holiday or a city after a year (2026元旦档, 2025元宵晚会,
# 2026米兰冬奥会, 2021天府金融论坛, 2022天津马拉松), what a container's word names (两盒饭, 三罐头).
UNIT_WORD_BREAKERS = {"周": "年边末", "位": "数置于", "名": "称单义额", "条": "件例约", "种": "子类", "场": "所景", "部": "门分署长委队",
                      "家": "庭长乡", "台": "湾阶风", "天": "然下府津", "件": "事", "处": "理", "人": "制", "米": "板兰",
                      "元": "旦宵首帅勋", "月": "球饼", "个月": "球饼", "盒": "子饭马", "罐": "头车子体"}
# Units that, followed directly by a noun, name a size class rather than a quantity (8吋中试线,
# 12英寸晶圆, 8英寸IGBT芯片).
ATTRIBUTE_UNITS = frozenset({"吋", "英寸", "英吋"})
# A school class after its grade (五年级二班) and a numbered institute before its director
# (研究院十八所所长) are named by their number, not counted.
CLASS_UNIT, GRADE_WORD = "班", "年级"
INSTITUTE_UNIT, INSTITUTE_HEADS = "所", ("所长", "副所长")
# 四处 before a verb is an adverb, everywhere (四处寻找), not four places.
EVERYWHERE = "四处"
# An age with 以上 or 以下, then a noun, is the bracket the people counted fall in (65周岁以上老年人口,
# 18周岁以下未成年人), no figure of its own (年满49周岁的 + 家庭 is a threshold that stays).
AGE_UNIT = "周岁"
LATIN_LETTER_RE = patterns.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
BRACKET_WORDS = frozenset({"以上", "以下"})
PER_MILLE = {"‰": Decimal("0.1"), "‱": Decimal("0.01")}
OPEN_QUOTES = "“‘「『\""
# 块 and 蚊 are money after a number; 块 before a noun counts it (CLASSIFIER_KUAI), and before a
# figure of its own it is no quantity (一块1.5米长).
COLLOQUIAL_MONEY = frozenset({"块", "蚊"})
# 块 before a noun is a classifier (两块金牌, 3508块公共大屏), not money (两块钱, 五块。); before 的
# it is money (4万5千块的赔款, 两百块的补贴: a sum describes what follows, pieces would count it).
CLASSIFIER_KUAI = "块"
KUAI_MONEY_AFTER = "钱零的"
# 块 counts pieces, at the end of a clause too, after what is cut into pieces (空域被划分成了179块,
# 蛋糕切成8块) and after the things counted in pieces (金牌3块, 光伏板200块, 名表12块, 金条20块),
# among them whatever ends as a screen, a board, a plaque or a slab does (银幕250多块, 显示屏30块,
# 广告牌60块, 牌匾5块); after anything else it is money (猪肉30块, 补贴200块, 亩地3000块).
DIVIDED_INTO = r"(?:划?分|切|割|拆|碎|裂|划)(?:成|为)了?"
PIECES_BEFORE_RE = patterns.compile(
    rf"""(?x)
    (?: {DIVIDED_INTO}
      | (?: 地块|玻璃|晶圆|芯片|砖|蛋糕|手表|名表|腕表|金条|金砖|银锭|玉器|玉石|宝石|奇石|化石|石头|瓦片|镜子
          | \p{{Han}}[屏幕板牌碑匾] )(?:共|各|共计)?
    ) $
    """
)
MAX_PIECES_LEAD = 6
# A session of a body: 十三届全国人大三次会议, 十九届四次全会.
SESSION_AFTER_RE = patterns.compile(r"(?:全体会议|会议|全会|大会)")
SESSION_BEFORE_RE = patterns.compile(r"届[^，,。；;！？]*$")
MAX_SESSION_GAP = 16
# A count of days right after the dates it counts (12日、13日两天).
DAY_UNITS = frozenset({"天", "日"})
# One day or one year after 有 (想到有一天, 总有一天, 直到有一年) is some day, and after 每 every
# day; not after a word of only or still (只有一天, 还有一天, 仅有一年: a time left or given).
SOME_DAY = frozenset(("一天", "一日", "一年"))
SOME_DAY_BEFORE_RE = patterns.compile(r"(?:(?<![只还仅才就共没])有|每)$")
DAY_MARKS = frozenset("日号")
# A group of a political advisory conference named by its sector and number (特邀58组, 经济界32组,
# 文艺界21组): which group, not how many (世界 and 各界 end in 界 and name no sector).
SECTOR_GROUP = "组"
SECTOR_BEFORE_RE = patterns.compile(r"(?:(?<![世各])界|特邀)$")
# 第 before the first of a list of numbers makes each an ordinal (第三十、三十一颗北斗导航卫星,
# 第5、6名, 第十一、十二届): which ones, not how many.
ORDINAL_LIST_BEFORE_RE = patterns.compile(rf"第[0-9０-９{CN}]+(?:、[0-9０-９{CN}]+)*、$")
MAX_ORDINAL_LIST = 16
# 二 before 次 says secondary or second (二次供水, 二次开发, 年内二次加息): a count of two times
# is 两次, or 一二次 for once or twice; before 类 it names the second class (二类疫苗, 分为二类和
# 三类): two kinds are 两类.
SECONDARY = "二"
SECONDARY_UNITS = frozenset({"次", "类"})
# Words before a bare count of years that make it a duration (为期三年, 历经6年, 保护期为20年),
# not a date; a term named with 期 only with its copula (二期2025年建成 is a date).
DURATION_CUE_RE = patterns.compile(
    r"(?:(?:为期|历时|历经|耗时|用时|花了|花费|仅用|只用|需要|仅需|只需|期限|年限|周期|工期|寿命|连续|长达|用了|经过|整整)(?:为|是|达)?|期(?:为|是|长达))$"
)
# 时间 after a bare count of years makes it a duration too (用两年左右时间, 三年的时间里), and so
# does a word of effort after 的, what the years were spent on (科研团队 + 五年的努力, 十年的坚守);
# a year of the calendar is never so long (2019年的努力).
EFFORTS = frozenset("努力 奋斗 拼搏 坚守 奋战 苦战".split())
TIME_AFTER_YEARS_RE = patterns.compile(rf"(?:左右|的)?时间|的(?:艰苦|不懈|辛勤)?(?:{alternation(EFFORTS)})")
MAX_YEARS_OF_EFFORT = 100
DECIMAL_RE = patterns.compile(r"[.．点]")
# Words before a number of days, hours or months that make it a window of time: the past
# 24 hours, the next three days (未来三天, 明后两天), the first three days of a holiday, the week
# before a figure is compared with (较前一周, 比前一日).
TIME_WINDOW_BEFORE_RE = patterns.compile(r"(?:(?:过去|最近|未来|今后)的?|明后|今明|头|此前|之前|短短|仅仅|(?<=假期|节|周|月|年|的|较|比|与|同)前)$")
# 近5个月来，…, 20多年来，…, 近一个月里，…, 三天时间，…: a stretch of time since or within,
# opening its clause with no activity named before it (建交30多年来 is the time since 建交, a
# duration; 两天内完成 how long it took).
SINCE_AFTER_RE = patterns.compile(r"(?:(?:以)?来|里|内|之内|(?:的)?时间)[，,]")
# 在此后的一个多月时间里, 14年的时间里, 72天时间里, 在狱中的十多天里，…: the time within which
# what the clause tells happened, wherever it stands; but a span spent on a task, with its verb
# before it (用了三年时间, 花两年的时间), is how long the task took.
WITHIN_A_TIME_RE = patterns.compile(r"(?:的)?时间(?:里|内|当中|之中|中)|里(?=[，,])")
SPENT_BEFORE_RE = patterns.compile(r"(?:用|花|需|耗|历时|经过)\p{Han}{0,2}$")
SPENT_LEAD = 4
CLAUSE_OPENERS = "，,；;：:。！!？?\n"
# A policy named by its number of articles, quoted (“外资十条”, “金融30条”, “稳增长30条”): the
# count closes the name, no quantity (but “稳外贸”11条措施 counts the measures).
NAMED_BY_ARTICLES_RE = patterns.compile(r"[“‘「『][\p{Han}]{1,8}$")
ARTICLE_UNITS = ("条", "项")
CLOSING_QUOTE_MARKS = "”’」』\""
# The longest quoted name a count may stand in (“古巴五人”, “金砖五国”, “百县千乡万村”).
MAX_QUOTED_NAME = 8
QUOTE_OPENED_RE = patterns.compile(r"[“「『][^“”「」『』，,。；;！？\s]*$")
QUOTE_CLOSED_RE = patterns.compile(r"[^“”「」『』，,。；;！？\s]*[”」』]")
NAMED_BY_ARTICLES_WINDOW = 9
FIXED_PHRASE_RE = patterns.compile(alternation(FIXED_PHRASES))
LONGEST_FIXED_PHRASE = max(map(len, FIXED_PHRASES))
# 为10个月来新高, 一个世纪以来遭遇的最具破坏力的飓风, 时隔40多年来首个完成落月采样的国家: the
# stretch of time a record is set over, not a duration; 7天日均, 5日平均: the window of a moving
# average.
TIME_WINDOW_AFTER_RE = patterns.compile(
    r"""(?x)
    (?:以)?来 (?:的)? (?:新高|新低)
    | (?:以)?来 \p{Han}{0,8}? (?:最|首个|首位|首家|首次|第一个)   # after the verb too (以来遭遇到的最…, 来首个完成…)
    | (?:内)? (?:日均|平均|滚动平均)
    """
)
# 三分之二, 五分之一: what follows 分之 is a fraction's numerator (三分之二人口 is two thirds of the
# people, not two people).
FRACTION_MARK = "分之"
# 两个多月前，…, 20多年前的那场大火, 一个月之前, 十年以前: a span of time before 前 dates something,
# ago, and measures nothing; 前往, 前进, 前夕 open words of their own (运行三个多小时 + 前往成都).
AGO_RE = patterns.compile(r"[之以]?前(?![往进行夕后沿线列排景途方面台端锋身提期任者])")
# 附件三所列, 表一所示, 附录二所述: after a part of a document, 所 before 列, 示, 述 or 载 is the
# particle of what is listed or shown there, no classifier of schools (10所示范性高中, 10所列入名单的
# 高校 count schools).
PARTICLE_SUO_AFTER_RE = patterns.compile(r"[列示述载]")
DOCUMENT_PARTS = ("附件", "附表", "附录", "表", "图")
SUO = "所"
# 再过五天，…: a time to come, when the next thing happens, not how long anything lasts.
TIME_TO_COME_RE = patterns.compile(r"再过$")
# 在海拔1000处, 水深20处: a place at so much height or depth (its unit left out), no places counted.
PLACE_AT_A_LEVEL_RE = patterns.compile(r"(?:海拔|高度|深度|水深|离地)$")
PLACE_UNIT = "处"
# 在31分钟后, 于5天后, 3个小时后，…: a span of time after 在 or 于, or opening its clause, with
# 后 after it, is when the next thing happened, not how long anything lasted (but 飞行6.5小时后 +
# 与空间站对接 measures the flight, and 经过3个小时后 the effort).
AFTER_A_SPAN_RE = patterns.compile(r"(?:以|之)?后")
AT_A_SPAN_BEFORE_RE = patterns.compile(r"(?:(?<![现存正实所])在|(?<![等属至对由])于|^|[，,。；;：:！？!?\n“])$")
AT_A_SPAN_LEAD = 2
# 6063次列车, 801次火车, 5633次绿皮小火车, 5633次“小慢车”, 1955次临时客车, 21028次重型机械中欧班列: three to
# five digits right before 次 and a train or a flight name which one runs (what it carries may
# come first, no relative clause), unless a verb of running or a tally counts the runs (开行300次
# 中欧班列).
TRAIN_NUMBER_RE = patterns.compile(r"[0-9０-９]{3,5}")
TRAIN_AFTER_RE = patterns.compile(r"[“\"]?[^\P{Han}的]{0,8}?(?:列车|火车|动车|班列|航班|慢车|快车|客车)")
# A test train named right before its number (综合检测车55201次, 动车组55101次); not 列车, which a
# count of runs follows (发送旅客列车1206次).
TRAIN_BEFORE_RE = patterns.compile(r"(?:检测车|检测列车|动车组)$")
# A route right before the number (太原至永济 + 4625次, 北京—上海 + 1461次): the train that runs it
# (not 到, which also ends verbs: 共记录到 + 余震1186次).
ROUTE_BEFORE_RE = patterns.compile(r"\p{Han}{2,6}(?:至|—|-)\p{Han}{2,6}$")
ROUTE_LEAD = 14
# The numbers of express trains have one or two digits (12次列车, 1次特快): a name where 列车 follows
# at once and nothing but 的 or a clause's opening stands before (开行12次列车 counts runs).
SHORT_TRAIN_NUMBER_RE = patterns.compile(r"[0-9０-９]{1,2}")
TRAIN = "列车"
TRAIN_NAME_OPENINGS = "的，,。；;：:、“\"\n"
RUNS_BEFORE_RE = patterns.compile(r"(?:开行|运行|开出|发出|发送|往返|累计|共|达|超过?)$")
RUNS_LEAD = 4
# 隋文静和韩聪两人, 北京、天津和河北三地: a small count right after as many named items restates
# the list; after a word that is no noun it counts others or what a verb acts on (与其他两个国家,
# 李华带领两名学生, 北京和上海的两家医院), and closing its clause after a verb that opens the
# list it counts what the owner holds (重点任务包括…三项。).
RESTATED_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
LISTED_ITEMS_RE = patterns.compile(r"[^，,。；;：:！!？?\n]{1,60}$")
LIST_LINK_SPLIT_RE = patterns.compile(r"[、和与及]")
MAX_LISTED_ITEM = 12
NAME_CLOSINGS = frozenset("》”’」』）)")
CLAUSE_END_AFTER_RE = patterns.compile(r"[，,。；;！!？?\n]|$")
LIST_LEAD = 60
# 期 after a span of time makes it a maturity (7天期逆回购, 3个月期存款), not a duration; 期间,
# 期内, 期满 and the like keep it one (3个月期间).
TERM_AFTER_RE = patterns.compile(r"期(?![间内末初中满限])")
# Within a span of time (3个小时内, 24小时之内), and how far after it to look for the measure a
# window of measurement opens (3个小时内 + 降雨量).
WITHIN_RE = patterns.compile(r"(?:之|以)?内")
# Words that end the name of a measure (产值, 销售额, 增长率), which the subject rules read too.
MEASURE_HEADS = tuple(sorted(SUBJECT_WORDS["measure_head"]))
NOUN_WINDOW = 8
MEASURE_LEADS = frozenset("累计 平均 最大 最高".split())
# A span of time that names a zone around a place: 15分钟生活圈, 1小时经济圈, 15分钟养老服务圈.
TIME_ZONE_AFTER_RE = patterns.compile(r"\p{Han}{0,6}圈")
# A whole day of hours before a word of service or watch says round the clock (24小时值班,
# 24小时不间断监测, 24小时投诉电话, 24小时书店, 7×24小时服务), no duration; a time measured
# after its verb (连续工作超过24小时, 历时24小时) or a window (24小时降雨量, 24小时内) is none of these.
WHOLE_DAY_HOURS = 24
ROUND_THE_CLOCK_WORDS = (
    "不间断 不停歇 不停 无休 不打烊 全天候 轮班 轮流 值班 值守 值勤 执勤 待命 坚守 守护 看护 陪护 巡逻 巡查 巡护 "
    "监测 监控 监管 营业 服务 开放 运行 运转 在线 畅通 通关 受理 响应 接听 热线 电话 书店 药店 便利店 门店 自助 "
    "电影院 影院 健身房 超市"
).split()
ROUND_THE_CLOCK_AFTER_RE = patterns.compile(
    r"""(?x)
    (?:的)?
    (?![内后前里以之左时])   # 24小时内, 24小时后: a window or a time after, whatever follows
    \p{Han}{0,4}?            # what the service is for, or an adverb: 投诉监督电话, 都应急值守
    (?:""" + "|".join(sorted(ROUND_THE_CLOCK_WORDS, key=len, reverse=True)) + ")"
)
# A distance that names a sporting event (女子50米蝶泳, 4×100米接力, 男子110米栏, 100米T37级,
# 500米直道赛, 短道速滑500米世界纪录, 5公里迷你马拉松, 5000米和10000米双料冠军): the event, not a
# distance run. After the distance, the discipline, its class or what is won in it; before it,
# the competitors' sex, the sport or the legs of a relay. Distances listed before the discipline
# name events too (100米、200米、500米直道赛; 400米和800米自由泳).
EVENT_UNITS = frozenset({"米", "公里"})
EVENT_AFTER_RE = patterns.compile(
    r"""(?x)
    (?: [、和及与] [0-9０-９]+ (?:米|公里) )*   # the other distances of a list
    (?:个人)? (?:自由泳|仰泳|蛙泳|蝶泳|混合泳|混合接力|接力|跨栏|栏|障碍|短跑|竞走|气步枪|气手枪|步枪|手枪|跳台|跳板|速滑
               |(?:迷你|健康|欢乐|亲子)?(?:马拉松|跑(?![得了过完到道步]))|赛跑|决赛|半决赛|预赛
               |直道(?:赛|竞速)|环道赛|追逐赛|计时赛|越野赛|公开水域
               |[A-Z]{1,2}[0-9]{1,2}级     # a para class: T37级, S6级
               |(?:世界|奥运会?|全国|亚洲)?纪录|(?:双料|三料)?冠军|金牌|银牌|铜牌|奖牌 )   # what is won in it
    """
)
EVENT_BEFORE_RE = patterns.compile(r"(?:男子|女子|男、女|男女|混合|短道速滑|速度滑冰|速滑|[×xX＊*])$")
# A floor of a building, which one, not how many (来到119层观光厅, 在艺术创作中心二层，): before a
# room, or after a building one goes to or is in; a building's height in floors stays a measure
# (大楼共有119层, 建成30层住宅楼).
FLOOR_UNIT = "层"
FLOOR_ROOM_AFTER_RE = patterns.compile(r"的?(?:观光厅|观景台|展厅|大厅|会议室|会议厅|阅览室|病房|办公室|餐厅|会场|走廊|楼道)")
FLOOR_PLACE_BEFORE_RE = patterns.compile(
    r"(?:来到|在|位于|登上|走进|进入|到)[^，,。；;！？!?0-9０-９]{0,10}(?:中心|大楼|大厦|馆|楼|塔|酒店|商场|医院|宾馆)$"
)
FLOOR_PLACE_AFTER_RE = patterns.compile(r"[，,。；;！？!?的]|$")
FLOOR_LEAD = 16
# A number written with a leading zero is a code or a designation (千帆极轨03组, 01号), not a count.
LEADING_ZERO_RE = patterns.compile(r"[0０][0-9０-９]")
# 前 before a count of places in a ranking (前三位, 前五名, 前十强): a rank.
RANK_UNITS = frozenset({"位", "名", "强"})
RANK_WORD = "前"
RANK_WINDOW = 6
# A place in a ranking said without 第: after a word of ranking (排名从120位, 名列全国36位, 排在12名)
# or at either end of a move (从全球78位上升到46位); a move by so many places (排名上升32位, 前移了5
# 位) is a change, and those a relative clause picks out (排名靠前的10位选手) a count.
RANK_MOVES = "上升|提升|跃升|攀升|下降|下滑|回落|前移|后移|提高|升|降"
RANKED_BEFORE_RE = patterns.compile(r"(?:排名|排位|位居|位列|名列|排在|跃居)[^，,。；;！？!?0-9０-９]{0,6}(?<!的)$")
RANK_MOVED_BY_RE = patterns.compile(rf"(?:{RANK_MOVES})了?$")
RANK_MOVE_AFTER_RE = patterns.compile(rf"(?:{RANK_MOVES})(?:到|至)(?:第|全球|全国|世界)?[0-9０-９{CN}]+(?:位|名)")
RANK_MOVE_BEFORE_RE = patterns.compile(rf"[位名][^，,。；;！？!?]{{0,6}}?(?:{RANK_MOVES})(?:到|至)(?:第|全球|全国|世界)?$")
RANK_LEAD = 12
# A number in Chinese numerals only, and the characters read around it to see whether the
# dictionary holds a word it is part of (七台河, 一把手; see _inside_word).
CHINESE_ONLY_RE = patterns.compile(rf"[{CN}]+")
WORD_WINDOW = 4
MANY = "多"
SOME_MORE = "个多"
# Demonstratives before a Chinese numeral point at something, they do not count it; so do
# plural pronouns before one (我们两个友好国家, 他们三人, 你们两位): we two, they three; but not
# before a count of actions (我们两次成功会晤: what they did, twice).
DEICTIC = frozenset("这那哪此")
# 前两天 and 前几天 opening a clause: "the other day" (but 前两天的比赛, 前两天里: the first two days).
FEW = frozenset("两几")
THE_OTHER_DAY_BEFORE_RE = patterns.compile(r"(?:^|[，。！？；：\n])前$")
SPAN_AFTER = tuple("的里内中共累")
PLURAL_PRONOUNS = ("我们", "你们", "他们", "她们", "它们", "咱们")
ACTION_COUNT_UNITS = SUBJECT_WORDS["action_count"]
# 两人 opening a clause points back at two people the sentence named (林丹对阵李宗伟，两人再次…;
# 逮捕两名持刀少年，…，两人计划…), unless it counts a part of a larger set named before it (三名暴徒
# 中，两人…; 四名同学入党，两人荣立…; 其中，两人…) or what befell them follows (六人死亡，两人受伤).
PAIR_PRONOUNS = frozenset(("两人", "二人", "俩人"))
CLAUSE_OPENINGS = frozenset("，,。；;：:\n")
# Looked for backwards from the clause, not scanned for from the text's start.
SENTENCE_ENDS = "。！？!?\n"
PART_OF_SET_BEFORE_RE = patterns.compile(r"(?:其中|另有|还有|此外|另外)[，,：:]?$")
PEOPLE_COUNT_BEFORE_RE = patterns.compile(r"(?P<number>[0-9０-９一二两三四五六七八九十百千万几]+)多?(?:名|位|人|个人)")
PAIR_NUMBERS = frozenset(("两", "二", "2", "２"))
OUTCOME_AFTER_RE = patterns.compile(rf"(?:都|均|也|已|还|仍)?(?:{alternation(SUBJECT_WORDS['outcome'])})")
# A digit said twice is an adverb of manner, no numeral: 一一列出 (one by one), 两两结对 (in
# pairs). Eleven is 十一, and a number read digit by digit (一一〇) runs longer.
REDUPLICATED_DIGITS = frozenset({"一一", "两两"})
NUMBER_DIGIT_RE = patterns.compile(r"[0-9０-９]")
# What may not follow a Latin unit symbol: a letter or digit of the same word, or a slash and a
# unit this grammar does not read (120km/h is a speed, not 120 公里).
LATIN_AFTER_RE = patterns.compile(r"[A-Za-z0-9]|/[A-Za-z]")


@dataclass
class Candidate:
    match: regex.Match[str]
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str
    qualifier: str | None


def parse_quantity(match: regex.Match[str]) -> Candidate | None:
    """Value, unit and qualifier of one QUANTITY_RE match; None when it is no quantity."""
    with localcontext(EXACT):
        return _parse_quantity(match)


def _parse_quantity(match: regex.Match[str]) -> Candidate | None:
    qualifier = _qualifier(match)
    for group, form in FORM_GROUPS:
        if match[group]:
            return form(match, qualifier)
    return None


def _fraction(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """百分之八十, 千分之2.4."""
    number = parse_number(match["fnum"])
    if number is None:
        return None
    return Candidate(match, number * FRACTION_SCALE[match["fraction"]], None, "%", "percent", qualifier)


def _currency_first(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """￥300, 港币3.14, 人民币8千元, 人民币300余万元, 人民币六角 (0.6 元)."""
    number = parse_number(match["cnum"] + (match["cmult"] or ""))
    if number is None or not _is_numeral(match["cnum"], bare_ok=False):
        return None
    unit = CURRENCIES_BEFORE[match["currency"]]
    if match["cjiao"]:
        if unit != "元":
            return None  # 美元五毛: no tenth of the dollar is written so
        number /= 10
    return Candidate(match, number, None, unit, "money", qualifier)


def _subunit_money(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """元 + 角 + 分 as one amount: 50元6角3分 -> 50.63 元; 一块二 -> 1.2; 三块零四 -> 3.04;
    三块四分 -> 3.04; 两毛五 -> 0.25."""
    yuan = parse_number(match["yuan"]) if match["yuan"] else Decimal(0)
    if yuan is None or (match["yuan"] and not _is_numeral(match["yuan"], bare_ok=False)):
        return None
    if match["yuan"]:
        jiao_text, fen_text = match["jiao"], match["fen"] or match["yuan_fen"]
    else:
        jiao_text, fen_text = match["jiao_only"], match["fen_only"] or match["mao_fen"]
    if match["jiao_zero"]:
        jiao_text, fen_text = None, jiao_text
    jiao = parse_number(jiao_text) if jiao_text else Decimal(0)
    fen = parse_number(fen_text) if fen_text else Decimal(0)
    return Candidate(match, yuan + jiao / 10 + fen / 100, None, "元", "money", qualifier)


def _jin_and_liang(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """斤 + 两 as one weight in 斤 (ten 两 to the 斤): 3斤5两 -> 3.5 斤."""
    jin, liang = parse_number(match["jin"]), parse_number(match["jin_liang"])
    if jin is None or liang is None or not _is_numeral(match["jin"], bare_ok=False):
        return None
    return Candidate(match, jin + liang / 10, None, "斤", "measure", qualifier)


def _half_tenth(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """半成: 5 %."""
    return Candidate(match, Decimal(5), None, "%", "percent", qualifier)


def _half_time(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """半小时, 半个月, 半年: 0.5 of the unit (a year in 年, as _years gives it)."""
    unit = HALF_YEAR if match["half_time"] == HALF_YEAR else UNITS[match["half_time"].replace("多", "")].unit
    qualifier = qualifier or ("more_than" if "多" in match["half_time"] else None)
    return Candidate(match, Decimal("0.5"), None, unit, "time", qualifier)


HALF_YEAR = "年"
# Digits with no multiplier after the higher places stand one place down (一百二三个 is 120 to
# 130, 两万三四 23,000 to 24,000), as parse_number reads 一百二.
PLACE_BELOW = {"十": Decimal(1), "百": Decimal(10), "千": Decimal(100), "万": Decimal(1000)}


def _digit_range(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """三四十个, 七八家, 三两天, 十一二个: neighbouring digits, one apart at the multiplier's
    scale, in either order (三两 is two or three), after the higher places they share."""
    lead = match["rlead"] or ""
    first, second = parse_number(lead + match["r1"] + match["rmult"]), parse_number(lead + match["r2"] + match["rmult"])
    if first is None or second is None:
        return None
    low, high = min(first, second), max(first, second)
    step = parse_number(match["rmult"]) if match["rmult"] else PLACE_BELOW.get(lead[-1:], Decimal(1))
    if high - low != step:
        return None
    if match["runit"] == "年":
        return Candidate(match, low, high, "年", "time", qualifier)
    unit = UNITS[match["runit"]]
    return Candidate(match, low, high, unit.unit, unit.kind, qualifier)


def _weight(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """二两 (2 两), 9两半 (9.5 两), 三千两百两 (3200 两), 白银两万两 (20000 两)."""
    raw = match["lead"]
    number = parse_number(raw)
    if (
        number is None
        or not _is_numeral(raw, bare_ok=False)
        or raw == "两"
        or FINANCIAL_DIGIT_RE.search(raw)
        or LEADING_ZERO_RE.match(raw)
    ):
        return None  # 两两 (in pairs), 水陆两路 (陆 is a cheque's six only before 元)
    before = match.string[match.start() - 1 : match.start()]
    if before and before in "、∶:比":
        return None  # 六、七两卷 (both), ３∶２两胜 (a score, then two wins)
    if raw.endswith(("万", "亿")):
        clause_start, clause_end = clause(match.string, (0, len(match.string)), match.start(), match.end())
        if not WEIGHT_CUE_RE.search(match.string, clause_start, clause_end):
            return None
    return Candidate(match, number + (Decimal("0.5") if match["liang_half"] else 0), None, "两", "measure", qualifier)


def _minor_money(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """50美分 (0.5 美元), 10日元5日本銭 (10.05 日元): the minor unit counted in its major one."""
    minor_unit = MINOR_UNITS[match["minor_unit"]]
    minor_text = match["minor"] if match["major_unit"] else match["lead"]
    minor = parse_number(minor_text)
    if minor is None or not _is_numeral(minor_text, bare_ok=False):
        return None
    major = parse_number(match["lead"]) if match["major_unit"] else Decimal(0)
    if major is None:
        return None
    return Candidate(match, major + minor / minor_unit.parts, None, minor_unit.major, "money", qualifier)


def _height(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """米九 (1.9 米), 米八五 (1.85 米)."""
    tenths = Decimal(DIGITS[match["m_tenth"]]) / 10
    hundredths = Decimal(DIGITS[match["m_hundredth"]]) / 100 if match["m_hundredth"] else Decimal(0)
    return Candidate(match, 1 + tenths + hundredths, None, "米", "measure", qualifier)


def _clock_duration(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """3小时53分 (233 分钟), 2分35秒 (155 秒), 1分07秒34 (67.34 秒), 5小时16分15秒 (18975 秒),
    1小时54分47秒20 (6887.2 秒): the larger units folded into the smallest, each smaller one
    under 60."""
    big = parse_number(match["clock_big"])
    small_text, unit = (match["clock_minutes"], "分钟") if match["clock_minutes"] else (match["clock_seconds"], "秒")
    small = parse_number(small_text)
    if big is None or small is None or small >= 60 or not _is_numeral(match["clock_big"], bare_ok=True):
        return None
    if match["clock_hundredths"]:
        small += parse_number(match["clock_hundredths"]) / 100  # 1分07秒34: a race time, to the hundredth
    if match["clock_last_seconds"]:
        seconds = parse_number(match["clock_last_seconds"])
        if seconds is None or seconds >= 60:
            return None
        if match["clock_last_hundredths"]:
            seconds += parse_number(match["clock_last_hundredths"]) / 100  # 1小时54分47秒20: a marathon swim's time
        return Candidate(match, (big * 60 + small) * 60 + seconds, None, "秒", "time", qualifier)
    return Candidate(match, big * 60 + small, None, unit, "time", qualifier)


def _race_time(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """12秒88 (12.88 秒): seconds and hundredths, as a sprint's time is written."""
    seconds = parse_number(match["race_seconds"])
    if seconds is None or seconds >= 60:
        return None
    return Candidate(match, seconds + parse_number(match["race_hundredths"]) / 100, None, "秒", "time", qualifier)


def _magnitude(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """上千万元, 数十家: at least the order of magnitude written."""
    number = parse_number(match["amult"])
    unit = UNITS[match["aunit"]]
    return None if number is None else Candidate(match, number, None, unit.unit, unit.kind, "more_than")


def quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[regex.Match[str], Candidate | None]]:
    """Every figure of the text (from `start` to `end`) and what it reads as (None: no quantity). Two figures with one
    unit joined by 至 or 到 are a range (300元到30万元奖励, 10例到100例之间); they are two figures
    where they make no range (1毫米到0.5毫米, 零下5摄氏度到零下7摄氏度) or a change from the one to the
    other (人均年收入从1600元到12000元的跨越) or by the one to the other (增加119.17亿元至20282.24亿元),
    unless a word of range closes them (潜伏期从2天到21天不等)."""
    position, end = start, len(text) if end is None else end
    while (match := QUANTITY_RE.search(text, position, end)) is not None:
        candidate = parse_quantity(match)
        if match["low_repeat"] and (candidate is None or _changed_between(text, match)):
            low = QUANTITY_RE.match(text, match.start(), match.end("low_unit"))
            if low is not None:
                match, candidate = low, parse_quantity(low)
        yield match, candidate
        position = max(match.end(), match.start() + 1)


def _changed_between(text: str, match: regex.Match[str]) -> bool:
    return bool(CHANGE_BEFORE_RANGE_RE.search(text, max(0, match.start() - MAX_CHANGE_LEAD), match.start())) and not RANGE_CLOSE_RE.match(
        text, match.end()
    )


# A change's start (从, 由 in the clause) or a verb of change right before two figures with one unit.
CHANGE_BEFORE_RANGE_RE = patterns.compile(
    r"(?:从|由)[^，,；;。！？]{0,12}$"
    r"|(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小|增持|减持|回落|回升|上涨|下跌|上调|下调|增|减|升|降|涨|跌)了?$"
)
MAX_CHANGE_LEAD = 14
# What makes two figures a range whatever comes before them: 从2天到21天不等, 在10例到100例之间.
RANGE_CLOSE_RE = patterns.compile(r"\s*(?:之间|不等|以内|范围)")


def _times_multiplier_after_more(raw_number: str, number: Decimal, multiplier: str) -> Decimal:
    """90多亿元: the multiplier after 多 multiplies the number before it; but only the part after a
    larger unit inside it (一亿 + 八千多万 = 1.8亿, 两亿 + 三千余万), which that unit already places."""
    factor = parse_number(multiplier) or 1
    larger = [position for position, char in enumerate(raw_number) if BIG_UNITS.get(char, 0) > factor]
    if not larger:
        return number * factor
    head, tail = raw_number[: larger[-1] + 1], raw_number[larger[-1] + 1 :]
    head_value, tail_value = parse_number(head), parse_number(tail) if tail else 0
    if head_value is None or tail_value is None:
        return number * factor
    return head_value + tail_value * factor


def _number(match: regex.Match[str], qualifier: str | None) -> Candidate | None:
    """A number or a range of two, then what it counts: a unit, 成, ‰ or 年."""
    raw_number = match["num"]
    reached = bool(REACHED_RE.search(match.string, max(0, match.start() - 2), match.start()))
    if not _is_numeral(raw_number, bare_ok=bool(match["pre"]) or reached):
        return None
    if match["latin_mult"]:
        number = parse_number(raw_number.replace(match["latin_mult"], "", 1))
        number = None if number is None else number * LATIN_MAGNITUDES[match["latin_mult"]]
    else:
        number = parse_number(raw_number)
    if number is None:
        return None
    high = parse_number(match["num2"]) if match["num2"] else None
    if match["num2"] and (high is None or not _is_numeral(match["num2"], bare_ok=False)):
        return None
    if high is not None and not match["low_unit"] and not TRAILING_MULTIPLIERS_RE.search(raw_number.strip()):
        # 3至5亿元: the low end shares the high end's multiplier (300元到30万元: not once it has its unit).
        multiplier = TRAILING_MULTIPLIERS_RE.search(match["num2"].strip())
        if multiplier:
            number = number * (parse_number(multiplier.group()) or 1)
    if high is not None and high < number:
        return None
    if match["mid"] == "几":
        qualifier = qualifier or "more_than"
    if match["mmult"]:
        number = _times_multiplier_after_more(raw_number, number, match["mmult"])
    if match["low_unit"] and (match["low_unit"] == "成") != bool(match["cheng"]):
        return None  # 3成至4成 and 5%至6% repeat the unit of the high end, and only that
    for group, counted in COUNTED:
        if match[group]:
            return counted(match, number, high, qualifier)
    return None


def _tenths(match: regex.Match[str], number: Decimal, high: Decimal | None, qualifier: str | None) -> Candidate | None:
    """三成 (30 %), 七成六 (76 %), 三成半 (35 %); in a range the digit after 成 is the high
    end's (六到七成五 is 60 to 75 %)."""
    if number > 10 or NOT_TENTHS_RE.search(match["num"]):
        return None
    tail = Decimal(5) if match["cheng_tail"] == "半" else Decimal(DIGITS.get(match["cheng_tail"] or "零", 0))
    if high is not None:
        return Candidate(match, number * 10, high * 10 + tail, "%", "percent", qualifier)
    return Candidate(match, number * 10 + tail, None, "%", "percent", qualifier)


def _per_mille(match: regex.Match[str], number: Decimal, high: Decimal | None, qualifier: str | None) -> Candidate | None:
    """3‰, 5‱, as percentages."""
    scale = PER_MILLE[match["permille"]]
    return Candidate(match, number * scale, high * scale if high is not None else None, "%", "percent", qualifier)


def _years(match: regex.Match[str], number: Decimal, high: Decimal | None, qualifier: str | None) -> Candidate | None:
    """3年, 12.2年, 两年半: a duration (is_metric decides whether it is one, not a date)."""
    if number > 100:
        return None
    if match["year_half"]:
        number += Decimal("0.5")
    return Candidate(match, number, high, "年", "time", qualifier)


def _with_unit(match: regex.Match[str], number: Decimal, high: Decimal | None, qualifier: str | None) -> Candidate | None:
    """A unit of the units table, perhaps with 半 (一吨半), a tenth (三米九) or a per-unit (万元/平方米)."""
    unit = UNITS.get(match["unit"]) or UNITS["个" + match["unit"]]
    low_unit = UNITS.get(match["low_unit"]) if match["low_unit"] else None
    if match["low_unit"] and (low_unit is None or low_unit.unit != unit.unit):
        return None  # 5%至8%, 4℃到6℃: the low end repeats the high end's unit, and only that
    if match["unit"].isascii() and match["unit"][-1].isalpha() and LATIN_AFTER_RE.match(match.string, match.end("unit")):
        return None  # 4K, 5G, 200mAh: a Latin unit symbol is a whole word
    if match["unit"] == CLASSIFIER_KUAI and not match["per"] and (
        HAN_CHAR_RE.match(match.string, match.end("unit")) and match.string[match.end("unit")] not in KUAI_MONEY_AFTER
        or PIECES_BEFORE_RE.search(match.string, max(0, match.start() - MAX_PIECES_LEAD), match.start())
    ):
        return Candidate(match, number, high, CLASSIFIER_KUAI, "count", qualifier)
    if match["half"] or match["half_mid"]:
        number += Decimal("0.5")
    if match["tenth"]:
        # 1米8, 一米八: tenths of a metre; 1米78: the centimetres after it
        tenth = match["tenth"]
        number += Decimal(DIGITS[tenth]) / 10 if tenth in DIGITS else Decimal("0." + tenth)
    if match["per"]:
        return Candidate(match, number, high, f"{unit.unit}/{match['per']}", unit.kind, qualifier)
    return Candidate(match, number, high, unit.unit, unit.kind, qualifier)


# The forms of QUANTITY_RE: the groups that mark each (any one of them) and its parser, tried
# in order; a plain number (the last form) then dispatches on what it counts.
FORMS: tuple[tuple[tuple[str, ...], Callable[[regex.Match[str], str | None], Candidate | None]], ...] = (
    (("fraction",), _fraction),
    (("currency",), _currency_first),
    (("yuan", "jiao_only"), _subunit_money),
    (("jin",), _jin_and_liang),
    (("half_tenth",), _half_tenth),
    (("half_time",), _half_time),
    (("r1",), _digit_range),
    (("liang",), _weight),
    (("minor_unit",), _minor_money),
    (("m_tenth",), _height),
    (("clock_big",), _clock_duration),
    (("race_seconds",), _race_time),
    (("approx",), _magnitude),
    (("num",), _number),
)
# FORMS flattened to one (group, parser) pair per group: asked once per figure.
FORM_GROUPS = tuple((group, form) for groups, form in FORMS for group in groups)
COUNTED: tuple[tuple[str, Callable[[regex.Match[str], Decimal, Decimal | None, str | None], Candidate | None]], ...] = (
    ("cheng", _tenths),
    ("permille", _per_mille),
    ("year", _years),
    ("unit", _with_unit),
)


def _is_numeral(text: str, bare_ok: bool) -> bool:
    """A numeral with at least one digit; a bare multiplier (千亿) only after a qualifier (超过千亿元)."""
    text = text.strip()
    if NUMERAL_DIGIT_RE.search(text):
        return not ZEROS_RE.fullmatch(text)
    return bare_ok and bool(MULTIPLIERS_RE.fullmatch(text))


def _qualifier(match: regex.Match[str]) -> str | None:
    for group, position in QUALIFIER_GROUPS:
        word = match.group(group)
        if word and (word, position) in QUALIFIER_WORDS:
            qualifier = QUALIFIER_WORDS[(word, position)]
            if (
                position == "pre" and qualifier in NEGATED_BOUNDS
                and FORBIDDEN_BEFORE_RE.search(match.string, max(0, match.start() - LONGEST_FORBIDDING), match.start())
            ):
                return NEGATED_BOUNDS[qualifier]  # 不得 + 超过100美元: at most; 不能 + 低于60分: at least
            return qualifier
    return _hedged_before(match.string, match.start())


# A bound that may not be passed, said before a word of more or less (不得超过, 不能低于, 严禁超过):
# the opposite bound.
NEGATED_BOUNDS = {"more_than": "at_most", "less_than": "at_least"}
FORBIDDEN_BEFORE_RE = patterns.compile(r"(?:不得|不能|不应|不会|不可|不准|不宜|严禁|禁止)$")
LONGEST_FORBIDDING = 2


def _hedged_before(text: str, start: int) -> str | None:
    """约为, 约合 right before the figure at `start`: approx."""
    return APPROX if HEDGE_BEFORE_VERB_RE.search(text, max(0, start - LONGEST_HEDGE), start) else None


# The groups of QUANTITY_RE that hold a qualifier word, in the order they are asked, with
# the word's position: asked by name, since groupdict() would copy all the pattern's groups.
QUALIFIER_GROUPS = tuple(
    (prefix + position, position)
    for position in ("pre", "mid", "post")
    for prefix in ("", "r", "a", "c")
    if prefix + position in QUANTITY_RE.groupindex
)


def _in_fixed_phrase(text: str, position: int) -> bool:
    """Whether a fixed phrase covers `position` (it may open there or before it)."""
    phrases = FIXED_PHRASE_RE.finditer(
        text, max(0, position - LONGEST_FIXED_PHRASE), position + LONGEST_FIXED_PHRASE, overlapped=True
    )
    return any(phrase.start() <= position < phrase.end() for phrase in phrases)


# 四周 is a word of its own, the surroundings, unless a duration's words are around it (为期四周,
# 四周后, 四周时间).
SURROUNDINGS = "四周"
WEEKS_BEFORE_RE = patterns.compile(r"(?:持续|历经|约|近|达|仅|只|共|第|每)$")
WEEKS_AFTER_RE = patterns.compile(r"(?:后|以后|之后|内|以内|之内|以来|时间|左右|多|的[\p{Han}]{0,6}(?:培训|训练|治疗|学习|活动|时间))")
# The one unit of currency an exchange rate is given for, before 兑 and a figure (1美元兑7.1元)
# or after a figure and 兑 (158日元兑1美元).
RATE_BASE_BEFORE_RE = patterns.compile(r"\s*兑换?\s*[0-9０-９]")
RATE_BASE_AFTER_RE = patterns.compile(r"[0-9０-９][0-9０-９.．]*\s*\p{Han}{1,4}\s*兑换?\s*$")
MAX_RATE_LEAD = 16


def is_metric(text: str, candidate: Candidate) -> bool:
    match = candidate.match
    raw_number = (match["num"] or "").strip()
    start = match.start("pre") if match["pre"] else match.start()
    before = text[start - 1] if start > 0 else ""
    after = text[match.end() : match.end() + 1]
    if candidate.kind in ("count", "people") and raw_number in ("一", "壹") and not match["mid"] and not match["post"]:
        return False  # 一个产品, 一批项目: the indefinite article, not a count
    if candidate.kind == "count" and raw_number == "一" and match["post"] == MANY and HAN_CHAR_RE.match(after):
        return False  # 一个 + 多民族国家, 一个 + 多功能厅: the article, and 多 opens the next word
    if candidate.kind == "money" and match["mid"] == SOME_MORE and not match["mmult"]:
        return False  # 一个 + 多元化社会: 个多 before a currency names no sum (两个多亿元 does)
    if candidate.kind in ("count", "people") and (before and before in OPEN_QUOTES or _inside_short_quote(text, start, match.end())):
        return False  # “四个意识”, “两个维护”: a slogan; “古巴五人”, “金砖五国”: a name
    if len(raw_number) == 1 and FINANCIAL_DIGIT_RE.match(raw_number) and HAN_CHAR_RE.match(before) and not match["pre"]:
        return False  # 着陆起飞, 队伍里: one cheque numeral after a Chinese character ends a word
    if _in_title(text, start, match.end()):
        return False  # 《六斤四》, 《两个人的海岛》, 《关于…等9个城市…的复函》: a number inside a title names
    if _in_fixed_phrase(text, match.start("num") if match["num"] else start):
        return False  # 中央八项规定, 两个大局, 最后一公里: a fixed phrase, not a count
    if match["unit"] in ATTRIBUTE_UNITS and (HAN_CHAR_RE.match(after) or LATIN_LETTER_RE.match(after)):
        return False  # 8吋中试线, 8英寸IGBT
    if match["unit"] == AGE_UNIT and match["post"] in BRACKET_WORDS and HAN_CHAR_RE.match(after) and after != "的":
        return False  # 65周岁以上老年人口: an age bracket
    if after and not match["post"] and after in UNIT_WORD_BREAKERS.get(match["unit"] or match["aunit"] or "", ""):
        return False
    if match["unit"] == CLASS_UNIT and text.endswith(GRADE_WORD, 0, start) or match["unit"] == INSTITUTE_UNIT and text.startswith(
        INSTITUTE_HEADS, match.end()
    ):
        return False  # 五年级 + 二班, 研究院 + 十八所 + 所长: a class or an institute named by its number
    if match.group() == EVERYWHERE and _verb_follows(text, match.end()):
        return False  # 四处寻找, 四处求医: everywhere, an adverb (四处景点 counts four sites)
    if match["unit"] == LAP and CIRCLING_RE.search(text, max(0, start - MAX_CIRCLED), start):
        return False  # 绕场一周, 绕行纪念碑基座一周, 环岛一周: once round, no week
    if match["unit"] == "个" and not match["post"] and SPOKEN_YI_RE.match(text, match.end()):
        return False  # 10个 + 亿: a sum in speech (implied_yuan reads it), not ten things
    if match["year"] and not (
        match["mid"] or match["post"] or match["year_half"] or DECIMAL_RE.search(raw_number)
        or DURATION_CUE_RE.search(text, max(0, start - 4), start)
        or TIME_AFTER_YEARS_RE.match(text, match.end()) and candidate.value < MAX_YEARS_OF_EFFORT
    ):
        return False  # 2019年 is a date; 3年多, 12.2年, 为期三年, 用两年时间 are durations
    if match["unit"] in COLLOQUIAL_MONEY and after[:1].isdigit():
        return False  # 一块1.5米长: a classifier before a figure of its own
    if match["unit"] == "次" and SESSION_AFTER_RE.match(text, match.end()) and SESSION_BEFORE_RE.search(
        text, max(0, start - MAX_SESSION_GAP), start
    ):
        return False  # 十三届全国人大三次会议: which session, not how many
    if match["unit"] in DAY_UNITS and before in DAY_MARKS:
        return False  # 12日、13日 + 两天, 5月1日至3日 + 三天: the days just dated, no duration measured
    if match["unit"] == SECTOR_GROUP and SECTOR_BEFORE_RE.search(text, max(0, start - 2), start):
        return False  # 特邀58组, 经济界32组: a sector's group, which one
    if ORDINAL_LIST_BEFORE_RE.search(text, max(0, start - MAX_ORDINAL_LIST), start):
        return False  # 第三十、三十一颗: the 31st, an ordinal shared across the list
    if match["unit"] in SECONDARY_UNITS and raw_number == SECONDARY and before != "一" and not match["pre"]:
        return False  # 二次供水, 二类疫苗: secondary, not twice or two kinds
    if raw_number in REDUPLICATED_DIGITS:
        return False  # 一一列出, 两两结对: one by one, in pairs
    if before in DEICTIC and (raw_number or match["r1"]) and not NUMBER_DIGIT_RE.search(raw_number):
        return False  # 这两天, 那几年, 这一两年: these days, not a count of days
    if (
        match["unit"] in DAY_UNITS and raw_number in FEW and THE_OTHER_DAY_BEFORE_RE.search(text, max(0, start - 2), start)
        and not text.startswith(SPAN_AFTER, match.end())
    ):
        return False  # 前两天，漳州市…, 前几天我去了…: the other day, not the first two days (前两天的比赛)
    if match.group() in SOME_DAY and SOME_DAY_BEFORE_RE.search(text, max(0, start - 2), start):
        return False  # 想到有一天, 总有一天, 每一天: someday, every day, not one day's time
    if (
        text.endswith(PLURAL_PRONOUNS, 0, start) and candidate.kind in ("count", "people") and match["unit"] not in ACTION_COUNT_UNITS
        and raw_number and not NUMBER_DIGIT_RE.search(raw_number)
    ):
        return False  # 我们两个友好国家: we two
    if match.group() in PAIR_PRONOUNS and _points_back(text, start, match.end()):
        return False  # 林丹对阵李宗伟，两人 + 再次…: the two named before, not a count of people
    if match.group() == SURROUNDINGS and not (
        DURATION_CUE_RE.search(text, max(0, start - 4), start) or WEEKS_BEFORE_RE.search(text, max(0, start - 2), start)
        or WEEKS_AFTER_RE.match(text, match.end())
    ):
        return False  # 四周层层青山, 房屋四周: the surroundings, not four weeks
    if candidate.kind == "money" and candidate.value == 1 and (
        RATE_BASE_BEFORE_RE.match(text, match.end()) or RATE_BASE_AFTER_RE.search(text, max(0, start - MAX_RATE_LEAD), start)
    ):
        return False  # 1美元兑7.1元人民币, 158日元兑1美元: the unit of an exchange rate, no amount
    if before == "同" and raw_number == "一":
        return False  # 同一天, 同一家企业: the same one
    if candidate.kind == "time" and TIME_WINDOW_BEFORE_RE.search(text, max(0, start - 4), start):
        return False  # 过去24小时内, 国庆假期前三天, 此前一天: a stretch of time the figures fall in
    if raw_number == ONE and match.group() == ONE + (match["unit"] or "") and _one_of_a_rate_or_a_story(text, candidate, start):
        return False  # 最后一天, 冬季的一天, 一天晚上; 一亩地的收入只有60块钱, 一天要跑100多公里
    if candidate.kind == "time" and TIME_WINDOW_AFTER_RE.match(text, match.end()):
        return False  # 10个月来新高
    if text.endswith(FRACTION_MARK, 0, start) and not match["fraction"]:
        return False  # 三分之 + 二人口, 三分之 + 一个世纪: a fraction's numerator, with the noun after it
    if candidate.kind == "time" and AGO_RE.match(text, match.end()):
        return False  # 两个多月前，…: when, not how long
    if match["unit"] == SUO and PARTICLE_SUO_AFTER_RE.match(text, match.end()) and text.endswith(DOCUMENT_PARTS, 0, start):
        return False  # 附件三所列: what Annex III lists
    if candidate.kind == "time" and TIME_TO_COME_RE.search(text, max(0, start - 2), start):
        return False  # 再过五天，…: when, not how long
    if match["unit"] == PLACE_UNIT and PLACE_AT_A_LEVEL_RE.search(text, max(0, start - 2), start):
        return False  # 在海拔1000处: a place at a height
    if (
        candidate.kind == "time" and AFTER_A_SPAN_RE.match(text, match.end())
        and AT_A_SPAN_BEFORE_RE.search(text, max(0, start - AT_A_SPAN_LEAD), start)
    ):
        return False  # 在31分钟后, 3个小时后，…: when the next thing happened
    if match["unit"] == "次" and not match["pre"] and not match["mid"] and not match["post"] and _names_a_train(text, match, raw_number, start):
        return False  # 6063次列车, 5633次“小慢车”, 综合检测车55201次, 失去联系的 + 12次列车: which train
    if candidate.kind in ("count", "people") and _restates_a_list(text, match, start):
        return False  # 隋文静和韩聪两人: the pair just named
    if candidate.kind == "time" and SINCE_AFTER_RE.match(text, match.end()) and (not before or before in CLAUSE_OPENERS):
        return False  # 近5个月来，…, 三天内，…: a window, not how long something lasted
    if (
        candidate.kind == "time" and WITHIN_A_TIME_RE.match(text, match.end())
        and not SPENT_BEFORE_RE.search(text, max(0, start - SPENT_LEAD), start)
    ):
        return False  # 在此后的一个多月时间里: a window
    if (
        match["unit"] in ARTICLE_UNITS and after in CLOSING_QUOTE_MARKS
        and NAMED_BY_ARTICLES_RE.search(text, max(0, start - NAMED_BY_ARTICLES_WINDOW), start)
    ):
        return False  # “外资十条”: a policy's name
    if candidate.kind == "time" and TERM_AFTER_RE.match(text, match.end()):
        return False  # 7天期逆回购, 3个月期存款: a maturity that names the instrument
    if after == "级" and candidate.kind in ("measure", "money"):
        return False  # 十万吨级, 百万千瓦级: a size class, not a quantity
    if candidate.kind == "time" and TIME_ZONE_AFTER_RE.match(text, match.end()):
        return False  # 15分钟生活圈: the name of a zone
    within = WITHIN_RE.match(text, match.end()) if candidate.kind == "time" else None
    if within and _measure_opens(text, within.end()):
        return False  # 3个小时内 + 降雨量达到160毫米: the window a measure is taken over, no duration
    if (
        candidate.kind == "time" and candidate.unit == "小时" and candidate.value == WHOLE_DAY_HOURS and not candidate.qualifier
        and ROUND_THE_CLOCK_AFTER_RE.match(text, match.end())
    ):
        return False  # 24小时值班, 24小时投诉电话: round the clock, no duration
    if match["unit"] in EVENT_UNITS and (
        EVENT_AFTER_RE.match(text, match.end()) or EVENT_BEFORE_RE.search(text, max(0, start - 3), start)
    ):
        return False  # 女子50米蝶泳, 4×100米混合接力: a sporting event, not a distance
    if match["unit"] == FLOOR_UNIT and not match["mid"] and not match["post"] and (
        FLOOR_ROOM_AFTER_RE.match(text, match.end())
        or FLOOR_PLACE_BEFORE_RE.search(text, max(0, start - FLOOR_LEAD), start) and FLOOR_PLACE_AFTER_RE.match(text, match.end())
    ):
        return False  # 来到119层观光厅, 在艺术创作中心二层: which floor
    if LEADING_ZERO_RE.match(raw_number):
        return False  # 03组卫星, 007号: a designation
    if match["unit"] in RANK_UNITS and (_after_rank_word(text, start) or _ranked(text, start, match.end())):
        return False  # 分列前三位, 位列全国前五名, 从全球78位上升到46位: a rank, not a count of people
    if not match["post"] and _numeral_inside_word(text, match, "num"):
        return False  # 七台河, 一把手, 三天两头: Chinese numerals inside a word the dictionary holds
    if not match["cyuan"] and not match["cjiao"] and _numeral_inside_word(text, match, "cnum"):
        return False  # 日元 + 一度触及, 人民币 + 一直: a currency, then a word that opens with a numeral
    return True


def _restates_a_list(text: str, match: regex.Match[str], start: int) -> bool:
    """Whether a count of two to five stands right after as many items joined by 、, 和, 与 or 及
    in its clause, each a short name with no figure in it (《流浪地球》和《疯狂的外星人》 + 两部)."""
    items = RESTATED_NUMBERS.get((match["num"] or "").strip())
    if items is None or match["pre"] or match["mid"] or match["post"]:
        return False
    listed = LISTED_ITEMS_RE.search(text, max(0, start - LIST_LEAD), start)
    if listed is None:
        return False
    parts = LIST_LINK_SPLIT_RE.split(listed.group())
    if len(parts) != items or not all(0 < len(part) <= MAX_LISTED_ITEM and not NUMERAL_DIGIT_RE.search(part) for part in parts):
        return False
    tokens = tk.tag(text, listed.start(), start)
    if not tokens or not (tokens[-1].tag.startswith("n") or tokens[-1].tag in ("vn", "zg") or tokens[-1].word in NAME_CLOSINGS):
        return False
    # 服务对象分为老年人、残疾人、儿童三类。: a verb before a list that a count closes makes the
    # count how many items the owner has, a measure of it; with a noun or a predicate after the
    # count it still restates the list (守住发展和生态两条底线, 直指安倍和哈格尔两人一唱一和)
    first_end = listed.start() + len(parts[0])
    verb_led = any(token.tag.startswith(("v", "p")) and token.tag != "vn" for token in tokens if token.start < first_end)
    return not verb_led or CLAUSE_END_AFTER_RE.match(text, match.end()) is None


def _measure_opens(text: str, position: int) -> bool:
    """Whether the name of a measure (降雨量, 降水量: no verb, 两天内 + 办结) opens the text at `position`."""
    tokens = tk.tag(text, position, min(len(text), position + NOUN_WINDOW))
    if tokens and tokens[0].word in MEASURE_LEADS:
        del tokens[0]  # 48小时内 + 累计 + 降雨量
    return bool(tokens) and tokens[0].tag.startswith("n") and tokens[0].word.endswith(MEASURE_HEADS)


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """Whether a figure stands inside quotation marks that hold a few characters only (“古巴五人”,
    “金砖五国”): a name or a slogan; a quoted sentence is longer (“今年新增就业1100万人”)."""
    opening = QUOTE_OPENED_RE.search(text, max(0, start - MAX_QUOTED_NAME), start)
    closing = QUOTE_CLOSED_RE.match(text, end, end + MAX_QUOTED_NAME) if opening else None
    return closing is not None and closing.end() - 1 - (opening.start() + 1) <= MAX_QUOTED_NAME


def _one_of_a_rate_or_a_story(text: str, candidate: Candidate, start: int) -> bool:
    """一 and a unit of time or measure that is no amount: a particular day of a story (最后一天,
    冬季的一天, 有一天, 一天晚上, a clause opened by 一天，), or the unit a rate is given per,
    another figure after it in its clause (一天要跑100多公里, 一亩地的收入只有60块钱, 一吨能卖到14万元;
    but 用一年时间完成300公里 is how long a task took, 从一天缩短到5分钟 a change, 延长一个月 an
    amount)."""
    if candidate.kind not in ("time", "measure"):
        return False
    end = candidate.match.end()
    if candidate.kind == "time" and (
        ONE_DAY_BEFORE_RE.search(text, max(0, start - ONE_DAY_LEAD), start) or ONE_DAY_AFTER_RE.match(text, end)
        or (start == 0 or text[start - 1] in CLAUSE_OPENERS) and text.startswith(("，", ","), end)
    ):
        return True
    if DURATION_CUE_RE.search(text, max(0, start - 4), start) or text.endswith(TAKING_OR_CHANGING, 0, start):
        return False
    rest = REST_OF_CLAUSE_RE.match(text, end)
    return any(candidate is not None for _, candidate in quantities(text, end, rest.end()))


ONE = "一"
# A particular day or hour of a story, not how long it lasted: after 的, 最后, 某 or a clause's 有
# (如果有一天, 有一天，), or a hope's or a fear's 有 (担心有一天, 希望有一天); before a part of the day
# (一天晚上); one day against the next (一天比一天好).
ONE_DAY_BEFORE_RE = patterns.compile(
    r"(?:的|最后|某|天比|(?:^|[，,。；;：:！？!?\n“]|如果|若|总|终|会|担心|希望|盼望|梦想|相信|期待|害怕|期盼)有)$"
)
ONE_DAY_LEAD = 4
# 用一年时间, 花一天: the time a task takes; 从一天缩短到5分钟: the start of a change; whatever follows.
TAKING_OR_CHANGING = ("用", "花", "从", "由")
ONE_DAY_AFTER_RE = patterns.compile(r"(?:早上|晚上|上午|下午|中午|夜里|深夜|清晨|傍晚|比一)")
REST_OF_CLAUSE_RE = patterns.compile(r"[^，,；;。！!？?\n]*")


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the figure stands inside the title marks of a work or a document (《…》), opened and
    closed on its line."""
    since = max(0, start - MAX_TITLE)
    newline = text.rfind("\n", since, start)
    if not tk.in_book_title(text, start, newline + 1 if newline >= 0 else since):
        return False
    closing = text.find(TITLE_CLOSE, end, end + MAX_TITLE)
    return closing >= 0 and text.find(TITLE_OPEN, end, closing) < 0 and text.find("\n", end, closing) < 0


TITLE_OPEN, TITLE_CLOSE = "《", "》"
MAX_TITLE = 60


def _names_a_train(text: str, match: regex.Match[str], raw_number: str, start: int) -> bool:
    """Whether a bare number and 次 name a train: three to five digits before a train's name or
    after a test train's or a route, with no verb of running before them, or an express train's one or two
    digits right before 列车 after 的 or a clause's opening."""
    if TRAIN_NUMBER_RE.fullmatch(raw_number):
        return bool(
            (
                TRAIN_AFTER_RE.match(text, match.end()) or TRAIN_BEFORE_RE.search(text, max(0, start - RUNS_LEAD), start)
                or ROUTE_BEFORE_RE.search(text, max(0, start - ROUTE_LEAD), start)
            )
            and not RUNS_BEFORE_RE.search(text, max(0, start - RUNS_LEAD), start)
        )
    return bool(
        SHORT_TRAIN_NUMBER_RE.fullmatch(raw_number) and text.startswith(TRAIN, match.end())
        and (start == 0 or text[start - 1] in TRAIN_NAME_OPENINGS)
    )


def _verb_follows(text: str, position: int) -> bool:
    """Whether the word the segmenter reads at `position` is a verb."""
    tokens = tk.tag(text, position, min(len(text), position + WORD_WINDOW))
    return bool(tokens) and tokens[0].tag.startswith("v")


def _numeral_inside_word(text: str, match: regex.Match[str], group: str) -> bool:
    """Whether the figure's number, in Chinese numerals only, is part of a word the dictionary
    holds (see _inside_word)."""
    numeral = (match[group] or "").strip()
    return bool(numeral) and CHINESE_ONLY_RE.fullmatch(numeral) is not None and _inside_word(
        text, match.start(group), match.end(group), match.end()
    )


def _inside_word(text: str, start: int, number_end: int, end: int) -> bool:
    """Whether the word the segmenter reads at the figure's last character holds its numeral and
    runs on past the figure: a place, a title or an idiom written with a numeral (七台河,
    三天两头), where 十二亿 + 人口 is a figure and the word after it."""
    tokens = tk.tag(text, max(0, start - WORD_WINDOW), min(len(text), end + WORD_WINDOW))
    last = next((token for token in tokens if token.start < end <= token.end), None)
    if last is None or not tk.known(last.word) or last.start >= number_end:
        return False
    return last.end > end or last.start < start  # 七台 + 河; 三天 + 两头 (the word opens before)


def _after_rank_word(text: str, start: int) -> bool:
    """Whether 前 stands alone right before the figure (位列 + 前 + 五名), not as the end of a
    word (提前, 此前, 目前, 日前)."""
    if not text.endswith(RANK_WORD, 0, start):
        return False
    tokens = tk.tag(text, max(0, start - RANK_WINDOW), start)
    return bool(tokens) and tokens[-1].word == RANK_WORD


def _ranked(text: str, start: int, end: int) -> bool:
    """Whether a count of 位 or 名 is a place in a ranking: after a word of ranking, or at either
    end of a move (从全球78位 + 上升到 + 46位), but not a move by so many places (上升 + 32位)."""
    lead = max(0, start - RANK_LEAD)
    if RANK_MOVED_BY_RE.search(text, lead, start):
        return False
    return bool(
        RANKED_BEFORE_RE.search(text, lead, start) or RANK_MOVE_AFTER_RE.match(text, end) or RANK_MOVE_BEFORE_RE.search(text, lead, start)
    )


def carried_units(text: str, found: list[Candidate]) -> list[Candidate]:
    """Bare figures in a list take the unit of the figure that closes the list."""
    by_start = {candidate.match.start(): candidate for candidate in found}
    taken = Spans(candidate.match.span() for candidate in found)
    bare = [match for match in BARE_RE.finditer(text) if not taken.overlaps(*match.span())]
    carried: list[Candidate] = []
    closings: dict[int, str] = {}  # the number that closes each bare figure's list
    for match in reversed(bare):
        following = _listed_next(text, match.end(), by_start)
        number = parse_number(match["num"])
        if following is None or number is None or following.kind in ("percent",) and "%" not in match.group():
            continue
        closing = closings.get(following.match.start(), following.match["num"] or "")
        extra = _extra_multiplier(match["num"], closing)
        if extra:
            number *= extra  # 100万、110万、130万亿元: each is 万亿, as the last is
        qualifier = QUALIFIER_WORDS.get((match["pre"], "pre")) if match["pre"] else None
        candidate = Candidate(match, number, None, following.unit, following.kind, qualifier)
        carried.append(candidate)
        by_start[match.start()] = candidate
        closings[match.start()] = closing
    return carried


def _extra_multiplier(bare: str, closing: str) -> Decimal | None:
    """What the closing figure's multipliers add to a bare figure's, read as shared by the list:
    万 then 万亿 adds 亿 (100万、130万亿元), and a bare decimal takes them all (1.5、2万亿元);
    None where they are the same."""
    last = TRAILING_MULTIPLIERS_RE.search(closing)
    if last is None:
        return None
    own = TRAILING_MULTIPLIERS_RE.search(bare)
    owned = own.group() if own else ""
    if len(last.group()) <= len(owned) or not last.group().startswith(owned):
        return None
    return parse_number("1" + last.group()[len(owned) :])


def _listed_next(text: str, end: int, by_start: dict[int, Candidate]) -> Candidate | None:
    """The figure listed right after `end` (after 、, 和, 及 or 与), if any."""
    link = LIST_LINK_RE.match(text, end)
    return by_start.get(link.end()) if link else None


def completed_units(text: str, found: list[Candidate]) -> list[Candidate]:
    """0.1个和0.2个百分点: a figure whose unit is the first character of the next figure's
    longer unit, listed with it, has that unit too (0.1个百分点, not 0.1个)."""
    by_start = {candidate.match.start(): candidate for candidate in found}
    completed = []
    for candidate in found:
        following = _listed_next(text, candidate.match.end(), by_start)
        if following is not None and len(following.unit) > len(candidate.unit) and following.unit.startswith(candidate.unit):
            candidate = replace(candidate, unit=following.unit, kind=following.kind)
        completed.append(candidate)
    return completed


# 周 after a verb of going round is a lap (绕场一周, 环岛一周, 绕地球一周), whatever stands between
# (not 环比, 环境, 环节, 环保: 环 opens other words).
LAP = "周"
CIRCLING_RE = patterns.compile(r"(?:绕|环(?:绕|湖|岛|场|城|游|行|视|球|海))[^，,；;。！？!?\n]*$")
MAX_CIRCLED = 12
# 亿 after 个 that is no part of a counted noun (156个 + 亿元以上项目, 三个 + 万元户 count).
SPOKEN_YI_RE = patterns.compile(rf"亿(?!{YUAN_CLASS})")
# 出资400亿, 发行地方债33411亿: a sum in 亿 with its 元 left off, where the clause speaks of money.
IMPLIED_YUAN_RE = patterns.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-z第{CN_BEFORE}]) {POINT_AFTER_NUMERAL}
    (?: (?P<pre>{PRE}) {SP}? )?
    (?P<num> {ARABIC} {SP}? (?:万亿|千亿|亿) )
    (?! [0-9０-９] )
    {DEFINITIONS}
    """
)
# The same in speech, with 个 before 亿 (挤出10个亿, 总投资20多个亿, 两个亿): money wherever it
# stands; looked for only in texts that hold 个亿.
SPOKEN_SUM_RE = patterns.compile(
    rf"""(?x)
    (?<![0-9０-９.．A-Za-z第{CN_BEFORE}]) {POINT_AFTER_NUMERAL}
    (?: (?P<pre>{PRE}) {SP}? )?
    (?P<num> {ARABIC} | [{CN}]+? ) (?P<mid> 多|余 )? 个 (?P<mult> 亿 )
    (?! [0-9０-９] )
    {DEFINITIONS}
    """
)
SPOKEN_YI = "个亿"
MONEY_CUE_RE = patterns.compile(r"出资|投资|融资|资金|募集|募资|发行|金额|总额|营收|收入|贷款|债|基金|资本|资产|市值|财政|预算|税|成交额|销售额")


def implied_yuan(text: str, found: list[Candidate], dates: Spans) -> list[Candidate]:
    taken = Spans(candidate.match.span() for candidate in found)
    implied: list[Candidate] = []
    spoken_sums = SPOKEN_SUM_RE.finditer(text) if SPOKEN_YI in text else ()
    for match in sorted((*IMPLIED_YUAN_RE.finditer(text), *spoken_sums), key=lambda found: found.start()):
        start, end = match.span()
        if taken.overlaps(start, end) or dates.overlaps(start, end):
            continue
        clause_start, clause_end = clause(text, (0, len(text)), start, end)
        spoken = match.re is SPOKEN_SUM_RE
        number = parse_number(match["num"] + match["mult"] if spoken else match["num"])
        if number is None or not spoken and not MONEY_CUE_RE.search(text, clause_start, clause_end):
            continue  # 10个亿 is money in speech wherever it stands
        if not spoken and HAN_CHAR_RE.match(text, end) and text[end] != "的" and not MONEY_CUE_RE.search(text, clause_start, start):
            continue  # 4.7亿儿童: a count of what follows, unless money was named before it (出资400亿发起)
        qualifier = QUALIFIER_WORDS.get((match["pre"], "pre")) if match["pre"] else _hedged_before(text, start)
        if spoken and match["mid"]:
            qualifier = qualifier or QUALIFIER_WORDS.get((match["mid"], "mid"))
        implied.append(Candidate(match, number, None, "元", "money", qualifier))
    return implied


def _points_back(text: str, start: int, end: int) -> bool:
    """Whether 两人 at text[start:end] opens its clause and points back (see PAIR_PRONOUNS)."""
    if start > 0 and text[start - 1] not in CLAUSE_OPENINGS:
        return False
    clause_start = start - 1 if start > 0 else 0
    if PART_OF_SET_BEFORE_RE.search(text, max(0, clause_start - 3), clause_start) or OUTCOME_AFTER_RE.match(text, end):
        return False
    sentence_start = max(text.rfind(mark, 0, clause_start) for mark in SENTENCE_ENDS) + 1
    counts = list(PEOPLE_COUNT_BEFORE_RE.finditer(text, sentence_start, clause_start))
    return not counts or counts[-1]["number"] in PAIR_NUMBERS
