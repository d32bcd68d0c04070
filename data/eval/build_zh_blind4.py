"""Build data/eval/zh_blind4.jsonl: 120 blind, hand-written Chinese evaluation messages.

Written by a helper session that never opened the rule packs, the training corpus, the development
data or any other evaluation file. Every text is written out in full by hand; every name, firm,
handle, address and number in it is invented (example.com/.net/.org, +86 138 0000 0000-style
placeholders). The rows are shuffled with a fixed seed; ids zhb4-001 ... zhb4-120 follow the
shuffled order.

HELD-OUT DATA: measured by the lead only. Never tune rules, weights, thresholds or models on it; never
copy its texts into rule examples, tests or training data.

Run:  .venv/bin/python data/eval/build_zh_blind4.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from recruitscreen.types import CATEGORIES

TARGET = Path(__file__).with_name("zh_blind4.jsonl")
SHUFFLE_SEED = 4_2026_1121

CATEGORY_ORDER = CATEGORIES  # the library's ten categories, in its order
CT, OP, PT, VC, SI, CM, SE, UP, CO, JS = CATEGORY_ORDER
STAGES = ("contact", "pivot", "paid_task", "elicitation", "meeting", "secrecy", "payment", "coercion", "job_scam")
SIMP, TRAD = "simplified", "traditional"

ROWS: list[dict[str, object]] = []


def sus(kind: str, stage: str, subtle: bool, cats: tuple[str, ...], script: str, text: str) -> None:
    """A suspicious message (label 1)."""
    assert stage in STAGES, stage
    assert cats and all(c in CATEGORY_ORDER for c in cats), cats
    ROWS.append({
        "text": text.strip("\n"), "label": 1, "kind": kind, "lookalike": False,
        "categories": sorted(cats, key=CATEGORY_ORDER.index), "stage": stage,
        "subtlety": "subtle" if subtle else "overt", "script": script,
    })


def ben(kind: str, lookalike: bool, script: str, text: str) -> None:
    """A benign message (label 0)."""
    ROWS.append({
        "text": text.strip("\n"), "label": 0, "kind": kind, "lookalike": lookalike,
        "categories": [], "stage": "none", "subtlety": "none", "script": script,
    })


# ---------------------------------------------------------------- suspicious (label 1)

sus("fake_headhunter", "contact", False, (CT, OP), SIMP, """
主题：海外技术顾问机会（兼职/远程）

您好，冒昧打扰。
看到您领英上写着在某所做过相控阵天线的整机联调，我们这边有个海外技术顾问的机会，兼职、远程，时间您自己定，报酬按月结，很可观。
领英消息和这个邮箱我都不常看，方便的话加我微信 lin_hr_example 细聊？

Best regards,
Lin Yue | Talent Partner
Northbridge Talent Consulting
""")

sus("fake_academic", "contact", True, (CT, SI), SIMP, """
主题：访问学者邀请

李工您好：
我是新加坡一所大学能源系统研究中心的项目协调人，读过您在《电力系统前沿》上那篇关于跨区联络线稳定控制的文章，很受启发。我们想邀请您明年来做三个月访问学者，往返机票和住处中心全包。冒昧问一句，您现在还在省调吧？日常负责的是哪几条联络线，方便的话先大概介绍一下，我好跟主任写推荐。

祝好
Dr. Tan Wei Ling
Programme Coordinator, Centre for Energy Systems
tan.wl@energy-centre.example.edu
""")

sus("handler_followup", "paid_task", False, (PT, VC, UP), TRAD, """
上次那份講晶圓廠擴產的報告，客戶那邊看完很滿意，說寫得比外面的顧問公司還實在 👍
這次想請你再寫一份，主題是你們廠明年 EUV 機台的進機排程，五千字左右，報酬照舊，一樣用 USDT 轉給你。
""")

sus("fake_consultant", "pivot", True, (OP, CT, SE), SIMP, """
张先生，刚才电话里不太方便多说。后面我们换个方式联系吧：您下班以后用自己的手机打 +86 138 0000 0171，别用办公室座机，也别从单位电脑发信给我。您在航天八院那几年的经历，我们这边的人很感兴趣，想慢慢聊。
""")

sus("handler_followup", "elicitation", True, (SI,), SIMP, """
[2026-03-04 21:17] 周姐：上回你说的那个测试结果，后来定下来没有？
[2026-03-04 21:18] 周姐：就是你们所里那台样机在高原试验的数据，能不能把那次会上大家讨论的几个数说给我听听，不用给我文件，你口头讲讲就行。
""")

sus("fake_think_tank", "paid_task", False, (PT, VC, SI), SIMP, """
主题：约稿｜亚太半导体出口管制趋势研判

王博士您好：
我们是一家位于香港的政策研究机构（东亚前瞻研究会），受一位客户委托，想约您写一篇8000字左右的研判报告，重点是贵部门对下半年出口许可审批口径的内部讨论和倾向。稿酬2万元人民币，可以分两次付。
报告不会公开发表，仅供客户内部参考，署名也不需要。
顺颂商祺
陈雅 研究助理
东亚前瞻研究会  chen.ya@eastforesight.example.org
""")

sus("coercion", "coercion", False, (CO,), SIMP, """
小刘，我是你老家派出所的老孙。你妈这两天身体不太好，我们去看过了。你在那边参加的那个同乡会，最近都有些什么人、说了什么，你心里有数。回国的事你好好考虑，年底之前给个准话，别让你家里人跟着操心。
""")

sus("job_scam", "job_scam", False, (JS, UP), SIMP, """
【恭喜通过初筛】您应聘的“新能源车企海外采购专员”岗位已进入终面环节。按公司流程，入职前需缴纳工牌及体检押金 680 元，请于今日 18:00 前转账至财务主管个人账户（示例银行 6214 0000 0000 0031 刘敏），逾期视为放弃。
""")

sus("fake_investor", "elicitation", False, (SI, VC, SE), SIMP, """
主题：高交会后续｜投资沟通

陈总好，
上周在深圳高交会跟您聊得很投缘。我们基金背后的LP对贵司的氮化镓射频芯片很感兴趣，想在投之前再深入了解一下：目前给哪几家军工所供货、各自的型号和批量大概是多少？这些不会写进任何文件，只是老板那边想心里有个底，您私下跟我说就行。

