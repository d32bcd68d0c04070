"""Build ``zh_blind8.jsonl``: the eighth blind Chinese evaluation set (held out, lead only).

Every text below is written out in full by hand; nothing is filled into templates. The script
checks the counts and conventions, shuffles with a fixed seed and writes one JSON object per line.

Rebuild: ``.venv/bin/python data/eval/build_zh_blind8.py`` (byte-identical output).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from recruitscreen.types import CATEGORIES as CATEGORY_NAMES

OUT = Path(__file__).with_name("zh_blind8.jsonl")
SEED = 820261122

# The category names come from the package itself, so a renamed category fails here.
CATEGORIES = frozenset(CATEGORY_NAMES)
STAGES = frozenset("contact pivot paid_task elicitation meeting secrecy payment coercion job_scam".split())

# Stock words: a "subtle" message contains none of them, an "overt" one at least one
# (checked on the lower-cased text).
TELLTALE = (
    "微信", "weixin", "wx", "vx", "v信", "v 信", "w e", "whatsapp", "telegram", "纸飞机", "紙飛機",
    "飞机", "飛機", "signal", "line", "zoom", "gmail", "qq", "163", "@", "邮箱", "郵箱", "信箱",
    "客户", "客戶", "client", "老板", "老闆", "费", "費", "酬", "辛苦", "钱", "錢", "元", "usd",
    "美金", "美元", "汇款", "匯款", "转账", "轉賬", "轉帳", "保密", "机密", "機密", "内部", "內部",
    "涉密", "密级", "密級", "现金", "現金", "红包", "紅包", "礼品卡", "e卡", "报告", "報告", "材料",
    "别跟", "別跟", "不要告诉", "不要告訴", "唔好同", "押金", "保证金", "保證金", "回国", "回國",
    "公安", "国安", "國安", "派出所", "$", "加密货币", "加密貨幣", "佣金",
)

S, T = "simplified", "traditional"


FIELDS = ("text", "label", "kind", "lookalike", "categories", "stage", "subtlety", "script")


def sus(text: str, kind: str, categories: list[str], stage: str, subtlety: str, script: str) -> dict:
    """A suspicious message (label 1)."""
    return dict(zip(FIELDS, (text, 1, kind, False, categories, stage, subtlety, script), strict=True))


def ben(text: str, kind: str, lookalike: bool, script: str) -> dict:
    """An honest message (label 0): no categories, no stage, no subtlety."""
    return dict(zip(FIELDS, (text, 0, kind, lookalike, [], "none", "none", script), strict=True))


SUSPICIOUS = [
    # --- contact ---
    sus(
        "王工您好，我是深圳一家人才咨询公司的顾问Lisa。看到您在航天院所做过姿控软件，我们有个海外客户在做"
        "卫星星座项目，想找有型号经验、有保密资质背景的专家做短期顾问，时间灵活，报酬按天算。"
        "方便得话加我微信 lisa_hr0117 细聊？",
        "fake_headhunter",
        ["credential_targeting", "vague_client", "off_platform", "paid_task"],
        "contact", "overt", S,
    ),
    sus(
        "您好，冒昧打扰。我们在做一项关于东南沿海港口集疏运效率的研究，看到您在港口调度中心工作多年，"
        "想请您聊一聊日常的船期安排，尤其是军民两用码头那几个泊位平时的使用节奏。只需半小时，聊完我们会有一份小小心意。",
        "fake_researcher",
        ["credential_targeting", "sensitive_info"],
        "contact", "subtle", S,
    ),
    sus(
        "陳先生您好，我是新加坡一家顧問公司的 Kelvin，看到您之前在中科院做過飛彈導引相關的工作。我們客戶想了解"
        "台灣國防產業鏈的人才狀況，想邀請您做幾次付費訪談，一小時150美金。方便的話留個LINE？",
        "fake_consultant",
        ["credential_targeting", "vague_client", "paid_task", "off_platform"],
        "contact", "overt", T,
    ),
    sus(
        "您好，听说您刚从部队退下来？我们公司在找懂行的老同志当顾问，有空聊聊吗",
        "retired_official_approach",
        ["credential_targeting"],
        "contact", "subtle", S,
    ),
    sus(
        "主题：诚邀加入“亚太通信标准专家库”\n\n周工您好：\n\n我们是亚太数字标准研究中心（新加坡注册），长期为多家"
        "国际客户提供通信标准政策咨询。了解到您多次代表贵司参加3GPP RAN会议，经验非常宝贵。现诚邀您加入我们的"
        "专家库，每次线上咨询报酬300美元起，时间由您安排。\n\n因公司邮箱常拦截外部邮件，烦请回复至 "
        "apds_expert@qq.example.com，或直接加我微信 apds-grace。\n\n顺祝商祺\nGrace Wong 项目经理\n亚太数字标准研究中心",
        "fake_standards_liaison",
        ["credential_targeting", "paid_task", "off_platform"],
        "contact", "overt", S,
    ),
    sus(
        "你好，我係做緊一個香港港口同鐵路物流嘅研究，見你喺葵涌碼頭做咗好多年，想約你飲杯咖啡傾下。"
        "其實主要想知，嗰啲要海關特別查驗嘅貨櫃，通常擺喺邊個堆場、幾耐先放行。",
        "fake_researcher",
        ["credential_targeting", "sensitive_info"],
        "contact", "subtle", T,
    ),
    sus(
        "李博士好！我是一家生物医药投资机构的研究员，关注您所在疾控中心的mRNA平台很久了。我们的LP想请您做一次"
        "闭门交流，1小时2000美元，线上线下都可以，可以先加个vx吗？",
        "fake_investor",
        ["credential_targeting", "vague_client", "paid_task", "off_platform"],
        "contact", "overt", S,
    ),
    sus(
        "您好，您以前在國防部整評司吧？想請教幾個問題。",
        "fake_acquaintance",
        ["credential_targeting"],
        "contact", "subtle", T,
    ),
    # --- pivot ---
    sus(
        "这里说话不方便，加我纸飞机 @harbor_li 吧",
        "handler_followup",
        ["off_platform"],
        "pivot", "overt", S,
    ),
    sus(
        "领英消息我不常看，您加一下 V 信：yx-talent_2290，后面项目细节都在那边发您",
        "fake_recruiter",
        ["off_platform"],
        "pivot", "overt", S,
    ),
    sus(
        "别再用单位号码找我了，旧手机给你寄过去了。",
        "handler_followup",
        ["off_platform", "secrecy"],
        "pivot", "subtle", S,
    ),
    sus(
        "我們公司的系統會紀錄InMail，比較不方便，麻煩您加我的 WhatsApp +44 7700 900141，之後用那邊溝通，謝謝！",
        "fake_recruiter",
        ["off_platform"],
        "pivot", "overt", T,
    ),
    sus(
        "我的 w e i x i n 是 z h a n g _ 6 6 2 0，这边平台老屏蔽关键词 😂 加了备注“标准”",
        "obfuscated_pivot",
        ["off_platform"],
        "pivot", "overt", S,
    ),
    sus(
        "方便留个私人手机号吗？不是单位发的那个。我这边是138 0000 0158",
        "handler_followup",
        ["off_platform"],
        "pivot", "subtle", S,
    ),
    sus(
        "呢度傾唔方便，你裝個 Signal 啦，我搵你。記住用私人電話，唔好用公司部機。",
        "handler_followup",
        ["off_platform", "secrecy"],
        "pivot", "overt", T,
    ),
    # --- paid task ---
    sus(
        "张老师，客户那边想要一份关于国内高铁列控系统供应链国产化进度的分析报告，5000字左右，报酬2万，周五前发我邮箱就行。",
        "fake_consultant",
        ["paid_task", "vague_client"],
        "paid_task", "overt", S,
    ),
    sus(
        "上次你写的港口自动化码头那篇，那边看了很满意。这次想请你写写你们局里明年预算分配的思路，按字数算，还是老规矩。",
        "handler_followup",
        ["paid_task", "sensitive_info"],
        "paid_task", "subtle", S,
    ),
    sus(
        "黃小姐，這份翻譯稿件是我們客戶的內部資料，請您翻完後直接寄到這個 Gmail：trans.hsu0122@gmail.example.com，"
        "千萬不要經過貴公司的系統，稿酬加倍。",
        "fake_translation_agency",
        ["paid_task", "vague_client", "off_platform", "secrecy"],
        "paid_task", "overt", T,
    ),
    sus(
        "这次多写点所里的真实想法，网上能查到的不要。",
        "handler_followup",
        ["paid_task", "sensitive_info"],
        "paid_task", "subtle", S,
    ),
    sus(
        "主题：课题合作邀请（城市更新方向）\n\n孙科长：您好！\n\n我院受一家境外基金委托，开展“中部城市新区开发与地方债务”"
        "系列研究。久闻您在区发改委负责新区规划，想请您以个人名义提供几篇分析报告，每篇3000字左右，报酬每篇5000元，"
        "可通过支付宝转入您指定的个人账户（家人账户也可以）。\n\n资料来源不限，您手头的工作底稿最有价值。\n\n"
        "华亚城市治理研究院 课题部\n联系人：贺先生 138 0000 0127",
        "fake_think_tank",
        ["paid_task", "vague_client", "unusual_payment", "sensitive_info"],
        "paid_task", "overt", S,
    ),
    sus(
        "Hi Ivan，我哋 client 想要一份 briefing，講下交通事務委員會每位議員對跨境鐵路擴建嘅私下立場，"
        "唔使好長，兩三頁就得，fee 照舊用 USDT。",
        "handler_followup",
        ["paid_task", "vague_client", "unusual_payment", "sensitive_info"],
        "paid_task", "overt", T,
    ),
    sus(
        "你把你们院里那本航天器热控设计手册的目录拍给我看看，我判断一下值不值得整理，值得的话按页算。",
        "handler_followup",
        ["paid_task", "sensitive_info"],
        "paid_task", "subtle", S,
    ),
    # --- elicitation ---
    sus(
        "不用涉密的东西，你就说说你们所里疫苗三期现在推进到哪一步了，内部大概怎么评估的？",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "overt", S,
    ),
    sus(
        "出口管制那边最近批的两用物项许可，能不能说说大概是哪几个国家的最终用户？不用名字，给个数量级也行。",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "subtle", S,
    ),
    sus(
        "你們下個月要送立法院的那筆特別預算，無人機那塊大概編多少？我只是想先有個概念。",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "subtle", T,
    ),
    sus(
        "[21:14] 陈姐：内部讨论稿也行\n[21:14] 陈姐：你们规划局那版轨道交通四期线网还没公示吧\n"
        "[21:15] 陈姐：拍个截图发我就行，我保证不外传",
        "handler_followup",
        ["sensitive_info", "secrecy"],
        "elicitation", "overt", S,
    ),
    sus(
        "你们标准组下周那个闭门会，华东那家厂准备反对哪几条？会前能知道的话对我们帮助很大。",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "subtle", S,
    ),
    sus(
        "你喺醫院嗰邊，可唔可以幫我睇下內部系統，最近有冇一批特定病人打咗邊隻疫苗？唔使全部，幾個名就得。",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "overt", T,
    ),
    sus(
        "下个月军运走那条支线的是哪几趟车？随口问问。",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "subtle", S,
    ),
    sus(
        "主题：Re: 关于会议论文的几个补充问题\n\n钱老师：\n\n谢谢您的回复！论文里的推力曲线我们已经仔细拜读。编委会还想请您"
        "补充一下去年那次地面试车失败后的原因分析，以及修改后的内部试验数据，不会公开，只作审稿参考。如您愿意，"
        "我们可以把您列为特刊共同作者，另付审稿费800美元。\n\n祝好\nDr. Helen Zhou\n《国际空间推进评论》特刊编辑\n\n"
        "> 周老师好，论文里的数据都是已经公开的，其他的不太方便提供。\n> 钱",
        "fake_academic",
        ["sensitive_info", "paid_task"],
        "elicitation", "overt", S,
    ),
    sus(
        "你們港務公司那套新的貨櫃掃描系統是哪家做的？漏掃率多少？",
        "handler_followup",
        ["sensitive_info"],
        "elicitation", "subtle", T,
    ),
    sus(
        "学校的研究生名单能导一份给我吗？就是跟那几个军工院所联合培养的，带导师和课题名。给你辛苦费。",
        "handler_followup",
        ["sensitive_info", "paid_task"],
        "elicitation", "overt", S,
    ),
    # --- meeting ---
    sus(
        "老板下个月在曼谷，想当面谢谢你，机票酒店我们全包。别走单位的出国审批，就说去旅游。",
        "handler_followup",
        ["client_meeting", "vague_client", "secrecy"],
        "meeting", "overt", S,
    ),
    sus(
        "下星期我哋喺澳門有個小型飯局，幾位朋友好想識下你，食完順便傾下你做緊嘅嘢。船飛同酒店我哋搞掂。",
        "handler_followup",
        ["client_meeting"],
        "meeting", "subtle", T,
    ),
    sus(
        "您好！我们在新加坡有一场关于卫星遥感的闭门研讨会，主办方承担全部差旅，另有5000美元讲课费。参会名单不公开，"
        "请不要通过单位外事报名，直接和我对接即可。",
        "fake_conference",
        ["client_meeting", "paid_task", "secrecy"],
        "meeting", "overt", S,
    ),
    sus(
        "你下个月去日内瓦开标准会的时候，能不能多留两天？有位朋友从伦敦过来，想单独跟你吃个饭，那几晚的酒店我来订。",
        "handler_followup",
        ["client_meeting"],
        "meeting", "subtle", S,
    ),
    sus(
        "客戶很滿意你上次的分享，想邀請你去吉隆坡見個面，來回商務艙、五星酒店，另外再包一個大紅包給你。",
        "handler_followup",
        ["client_meeting", "vague_client", "unusual_payment"],
        "meeting", "overt", T,
    ),
    sus(
        "视频会就好，客户想直接问问你们那款巡飞弹的续航。你不用开摄像头，用我发你的Zoom链接，别用单位电脑。",
        "handler_followup",
        ["client_meeting", "vague_client", "secrecy", "sensitive_info"],
        "meeting", "overt", S,
    ),
    sus(
        "週六在東京，還是上次那間酒店，房號到了傳給你。",
        "handler_followup",
        ["client_meeting"],
        "meeting", "subtle", T,
    ),
    # --- secrecy ---
    sus(
        "这事别跟你们保卫处说，他们不懂，只会添麻烦。",
        "handler_followup",
        ["secrecy"],
        "secrecy", "overt", S,
    ),
    sus(
        "跟家裡人就說是兼職翻譯，其他的不用多解釋。",
        "handler_followup",
        ["secrecy"],
        "secrecy", "subtle", T,
    ),
    sus(
        "记录看完就删，号码存成“快递”，咱们的事保密。",
        "handler_followup",
        ["secrecy"],
        "secrecy", "overt", S,
    ),
    sus(
        "出国登记表上这次就填探亲吧，不用写见了谁。",
        "handler_followup",
        ["secrecy"],
        "secrecy", "subtle", S,
    ),
    sus(
        "你同公司 compliance 申報嗰陣，唔好同佢哋講我哋嘅合作，就話係舊同學食飯。",
        "handler_followup",
        ["secrecy"],
        "secrecy", "overt", T,
    ),
    sus(
        "主题：合作前请确认保密条款\n\n林工：\n\n附件是我们的顾问协议，请特别注意第4条：合作期间及结束后，您不得向现任雇主、"
        "任何政府部门（包括国家安全机关）透露本合作的存在及内容。签字后拍照发回即可，首期顾问费随即支付。\n\n"
        "海程咨询（香港）有限公司\nMichael Tse",
        "fake_consultant",
        ["secrecy", "paid_task"],
        "secrecy", "overt", S,
    ),
    # --- payment ---
    sus(
        "这次的酬劳打到你爱人卡上吧，走你自己的账户不方便，卡号发我。",
        "handler_followup",
        ["unusual_payment"],
        "payment", "overt", S,
    ),
    sus(
        "這個月的顧問費用 USDT 給你好嗎？錢包地址傳給我，比較快，也不會被銀行問東問西。",
        "handler_followup",
        ["unusual_payment", "secrecy"],
        "payment", "overt", T,
    ),
    sus(
        "东西放你们小区门口快递柜了，取件码0117，回去数一下对不对。",
        "handler_followup",
        ["unusual_payment"],
        "payment", "subtle", S,
    ),
    sus(
        "下次見面我帶埋個信封俾你，唔好擺入銀行住。",
        "handler_followup",
        ["unusual_payment", "secrecy"],
        "payment", "subtle", T,
    ),
    sus(
        "给你买了十张京东E卡，算这次的辛苦费，卡密我晚点微信发你。",
        "handler_followup",
        ["unusual_payment"],
        "payment", "overt", S,
    ),
    sus(
        "你侄子不是在英国读书吗？这学期学费我们来出，你把他的账户给我就行，也算谢谢你这段时间帮忙。",
        "handler_followup",
        ["unusual_payment"],
        "payment", "overt", S,
    ),
    # --- coercion ---
    sus(
        "李女士，我们是你老家县公安局的。你在伦敦参加的那些活动我们都掌握了。你爸妈年纪大了，经不起折腾，建议你尽快回国把事情说清楚。",
        "coercion",
        ["coercion"],
        "coercion", "overt", S,
    ),
    sus(
        "阿明，你舅舅今天又被叫去社區喝茶了。他們說只要你把多倫多那個讀書會的名單發過來，就沒事了。",
        "coercion",
        ["coercion", "sensitive_info"],
        "coercion", "subtle", T,
    ),
    sus(
        "小周，你在温哥华的情况家里都知道了。你姐考事业编，政审卡住了，你自己想想是不是该回国一趟，别让你家里人难做。",
        "coercion",
        ["coercion"],
        "coercion", "overt", S,
    ),
    sus(
        "你妈的养老金这个月没到账吧？你回来把事情说清楚就好了。",
        "coercion",
        ["coercion"],
        "coercion", "subtle", S,
    ),
    sus(
        "我係你屋企嗰邊派出所嘅。你喺墨爾本搞嗰個同鄉會，我哋要每個月嘅出席名單。你阿爸喺深圳嗰間舖頭，我哋都唔想佢有咩事。",
        "coercion",
        ["coercion", "sensitive_info"],
        "coercion", "overt", T,
    ),
    # --- job scams ---
    sus(
        "【军工单位内部直招】文职岗，包编制，月薪1.5万，需先交3800元政审押金和体检费，名额有限，加微信 jg_zhaopin88 报名！！",
        "job_scam",
        ["job_scam", "unusual_payment", "off_platform"],
        "job_scam", "overt", S,
    ),
    sus(
        "【居家兼職】幫航空公司網站點讚評分，每單佣金30–80元，先墊付任務金，做完連本帶利返還，加 LINE：job_0916",
        "task_scam",
        ["job_scam", "unusual_payment", "off_platform"],
        "job_scam", "overt", T,
    ),
    sus(
        "恭喜您通过我们研究院的初面！入职前请先在合作平台购买指定的岗前培训课程，结业证书是录用的必要条件，名额保留到本周日。",
        "job_scam",
        ["job_scam"],
        "job_scam", "subtle", S,
    ),
    sus(
        "你好，我们是港务集团的外包人力公司，港区调度员岗位马上截止，缴纳500元服务费即可安排面试，"
        "简历请用QQ邮箱发到 gangwu_hr@example.com。",
        "job_scam",
        ["job_scam", "unusual_payment"],
        "job_scam", "overt", S,
    ),
]

BENIGN = [
    # --- headhunters and recruiters who name the firm and move to e-mail or a call ---
    ben(
        "刘先生您好，我是锐途猎头的顾问陈静。受成都翼航智能科技有限公司委托，招飞控软件负责人，base 成都，"
        "年薪60–80万。JD 已发到您领英，方便的话明天下午给您打个电话？我的邮箱 chenjing@ruitu.example.com",
        "genuine_headhunter", True, S,
    ),
    ben(
        "林先生您好，我是鼎才人力的 Amy。客戶是新竹的竹科微電（已同意公開名稱），在找製程整合工程師。"
        "方便的話我用 email 寄 JD 給您，或您留個時段，我打電話過去跟您說明。",
        "genuine_headhunter", True, T,
    ),
    ben(
        "王工，华东电网人力部小郑，下周二上午电话面试可以吗？",
        "genuine_recruiter", True, S,
    ),
    ben(
        "您好，我们是星衡航天招聘组。您投递的结构设计岗需要做背景调查，请把原单位离职证明发到 hr@xingheng.example.com。"
        "涉密经历只需写单位和起止时间，具体项目内容一律不要写。",
        "genuine_recruiter", True, S,
    ),
    # --- expert networks ---
    ben(
        "您好，我是知行专家网络的项目经理孙悦。我们的客户是一家公募基金的研究部（名称在合规确认后告知），想了解工业机器人"
        "减速器行业的公开市场格局，1小时电话访谈，报酬1500元。按合规要求：现任公务员和国企涉密岗位人员无法参与；"
        "访谈中请勿透露任何现任或前任雇主的非公开信息。您看是否方便？",
        "expert_network", True, S,
    ),
    ben(
        "Hi 陳醫生，我係 Lumen Insights 專家網絡嘅 Karen。我哋客戶係一間美國醫療投資基金，想同你做個 45 分鐘電話訪談，"
        "傾下香港公立醫院採購疫苗嘅一般流程，酬金 HKD 3,000。如你係醫管局現職員工，需要先取得部門批准；"
        "訪談唔可以涉及任何未公開資料。多謝！",
        "expert_network", True, T,
    ),
    ben(
        "抱歉，根据我们的合规政策，您目前在海关系统任职，属于政府雇员，我们无法安排本次付费访谈，感谢理解。"
        "——远见专家网络 合规部",
        "expert_network", True, S,
    ),
    # --- universities and think tanks ---
    ben(
        "尊敬的赵教授：\n\n我院拟于11月20日举办“港航物流前沿”系列讲座，诚邀您做一场公开报告。讲课费税前3000元，"
        "差旅按学校标准报销。请将身份证号和本人银行卡信息填入附件表格，回复至 jtxy_office@example.edu.cn。\n\n"
        "东海大学交通运输学院 办公室\n联系人：马老师 0571-0000-0139",
        "university_talk", True, S,
    ),
    ben(
        "謝教授您好，本系邀請您於12月6日蒞臨演講「太空政策與國際合作」，演講費依規定標準支給，交通費實報實銷。"
        "演講將錄影公開於系網，煩請避免提及尚未公開之計畫內容。",
        "university_talk", True, T,
    ),
    ben(
        "李老师好：\n\n我们已按您的意见修改了合同：稿件署您本人姓名，发表在我院官网和“观澜研究”公众号，全部基于公开资料"
        "撰写即可。稿酬8000元（税前）由研究院财务对公转账到您本人银行卡。合同扫描件附后，请查收。\n\n"
        "观澜国际问题研究院 编辑部 周楠\n\n"
        "> 周老师，稿子我可以写，但我在学校的课题材料不能用，只能引用公开文献，可以吗？",
        "think_tank_commission", True, S,
    ),
    ben(
        "编辑部通知：感谢您完成稿件 JSA-2026-0317 的同行评审，评审费200元将于月底转入您登记的银行账户，如需发票请联系编辑部。",
        "paid_review", True, S,
    ),
    ben(
        "张博士：欢迎您作为访问学者来我校航天学院交流一年，生活补助每月6000元，按月打入校内工资卡。按规定访问学者"
        "不进入B楼涉密实验室，合作课题均为公开项目。",
        "visiting_scholar", True, S,
    ),
    # --- cleared job ads ---
    ben(
        "【招聘】某航天研究所（事业单位）招聘总体设计岗。要求：能通过涉密人员政治审查，入职签订保密协议，出国（境）"
        "按规定报批。简历请通过单位官网招聘系统投递，本所从不收取任何费用，也不委托个人代招。",
        "cleared_job_ad", True, S,
    ),
    ben(
        "國防部所屬生產製造中心徵聘約聘技術員，須具安全查核資格，錄取後簽署保密切結書。報名一律透過機關官網，"
        "本中心不收取任何費用，亦不會以 LINE 聯繫應徵者。",
        "cleared_job_ad", True, T,
    ),
    # --- notices and people quoting the warning signs ---
    ben(
        "【国家安全教育提醒】近期有境外人员冒充猎头、咨询公司，通过领英联系我单位科研人员：先要求加微信，再以“付费撰写报告”"
        "为名索要内部资料，并邀请出境“见客户”、承诺报酬用虚拟币支付。遇到此类情况请勿回应，及时向保卫处报告或拨打12339。",
        "security_awareness", True, S,
    ),
    ben(
        "防騙提醒：有人冒充本行人力資源部，用 WhatsApp 聯絡求職者，要求先付「培訓費」或「保證金」。本行招聘從不收費，"
        "亦不會要求你轉數到私人戶口。",
        "security_awareness", True, T,
    ),
    ben(
        "群里转一下：保卫处说最近有人冒充学术会议主办方给咱们所的博士生发邀请，特点是全包机票、会后“私下交流”、"
        "让别告诉导师。大家注意点哈",
        "security_awareness", True, S,
    ),
    ben(
        "剛看了調查局那篇宣導，說常見話術就是「幫客戶寫報告」「不要跟單位說」「錢用加密貨幣給」，"
        "我們上週收到的那封信好像就是這樣，要不要報給政風室？",
        "colleague_reporting_approach", True, T,
    ),
    ben(
        "多倫多台灣同鄉會通知：本月讀書會主題為「跨國鎮壓與海外社群」，歡迎會員參加。若有人以家人安危要求你提供會員名單，"
        "請勿理會，並聯絡我們或當地警方。",
        "community_association", True, T,
    ),
    ben(
        "您好，我们是一家关注跨国压制问题的研究机构（公开注册，官网 example.org），正在做海外留学生受骚扰情况的匿名问卷，"
        "结果只以汇总形式发表，不收集姓名，您可以随时退出。",
        "ngo_research", True, S,
    ),
    # --- family chats ---
    ben(
        "妈：儿子，给你发了个红包，过年回家的车票买了没？别跟你爸说我给你钱了，他又要念叨",
        "family_chat", True, S,
    ),
    ben(
        "阿媽：過年機票你阿爸出，唔好同你細佬講住",
        "family_chat", True, T,
    ),
    ben(
        "爸：你姑问你那个在航天院上班的同学有没有对象 😂",
        "family_chat", True, S,
    ),
    ben(
        "姐：奶奶给你的微信转账快收了，说是辛苦费",
        "family_chat", True, S,
    ),
    ben(
        "媽媽：表哥下個月回來請吃飯，記得跟老闆請假",
        "family_chat", True, T,
    ),
    # --- colleagues moving channels ---
    ben(
        "这个在微信里说不清楚，咱们挪到企业微信上吧。方案文档我传到公司网盘了，涉及内部数据的别发个人微信。",
        "coworker_channel", True, S,
    ),
    ben(
        "钉钉上拉个群把，把采购部老周也拉进来",
        "coworker_channel", True, S,
    ),
    ben(
        "Teams 開會吧，客戶資料不能傳 LINE",
        "coworker_channel", True, T,
    ),
    ben(
        "[09:02] 王姐：港调中心那个船期表能不能发群里？\n[09:05] 小林：王姐，那个是内部资料，不能发个人微信群\n"
        "[09:05] 小林：我在OA上给你开权限了，你登录就能看",
        "coworker_channel", True, S,
    ),
    # --- reimbursement ---
    ben(
        "主题：【报销提醒】9月广交会出差费用\n\n各位同事：\n\n请于本月25日前在财务系统提交广交会期间的机票、酒店和餐费报销，"
        "现金支出需附收据；招待境外客户的费用请另附客户名单及事由。\n\n财务部 刘倩\n分机 8127",
        "reimbursement", True, S,
    ),
    ben(
        "Hi all，上個月去新加坡睇 Airshow 嘅機票同酒店，請喺 claim system 入單，per diem 照公司標準計，收據記得 scan 埋。Thanks！",
        "reimbursement", True, T,
    ),
    ben(
        "出差深圳的高铁票电子发票发我邮箱，我一起报了",
        "reimbursement", True, S,
    ),
    # --- alumni, parents, retirees ---
    ben(
        "【校友会·华南分会】本周六晚在广州天河办航空航天校友联谊，AA制每人150元，报名请接龙，欢迎带家属。",
        "alumni_group", True, S,
    ),
    ben(
        "航太系友會通知：年度聚餐改在高雄，學長說今年他請客，大家不用帶錢，帶近況來分享就好～",
        "alumni_group", True, T,
    ),
    ben(
        "各位家长，本周五下午开家长会，班主任会介绍下学期研学活动（去西昌卫星发射中心参观），费用自愿，"
        "不参加的同学在校自习。收到请回复。",
        "parents_group", True, S,
    ),
    ben(
        "各位家長，送俾陳老師嘅退休禮物已經買咗，每人夾$200，PayMe 俾我就得，記得唔好同老師講呀，係驚喜！",
        "parents_group", True, T,
    ),
    ben(
        "老首长们好，八一咱们老战友聚会定在7月30日，地点还是干休所食堂，可以带家属，不收钱。",
        "retired_officers_group", True, S,
    ),
    # --- journalists, conferences, fairs, investors ---
    ben(
        "您好，我是《南方财经观察》记者何蕾，在写一篇关于民营卫星公司融资的稿子，想就贵司已公开的发射计划做个实名采访，"
        "约30分钟，发表前会把引语发您核对。方便的话可以打我电话 138 0000 0144。",
        "journalist", True, S,
    ),
    ben(
        "您好，我是《島嶼週報》記者，想就演習後勤補給的公開資料做個訪問，會具名引用，不涉及任何機密。"
        "如果貴單位規定要先報備，我可以等發言人回覆再約。",
        "journalist", True, T,
    ),
    ben(
        "尊敬的吴研究员：第十二届国际疫苗学术研讨会将于明年4月在苏州举行，大会承担特邀报告人的往返机票和三晚住宿，"
        "报告题目请于1月15日前通过会议官网提交。——会务组",
        "conference_invite", True, S,
    ),
    ben(
        "標準化技術委員會年會今年在台北，主辦方提供飯店到會場的接駁車，與會名單和議程都會公開在官網，請於官網報名。",
        "conference_invite", True, T,
    ),
    ben(
        "您好，我们在珠海航展A3馆见过，我是德方采购 Martin，做航空复合材料的。想要贵司的产品目录和报价，"
        "能否按正常流程发到我的名片邮箱 martin.k@example.de？",
        "trade_fair", True, S,
    ),
    ben(
        "您好，我是青松創投的合夥人，看了貴公司國防無人機的 pitch deck，想下週約在新竹辦公室談。NDA 由我們法務寄過去，"
        "盡調只需要公開財報和營運數據。",
        "genuine_investor", True, T,
    ),
    # --- onboarding, bank, payroll ---
    ben(
        "欢迎加入！入职第一天请带身份证、学历证书原件和一张银行卡（用于发工资）。我们会安排保密培训、签保密承诺书，"
        "之后给你开通企业微信和公司邮箱。",
        "hr_onboarding", True, S,
    ),
    ben(
        "Welcome onboard！請喺星期一前喺 HR portal 填好 bank account 資料，出糧日係每月最後一個工作天。"
        "IT 會幫你 set 好公司電話同 email。",
        "hr_onboarding", True, T,
    ),
    ben(
        "【瑞丰银行】您尾号0132的账户于11月02日收到境外汇款USD 800.00（附言：lecture honorarium），"
        "请于5个工作日内登录手机银行补充申报汇款用途。",
        "bank_notice", True, S,
    ),
    ben(
        "【工资条】2026年10月 应发合计18,460.00元，含岗位工资、绩效、保密津贴500.00、交通补贴。如有疑问请联系人力资源部。",
        "payroll_notice", True, S,
    ),
    # --- surprise parties ---
    ben(
        "老刘欢送会每人凑200，千万别跟他说啊！",
        "surprise_party", True, S,
    ),
    ben(
        "週三主任生日，蛋糕藏會議室，先別告訴她喔 🎂",
        "surprise_party", True, T,
    ),
    # --- interpreters, procurement, export control ---
    ben(
        "李老师，下周的中德铁路技术交流会需要一名交传，会期两天，翻译费每天3500元含税。签约后我们提供公开的会议资料给您准备，"
        "现场发的资料会后要全部交还主办方。",
        "translation_job", True, S,
    ),
    ben(
        "【采购公告】市地铁集团信号系统维保项目询价，报价文件请于截止时间前通过电子招投标平台提交。"
        "任何单位和个人不得私下联系评审专家，违者取消资格。",
        "procurement_notice", True, S,
    ),
    ben(
        "主题：关于最终用户证明的补充材料\n\n王经理您好：\n\n贵司申请的两用物项出口许可需补充最终用户和最终用途证明原件，"
        "请通过业务系统上传，或邮寄至我处。如有疑问请来电 020-0000-0152。\n\n省商务厅 机电和科技产业处",
        "export_control_notice", True, S,
    ),
    # --- plain messages ---
    ben("晚上吃火锅还是烤肉？", "ordinary_chat", False, S),
    ben("今晚唔得閒，聽日再傾", "ordinary_chat", False, T),
    ben("快递到了吗？我放门卫那儿了", "ordinary_chat", False, S),
    ben("明天组会改到下午三点，PPT记得带上", "ordinary_chat", False, S),
    ben(
        "主题：周例会纪要\n\n各位：本周例会纪要见附件，请于下周一前更新各自的任务进度。谢谢！\n\n综合办 小蒋",
        "work_email", False, S,
    ),
    ben(
        "主旨：機房停電通知\n\n週六上午9點至12點B棟機房停電維護，請同仁提前存檔並關閉個人設備。\n\n資訊室",
        "work_email", False, T,
    ),
    ben("【菜鸟驿站】包裹已到站，取件码3-2-1108", "notification", False, S),
    ben("【12306】您购买的11月15日G102次车票已出票，请携带身份证乘车。", "notification", False, S),
]


def check(records: list[dict]) -> None:
    assert len(records) == 120, len(records)
    labels = Counter(r["label"] for r in records)
    assert labels == {1: 60, 0: 60}, labels
    assert sum(r["lookalike"] for r in records if r["label"] == 0) >= 48
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in records:
        assert r["script"] in {S, T}, r
        low = r["text"].lower()
        hits = [w for w in TELLTALE if w in low]
        if r["label"] == 1:
            assert r["categories"] and set(r["categories"]) <= CATEGORIES, r
            assert len(set(r["categories"])) == len(r["categories"]), r
            assert r["stage"] in STAGES, r
            assert not r["lookalike"], r
            if r["subtlety"] == "subtle":
                assert not hits, (hits, r["text"])
            else:
                assert r["subtlety"] == "overt" and hits, r["text"]
        else:
            assert r["categories"] == [] and r["stage"] == "none" and r["subtlety"] == "none", r


def main() -> None:
    records = SUSPICIOUS + BENIGN
    check(records)
    random.Random(SEED).shuffle(records)
    numbered = ({"id": f"zhb8-{n:03d}", **rec} for n, rec in enumerate(records, start=1))
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in numbered), encoding="utf-8")


if __name__ == "__main__":
    main()
