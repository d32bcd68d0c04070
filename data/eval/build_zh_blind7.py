"""Build ``zh_blind7.jsonl``: the seventh blind Chinese evaluation set.

Every message below was written by hand, in full (no templates, no slot filling), by a writer who never
opened the rule packs, the training corpus, ``data/dev/`` or any other evaluation set. The script only
checks the records, shuffles them with a fixed seed and numbers them in the shuffled order.

Rebuild: ``.venv/bin/python data/eval/build_zh_blind7.py`` (byte-identical output).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from recruitscreen.types import CATEGORIES

OUT = Path(__file__).with_name("zh_blind7.jsonl")
SEED = 720261122

# The eval sets record the step a message mainly performs, a finer split than the library's funnel stages.
STAGES = frozenset(
    "contact pivot paid_task elicitation meeting secrecy payment coercion job_scam".split()
)

# Stock words: an overt suspicious message contains at least one, a subtle one contains none.
TELLTALE = (
    "微信",
    "薇信",
    "V信",
    "v信",
    "vx",
    "VX",
    "wx",
    "WX",
    "w x",
    "weixin",
    "WeChat",
    "WhatsApp",
    "Telegram",
    "电报",
    "電報",
    "纸飞机",
    "紙飛機",
    "飞机",
    "飛機",
    "Signal",
    "LINE",
    "Line",
    "QQ",
    "qq",
    "Zoom",
    "gmail",
    "Gmail",
    "163",
    "邮箱",
    "郵箱",
    "信箱",
    "@",
    "客户",
    "客戶",
    "client",
    "老板",
    "老闆",
    "费",
    "費",
    "酬",
    "辛苦",
    "钱",
    "錢",
    "元",
    "块",
    "塊",
    "USD",
    "USDT",
    "美金",
    "美元",
    "港币",
    "港幣",
    "台幣",
    "汇款",
    "匯款",
    "转账",
    "轉賬",
    "轉帳",
    "保密",
    "机密",
    "機密",
    "内部",
    "內部",
    "涉密",
    "密级",
    "密級",
    "泄密",
    "洩密",
    "红包",
    "紅包",
    "现金",
    "現金",
    "礼品卡",
    "禮品卡",
    "报告",
    "報告",
    "别跟",
    "別跟",
    "不要告诉",
    "不要告訴",
    "唔好同",
    "押金",
    "保证金",
    "回国",
    "回國",
    "派出所",
    "公安",
    "國安",
)

RECORDS: list[dict[str, object]] = []


def sus(
    text: str,
    kind: str,
    categories: list[str],
    stage: str,
    subtlety: str,
    script: str,
) -> None:
    """Add a suspicious message (label 1)."""
    RECORDS.append(
        dict(
            text=text,
            label=1,
            kind=kind,
            lookalike=False,
            categories=categories,
            stage=stage,
            subtlety=subtlety,
            script=script,
        )
    )


def ben(text: str, kind: str, lookalike: bool, script: str) -> None:
    """Add a benign message (label 0): no categories, no stage, no subtlety."""
    RECORDS.append(
        dict(
            text=text,
            label=0,
            kind=kind,
            lookalike=lookalike,
            categories=[],
            stage="none",
            subtlety="none",
            script=script,
        )
    )


S, T = "simplified", "traditional"

# ---------------------------------------------------------------------------------------------------
# Suspicious: contact
# ---------------------------------------------------------------------------------------------------
sus(
    "主题：访问学者项目邀请（全额资助）\n\n"
    "尊敬的郑工：\n\n"
    "您好！我们是新加坡海峡先进材料研究中心的项目办公室。从公开的学术会议资料中了解到您在固体发动机"
    "壳体复合材料方面的工作，印象深刻。中心今年有两个为期三个月的访问学者名额，往返机票、住宿及每月"
    "津贴均由合作方承担。\n\n"
    "为便于评审，请将简历发至项目联络人私人邮箱 lin.yuqing.office@example.net，简历中请注明您参与过的"
    "型号项目名称、所在研究室以及项目的密级，以便我们判断是否需要另行办理手续。\n\n"
    "此致\n林雨晴\n项目协调",
    "fake_academic",
    ["credential_targeting", "off_platform", "sensitive_info"],
    "contact",
    "overt",
    S,
)
sus(
    "您好，看到您在竹科做微影製程好多年了。我這邊的客戶是一間海外新建的 12 吋廠，團隊正在找懂 EUV 的資深"
    "工程師，年薪可以談到現在的兩倍。站內訊息我比較少看，方便加個 LINE 細聊嗎？ID: hr_grace0311",
    "fake_recruiter",
    ["credential_targeting", "vague_client", "off_platform"],
    "contact",
    "overt",
    T,
)
sus(
    "李工您好，在核电运行的行业论坛上看过您的发言，很有见地。我们在组织一个小范围的交流圈子，成员都是"
    "一线的值长和主控。想先了解一下：您现在在几号机组，持的是哪一级执照，平时能接触到哪些规程文件？"
    "方便的话周末约个茶。",
    "fake_community_contact",
    ["credential_targeting", "sensitive_info"],
    "contact",
    "subtle",
    S,
)
sus(
    "你好，睇到你個人檔案寫住喺政府資訊科技部門做網絡安全，我哋有個研究項目好想搵返你呢種背景嘅人傾下。"
    "想問下你而家仲係咪公務員編制？有冇做開需要審查嘅崗位？唔使好耐，飲杯咖啡就得。",
    "fake_researcher",
    ["credential_targeting"],
    "contact",
    "subtle",
    T,
)
sus(
    "兄弟你好，看你CV写的是在研究所，现在还有保密资格证吗？我们这边有个顾问项目专门找有涉密经历的人，"
    '不用辞职，业余时间做，报酬很可观。细节这里不方便说，加个vx：zsq_0723，备注"顾问"',
    "fake_headhunter",
    ["credential_targeting", "off_platform", "paid_task"],
    "contact",
    "overt",
    S,
)
sus(
    "王工您好，珠海航展上我们交换过名片，我是恒港贸易的 Kevin Ho。我们欧洲的合作方对贵所展出的那款机载"
    "雷达舱非常感兴趣，想请您做个技术顾问，按小时计酬，用美元结算。展会期间人多说不上话，方便的话加我 "
    "WhatsApp +44 7700 900137 慢慢聊。",
    "fake_trade_contact",
    ["credential_targeting", "paid_task", "unusual_payment", "off_platform"],
    "contact",
    "overt",
    S,
)
sus(
    "張博士您好，我們是一個專看無人機新創的投資團隊，聽朋友說您在中科院做過飛控。想請教您幾個技術判斷，"
    "順便認識一下。想先確認一下，您現在還在院裡嗎？我們比較希望找目前還在職、手上還有計畫的人聊。",
    "fake_investor",
    ["credential_targeting"],
    "contact",
    "subtle",
    T,
)
sus(
    "学弟好！我是东江理工校友会海外分会的周航，看到你进了主机厂设计院，真替你高兴🎉 我们分会在建一个"
    '"青年专家库"，入库每个月有补贴。只需要填个表：所在部门、参与过的型号、是否有出国限制。填好发我'
    "私人邮箱 zhouhang.alumni@example.com 就行，不用走学校那边。",
    "fake_alumni",
    ["credential_targeting", "off_platform", "unusual_payment", "sensitive_info"],
    "contact",
    "overt",
    S,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: pivot
# ---------------------------------------------------------------------------------------------------
sus(
    "这里说话不方便，加我V信 lw_2024x 细聊",
    "handler_followup",
    ["off_platform"],
    "pivot",
    "overt",
    S,
)
sus("呢度唔方便講嘢，你有冇 Signal？", "handler_followup", ["off_platform"], "pivot", "overt", T)
sus(
    "平台消息我经常漏看，你用绿泡泡吗？搜我手机号就能加：138 0000 0132",
    "handler_followup",
    ["off_platform"],
    "pivot",
    "subtle",
    S,
)
sus(
    "主题：Re: 关于上次的合作\n\n"
    "张老师：\n以后我们就用这个邮箱联系吧：zhang.consult2024@example.net。您单位的邮箱会被审计，对您对我"
    "都不好。附件以后也发到这里。\n\n顺颂时祺\n陈明远",
    "fake_consultant",
    ["off_platform", "secrecy"],
    "pivot",
    "overt",
    S,
)
sus(
    "之後打 0912-000-135，用自己手機，別用公司的。",
    "handler_followup",
    ["off_platform", "secrecy"],
    "pivot",
    "subtle",
    T,
)
sus(
    '你搜一下 w x：k e v i n _ 8 8 0 1，加的时候备注"航展"我就知道是你',
    "obfuscated_pivot",
    ["off_platform"],
    "pivot",
    "overt",
    S,
)
sus(
    "我哋嘅研究助理會用 Telegram 同你跟進。呢個平台啲訊息會被掃描，為咗保障你私隱，轉過去先啦，"
    "之前傾過嘅嘢都唔好留喺度。",
    "fake_ngo",
    ["off_platform", "secrecy"],
    "pivot",
    "overt",
    T,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: paid task
# ---------------------------------------------------------------------------------------------------
sus(
    "主题：约稿\n\n"
    "吴老师您好：\n\n"
    "我是华衡战略研究会的秘书处。我们的一位长期合作伙伴希望了解贵省电力现货市场改革的下一步走向，特别是"
    "明年的交易规则会怎么调。想请您写一份三千字左右的分析材料，不必署名，也不会公开。稿费8000元，可以付"
    "到您指定的任何账户。\n\n"
    "盼复。\n\n"
    "华衡战略研究会 秘书处\n丁晓光",
    "fake_think_tank",
    ["paid_task", "vague_client", "unusual_payment", "sensitive_info"],
    "paid_task",
    "overt",
    S,
)
sus(
    "老闆那邊很滿意上次那份，這次想請你整理一下國防部明年採購的重點方向，一樣兩萬台幣，現金給你。",
    "handler_followup",
    ["paid_task", "vague_client", "sensitive_info", "unusual_payment"],
    "paid_task",
    "overt",
    T,
)
sus(
    "上次那篇写得很好，对方看完又提了几个问题，我整理成清单了，还是老规矩，一周内交，按字数算。",
    "handler_followup",
    ["paid_task", "vague_client"],
    "paid_task",
    "subtle",
    S,
)
sus(
    "想請你幫手整理下你哋組今年處理過嘅出口管制個案，唔使名，淨係要類別同數量就得。一個月一份，每份一千五，"
    "照舊。",
    "handler_followup",
    ["paid_task", "sensitive_info"],
    "paid_task",
    "subtle",
    T,
)
sus(
    "白皮书写好了没？客户在催，钱今晚就能到",
    "handler_followup",
    ["paid_task", "vague_client"],
    "paid_task",
    "overt",
    S,
)
sus(
    "学姐你好，我是江城大学研二的学生，导师接了个横向课题，委托方想要一份国内氮化镓射频芯片产线现状的调研，"
    "包括各家良率和产能。听说你在所里就是做这个的，能不能帮忙写一下？辛苦费5000，不走学校的账，直接转你。",
    "fake_grad_student",
    ["paid_task", "vague_client", "sensitive_info", "unusual_payment"],
    "paid_task",
    "overt",
    S,
)
sus(
    "主旨：產業觀察撰稿邀請\n\n"
    "林先生您好：\n本公司為國際顧問機構，我們的客戶希望了解台灣半導體供應鏈在地緣風險下的韌性，想邀請您撰寫"
    "一份產業觀察報告，約五千字，不需具名。稿酬以 USDT 支付，金額可議。\n\n"
    "Best regards,\nVincent Ma\nAsia Desk, Crestline Advisory",
    "fake_consultant",
    ["paid_task", "vague_client", "unusual_payment"],
    "paid_task",
    "overt",
    T,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: elicitation
# ---------------------------------------------------------------------------------------------------
sus(
    "周工，上次说的那个新型号，首飞大概排在几月？说个大概就行",
    "handler_followup",
    ["sensitive_info"],
    "elicitation",
    "subtle",
    S,
)
sus(
    "不用给我任何文件，你就口头讲讲你们所里最近内部讨论的几个方向就行，这些又不算泄密，对吧？",
    "handler_followup",
    ["sensitive_info"],
    "elicitation",
    "overt",
    S,
)
sus(
    "你哋供電公司下年換嘅變電站控制系統，揀咗邊間供應商？幾時開始裝？最好趁標書未出之前知道，我哋可以早啲部署。",
    "fake_procurement_contact",
    ["sensitive_info"],
    "elicitation",
    "subtle",
    T,
)
sus(
    "[09:12] 老何：小刘，市里那个片区规划调整的征求意见稿，你们办公室应该已经拿到了吧\n"
    "[09:13] 老何：拍几页给我看看，不会外传的\n"
    "[09:20] 老何：老板那边等着呢，今天能发吗",
    "handler_followup",
    ["sensitive_info", "vague_client", "secrecy"],
    "elicitation",
    "overt",
    S,
)
sus(
    "您好，我是一家财经媒体的记者，在写运营商的稿子。你们公司5G核心网那套新设备，现在是哪几个省在试点？用的"
    "哪家的芯片？方便的话手画个拓扑拍给我，稿子里绝对不会出现你的名字。",
    "fake_journalist",
    ["sensitive_info"],
    "elicitation",
    "subtle",
    S,
)
sus(
    "不要機密的，講講你們單位內部最近怎麼研判兩岸就好。",
    "handler_followup",
    ["sensitive_info"],
    "elicitation",
    "overt",
    T,
)
sus(
    "你们组训那个大模型到底用了多少张卡，数据从哪来的？外面都是猜的，你随口说个数就行",
    "handler_followup",
    ["sensitive_info"],
    "elicitation",
    "subtle",
    S,
)
sus(
    "主题：请教\n\n"
    "韩司长：\n\n"
    "您好！冒昧打扰。您退下来以后还一直关心部里的工作，令人敬佩。我们研究院正在做一个口述史课题，想请您"
    "回忆一下当年参与边界谈判的一些细节，特别是当时没有公开的那部分考虑。课题按次给您劳务费，访谈内容只做"
    "内部参考，不会发表。\n\n"
    "此致\n敬礼\n\n"
    "远川国际问题研究院 课题组\n马骁",
    "fake_think_tank",
    ["credential_targeting", "sensitive_info", "paid_task"],
    "elicitation",
    "overt",
    S,
)
sus(
    "> 呢啲我真係唔可以講\n\n"
    "明白明白，咁你唔使講內容，淨係話我知個會係邊日開、有邊幾位出席就得啦。",
    "handler_followup",
    ["sensitive_info"],
    "elicitation",
    "subtle",
    T,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: meeting
# ---------------------------------------------------------------------------------------------------
sus(
    "老板下月在新加坡想见你，机票酒店全包，就说去旅游。",
    "handler_followup",
    ["client_meeting", "vague_client", "secrecy"],
    "meeting",
    "overt",
    S,
)
sus(
    "下個月喺曼谷有個小型閉門交流，幾位朋友好想見下你，機票住宿我哋搞掂。你用私人護照出去就得，唔使經公司。",
    "handler_followup",
    ["client_meeting", "secrecy"],
    "meeting",
    "subtle",
    T,
)
sus(
    "主题：邀请函｜新型电力系统国际研讨会（闭门分会）\n\n"
    "尊敬的秦工：\n\n"
    "诚邀您出席12月在澳门举办的新型电力系统国际研讨会闭门分会。本次闭门会议不设公开议程，不对外发布参会"
    "名单，请勿通过单位外事部门报名。差旅费用由主办方全额承担，在会场以现金形式发放。\n\n"
    "会务组\n澳门濠江能源论坛",
    "fake_conference",
    ["client_meeting", "secrecy", "unusual_payment"],
    "meeting",
    "overt",
    S,
)
sus(
    "下周你来深圳那天，我约了一位对你们项目特别感兴趣的先生，一起吃个饭而已，不用跟谁说。",
    "handler_followup",
    ["client_meeting", "secrecy"],
    "meeting",
    "subtle",
    S,
)
sus(
    "客戶想在香港見你，機票飯店都訂好了，不用跟公司報備。",
    "handler_followup",
    ["client_meeting", "vague_client", "secrecy"],
    "meeting",
    "overt",
    T,
)
sus(
    "对方想跟你视频一下，就二十分钟，他会问几个技术上的问题，按小时给你算美元。用Zoom就行，别用公司电脑。",
    "handler_followup",
    ["client_meeting", "paid_task", "unusual_payment", "secrecy"],
    "meeting",
    "overt",
    S,
)
sus(
    "会后如果你能在国内多留两天，我们安排你去看看一家做船舶电力推进的企业，他们负责人很想听听你们海军"
    "新舰在这方面的做法。行程都安排好了，你只管来。",
    "fake_academic",
    ["client_meeting", "sensitive_info"],
    "meeting",
    "subtle",
    S,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: secrecy
# ---------------------------------------------------------------------------------------------------
sus("这事你知我知，别跟你们单位说。", "handler_followup", ["secrecy"], "secrecy", "overt", S)
sus(
    "申報表唔使填呢份兼職㗎，大家都係咁做。",
    "handler_followup",
    ["secrecy"],
    "secrecy",
    "subtle",
    T,
)
sus(
    "出国审批表上的境外联系人那栏你就空着，个人事项报告里也别提我们，填了反而麻烦，我们的合作本来就是保密的。",
    "handler_followup",
    ["secrecy"],
    "secrecy",
    "overt",
    S,
)
sus(
    "以后发资料别用公司网络，回家用自己电脑，发完把聊天记录删了",
    "handler_followup",
    ["secrecy"],
    "secrecy",
    "subtle",
    S,
)
sus(
    "這件事不要告訴你主管，也不要跟你太太講。",
    "handler_followup",
    ["secrecy"],
    "secrecy",
    "overt",
    T,
)
sus(
    "主题：几点提醒\n\n"
    "宋博士：\n\n"
    "感谢您一直以来的支持。再提醒几点：我们的合作内容请绝对保密，包括对您的家人；如单位问起出境的事，就说"
    "是参加学术会议；往来邮件看完请删除。\n\n"
    "祝好\nHelen\n远岫咨询",
    "fake_consultant",
    ["secrecy"],
    "secrecy",
    "overt",
    S,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: payment
# ---------------------------------------------------------------------------------------------------
sus(
    "[21:40] 陈总：这次的报酬打到你爱人卡上吧\n"
    "[21:41] 陈总：或者给个你爸妈的卡号也行，这样查不到你头上",
    "handler_followup",
    ["unusual_payment", "secrecy"],
    "payment",
    "overt",
    S,
)
sus(
    "今次嘅酬勞俾 USDT 你好唔好？開個錢包地址俾我。",
    "handler_followup",
    ["unusual_payment"],
    "payment",
    "overt",
    T,
)
sus(
    "上次的心意放在茶叶盒里了，下周见面带给你，别当着同事拆。",
    "handler_followup",
    ["unusual_payment", "secrecy"],
    "payment",
    "subtle",
    S,
)
sus(
    "走支付宝有记录，我让朋友在香港给你开个户存钱。",
    "handler_followup",
    ["unusual_payment", "secrecy"],
    "payment",
    "overt",
    S,
)
sus(
    "下次見面我直接把信封給你，數字跟上次一樣，不用開收據。",
    "handler_followup",
    ["unusual_payment"],
    "payment",
    "subtle",
    T,
)
sus(
    "这个月的辛苦费给你买成了苹果礼品卡，卡号和密码发你私人邮箱了，查收一下。",
    "handler_followup",
    ["unusual_payment", "off_platform"],
    "payment",
    "overt",
    S,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: coercion
# ---------------------------------------------------------------------------------------------------
sus(
    "刘女士，我是你老家镇派出所的民警。你在国外参加的那些活动，我们这边都掌握了。你爸妈年纪大了，你也不想"
    "他们因为你三天两头被叫去谈话吧？尽快回国把事情说清楚。",
    "coercion",
    ["coercion"],
    "coercion",
    "overt",
    S,
)
sus(
    "阿明，你阿媽話好掛住你。你喺倫敦嗰啲聚會唔好再去喇，你阿哥份工仲要做落去㗎。",
    "coercion",
    ["coercion"],
    "coercion",
    "subtle",
    T,
)
sus(
    "你在多伦多同乡会里常来往的那几个人，把名字和平时聚会的地方发给我们。你妹妹考公务员的政审，就不会有问题。",
    "coercion",
    ["coercion", "sensitive_info"],
    "coercion",
    "subtle",
    S,
)
sus(
    "[20:15] 二姨：你表哥今天又被叫去问话了\n"
    "[20:16] 二姨：他们说只要你回来一趟，当面聊聊，什么事都没有\n"
    "[20:16] 二姨：你就当是为了家里吧",
    "coercion",
    ["coercion"],
    "coercion",
    "subtle",
    S,
)
sus(
    "你喺台灣搞嗰個讀書會，國安嗰邊已經知道晒。你細佬今年考大學，你自己諗清楚。想傾嘅話返嚟香港，或者用呢個 "
    "Telegram 搵我。",
    "coercion",
    ["coercion", "off_platform"],
    "coercion",
    "overt",
    T,
)

# ---------------------------------------------------------------------------------------------------
# Suspicious: job scams
# ---------------------------------------------------------------------------------------------------
sus(
    "恭喜您通过初试拿到offer！入职前需缴纳岗位保证金1980元（含工牌、培训资料），转正后全额退还，请于今日18点前完成。",
    "job_scam",
    ["job_scam", "unusual_payment"],
    "job_scam",
    "overt",
    S,
)
sus(
    "在家兼职，给商家点赞关注，一单3元，日结。先加导师微信领任务，首单需要自己垫付，完成后连本带佣金返还。",
    "task_scam",
    ["job_scam", "off_platform"],
    "job_scam",
    "overt",
    S,
)
sus(
    "你好，恭喜你獲聘。入職前請先喺我哋指定嘅網店買一套培訓教材同一部工作手機，單據影低傳返俾我，第一個月出糧"
    "會一齊補返俾你。",
    "job_scam",
    ["job_scam"],
    "job_scam",
    "subtle",
    T,
)
sus(
    "军工单位直招！有保密资格证的优先，无需面试，先交政审材料费600元，三天出结果，名额有限。",
    "job_scam",
    ["job_scam", "credential_targeting", "unusual_payment"],
    "job_scam",
    "overt",
    S,
)
sus(
    "主旨：錄取通知\n\n"
    "黃小姐您好：\n恭喜您錄取本公司遠端行政助理一職。請於三日內以個人 Gmail 回覆本信，並匯款新台幣 3,500 元至"
    "下列帳戶作為設備押金，設備寄達後隨首月薪資退還。\n\n"
    "人資部 敬上\n寰宇遠距商務有限公司",
    "job_scam",
    ["job_scam", "off_platform", "unusual_payment"],
    "job_scam",
    "overt",
    T,
)

# ---------------------------------------------------------------------------------------------------
# Benign look-alikes
# ---------------------------------------------------------------------------------------------------
ben(
    "您好，我是锐衡人才的顾问陈思远，受中岳微电子委托招聘刻蚀工艺经理，base上海临港，JD附后。公司和职位都写在"
    "JD里，您可以先查一下。如果有兴趣，方便留个电话，或者把简历发到 siyuan.chen@ruiheng-example.com，我们约个"
    "电话细聊。",
    "genuine_headhunter",
    True,
    S,
)
ben(
    "王經理您好，我是獵頭 Amy（艾德人才）。客戶是竹科的曜晟半導體，職缺是製程整合資深工程師，年薪約 250 萬，"
    "JD 我貼在下面。方便的話我打電話跟您說明，或者寄到您的私人信箱也可以，看您方便。",
    "genuine_headhunter",
    True,
    T,
)
ben(
    "李工，我是昨天电话里那个猎头小周。东岳电力设计院的JD已经发到您邮箱了，二面在他们院里，有问题随时打我电话。",
    "genuine_headhunter",
    True,
    S,
)
ben(
    "陳生你好，我係 Hayes & Lam Search 嘅 Karen。我哋受一間本地電訊商委託搵 Head of Network Security。"
    "呢個係 confidential search，公司名要等第一次 call 之後先可以講，希望你理解。方便嘅話留個時間，我打去你 "
    "office 或者手機都得。",
    "genuine_headhunter",
    True,
    T,
)
ben(
    "主题：面试安排｜翼展航空装备 结构设计工程师\n\n"
    "您好：\n\n"
    "感谢您投递翼展航空装备有限公司结构设计工程师岗位。二面安排在成都总部，时间为11月28日上午9:30。往返"
    "交通和一晚住宿由公司按差旅标准报销，请保留好票据。该岗位入职前需通过政审和背景调查，请提前准备好"
    "学历证明。\n\n"
    "如需改期请回复本邮件或致电 028-0000-0146。\n\n"
    "翼展航空 人力资源部 黄蕾",
    "genuine_recruiter",
    True,
    S,
)
ben(
    "您好，這裡是宏硯科技人資部。面試通知已經寄到您的信箱，收不到請看一下垃圾郵件。提醒您：本公司招募過程"
    "不收取任何費用，也不會要求您加入任何私人 LINE 帳號。",
    "genuine_recruiter",
    True,
    T,
)
ben("星衡AI HR：笔试链接已发你邮箱，周五前做完就行～", "genuine_recruiter", True, S)
ben(
    "主题：专家访谈邀请｜知源专家网络\n\n"
    "您好，我是知源专家网络的项目经理孙悦。我们的客户是一家外资投资机构（机构名称在您同意参加后告知），"
    "希望就光伏逆变器行业的公开市场格局做一小时电话访谈，报酬1500元/小时，由我司对公账户支付。\n\n"
    "请注意：我们不接受任何保密信息、未公开的财务数据或您现任雇主的内部信息。如您是公务员或国企在职人员，"
    "按我司合规政策无法邀请您参加。\n\n"
    "孙悦\n知源专家网络 项目经理",
    "expert_network",
    True,
    S,
)
ben(
    "Hi Ms Ho，我係 Meridian Insight（專家網絡）嘅 Jason。有個 asset manager 客戶想就香港數據中心電力供應做 "
    "45 分鐘 call。Compliance 要求我哋事先同你確認：你唔會透露現職公司任何非公開資料。酬勞 HKD 2,000，經我哋"
    "公司戶口轉賬。",
    "expert_network",
    True,
    T,
)
ben(
    "> 请问访谈前需要准备什么？\n\n"
    "需要您先在线完成合规培训，大约10分钟，重点是不能谈现雇主和前雇主的内部信息。",
    "expert_network",
    True,
    S,
)
ben(
    "林先生您好，感謝您報名成為本公司專家。經確認您目前任職於國防部所屬單位，依本公司合規政策，我們無法安排"
    "您參與任何付費訪談，敬請見諒。\n— 群策顧問 專家關係部",
    "expert_network",
    True,
    T,
)
ben(
    "主题：讲座邀请｜集成电路产业青年论坛\n\n"
    "许老师好：\n\n"
    "我院拟于11月15日举办集成电路产业青年论坛，诚邀您作30分钟报告，题目可自拟。讲座费按学校标准（税前"
    "2000元）由财务处发放，需提供身份证复印件和本人银行卡信息；往返高铁票凭票报销。\n\n"
    "江城大学微电子学院 办公室 赵琳\n电话 027-0000-0158",
    "university_talk",
    True,
    S,
)
ben(
    "教授您好，本校電機系邀請您於 12 月 6 日蒞校演講，演講費依規定每小時 2,000 元，交通費實報實銷，演講後請"
    "填寫領據並附存摺影本。",
    "university_talk",
    True,
    T,
)
ben("张老师，讲座费已经打到您工资卡上了，请查收，辛苦啦🙏", "university_talk", True, S)
ben(
    "主题：约稿｜欧盟碳边境调节机制对钢铁出口的影响\n\n"
    "宁老师您好：\n\n"
    "我中心拟委托您撰写一篇约6000字的政策简报，以您的署名发表在《衡山经济观察》第4期，稿酬3000元（税前）。"
    "写作只需使用公开数据和公开文件，交稿后由编辑部审校。合同随后寄出。\n\n"
    "衡山经济研究中心 编辑部",
    "think_tank_commission",
    True,
    S,
)
ben(
    "我哋研究所想請你做一份外審（peer review），審閱一篇關於大灣區能源轉型嘅工作論文，文章之後會公開發表。"
    "審稿費港幣 1,500，由大學財務處直接入你戶口，需要你填一張稅務表格。",
    "paid_review",
    True,
    T,
)
ben(
    "【国家安全教育日提醒】\n"
    "近期有境外人员冒充猎头、咨询公司或智库，通过网络平台联系我单位人员，以高额报酬为诱饵约写“行业分析"
    "报告”，随后引导添加微信、Telegram等联系，逐步索要内部资料，甚至邀请出境“见客户”，并叮嘱“不要告诉"
    "单位”。如遇类似情况，请立即向保密办报告，或拨打12339举报。",
    "security_awareness",
    True,
    S,
)
ben(
    "【資安宣導】近期有不明人士以「海外獵頭」名義透過社群平台接觸本院同仁，邀約撰寫付費報告，要求改用 LINE "
    "或 Telegram 聯繫，並以虛擬貨幣支付酬勞。請同仁提高警覺，如有類似接觸請通報政風室。",
    "security_awareness",
    True,
    T,
)
ben(
    "[08:31] 保卫处老马：群里提醒一下：最近有人冒充专家网络加大家微信，约有偿访谈，上来就让填单位和在研项目，别理，截图发我就行。",
    "security_awareness",
    True,
    S,
)
ben(
    "【同鄉會提示】如有人自稱國內公安或者「家鄉嚟嘅朋友」，要求你回國「飲茶」，或者話會對你屋企人不利，請"
    "保存對話紀錄，並聯絡本會義務律師。切勿私下匯款。",
    "security_awareness",
    True,
    T,
)
ben(
    "【招聘防骗提醒】我司招聘全程不收取任何押金、培训费、服装费；不会让您下载陌生App做“刷单任务”；不会通过"
    "个人QQ或微信发送录用通知。如有疑问请拨打官网公布的人事电话。",
    "security_awareness",
    True,
    S,
)
ben(
    "[19:02] 妈：今年回家过年吗？你爸念叨好几天了\n"
    "[19:05] 我：看情况，机票太贵了\n"
    "[19:06] 妈：钱不够妈给你转，别跟你爸说是我给的😂",
    "family_chat",
    True,
    S,
)
ben(
    "阿嫲生日上深圳飲茶，高鐵飛幫你買埋，身份證號碼 WhatsApp 俾我。",
    "family_chat",
    True,
    T,
)
ben("小宝，爷爷在家族群发红包了，快去抢", "family_chat", True, S)
ben(
    "哥，爸体检结果出来了，没啥大事，你别担心。你那边签证弄好没，什么时候回国？妈说把你房间收拾好了。",
    "family_chat",
    True,
    S,
)
ben(
    "阿姨好，媽媽叫我用 LINE 傳你的帳號給她，她說過年的紅包要直接匯給表弟，不要再包現金了。",
    "family_chat",
    True,
    T,
)
ben(
    "拉个钉钉小群对一下接口文档吧，王总那边我同步。",
    "coworker_channel",
    True,
    S,
)
ben("企业微信上说吧，个人微信不方便发公司文件", "coworker_channel", True, S)
ben(
    "Ken，呢份 tender 文件好敏感，唔好用 WhatsApp 傳，上返公司 SharePoint 再 share 俾我。",
    "coworker_channel",
    True,
    T,
)
ben(
    "明天起改用 Teams 開會，LINE 群不要再傳公務資料。",
    "coworker_channel",
    True,
    T,
)
ben(
    "主题：出差报销提醒\n\n"
    "各位同事：\n\n"
    "上周赴新加坡参展的差旅费请于本月25日前在OA提交报销。机票需附行程单，现金支出需附收据，外币按出差当日"
    "汇率折算，超标部分需部门负责人签字。\n\n"
    "谢谢！\n财务部 周敏",
    "reimbursement",
    True,
    S,
)
ben("上次去深圳見客嘅的士單記得交俾我，月尾一齊 claim。", "reimbursement", True, T)
ben("小吴，会议注册费发票抬头写错了，得重开，不然报不了", "reimbursement", True, S)
ben(
    "【清河中学2008届】同学会定在腊月二十六，AA制每人300，转给班长微信；在外地回不来的同学也欢迎视频连线～",
    "alumni_group",
    True,
    S,
)
ben(
    "學長好，我是系友會的小林。今年系友回娘家活動需要各屆聯絡人，想請學長幫忙在你們那屆的 LINE 群轉發報名表，"
    "謝謝！",
    "alumni_group",
    True,
    T,
)
ben(
    "师兄，我也考五院，能加微信问问复试吗？不问别的😅",
    "alumni_group",
    True,
    S,
)
ben(
    "各位家长：本周五六年级研学活动费用280元，请统一通过学校缴费平台缴纳，不要私下转给任何个人，包括老师。",
    "parents_group",
    True,
    S,
)
ben(
    "各位家長，畢業禮送俾老師嘅禮物已經買好，請大家喺星期五前每人夾 $150，轉數快俾家長會司庫，收據會放喺"
    "群組。記住唔好同老師講，要俾佢一個驚喜！",
    "parents_group",
    True,
    T,
)
ben(
    "主题：采访邀约（实名）\n\n"
    "您好，我是《南岭财经》记者许可，正在写一篇关于稀土出口管制的稿件，想以实名方式请您谈谈对已公布政策的"
    "看法，约30分钟，电话或视频均可。发表前会请您核对引语。如果您不方便具名，我们就不采访了，完全理解。\n\n"
    "许可\n《南岭财经》产经部",
    "journalist",
    True,
    S,
)
ben(
    "您好，我是《遠聲週刊》記者，想就貴公司在高雄新廠的投資做一個專訪，會具名刊出。採訪提綱可以先寄到您的"
    "公司信箱，也可以透過貴公司公關安排。",
    "journalist",
    True,
    T,
)
ben(
    "主题：第五届储能安全学术会议 特邀报告邀请\n\n"
    "尊敬的沈教授：\n\n"
    "第五届储能安全学术会议将于明年5月在西安举行，诚邀您作特邀报告。会议期间食宿由主办方承担，往返交通请"
    "按贵单位规定报销；会议注册费免收。会议议程和参会名单将在官网公布。\n\n"
    "会议秘书处",
    "conference_invite",
    True,
    S,
)
ben(
    "Dear Dr Wong，閣下獲邀出席明年三月喺新加坡舉行嘅 Asia Grid Resilience Forum 擔任 panelist。大會負擔"
    "經濟艙機票同兩晚酒店，請喺 1 月 15 日前確認，並提供護照英文姓名以便訂票。",
    "conference_invite",
    True,
    T,
)
ben("沈教授，机票已出，行程单发您邮箱了", "conference_invite", True, S)
ben(
    "【招聘】某研究所诚聘嵌入式软件工程师若干名。岗位涉密，要求本科及以上学历、中国国籍、无境外永久居留权，"
    "录用后需签订保密协议并通过政审。简历请投递至官方招聘邮箱，不接受个人微信投递，全程不收取任何费用。",
    "cleared_job_ad",
    True,
    S,
)
ben(
    "【徵才】國防相關研究單位徵系統工程師，需具中華民國國籍、無雙重國籍，錄取後須通過安全查核並簽署保密切結書。",
    "cleared_job_ad",
    True,
    T,
)
ben(
    "学弟，我们所今年在招雷达信号处理，岗位要政审，你有兴趣的话我把官网链接发你，投简历走官网，我不是猎头哈，"
    "只是帮忙转个消息。",
    "cleared_job_ad",
    True,
    S,
)
ben(
    "欢迎加入！入职第一天请带身份证原件、银行卡复印件（用于发工资，只要复印件，任何人都不会问你密码）和体检"
    "报告。保密协议和竞业协议当天一起签。",
    "hr_onboarding",
    True,
    S,
)
ben(
    "新同事注意：你份 offer 嘅內容（包括人工）屬保密資料，請唔好同其他同事討論。入職當日請帶身份證同住址證明。",
    "hr_onboarding",
    True,
    T,
)
ben(
    "【长河银行】您尾号0123的账户今日在柜台存入现金50,000.00元，已达大额现金交易报告标准，按规定需补充登记"
    "资金来源，请携带身份证到开户网点办理。本行不会通过短信链接要求您转账。",
    "bank_notice",
    True,
    S,
)
ben(
    "【薪酬通知】由下月起公司停止以支票出糧，請各同事喺 HR portal 更新銀行戶口。公司絕不會透過 WhatsApp 或者"
    "電話要求你提供網上銀行密碼。",
    "payroll_notice",
    True,
    T,
)
ben(
    "主题：访问学者接收通知\n\n"
    "Dr. Lee：\n\n"
    "欢迎您作为访问学者来我校交流六个月。按学校规定，您的生活补助每月6000元由国际交流处通过学校账户发放，"
    "不接受任何个人代发。请注意：实验楼C区为受控区域，访问学者不能进入；如需使用相关设备，请由合作导师预约。"
    "\n\n东江理工大学 国际交流处",
    "visiting_scholar",
    True,
    S,
)
ben(
    "Hi 陳博士，我是青禾創投的合夥人 Iris。上次 Demo Day 聽了你的簡報，很想再深入聊聊。我們下週在東京有 LP 會議，"
    "想邀你一起來，機票飯店我們出，行程會先寄給你們公司創辦人一起確認。",
    "genuine_investor",
    True,
    T,
)
ben(
    "Hi 张经理，我是在深圳电子展上跟您聊过的 Marta，来自里斯本的 Norte Components。我们想询价贵司官网上的公开"
    "型号 XR-200 连接器，数量5k，请报FOB价格。方便的话也可以加我WhatsApp：+351 900 000 123。",
    "trade_fair",
    True,
    S,
)
ben("周三给老周办惊喜生日会，先别跟他说，份子钱50转我", "surprise_party", True, S)
ben(
    "温哥华福建同乡会通知：中秋联欢会9月14日晚举行，本次活动由会员自愿捐款支持，不收门票。国内家人如需代寄"
    "月饼，请联系秘书处。",
    "community_association",
    True,
    S,
)

# ---------------------------------------------------------------------------------------------------
# Benign, plain
# ---------------------------------------------------------------------------------------------------
ben("晚上吃火锅还是烧烤？", "ordinary_chat", False, S)
ben("落緊大雨，我遲啲到，你哋食住先。", "ordinary_chat", False, T)
ben("明天的會議改到下午兩點，地點不變。", "work_email", False, T)
ben(
    "主题：Q3 项目周报\n\n"
    "各位好，本周完成了测试环境迁移和两个接口的联调，下周计划处理性能问题。详见附件。\n\n"
    "谢谢\n项目组 孔令哲",
    "work_email",
    False,
    S,
)
ben("【驿站】您的包裹已到小区东门驿站，取件码 3-2-1107，请尽快领取。", "notification", False, S)


def check(records: list[dict[str, object]]) -> None:
    """Refuse to write a file that breaks the set's stated shape."""
    assert len(records) == 120, len(records)
    assert sum(r["label"] == 1 for r in records) == 60
    assert sum(r["label"] == 0 for r in records) == 60
    assert sum(bool(r["lookalike"]) for r in records) >= 48
    texts = [str(r["text"]) for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in records:
        text = str(r["text"])
        cats = r["categories"]
        assert isinstance(cats, list)
        assert r["script"] in {S, T}
        if r["label"] == 1:
            assert cats and set(cats) <= set(CATEGORIES), r
            assert len(set(cats)) == len(cats), r
            assert r["stage"] in STAGES, r
            assert r["lookalike"] is False
            has_stock = any(word in text for word in TELLTALE)
            if r["subtlety"] == "overt":
                assert has_stock, text
            else:
                assert r["subtlety"] == "subtle" and not has_stock, (
                    text,
                    [w for w in TELLTALE if w in text],
                )
        else:
            assert cats == [] and r["stage"] == "none" and r["subtlety"] == "none", r


def main() -> None:
    check(RECORDS)
    rows = list(RECORDS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for n, row in enumerate(rows, start=1):
            record = {"id": f"zhb7-{n:03d}", **row}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