Regards,
Henry Zhao | Investment Director
Meridian Frontier Capital
henry.zhao@meridianfrontier.example.com
""")

sus("obfuscated_pivot", "pivot", False, (OP,), SIMP, """
这边平台消息会被审核，很多话不好说。加一下 v❤ 信：zhao_consult_example，或者扣扣 1380000 0047 也行，备注“猎头”。
""")

sus("handler_followup", "meeting", False, (CM, UP, VC), TRAD, """
Hi Kevin，老闆那邊說想當面謝謝你這半年幫忙。下個月在曼谷安排了一個小型交流會，機票、酒店都幫你訂好，另外會準備一個紅包給你。護照資料傳給我就好，行程我來弄。
""")

sus("fake_recruiter", "contact", True, (CT, SI), SIMP, """
您好！我是一家外资猎头的顾问 Grace。我们在为一家欧洲企业找懂军用通信加密的专家……呃，更准确地说是懂“高可靠通信”的，您在研究所期间参与过哪些型号？当时的岗位要不要过审查？方便的话先发一份详细简历，项目经历越具体越好，型号名称和参数也请写上。
""")

sus("fake_consultant", "paid_task", True, (PT, SI), SIMP, """
主题：Re: 上周交流

赵老师：
上次聊得很愉快。想请您帮个小忙：把你们院今年给发改委报的那几个储能示范项目的选址和规模，按您的理解整理成两三页，不用太正式，Word 就行。写完我这边会表示一下心意。

> 赵老师：谢谢款待，有空再聊。

宋涛
清源产业研究（上海）
""")

sus("handler_followup", "secrecy", False, (SE,), SIMP, """
[2026-06-21 22:40] 陈哥：材料收到了，辛苦
[2026-06-21 22:41] 陈哥：还有一件事提醒你：咱们这边的合作，单位那边就别提了，年度个人事项报告里也不用写。
[2026-06-21 22:41] 陈哥：你同事问起来，就说是帮老同学看看材料，没什么。
""")

sus("coercion", "coercion", True, (CO,), TRAD, """
[19/3 21:48] 表叔：阿明，我係你表叔
[19/3 21:49] 表叔：昨日有兩個人上屋企搵你阿爸，坐咗成個下晝，問你喺英國做緊乜、同邊啲人一齊
[19/3 21:50] 表叔：佢哋話你返嚟一趟講清楚就冇事，如果唔返，你細佬考公務員嗰單嘢就難講。你自己諗下啦
""")

sus("job_scam", "job_scam", False, (JS, UP), SIMP, """
亲，这边是电商平台的兼职刷单任务哈～第一单返佣已经到账了对吧？现在系统派了连单任务，需要先垫付 3888 元才能解冻佣金，完成后本金加佣金一起返还，今天之内要做完哦，不然账户会被冻结。
""")

sus("fake_conference", "meeting", False, (CM, CT, UP), SIMP, """
尊敬的吴研究员：
诚邀您出席11月在伊斯坦布尔举办的“欧亚先进推进技术闭门研讨会”。本次会议仅邀请十余位一线专家，不对外公开，不发论文集。主办方承担全部往返商务舱机票和五晚酒店，另付演讲酬金3000美元（现金或加密货币，按您方便）。
请回复您的护照信息及目前的单位、职务、保密等级，以便办理邀请函。
会务组 Olivia  olivia.events@eurasia-forum.example.net
""")

sus("handler_followup", "payment", True, (UP, SE), SIMP, """
[2026-07-30 23:05] 老K：这个月的钱我就不走你卡了，上次你说银行那边会查大额
[2026-07-30 23:05] 老K：我直接转到你表妹卡上，你跟她说一声，就说是我还她的钱
[2026-07-30 23:07] 我：行
""")

sus("fake_headhunter", "pivot", False, (OP, CT), TRAD, """
您好～我是做科技業獵頭的 Vivian，看到您在國防部所屬的研究單位服務過，我們有家客戶正在找無人機飛控的資深人才，待遇很好。LinkedIn 這邊回覆比較慢，可以加個 LINE 嗎？ID：vivian_hunt_example，或是 Telegram 也可以。
""")

sus("fake_think_tank", "contact", True, (CT, PT), SIMP, """
刘处长您好：
我是一家欧洲智库中国项目的研究员，正在做一项关于中国地方政府债务管理的比较研究，希望邀请几位有一线经验的同志做长期学术顾问，每季度写一份观察，按篇致谢。您在财政厅工作多年，视野独到，非常希望能得到您的支持。可否留一个工作之外的联系方式，方便日后常联络？
Mark Liu
""")

sus("handler_followup", "elicitation", False, (SI, VC), SIMP, """
上次你发的那版太公开了，网上都能查到，老板看了不太满意😅 这次能不能给点你们内部的东西？比如下个月人大常委会那个草案，你们法工委内部讨论稿跟公开征求意见稿有哪些不一样，拍个照发我就行，不用全份。
""")

sus("coercion", "coercion", False, (CO, SI), SIMP, """
王先生，我们是国内公安部门驻海外的工作人员。你在多伦多参加的那些活动我们都掌握了。你父亲年纪大了，我们不想让他为难。给你两个选择：一是尽快回国说明情况；二是配合我们，每月把你们协会里那几个人的动向报一下。考虑好了加这个微信：ca_liaison_example。
""")

sus("fake_consultant", "contact", False, (CT, PT, VC, OP), TRAD, """
Hello 黃先生，我是一家國際顧問公司的 Senior Associate。我們有位客戶想了解台灣電網韌性與離岸風電併網的現況，想邀請有台電背景的專家做付費諮詢，一小時 300 美元起。細節比較多，方便加 WhatsApp +852 5000 0186 嗎？
""")

sus("handler_followup", "paid_task", True, (PT, SI), SIMP, """
最近有空吗？想再麻烦你一次。你们厂新产线的良率爬坡情况，每个月大概到多少了，主要卡在哪几道工序，写个一页纸给我就好。还是老样子，过年给你带点东西回去。
""")

sus("obfuscated_pivot", "pivot", False, (OP, SE), TRAD, """
這裡講話不方便，我們上 電 報 聊吧，帳號是 @ h k _ a d v i s o r _ e x a m p l e 。記得用私人手機，不要用公司那支。
""")

sus("task_scam", "job_scam", False, (JS, UP), TRAD, """
您好，這裡是「星途數位行銷」人事部。您的兼職申請已通過！工作內容：幫店家的 Google 地圖按讚、寫好評，每單 50 元，一天可賺 1500 以上。首次需要先購買 2000 元的「任務包」啟動帳戶，完成後全額退還。有興趣請加客服 LINE：startrip_hr_example。
""")

sus("fake_recruiter", "elicitation", True, (CT, SI), SIMP, """
孙工，非常感谢您上周抽时间面试，用人部门对您评价很高！二面前他们想先看一份您在原单位负责的卫星地面站的系统架构图，还有各站之间的链路配置，方便的话整理好发我，越详细越好，这样面试官更好判断您的级别。
""")

sus("handler_followup", "meeting", True, (CM, SE), SIMP, """
下个月你不是要去德国开会吗？正好，我那位朋友也在法兰克福，他很早就想认识你了。会后留一天，我来安排，吃个饭聊聊，机票改签的钱我来出。开会的同事那边你就说多留一天逛逛。
""")

sus("fake_consultant", "payment", False, (UP, SE, PT), SIMP, """
陈老师，这次的咨询费 8000 元，我们按惯例不走对公转账，会分几次用微信转账给您，单笔不超过两千，这样不会引起银行注意。另外也可以给您寄购物卡，您看哪种方便。
""")

sus("handler_followup", "elicitation", True, (SI, CT), TRAD, """
妳上次說你們部裡新來的那位副座要去華府訪問，能不能幫我打聽一下他這次帶哪幾個人去、會見哪些單位？還有回來之後部務會議上怎麼說的，有機會就記一下，不用急。
""")

sus("job_scam", "job_scam", True, (JS,), SIMP, """
您好，我是某跨国石化集团中国区人事部的郑经理。看了您的简历，您非常符合我们驻中东项目的采购工程师岗位，月薪4万。正式面试安排在线上，通过之后需要您自行办理签证和工作许可，我们会推荐一家合作中介帮您加急，请先联系他们把办理的钱付了，入职后公司报销。

郑凯 | 人力资源经理
Gulf Horizon Petrochemicals（中国区）
""")

sus("fake_journalist", "elicitation", False, (SI, SE, VC), SIMP, """
您好，我是一家海外中文媒体的记者，在做一篇关于国产大模型算力的深度报道。听说贵公司和某国家实验室合作的训练集群规模远超对外公布的数字？不署名，不录音，您只要给我一个大概的卡数和芯片来源就行。消息来源我们一定保护，也请您不要跟公司公关部门说。
""")

sus("fake_headhunter", "contact", True, (CT, SI), TRAD, """
鄭先生您好，我們正在替一家新創協尋通訊安全方面的負責人。看到您之前在電信公司負責核心網與合法監聽介面的維運，這樣的經驗非常少見。初步想先請教您：目前貴公司和主管機關之間的介接是怎麼做的、權限怎麼分？了解後我才好推薦給對方。
""")

sus("handler_followup", "pivot", False, (OP, SE), SIMP, """
以后别用163邮箱给我发了，那个不安全。我给你申请了一个新的 proton 邮箱，账号密码我写在纸条上了，下次见面给你。写好的东西存草稿箱就行，不用发出去，我自己登上去看。
""")

sus("coercion", "coercion", False, (CO, SE), SIMP, """
[2026-01-12 08:03] 二姐：小军，昨天街道和市局的人又来家里了，说你在澳洲给那个网站写文章。
[2026-01-12 08:04] 二姐：他们让我转告你，把那几篇删了，回来喝个茶就没事，不然爸的退休金和我单位那边都可能受影响。
[2026-01-12 08:05] 二姐：他们说这事别在网上说，也别找记者，你自己掂量。
""")

sus("fake_consultant", "elicitation", False, (SI, VC, PT), TRAD, """
主旨：諮詢後續問題

林處長您好，
感謝上週撥冗。客戶對您談到的兩岸經貿政策很感興趣，想再請教幾個細節：院會下週要討論的那個產業補助方案，目前內部傾向哪一個版本？有哪些部會反對？這部分就算只是內部意見也很有價值，我們會按原費率加倍計酬。
Best,
Jason Ho | Horizon Insight Partners
""")

sus("fake_investor", "meeting", False, (CM, CT, VC), SIMP, """
您好，我是一家中东主权基金的投资顾问。我们的合伙人非常看好您团队在量子传感方面的工作，想邀请您和两位核心工程师去迪拜面谈投资事宜，商务舱和酒店全部由我们安排。面谈时请带上最新的技术路线图和测试数据，合伙人想现场看一下。
""")

sus("fake_think_tank", "secrecy", True, (SE,), SIMP, """
稿子收到了，写得很好。另外还是那句话：这件事只有你我知道就好，这笔走的是我个人，不是我们研究院，单位的外事和保卫那边没必要知道，免得他们多想。
""")

sus("handler_followup", "payment", False, (UP,), TRAD, """
上次說好的那筆，我讓朋友在澳門換成現金了，下週你來香港的時候直接拿給你，不用經過銀行。數目跟之前一樣，放在一個紅色信封裡。
""")

sus("fake_academic", "paid_task", False, (PT, VC, SI, UP), SIMP, """
胡教授：
您好！我们研究所与一家海外合作方正在做一个关于中国高超声速风洞试验能力的评估项目，想请您以顾问身份提供一份分析，主要是国内几座风洞的试验参数和近两年的试验排期。劳务费五万元，可以打到您指定的任何账户，包括家人的账户。
您的研究生小黄已经在帮我们做文献整理，效果很好。
""")

sus("obfuscated_pivot", "pivot", False, (OP,), SIMP, """
在这里不方便哦～ 加我 w e i x i n 吧：k e l l y _ 2 0 2 6 _ e x a m p l e（去掉空格），或者飞机也行，名字一样
""")

sus("fake_recruiter", "contact", False, (CT, OP, JS), SIMP, """
【海外高薪招聘】某国际防务咨询公司诚聘：退役军官、军工企业技术骨干、涉密单位离职人员。远程兼职，年薪50万起，无需坐班。有意者请用私人邮箱将简历及原单位、职级、保密等级发送至 defense_jobs_example@gmail.com，切勿使用单位邮箱。
""")

sus("handler_followup", "elicitation", True, (SI,), SIMP, """
[10:15] 阿伟：诶，你们局下周那个采购评审会结果出来了吧？
[10:15] 阿伟：中标的是哪家，报价多少
[10:16] 阿伟：评分表你能看到的话拍一张给我，我朋友那边好准备下一轮
""")

sus("coercion", "coercion", True, (CO, SI), TRAD, """
陳太您好，我是您弟弟在深圳的朋友。他最近有點麻煩，那邊的人說，只要您幫忙留意一下你們香港教會裡哪些人常去台灣、平時跟誰來往，他的事就好辦很多。您不用做別的，每個月跟我喝杯咖啡聊聊就可以。
""")

sus("fake_consultant", "meeting", False, (CM, VC, UP, SE), SIMP, """
周工好，客户对您之前的几次访谈非常满意，想请您去一趟吉隆坡当面交流，顺便度个假。机票酒店都安排好了，另外给您准备了一万美元的现金补助。出行的事建议您用私人假期，不必报备单位。
""")

sus("fake_headhunter", "paid_task", True, (PT, CT, SI), TRAD, """
主旨：最後一輪面試前的準備

許工程師您好，
上次的職缺已經進入最後一輪。對方技術長希望您先寫一份「現職單位的艦載雷達整合方案與未來三年規劃」作為能力證明，大概十頁。不論最後是否錄取，我們都會好好答謝您。

謝謝
Sandy Lo 資深顧問
遠見人才顧問有限公司 | +886 2 0000 0142
""")

sus("job_scam", "job_scam", False, (JS, OP), SIMP, """
您好，我是“华信能源”的人力专员，您投递的储备干部岗位已通过筛选。因公司系统升级，后续面试请下载“华信办公”APP（链接：hx-office.example.net/app.apk），注册时需绑定银行卡用于发放工资，并先缴纳 299 元培训资料费。
""")

sus("handler_followup", "contact", True, (CT, SI), SIMP, """
老同学，好久不见！听说你现在调到市委政研室了，真替你高兴。我在国外这边做一点研究，经常需要了解国内的政策风向。以后有空多聊聊，你们起草的那些文件有什么新提法，提前跟我透个风就行哈😄
""")

sus("fake_conference", "contact", False, (CT, OP, CM), TRAD, """
Dear 李博士，
我們是「亞太AI晶片產業峰會」的籌備單位，誠邀您擔任閉門座談講者。因名額有限，僅邀請目前在國內頭部晶片設計公司任職的架構師。全程差旅我們負責，另有講者禮金。
後續細節請加WeChat：apai_summit_example 與我們聯絡，郵件比較慢。
""")

sus("fake_consultant", "elicitation", True, (SI,), SIMP, """
吴总，打扰了。想请教一下，贵司给电网公司那几个特高压换流站供的控制保护装置，现在现场运行的软件是哪个版本？有没有出现过什么没对外通报的故障？我们也是想为后续项目做个参考，随便聊聊就行。
""")

sus("handler_followup", "secrecy", False, (SE, OP), TRAD, """
記得喔，我們的聊天紀錄看完就刪，Signal 要設定訊息 1 小時自動消失。任何人問起，你都說不認識我。你主管那邊更不能講，安全查核的時候也別提。
""")

sus("fake_think_tank", "meeting", True, (CM, CT), SIMP, """
主题：日内瓦访问交流邀请

赵司长：
我们基金会每年都会邀请几位中国政策界的朋友来日内瓦做两周的访问交流，今年特别希望您能来。日程很轻松，主要是和几位老朋友私下吃饭聊天，不做公开演讲。您的往返和在瑞士的一切安排都由我们负责，家属也可以同行。

此致
敬礼
Dr. Anna Keller
Lakeside Dialogue Foundation, Geneva
""")

sus("job_scam", "job_scam", True, (JS, UP), TRAD, """
恭喜您錄取我們公司的遠端行政助理職位！第一個任務是幫公司採購辦公用品：請先到便利商店購買 5 張 1000 元的 Apple 禮品卡，把卡號和序號拍照回傳給我，下個月薪水會一起補給您。
""")

sus("handler_followup", "paid_task", False, (PT, VC, UP), SIMP, """
兄弟，帮我个忙。老板那边想要一份你们部队驻地周边的情况，不用多，几张照片加几句说明就行，营区门口、车辆进出啥的。一次给你两千，微信转，老规矩。
""")

sus("fake_headhunter", "meeting", False, (CM, CT, VC), SIMP, """
林先生，好消息！客户那边的 VP 对您非常感兴趣，下周刚好在上海出差，想约您当面聊。地点在外滩附近一个私人会所，晚上七点。客户比较低调，暂时不方便透露公司名称，到时候您见了就知道了。请带上您在所里参与项目的详细清单。
""")

sus("obfuscated_pivot", "pivot", False, (OP, SE), SIMP, """
邮件就别回公司邮箱了，回我私人的：xiaowen.example（at）qq（dot）com，或者 VX：xiao_wen_0927_example。其他人不用知道我们在聊。
""")

sus("handler_followup", "elicitation", False, (SI, SE), TRAD, """
你們立委辦公室最近應該有收到國防預算的機密附冊吧？不用整份，幾頁重點拍給我就好，看完我就刪，不會有人知道是你。
""")

sus("fake_consultant", "contact", True, (CT,), SIMP, """
黄工您好，我是一家咨询公司的研究员，在做一个关于核电站数字化仪控的行业研究。看到您在某核电站仪控处工作过十年，想跟您约个时间聊聊，不谈公司的事，只想听听您这么多年在一线的真实感受，特别是机组检修和换料期间的那些事。
""")

sus("fake_investor", "payment", False, (UP, VC, SE), SIMP, """
郑博士，顾问协议我们这边签好了，每月顾问费按约定走比特币，钱包地址麻烦您发给我。考虑到您还在高校任职，协议上的署名我们用了您爱人的名字，这样对您比较稳妥。
""")

sus("handler_followup", "meeting", True, (CM, SE), TRAD, """
阿傑，下個月我朋友從北京過來香港，想請你吃頓飯，順便認識一下。你就說去見大學同學，不用跟其他人說是我約的。酒店我已經訂好了，到時候直接上去房間就行。
""")


# ---------------------------------------------------------------- benign (label 0)

ben("genuine_headhunter", True, SIMP, """
您好，我是锐思人才（Ruisi Talent）的资深顾问周琳，受安衡电子委托，为其苏州研发中心招聘射频前端设计总监，汇报给CTO，年薪区间90–120万，JD附后。您的背景和岗位比较契合，如果有兴趣，方便的话留个电话或邮箱，我把职位说明发给您，也可以约个15分钟电话聊聊。
周琳  lin.zhou@ruisi-talent.example.com  +86 138 0000 0112
""")

ben("expert_network", True, SIMP, """
主题：专家访谈邀请｜光伏逆变器海外市场（1小时，1500元）

王先生您好：
我是知行专家网络（Zhixing Expert Network）的项目经理。我们的客户是一家公开上市的资产管理公司，想就光伏逆变器在欧洲市场的竞争格局做一次电话访谈，时长约1小时，报酬1500元/小时。
请注意：访谈仅讨论公开信息和您的行业经验，请勿透露任何现任或前任雇主的保密信息、未公开的财务数据或内幕信息。如您现任单位禁止参与此类咨询，请直接告知，我们会取消邀约。
合规确认链接：compliance.zhixing-expert.example.com
""")

ben("family_chat", True, SIMP, """
[2026-01-28 20:11] 妈：儿子，红包收到了没？你爸发了个888的
[2026-01-28 20:12] 妈：今年回家过年吗？你爸说机票他给你报，别舍不得
[2026-01-28 20:12] 妈：买好了把航班号发我微信，你舅开车去接
""")

ben("university_talk", True, SIMP, """
李老师您好！我是复江大学电子工程学院研究生会的小吴。我们想邀请您11月来学院做一场关于芯片设计职业发展的讲座，约90分钟。学院会承担您的往返高铁和一晚住宿，另有讲课费2000元（税前），需要您提供身份证号和银行卡信息用于学校财务报账。讲座内容以公开的行业经验为主就好～
""")

ben("cleared_job_ad", True, SIMP, """
【招聘】某航天研究院下属研究所 2026 年度社会招聘
岗位：嵌入式软件工程师（3名）、结构设计工程师（2名）
要求：中共党员优先；须通过政治审查，入职后签订保密协议，按涉密人员管理，出国（境）需审批；本科及以上学历。
报名方式：仅通过研究院官网“人才招聘”栏目投递，我单位招聘全过程不收取任何费用，不通过微信、QQ私下联系应聘者。
""")

ben("security_awareness", True, SIMP, """
【国家安全教育日·保密提醒】
近期有境外人员以“猎头”“咨询公司”“智库研究员”身份，通过领英等平台接触我单位人员，常见套路：①高薪邀约兼职，要求加微信、Telegram 等私下联系；②请你写“行业报告”“分析材料”，报酬丰厚，委托方身份含糊；③逐步索要内部资料、未公开数据；④邀请出境“见客户”，承担全部费用；⑤叮嘱“不要告诉单位”，用虚拟货币或他人账户付款。
遇到类似情况请及时向保卫处报告，举报电话 12339。
""")

ben("coworker_channel", True, SIMP, """
@张伟 这个问题微信上说不清楚，我拉你进企业微信的“储能项目组”群了，图纸在群文件里，别发个人微信哈，公司规定项目资料只能走企业微信和内网盘。
""")

ben("payroll", True, SIMP, """
主题：差旅报销提醒｜10月慕尼黑展会

各位同事：
参加10月慕尼黑电子展的同事请于本月25日前在费控系统提交报销，附机票行程单、登机牌、酒店水单及客户拜访记录。外币支出按刷卡当日汇率折算，现金支出需提供收据。与客户的餐费请注明客户单位及人数。
如有疑问请联系财务部 陈静 分机 8021。
""")

ben("journalist", True, TRAD, """
您好，我是《港灣財經週報》的記者梁穎欣，正在撰寫一篇關於本港數據中心用電與電網負荷的報導，希望以您作為能源政策學者的身份做一個約30分鐘的訪問，內容會實名刊出，引述前會把稿子給您確認。只談公開資料和您的學術觀點，不涉及任何機構內部資訊。方便的話可以電話或Zoom，我的電郵 wyl@harbourfin.example.com。
""")

ben("family_chat", True, TRAD, """
[21:02] 阿媽：仔，你爸爸話今年唔使你俾家用住，你自己留多啲錢
[21:03] 阿媽：你舅父個仔下個月去英國讀書，你得閒帶佢周圍行下
[21:03] 阿媽：記得唔好同佢講我哋幫佢搞咗個驚喜生日派對，到時俾個surprise佢 😂
""")

ben("expert_network", True, TRAD, """
林先生您好，我是博觀顧問（Boguan Advisory）台北辦公室的 Research Associate。我們一位客戶（一家國際投資機構）希望就「台灣伺服器代工產業的公開趨勢」請教有相關經驗的專家，時長45分鐘，酬勞新台幣9,000元。
依照我們的合規規定，您不得分享任何現職或前雇主的機密資訊或重大未公開資訊；若您目前任職於公部門，我們無法安排此次訪談。有興趣的話請回覆此 email，我們會寄送合規聲明給您簽署。
""")

ben("genuine_recruiter", True, TRAD, """
黃先生您好，我是宏遠半導體人資部的招募專員 Amy。我們新竹廠正在招募製程整合工程師，看到您在求職網站上的履歷很符合。想跟您約一個時間電話聊聊，大約20分鐘，或者您也可以直接寄履歷到 recruit@hongyuan-semi.example.com。我們公司的面試流程不收任何費用，也不會要求您提供現職公司的資料。
""")

ben("conference_invite", True, SIMP, """
尊敬的陈教授：
第十二届亚洲电力系统保护与控制国际会议将于2026年5月在新加坡召开。组委会诚邀您作大会特邀报告（40分钟），并承担您的往返经济舱机票及会议期间四晚住宿，另致报告酬金800新元。会议论文集由公开出版社出版，报告幻灯片会在会议网站公开。
请于3月15日前通过会议系统 apsp2026.example.org 确认。
会务组 敬上
""")

ben("think_tank_commission", True, SIMP, """
刘研究员您好：
《南海观察》季刊拟在下一期组织“区域能源合作”专题，想约您撰写一篇6000字左右的署名文章，稿酬按千字500元计，刊发后一个月内通过学校财务发放。文章基于公开资料与您的学术研究即可，将经过编辑部审校后公开发表。截稿时间 4 月 30 日。
编辑部 孙晓
""")

ben("hr_onboarding", True, SIMP, """
欢迎加入星衡科技！入职第一天请携带：身份证原件、学历学位证书、离职证明、本人名下银行卡（工资卡）。上午9点到2号楼3层HR报到，签署劳动合同和保密协议，下午参加信息安全培训。公司不会以任何名义向新员工收取费用，如有人以HR名义让你转账请直接联系 hr@xingheng.example.com。
""")

ben("ordinary_chat", False, SIMP, """
明天早上几点出发？我顺路接你，记得带伞，天气预报说有雨
""")

ben("security_awareness", True, TRAD, """
【資安宣導】近期有詐騙集團假冒獵頭或顧問公司，在 LinkedIn 上以高薪兼職為餌，接觸本公司研發人員，要求改用 LINE、Telegram 私聊，再以「產業分析報告」「付費諮詢」為名，逐步索取內部技術文件，並以虛擬貨幣或禮品卡付款，還會叮嚀「不要讓公司知道」。如遇類似情形，請勿回應，並通報資安處 分機 5566。
""")

ben("coworker_channel", True, TRAD, """
Hi 各位，客戶那邊的報價單跟規格書請不要再傳到個人LINE了，資安稽核會抓。之後統一用 Teams 的「A專案」頻道，檔案放 SharePoint，有問題直接 tag 我。謝謝大家配合 🙏
""")

ben("family_chat", True, SIMP, """
[2026-02-02 19:45] 爸：闺女，你妈让我问你，今年到底回不回国过年？
[2026-02-02 19:46] 爸：你在那边的工作要是忙就算了，别耽误正事，我们俩身体都好
[2026-02-02 19:46] 爸：给你转了两千块，买点好吃的，别跟你妈说是我转的哈，她说你不缺钱
""")

ben("cleared_job_ad", True, TRAD, """
【徵才】北辰航太科技研究中心 委外研究助理
工作內容：協助飛控軟體測試與文件整理
資格：具中華民國國籍，無雙重國籍；須通過安全查核；任職期間出境須事先申請。
應徵方式：請至本院徵才系統投遞，不受理 LINE、email 私下投遞，亦不收取任何費用。
""")

ben("genuine_headhunter", True, SIMP, """
Hi Jason，我是Apex Search的Michelle，之前在领英给你发过消息。我们客户是一家上市的储能公司（名字叫恒芯储能，已在JD里写明），招BMS算法负责人，base 上海。你要是方便，加个微信 michelle_apex_example，或者直接打我手机 138 0000 0145，我把 JD 发你，看看合不合适，不合适也可以交个朋友～
""")

ben("parents_group", True, SIMP, """
【三年级二班家长群】各位家长好，提醒一下：最近有人冒充学校老师加家长微信，说要收“课后服务费”“资料费”，让扫码转账。学校所有收费都通过官方缴费平台，班主任不会私下收钱，大家注意甄别，遇到可疑的直接在群里问我。——班主任 何老师
""")

ben("university_talk", True, TRAD, """
王教授您好，我是台灣清川大學公共政策研究所的助理。本所下學期「能源轉型與治理」講座課程，想邀請您來做一場兩小時的演講，講題可以由您決定。本所依規定支付演講費每小時 2,000 元，高鐵車資實報實銷。演講會錄影放在課程網站，所以內容以公開資料為主即可。
""")

ben("journalist", True, SIMP, """
您好，我是《科创日报》的记者许蕾。我们在做一组关于国产光刻胶产业的报道，想请您以行业协会专家的身份接受采访，实名引用，大约半小时，电话或者线下都行。我们只关心公开的产业情况和您的个人判断，不需要任何企业的内部数据。您看本周哪天方便？我的电话 138 0000 0163。
""")

ben("expert_network", True, SIMP, """
您好！我是格致智库访谈（Gezhi Expert Calls）的Ivy。您之前登记为我们的专家，这里有个新项目：客户是一家咨询公司，想了解国内风电整机厂的公开招标趋势，45分钟电话，报酬1200元，访谈后三个工作日内打到您登记的银行账户并代扣个税。
提醒一下：如果您是政府或国企在职人员，按规定不能参与；访谈中也请不要分享任何非公开信息。
""")

ben("ordinary_chat", False, TRAD, """
今晚打邊爐，你帶啤酒我帶牛肉，七點正喺我屋企樓下等
""")

ben("coworker_channel", True, SIMP, """
[14:32] 刘晓：王哥，这个审批流程我在微信里发你了，你看下
[14:33] 王哲：别发微信了，合同审批走钉钉，在钉钉上发起就行，法务那边只认钉钉的流程
[14:33] 刘晓：好嘞，马上在钉钉上提
""")

ben("conference_invite", True, TRAD, """
Dear 張博士，
感謝您投稿「2026 亞太半導體封裝研討會」，您的論文已被接受為口頭報告。作為學生作者，您可申請大會的旅費補助（最高 NT$15,000），請於 4 月 1 日前在大會網站上傳申請表與預估行程。會議地點：高雄展覽館。議程將公開於 apsp2026.example.org。
""")

ben("family_chat", True, SIMP, """
表姐，你妈（我大姨）让我跟你说，舅舅家的房子拆迁款下来了，每家分一点，她让我把你那份先转到你国内的卡上。你把卡号发我一下，别在群里发哈，私聊。还有，这事先别跟你老公说，你妈说要给他个惊喜，过年的时候一起宣布😄
""")

ben("security_awareness", True, SIMP, """
转发｜国家安全机关提醒：海外留学生、华人华侨要警惕以“家乡派出所”“老家政府”名义打来的电话或微信。对方可能以家人安全、财产为要挟，要求你回国“说明情况”、提供同学或社团成员信息。遇到此类情况，请保存聊天记录，不要转账，不要提供他人信息，可联系当地警方或中国驻外使领馆领事保护热线核实。
""")

ben("genuine_recruiter", True, SIMP, """
主题：面试邀请｜中科瑞达 系统工程师（需政审）

杨先生您好：
感谢投递中科瑞达（北京）系统工程师岗位。您已通过简历筛选，我们诚邀您于3月12日（周四）上午10点到公司参加第一轮技术面试，地址：北京海淀区示例路18号。本岗位涉及涉密项目，录用前需进行政治审查并签署保密承诺书。
外地候选人的往返交通费由公司按标准报销，请保留车票。
人力资源部  王蓉  hr@zhongke-ruida.example.com  010-0000-0188
""")

ben("alumni_group", True, TRAD, """
各位學長姐好！中正高中 2008 屆同學會訂在 12/20（六）晚上，地點在台北車站附近的餐廳，每人 1,200 元，請匯到班代的帳戶（帳號私訊給大家）。從國外回來的同學如果日期不合，我們可以幫忙視訊連線。有問題請找班代小美 🙌
""")

ben("payroll", True, TRAD, """
主旨：海外出差費用核銷

Kelly 您好，
您上月赴東京拜訪客戶的差旅費已核准，共計 JPY 186,400，將於本月 15 日隨薪資匯入您的薪轉帳戶。其中客戶餐敘一筆請補上參加人員名單（客戶公司名稱及人數即可）。
財務部 敬上
""")

ben("parents_group", True, TRAD, """
各位家長好～下週五是陳老師生日，我們幾位家長想給她一個驚喜，每位家長自由樂捐 100–200 元買花和蛋糕，錢轉給家長會長 Winnie 就好。記得不要讓老師知道喔，保密到下週五 🤫🎂
""")

ben("university_talk", True, SIMP, """
主题：邀请担任学位论文评审专家

赵研究员您好：
我院有一篇电力电子方向的博士学位论文需要校外专家匿名评审，想邀请您担任评阅人。评审期两周，评审费800元（税前），由研究生院统一发放。论文尚未公开，请勿外传，评审结束后请删除电子版。如您不便评审，请直接回复告知，谢谢！
东川大学研究生院 学位办
""")

ben("hr_onboarding", True, TRAD, """
歡迎加入本行資訊處！報到當天請攜帶身分證、存摺影本（薪轉用）與兩吋照片。因職務會接觸客戶資料，需簽署保密切結書並完成個資保護訓練。另提醒：本行人員不會以 LINE 或私人電話要求您先付任何費用，若接到類似訊息請通報人資。
""")

ben("genuine_recruiter", True, SIMP, """
Hi 小陈，我是跃迁科技……啊不对，是“跃迁智算”的HR 陈佳，前天校招宣讲会上加的你微信。你投的大模型推理优化岗下周二有一轮技术面，线上腾讯会议，链接我发你邮箱了。面试不收任何费用，面试官会问你的项目经历，不用讲你实习公司的保密内容哈，讲思路就行～
""")

ben("security_awareness", True, SIMP, """
【防骗提醒】最近有人冒充“大厂HR”，以“刷单返利”“兼职打字”为名拉人进群，先返小额佣金，再以“连单”“解冻账户”为由要求大额垫付。记住：凡是要你先交钱的兼职都是诈骗！正规招聘不会收取押金、培训费、工牌费。被骗请立即拨打 110 或反诈专线 96110。
""")

ben("ordinary_chat", False, SIMP, """
[09:12] 小美：姐妹我到公司了，早饭给你带了个包子
[09:13] 小美：今天老板心情好像不太好，开会小心点😂
""")

ben("work_email", False, SIMP, """
主题：周五部门例会改期

各位：
原定本周五下午3点的部门例会改到下周一上午10点，地点不变（3号会议室）。请各小组负责人提前准备本月进度汇报，每组不超过10分钟。
谢谢！
综合办 小林
""")

ben("cleared_job_ad", True, SIMP, """
某省电力公司2026年高校毕业生招聘（第二批）
招聘专业：电气工程、自动化、通信、计算机
说明：调度、信息通信等岗位涉及电力监控系统安全防护，入职需签订保密承诺；录用前进行背景核查。报名只在公司官方人才招聘平台进行，全程不收取任何费用，请勿相信任何“内部推荐”“包过”承诺。
""")

ben("expert_network", True, SIMP, """
[2026-04-08 16:20] Ivy（凯途专家网）：李工好，客户那边的访谈定在周四下午3点，腾讯会议，1小时，报酬2000元。
[2026-04-08 16:21] 李工：好的。先说一下，我现在还在院里，项目上的事一句都不能说，只能聊公开的行业情况。
[2026-04-08 16:22] Ivy（凯途专家网）：完全理解，我们的合规要求也是这样，客户只问公开信息。访谈开始前会再请您确认一次合规声明。
""")

ben("family_chat", True, TRAD, """
[20:30] 阿嬤：阿孫，你在美國過得好嗎？
[20:31] 阿嬤：你阿爸說你明年要回台灣，機票阿嬤出，你不要跟你阿爸講，他會說我寵你 😆
[20:31] 阿嬤：回來帶你去吃牛肉麵
""")

ben("bank_notice", True, SIMP, """
【示例银行】尊敬的客户，您尾号0031的账户于11月18日收到境外汇款USD 2,000.00，汇款人：UNIV OF EXAMPLE，附言：HONORARIUM。请于7日内登录手机银行完成涉外收入申报。如有疑问请致电 400-000-0000。本行不会通过短信链接要求您提供密码。
""")

ben("think_tank_commission", True, TRAD, """
黃研究員您好，本基金會的「印太區域安全論壇」系列報告，想邀請您撰寫一篇關於海底電纜韌性的政策評論，約 5,000 字，署名發表於本會官網與年度報告，稿費新台幣 30,000 元。內容以公開資料分析為主，完稿後會經過匿名同儕審查。若您任職單位對外發表有審查規定，也請先依規定辦理。
""")

ben("genuine_headhunter", True, TRAD, """
Hi Ben，我是 Crestline Executive Search 的 Doris，之前幫你推過華新能源那個案子。現在有個 confidential search：一家公開上市的歐洲電力設備公司要在香港設亞太區總部，找 Head of Grid Solutions。公司名稱因為客戶還沒對外宣布，要等你簽了 NDA 才能告訴你，這是正常流程。方便今晚打個電話？我的手機 +852 5000 0119。
""")

ben("alumni_group", True, SIMP, """
各位师兄师姐好，我是2022级研一的小郑，导师张老师让我在群里问一下：所里今年有个航天五院的定向岗位（需政审），有没有在那边工作的师兄师姐可以帮忙介绍一下工作内容？不方便说的就不用说，主要想知道工作节奏和生活情况，谢谢大家！🙏
""")

ben("ordinary_chat", False, TRAD, """
欸你那本書看完了嗎？看完借我，我下禮拜要交報告
""")

ben("payroll", True, SIMP, """
小王，你上个月去西安见客户的那趟，高铁票和酒店发票都交了吗？财务说还差一张餐费发票，和客户吃饭那顿，你找一下拍照发我，我帮你一起在系统里提交报销。
""")

ben("security_awareness", True, TRAD, """
轉發：【國安提醒】有境外人士以「智庫」「學術交流」名義，邀請公務員或退休官員出國參訪，全程招待，並在聚餐中打聽政策內部討論、人事動向，事後要求「不用跟單位報告」。公務人員出國請依規定申請，遇可疑邀約請向政風單位反映。
""")

ben("genuine_recruiter", True, SIMP, """
您好，我是华钧航空发动机有限公司人力资源部的吴婷。我们在成都的燃烧室设计团队有个高级工程师岗位，看到您在学术会议上的报告很感兴趣。您方便的话，我们可以先电话沟通，也欢迎直接把简历发到 hr.recruit@huajun-aero.example.com。面试需要到成都现场，差旅我们按公司标准报销。
""")

ben("conference_invite", True, SIMP, """
各位老师好，我是“青年学者无人系统论坛”的志愿者。本次论坛嘉宾群已建好，请加我微信 uas_forum_example 拉您入群，会议日程、接站信息和报销表都会发在群里。会后请把讲课费签收单和发票拍照发给会务组，财务统一打款到个人银行卡。
""")

ben("journalist", True, TRAD, """
您好，我是獨立媒體《島嶼觀測》的記者，我們在做一篇關於台灣半導體人才外流的專題，想訪問曾經被海外獵頭接觸過的工程師。訪談可以匿名，也可以實名，由您決定；我們只想了解您被接觸的過程和感受，不會問任何公司的技術或內部資訊。如果願意，請回信到 news@islandwatch.example.org。
""")

ben("expert_network", True, SIMP, """
主题：Re: 访谈费用确认

刘老师好，
上周四关于锂电回收的访谈费 1800 元已于今天打到您的银行账户（已代扣个税），请查收。客户是一家新加坡的公募基金，再次感谢您的分享。按照我们的合规流程，访谈记录仅用于客户内部研究，不会对外发表，也不涉及任何非公开信息。
鼎识专家网络 项目组
""")

ben("cleared_job_ad", True, SIMP, """
【内推】我们所（某电子研究所，北京）在招FPGA工程师，应届和社招都要，要求能过政审，岗位有保密要求，出国要审批。感兴趣的把简历发我邮箱 zhangsan.example@institute.example.cn，我帮你递给HR。我们所招人不收钱，别信外面中介。
""")

ben("university_talk", True, SIMP, """
张老师，我是市委党校经济学教研部的刘敏。下个月我们有个处级干部进修班，想请您来讲半天“数字经济与产业政策”，讲课费按学校标准发放，您需要提供银行卡和身份证复印件。课件我们会提前审一下，只涉及公开内容。
""")

ben("notification", False, TRAD, """
【捷順車隊】您預約的 12/03 07:30 機場接送已確認，司機陳先生將提前 10 分鐘到達。如需取消請提前兩小時。
""")

ben("family_chat", True, SIMP, """
大伯，我是小雨。爸爸手机坏了，让我用我的微信跟您说一声：奶奶下周八十大寿，大家商量好了给她办个惊喜寿宴，先别让奶奶知道哈。每家出两千，发红包给我妈就行，我妈统一订酒店。
""")

ben("ordinary_chat", False, SIMP, """
[2026-05-20 12:01] 阿杰：中午吃啥
[2026-05-20 12:01] 小陈：楼下那家麻辣烫吧，我请
""")

ben("alumni_group", True, SIMP, """
【海外学人联谊会·多伦多】各位会员好，本月春节联欢会定于2月8日晚，地点社区中心。国内来的访问学者和家属都欢迎！会费每人20加元，现场交或e-transfer给财务Jenny。另：最近有会员收到自称“老家派出所”的电话，请大家提高警惕，有问题可以找理事会。
""")


def main() -> None:
    sus_rows = [r for r in ROWS if r["label"] == 1]
    ben_rows = [r for r in ROWS if r["label"] == 0]
    assert len(sus_rows) == 60, len(sus_rows)
    assert len(ben_rows) == 60, len(ben_rows)
    assert sum(1 for r in ben_rows if r["lookalike"]) >= 48
    texts = [r["text"] for r in ROWS]
    assert len(set(texts)) == len(texts), "duplicate text"
    rows = list(ROWS)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    keys = ("id", "text", "label", "kind", "lookalike", "categories", "stage", "subtlety", "script")
    with TARGET.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            out = dict(row, id=f"zhb4-{i:03d}")
            fh.write(json.dumps({k: out[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {TARGET}")


if __name__ == "__main__":
    main()
