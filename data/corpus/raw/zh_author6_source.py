"""zh_author6: Chinese training families from a sixth hand, heavy on hard look-alikes.

Who and how
    Written by a helper session (an AI assistant) for the recruitscreen corpus, by hand, from the threat
    description in DESIGN.md and the public warnings it cites (CSIS, MI5/NPSA "Think Before You Link", FBI)
    only. Blind: the writer never opened the rule packs, the training corpus (apart from the shared helper
    template_families.py), data/dev/ or any evaluation set, and never ran the screener on this file.
    Every template is written in its own words; slots fill in invented names, firms, projects, places,
    dates and amounts. Everything is invented: people, firms, institutes, universities, media, handles,
    addresses on example.cn / example.com.hk / example.com.tw / *.example.com, numbers in the placeholder
    ranges +86 138 0000 00xx, +852 5000 01xx, +886 900 000 1xx. The public hotline 12339 is quoted in
    one security notice.

Run
    .venv/bin/python data/corpus/raw/zh_author6_source.py
    rewrites zh_author6.jsonl next to this file (byte-identical on every run: fixed SEED) and prints the
    figures below. It asserts that ids and texts are unique, that no subtle message contains a TELLTALE
    word (app and mail names, handles, @, 客户, fee and money words, 保密/机密/内部/涉密, 报告, police,
    回国, 押金) and that every overt suspicious message contains at least one.

What the families cover
    Suspicious (label 1, zh6-s-NN): a flattering headhunter with a vague overseas client moving to 微信 /
    vx / WhatsApp; bare pivot lines (vx handle, personal 163/qq/gmail address, 紙飛機); paid white papers
    for an unnamed client paid by Alipay, USDT, shopping cards or a relative's account, drafts left in a
    shared mailbox; follow-ups asking for what has not been released (indicators, review conclusions,
    shortlists, drafting-group disputes, a ministry's summary table); trips abroad to meet the client with
    everything paid, a camera-off video call; a small "closed-door" gathering abroad on personal leave; "just
    between us", a second phone, clearing the chat; thanks left in a parcel locker or with a mother-in-law;
    diaspora pressure (派出所, a father's factory inspection, a cousin's civil-service vetting, lists of the
    Chinese school's organisers); job scams with deposits and training kits; a Hong Kong task scam; quiet
    first approaches to a chief designer, a retired official, a reviewer holding a clearance.
    Eight suspicious families are subtle (no telltale word; the intent shows only in what is asked).
    Benign (label 0, zh6-b-NN), 20 of 23 families hard look-alikes: recruiters naming the company, role and
    salary band (one moving to 微信 only to schedule); a Hong Kong headhunter scheduling on WhatsApp and
    refusing any confidential data; expert networks that name their firm and the end client's industry, pay
    per hour, require a compliance attestation and turn away public servants; think tanks and universities
    paying for a public review, a lecture or a signed policy brief, travel reimbursed; conferences abroad
    covering a speaker's flights and hotel; journalists asking for on-the-record comment on an announced
    programme; colleagues on 飞书 / 钉钉 asking for board slides or an internal review; a public tender, a bid
    team and an award notice; security notices quoting every warning sign; family chats (health, money for
    an uncle, a cousin's wedding, 回国) in Mandarin and Cantonese; cleared job adverts; Taiwanese onboarding
    through the HR portal; consultants invoicing a named client; travel reimbursement; alumni and
    parents' groups; a paid guest lecture in Hong Kong; colleagues reporting an approach to security.
    Plain: ordinary chats, office e-mails, bank and payroll notices.

Counts (printed by the run above)
    338 messages in 38 families of 8-10: 134 suspicious (39.6%) in 15 families, 8 of them subtle (73
    messages); 204 benign in 23 families, 20 look-alike families (177 messages). Roughly two fifths of
    the messages are in Traditional script (Hong Kong with written Cantonese, Taiwan), the rest Simplified;
    some mix in English (JD, base, offer, slides, HR Portal).
    Lengths (word-equivalents = Han characters / 1.5 + Latin tokens; characters in brackets):
      suspicious  chat lines 44: 11-24 (18-61) · InMail/short e-mail 45: 40-83 (66-149) ·
                  long e-mails 45: 122-176 (210-314)
      benign      chat lines 60: 7-26 (11-56) · InMail/short e-mail 72: 28-70 (50-137) ·
                  long e-mails 72: 115-182 (203-337)
    Long e-mails carry 主题/主旨 lines, signatures, quoted replies (> ...) or forwarded headers.
"""

from __future__ import annotations

import inspect
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, Template, build, write

SEED = 620261122 + 6
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "zh_author6.jsonl"


def m(stage: str, cats: str, text: str) -> Template:
    """One hand-written template: indentation removed, and a source line that ends mid-sentence
    (on a comma) joined to the next, so line breaks fall where a writer would put them."""
    lines: list[str] = []
    for line in inspect.cleandoc(text).split("\n"):
        if lines and lines[-1].endswith(("，", "、", "（")) and line:
            line = line[2:] if line.startswith("> ") and lines[-1].startswith("> ") else line
            lines[-1] += line
        else:
            lines.append(line)
    return (stage, cats, "\n".join(lines))


NOTICE = ("【",)  # SMS and board notices carry no greeting or sign-off
SUBJECT = ("主题：", "主旨：")  # an e-mail's greeting goes under its subject line, not above it


def tidy(text: str) -> str:
    """Put the shared opener and closer where they belong in notices and e-mails with a subject line."""
    for opener in (o for o in OPENERS if o):
        body = text[len(opener) :] if text.startswith(opener) else ""
        if body.startswith(NOTICE):
            text = body
        elif body.startswith(SUBJECT) and "\n\n" in body:
            head, rest = body.split("\n\n", 1)
            text = f"{head}\n\n{opener}{rest}"
    if text.startswith(NOTICE):
        for closer in (c for c in CLOSERS if c):
            text = text.removesuffix(closer)
    return text


# Greetings and sign-offs drawn for BOTH classes: script-neutral, short enough for a chat line.
OPENERS = ["", "", "", "", "", "", "Hi，", "Hello，", "hi ", "嗨，", "早，"]
CLOSERS = ["", "", "", "", "", "", " 🙏", " 😊", " Thx", "\n\nSent from my iPhone", "～"]

POOLS: dict[str, list[str]] = {
    # people (Simplified / Traditional spellings); all invented
    "sname": [
        "张伟明",
        "刘思远",
        "陈佳怡",
        "王子涵",
        "赵宇航",
        "孙晓婷",
        "周文博",
        "吴嘉琪",
        "郑一帆",
        "许嘉宁",
    ],
    "tname": ["陳嘉欣", "黃志偉", "林怡君", "李家豪", "張雅婷", "梁永康", "吳佩珊", "鄭凱文"],
    "surname": ["王", "李", "张", "刘", "陈", "杨", "黄", "周", "何", "宋"],
    "tsurname": ["陳", "黃", "林", "張", "吳", "劉", "鄭", "梁"],
    # firms (invented)
    "firm": ["远睿人才", "启衡咨询", "博岚猎头", "星桥人才", "衡正管理咨询", "致远猎聘"],
    "tfirm": ["恒匯人才顧問", "嘉朗顧問", "翠嶺人才", "瀚海獵頭"],
    "company": ["华芯微电子", "曜辰航空科技", "中恒储能", "岭川通信", "深蓝智算", "澄光卫星"],
    "tcompany": ["港灣半導體", "維港智能", "台嶺精密", "寶島光電", "海嶼通訊"],
    "role": [
        "模拟芯片设计经理",
        "射频前端工程师",
        "电池管理系统架构师",
        "大模型训练平台负责人",
        "卫星载荷系统工程师",
        "功率器件可靠性主管",
    ],
    "trole": ["高級 RF 工程師", "供應鏈經理", "數據平台主管", "封裝製程工程師", "網絡安全架構師"],
    "sector": ["半导体", "航空发动机", "储能", "5G 通信", "人工智能", "卫星导航", "特种材料"],
    "tsector": ["半導體", "航太", "電信", "能源", "國防採購"],
    "dept": ["研究院总体部", "三所", "发改委规划处", "集团战略部", "试验中心", "二院某室"],
    "project": ["启明三号", "青鸾项目", "X-17 平台", "澜湖改造工程", "天枢二期", "K9 链路升级"],
    "tproject": ["海燕計劃", "藍鯨二期", "北辰平台", "星帆專案"],
    "city": ["新加坡", "曼谷", "吉隆坡", "迪拜", "伊斯坦布尔", "河内", "金边"],
    "tcity": ["新加坡", "曼谷", "首爾", "東京", "吉隆坡", "澳門"],
    # numbers and addresses (fiction ranges, example domains)
    "phone": [
        "+86 138 0000 0012",
        "+86 138 0000 0027",
        "+86 138 0000 0045",
        "+86 138 0000 0063",
        "+86 138 0000 0081",
    ],
    "tphone": ["+852 5000 0112", "+852 5000 0134", "+852 5000 0156", "+886 900 000 178"],
    "wxid": ["career_lin88", "hr-zhao2026", "Leo_talent77", "sunny_hunter01", "bridge_consult9"],
    "tg": ["@talentbridge_x", "@mr_chen_consult", "@fastoffer_26"],
    "pmail": [
        "leo.hunter@qq.example.com",
        "talentwang@163.example.com",
        "oliverchen@gmail.example.com",
    ],
    "hrmail": ["hr@example.cn", "talent@example.cn", "zhaopin@example.cn", "careers@example.cn"],
    "thrmail": ["hr@example.com.hk", "talent@example.com.hk", "recruit@example.com.tw"],
    "salary": ["45–60万", "60–80万", "80–110万", "90–120万", "55–70万"],
    "tsalary": ["HK$85–100 萬", "HK$110–130 萬", "NT$180–220 萬", "NT$150–170 萬"],
    "amount": ["2000", "3500", "5000", "6800", "8000", "1.2万"],
    "tamount": ["HK$3,000", "HK$4,500", "NT$8,000", "NT$12,000"],
    "date": ["3月14日", "4月2日", "4月23日", "5月20日", "6月8日", "9月17日"],
    "tdate": ["3月18日", "4月9日", "5月6日", "6月21日", "10月3日"],
    "weekday": ["周二", "周三", "周四", "周五"],
    "tweekday": ["週二", "週三", "週四", "週五"],
    "hour": ["上午10点", "下午2点半", "下午4点", "晚上8点"],
    "thour": ["上午十點", "下午三點", "晚上七點半"],
    "hometown": ["温州", "福清", "青田", "泉州", "湛江", "长乐"],
    "uni": ["东澜大学", "明湖理工大学", "西岭交通大学", "滨海科技大学"],
    "tuni": ["海港大學", "嶺東大學", "南灣科技大學", "維多利亞理工學院"],
    "tank": ["澄远政策研究院", "新桥发展研究中心", "观潮产业研究所", "衡宇国际问题研究院"],
    "ttank": ["維港政策研究所", "南瀛公共事務研究院", "灣區策略學社"],
    "conf": ["亚太储能技术大会", "国际先进封装论坛", "东南亚卫星应用峰会", "全球 AI 基础设施论坛"],
    "media": ["《财经观察》", "《科创周刊》", "《产业前沿》", "《南岸日报》"],
    "tmedia": ["《港島財經》", "《東方科技報》", "《灣區日報》", "《新視界週刊》"],
    "network": ["智询专家网络", "知行专家平台", "观澜行业访谈", "百川专家库"],
    "tnetwork": ["匯知專家網絡", "博觀訪談平台", "衡石專家顧問"],
    "tender": ["ZB-2026-0413", "GK-2026-117", "CG2026-0729", "ZFCG-2026-0310"],
    "bank": ["滨江银行", "东澜农商行", "汇泰银行"],
    "invoice": ["INV-2026-031", "INV-2026-047", "FP-0528", "INV-2026-112"],
    "cousin": ["表妹", "堂弟", "表哥", "小姨家的闺女"],
    "tcousin": ["表妹", "表哥", "堂姐", "細佬"],
}

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add(
    "zh6-s-01-flattering-headhunter",
    1,
    "fake_headhunter",
    "inmail",
    False,
    [
        m(
            "contact",
            "credential_targeting vague_client off_platform",
            """
        {surname}工您好，我是{firm}的顾问{sname}。在脉脉上看到您在{sector}方向深耕八年多，履历非常亮眼。
        我们有一位海外客户正在筹建研发中心，对您这样有一线型号经验的专家特别感兴趣，待遇会明显高于市场，
        公司名现阶段不便透露。领英消息回得慢，方便的话加我微信 {phone}，细节我私下发您。""",
        ),
        m(
            "contact",
            "credential_targeting vague_client paid_task off_platform",
            """
        {surname}老师冒昧打扰～我们服务的一家机构长期关注{sector}，一直想找真正了解国内项目进展的人做顾问，
        不用离职，时间随您，每次交流都有丰厚回报。看您之前在{dept}的经历特别合适，能否先加个vx细聊？""",
        ),
        m(
            "contact",
            "credential_targeting vague_client off_platform",
            """
        {tsurname}生你好，我係{tfirm}嘅{tname}。留意到你之前喺{tsector}相關嘅政府項目做過，
        我哋一位客戶好欣賞你嘅背景，想請你做兼職顧問，報酬好有誠意。LinkedIn 唔方便傾太多，
        可唔可以加個 WhatsApp？我號碼係 {tphone}。""",
        ),
    ],
)

F.add(
    "zh6-s-02-pivot-lines",
    1,
    "obfuscated_pivot",
    "chat",
    False,
    [
        m("pivot", "off_platform", "领英我不常上，加我vx：{wxid}，那边细聊"),
        m("pivot", "off_platform secrecy", "简历直接发我私人邮箱 {pmail} 就行，别用公司邮箱发哈"),
        m("pivot", "off_platform", "這個平台不方便，下載個紙飛機，搜 {tg} 搵我"),
    ],
)

F.add(
    "zh6-s-03-paid-white-paper",
    1,
    "fake_consultant",
    "long_email",
    False,
    [
        m(
            "paid_task",
            "paid_task vague_client unusual_payment",
            """
        主题：关于{sector}行业研究合作

        {surname}先生：

        您好！我是{firm}的项目经理{sname}。我们受一位不便具名的客户委托，正在做{sector}产业链的专题研究，
        希望邀请您撰写一份约五千字的分析报告，重点谈谈国内主要单位的技术路线、供应商选择和下一阶段的时间表。
        报告只供客户内部参考，不会公开，也不需要署名。

        报酬方面，首篇{amount}元，质量满意后可长期合作，每月一篇。考虑到您的身份，付款可以走支付宝个人转账，
        或者按您习惯用 USDT 结算，不经过公司账户，免去不必要的麻烦。

        如您有意，请回复您的私人邮箱，我把提纲发过去。

        {sname}
        {firm} 项目部
        手机：{phone}""",
        ),
        m(
            "paid_task",
            "paid_task vague_client sensitive_info",
            """
        {surname}老师，上次那篇写得很专业，客户看完非常满意，稿费{amount}元已经转到您给的那张卡上了，请查收。

        这次客户想要一个更深入的版本：不用再写公开资料里能查到的东西，他们更关心您所在单位今年的立项清单、
        预算大致规模，还有几个在研型号的进度节点。篇幅三千字左右就行，下周五前交。酬劳翻倍。

        另外，以后咱们的往来就别用工作邮箱了，我另外给您注册了一个邮箱，账号密码微信发您。
        内容写好后存在草稿箱里，不用发送，我这边登录看。

        辛苦了！
        {sname}
        {firm}""",
        ),
        m(
            "paid_task",
            "paid_task vague_client unusual_payment secrecy",
            """
        > {surname}工：这种报告我以前没写过，不知道合不合适……

        完全理解您的顾虑！其实很简单，就是把您日常工作里了解到的情况，按我们给的几个问题整理成文字，
        不涉及任何图纸，您自己把握尺度就好。我们的客户是一家做战略投资的海外基金，他们出价很大方，
        一篇{amount}元，当天结清。

        如果您不方便收款，可以打到您家里人的账户，或者用购物卡的形式，都行。这件事没必要跟单位提，
        本来就是您业余时间的个人咨询。

        {sname} | {firm} 高级顾问
        {phone}""",
        ),
    ],
)

F.add(
    "zh6-s-04-what-is-not-out-yet",
    1,
    "handler_followup",
    "chat",
    False,
    [
        m(
            "elicitation",
            "sensitive_info",
            "上回聊的挺好，就是我这边的人更想知道{project}下一步还没发出来的那些指标",
        ),
        m(
            "elicitation",
            "sensitive_info",
            "{project}公开的那些我们都看过了，想听听你们会上真正定下来的数字",
        ),
        m(
            "elicitation",
            "sensitive_info",
            "你们{weekday}评审完，结论能不能先跟我说一声？不想等正式通报",
        ),
        m("elicitation", "sensitive_info", "嗰份名單定咗未？邊幾間入圍，你知就同我講聲"),
    ],
)

F.add(
    "zh6-s-05-drafting-group-follow-up",
    1,
    "handler_followup",
    "long_email",
    False,
    [
        m(
            "elicitation",
            "sensitive_info credential_targeting",
            """
        {surname}老师：

        您好！{date}在{uni}听了您关于{sector}标准体系的讲座，收获很大，会后又跟您简单聊了几句，非常感谢。

        我们研究组最近在梳理这一领域的政策走向，发表出来的材料基本都看过了。您当时提到起草组里对几个关键参数还有分歧，
        不知道方便再展开讲讲吗？比如征求意见稿之后改动最大的是哪几条，哪些单位意见最大，最终稿大概什么时候能定。
        如果手边有讨论稿的版本，哪怕是早一点的，对我们理解来龙去脉也很有帮助。

        我们下周都在北京，也可以当面请您吃个便饭。

        {sname}
        {uni}产业政策研究组
        电话：{phone}""",
        ),
        m(
            "elicitation",
            "sensitive_info",
            """
        {surname}老师好，

        上周的交流让我们受益匪浅，几位老师回去后又讨论了很久。整理时发现还有几处想再向您确认：

        一是{project}的总体方案评审里，专家组对第二阶段的时间表有没有调整；
        二是配套的几家供货单位，最后是哪家留下来了；
        三是您提到的那次测试没有达到预期，具体差在哪个环节。

        这些在网上都查不到，所以才来麻烦您。您看什么时候方便，打个电话或者见一面都可以，我们配合您的时间。
        如果有会议材料的照片，直接发我这个号码也行，我看完就删。

        顺祝工作顺利！
        {sname}
        {phone}""",
        ),
        m(
            "elicitation",
            "sensitive_info credential_targeting",
            """
        {surname}处长：

        冒昧再写信打扰。上次您在论坛上的发言引用率很高，我们组好几位同事都在学习。

        我们现在做的是明年{sector}扶持政策的预判，想请您帮忙判断一下：目前在部里讨论的几个方案里，
        哪个更可能被采纳？补贴的额度区间大概是多少？名单上会有哪些企业？
        我们不会引用您的名字，也不会对外提到这次沟通，只是想在正式文件出来之前心里有个数。

        另外，您之前说过处里有一份比较完整的汇总表，如果方便的话能否让我们看一眼，哪怕只看框架也好。

        期待您的回复。
        {sname} 敬上
        {tank}
        {phone}""",
        ),
    ],
)

F.add(
    "zh6-s-06-trip-to-meet-the-client",
    1,
    "fake_consultant",
    "inmail",
    False,
    [
        m(
            "meeting",
            "client_meeting vague_client",
            """
        {tsurname}先生，上次嘅分析我哋客戶好滿意，佢哋負責人想約你{tdate}喺{tcity}見個面，當面傾下一步合作。
        機票、酒店、餐飲全部由客戶負責，仲會另外準備一份心意。行程兩日一夜就夠，唔會影響你返工。""",
        ),
        m(
            "meeting",
            "client_meeting secrecy",
            """
        {tsurname}生，{tcity}嗰邊已經安排好，商務艙機票同五星酒店我哋全包。
        今次係私人行程，唔使同公司報備，就當同屋企人去旅行。護照資料 WhatsApp 俾我就得，其他唔使理。""",
        ),
        m(
            "meeting",
            "client_meeting vague_client credential_targeting",
            """
        {tname}你好，客戶那邊想先跟你開個視像會認識一下，對方不會開鏡頭，也不方便透露單位，
        主要想聽你講講{tproject}目前的實際進度。時間定在{tweekday}{thour}，會議連結我稍後私訊你。""",
        ),
    ],
)

F.add(
    "zh6-s-07-a-small-gathering-abroad",
    1,
    "fake_think_tank",
    "long_email",
    False,
    [
        m(
            "meeting",
            "client_meeting credential_targeting",
            """
        {surname}老师：

        您好！几位在{sector}领域做了一辈子的老前辈，下个月在{city}办一个很小范围的交流，
        一共不超过六个人，都是朋友之间的聊天，不拍照也不发新闻稿。大家读过您的文章，都很想当面向您请教，
        尤其想听听您对{project}后面几年走向的真实判断。

        行程由我们这边全部安排，您只要把护照首页拍给我。为了省事，建议您按个人休假走，
        不必另外走出访审批，来回四天，不耽误您周一上班。

        如果这次时间不合适，也请告诉我您哪个月比较空，我们可以迁就您。

        {sname}
        {tank} 联络处
        {phone}""",
        ),
        m(
            "meeting",
            "client_meeting",
            """
        {surname}工，

        上次电话里您说下半年可能去{city}看展，正好我那边的几位朋友也在，想顺便请您吃顿饭。
        他们对您负责的那一块很感兴趣，也有一些技术上的困惑想当面请教。
        住的地方和机票我来订，您把日期告诉我就行。见面的事您自己知道就好，没必要让同事们跟着操心。

        另外，朋友们说如果您能带一台平时用的笔记本过来，讨论起来会更方便，有些曲线和表格当面看比口头讲清楚得多。
        他们最想弄明白的是您那边明年的节点安排，还有几次试验为什么推迟，这些外面的人都说不准。
        您要是担心行程不好解释，就说是去看展顺便会朋友，本来也是这么回事。

        盼复，
        {sname}
        {phone}""",
        ),
        m(
            "meeting",
            "client_meeting credential_targeting",
            """
        {surname}老师您好，

        我们研究院今年在{city}有一个闭门研讨，议题是{sector}的国际合作与技术标准。
        主办方特别希望邀请有一线工程经历的专家参加，名单上只有您一位来自国内。
        您不需要准备发言稿，只要在小组讨论里结合您这几年在{dept}的实际工作谈谈体会即可，
        讨论不做记录、不对外发布。

        往返机票和住宿由主办方承担，到达后有专人接机。需要您提供护照信息和一张近期照片，
        请直接回复到这个地址，不要抄送其他人。

        {sname}
        {tank}""",
        ),
    ],
)

F.add(
    "zh6-s-08-just-between-us",
    1,
    "handler_followup",
    "chat",
    False,
    [
        m("secrecy", "secrecy", "{weekday}见面的事就咱俩知道，组里先别说哈"),
        m("secrecy", "secrecy", "{weekday}换个地方见吧，别在你们楼下那家了，人多眼杂"),
        m("secrecy", "secrecy", "聊完记得把记录清一下，养成习惯比较好"),
        m("secrecy", "secrecy", "出門前記得換另一部手機，平時那部留在屋企"),
    ],
)

F.add(
    "zh6-s-09-thanks-left-elsewhere",
    1,
    "handler_followup",
    "inmail",
    False,
    [
        m(
            "payment",
            "unusual_payment",
            """
        上回那份整理得很细，谢意{weekday}已经放在你小区门口超市的寄存柜了，取件码我短信发你，
        写的是你爱人的名字。下次还是老样子，不走你自己的卡。""",
        ),
        m(
            "payment",
            "unusual_payment",
            """
        {surname}哥，按你上次说的，这回我让人直接交给你岳母，她在{hometown}老家，
        说是你托人带的土特产就行。东西不大，一个纸袋。你这边什么都不用做，等她电话就好。""",
        ),
        m(
            "payment",
            "unusual_payment secrecy",
            """
        {tname}，上次你幫的忙大家都記得。表示心意的東西我放咗喺你屋企樓下便利店，
        用你妹妹個名登記。你唔使自己去攞，叫佢{tweekday}晚上去就得，唔好寫低任何嘢。""",
        ),
    ],
)

F.add(
    "zh6-s-10-pressure-on-family-hk",
    1,
    "coercion",
    "chat",
    False,
    [
        m(
            "coercion",
            "coercion",
            "你阿媽{tweekday}俾人叫咗去派出所問話，你自己諗下幾時回國交代清楚",
        ),
        m(
            "coercion",
            "coercion",
            "公安話你喺外面搞嘢，再唔返嚟屋企人好難做，你{tcousin}份工都保唔住",
        ),
        m(
            "coercion",
            "coercion sensitive_info",
            "下個禮拜同鄉會邊個去，影張相 WeChat 俾我，當係幫屋企人一個忙",
        ),
    ],
)

F.add(
    "zh6-s-11-letter-from-the-hometown",
    1,
    "coercion",
    "long_email",
    False,
    [
        m(
            "coercion",
            "coercion",
            """
        小{surname}：

        我是你表叔。本来不想给你写这封信，可家里的事你也该知道了。上个月镇上来了几个人，到你爸厂里坐了一下午，
        说厂子的年检手续有些问题，要重新审核。你爸嘴上说没事，其实这几天觉都睡不好。

        那几个人话里话外都在问你，问你在那边做什么、跟哪些人来往、过年为什么不回来。他们的意思很清楚：
        你回来一趟，当面把事情说清楚，厂子的事自然好办。你要是一直不露面，他们也只能按规矩来。

        你{cousin}今年考编，政审那一关也要看家里的情况，你自己掂量。

        我把一个电话留给你，{phone}，是管这件事的刘主任，你直接打给他，态度好一点。别让你妈再为你操心了。

        表叔""",
        ),
        m(
            "coercion",
            "coercion sensitive_info",
            """
        阿{surname}，

        你上次说工作忙，我们都理解。不过有件事还得麻烦你：老家这边的人想了解一下你们那里的同乡情况，
        周末中文学校是谁在张罗，每次活动大概多少人，有没有人经常发些乱七八糟的东西。
        你把名单和几张活动照片整理一下发给这个号码 {phone}，他们就不会再来家里打扰你妈了。

        这不算什么大事，就是帮个忙。你做得好，你舅舅那个营业执照也就顺利批下来了。
        别想太多，也别跟那边的人说起这些，免得大家都难做。

        你妈最近血压又高了，医生说不能着急上火。家里人都指望你懂事一点，你也不想她一把年纪还天天有人上门问东问西吧。
        名单不用多完整，先把常来的几个人的名字、在哪上班写清楚就行，以后每个月更新一次。

        二姨""",
        ),
        m(
            "coercion",
            "coercion",
            """
        {surname}：

        你奶奶这两个月身体一直不好，住了两次院，天天念叨你。{hometown}那边的干部也来过几次，
        说只要你肯回来住一阵子，把之前那些事讲清楚，以后出入境都不会为难你，家里的房子也不用再折腾。

        我们知道你在外面不容易，可一家人总得为老人想想。你{cousin}的工作、你爸的退休手续，
        现在都卡在那里，人家说得很明白，看你的态度。

        你小时候最黏奶奶，她现在说话都吃力了，还老问你是不是在外面受了委屈。
        你在那边认识的那些人，人家也都知道，说你跟着他们瞎掺和，迟早要吃亏。咱们家本本分分几十年，经不起折腾。

        日子你定，到了先别声张，直接回家，家里会安排人跟你谈。早点回个话。

        妈""",
        ),
    ],
)

F.add(
    "zh6-s-12-pay-to-be-hired",
    1,
    "job_scam",
    "inmail",
    False,
    [
        m(
            "job_scam",
            "job_scam unusual_payment",
            """
        恭喜您通过{company}海外项目部的初筛！岗位：{role}，月薪3万起，包食宿。
        入职前需缴纳培训及签证押金{amount}元，入职满三个月全额退还。请用私人邮箱回复身份证正反面，
        并在48小时内完成转账，逾期名额顺延。""",
        ),
        m(
            "job_scam",
            "job_scam off_platform",
            """
        您好，我们是{firm}，帮知名外企招远程数据标注员，日结300–800元，无需经验。
        请添加HR微信 {wxid}，领取入职资料包（资料费398元，首单完成后返还）。""",
        ),
        m(
            "job_scam",
            "job_scam unusual_payment",
            """
        {tname}你好，你申請嘅{trole}職位已經初步錄取。公司要求新同事先購買指定培訓教材同工作電腦，
        費用{tamount}，可以用 Apple 禮品卡或者 USDT 付款，收到之後即刻安排入職。""",
        ),
    ],
)

F.add(
    "zh6-s-13-task-scam-hk",
    1,
    "task_scam",
    "chat",
    False,
    [
        m(
            "job_scam",
            "job_scam unusual_payment",
            "做埋今日三單就返佣金，記得先墊{tamount}，系統自動退返俾你",
        ),
        m(
            "job_scam",
            "job_scam unusual_payment",
            "你個任務帳戶凍結咗，要充值{tamount}解凍先可以提現，快啲啦",
        ),
        m(
            "job_scam",
            "job_scam off_platform",
            "兼職幫商戶點讚，日賺幾百，加 WhatsApp {tphone} 報名",
        ),
    ],
)

F.add(
    "zh6-s-14-a-quiet-first-approach",
    1,
    "fake_think_tank",
    "inmail",
    False,
    [
        m(
            "contact",
            "credential_targeting",
            """
        {surname}总师您好，读到您十年前在学报上那篇关于{sector}总体设计的文章，至今受益。
        我们在做一个行业观察，想找真正在一线的人聊聊{project}推进的节奏和卡点，不用写任何东西，
        喝杯茶就行。您看{weekday}有空吗？""",
        ),
        m(
            "contact",
            "credential_targeting",
            """
        {surname}老师，冒昧联系。听朋友说您从{dept}退下来以后时间宽裕些，
        我们几位做研究的很想请您讲讲当年几个重大项目是怎么拍板的，哪些人在里面说了算。
        您愿意的话，我们登门拜访。""",
        ),
        m(
            "contact",
            "credential_targeting",
            """
        {tsurname}博士您好，得知您參與過{tproject}的審查工作。我們是一群關心{tsector}發展的研究者，
        希望能向您請教審查時大家最擔心的幾個問題。聽說您持有相關的查核資格，這樣我們的交流可以更深入一些。""",
        ),
    ],
)

F.add(
    "zh6-s-15-after-the-review-tw",
    1,
    "handler_followup",
    "long_email",
    False,
    [
        m(
            "elicitation",
            "sensitive_info",
            """
        {tsurname}老師您好：

        上次您談到{tproject}的幾個挑戰，對我們很有啟發，同事們回去又討論了好幾輪。

        這次想再麻煩您：能否整理一下上個月評審會上沒寫進紀錄的討論？尤其是幾家供應商最後的排序，
        以及為什麼第二階段延後。這些只有在場的人才知道，所以才特別來請教您。

        您不必寫得很正式，條列幾點就好，拍照或手寫都可以，下次見面時當面交給我也行。

        另外，聽說下一輪審查的委員名單已經大致底定，如果您知道有哪幾位，也請順便告訴我，
        我們想先了解各位委員過去的立場。這些事情我們一向只在小範圍裡談，請您放心。

        敬祝 順心
        {tname}
        {tphone}""",
        ),
        m(
            "elicitation",
            "sensitive_info credential_targeting",
            """
        {tsurname}主任：

        謝謝您上週撥空見面。您提到部會正在研擬的新版採購規則，我們這邊幾位朋友都非常關心。
        想請教幾件事：草案目前改到第幾版？哪幾項條款爭議最大？業界名單上有哪些公司會被排除？

        我知道草案還在流程中，所以不會引用，只是想早一點掌握方向。若您手上有草案的電子檔，
        傳到我個人手機就好，不用經過辦公室。

        我們下個月會在{tcity}辦一場小型餐敘，幾位朋友都很想當面認識您，行程和住宿都由我們打點，
        到時候也可以把草案的問題一次談清楚。請您考慮看看，日期可以配合您的假期。

        {tname} 敬上
        {tphone}""",
        ),
        m(
            "elicitation",
            "sensitive_info",
            """
        {tname}您好，

        上次您分享的測試心得非常寶貴。我們最近又遇到一些問題，想請您幫忙看看：
        您們實驗室上一輪測試的完整數據，特別是失效的那幾組；還有下一批樣品預計什麼時候送驗、由哪個單位負責。

        我明白這些東西不會出現在論文裡，正因如此才特別想聽您說。如果不方便用文字，
        我們可以約在您家附近的咖啡店，我把問題列好，您口頭說說就可以。

        我們這邊幾位朋友也都是做這一行的，彼此交流本來就很正常，您不用有顧慮。
        只是這次的事情，希望您先不要跟實驗室的同事提起，等我們整理好了再說，免得大家多想。

        期待您的回覆。
        {tsurname}""",
        ),
    ],
)

# ---------------------------------------------------------------- benign (label 0)

F.add(
    "zh6-b-01-recruiter-names-the-job",
    0,
    "genuine_recruiter",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        {surname}先生您好，我是{company}人才招聘部的{sname}。我们正在招聘{role}，base 上海张江，
        年薪{salary}，另有项目奖金。看了您领英上的经历，和岗位要求很匹配。
        方便的话请把简历发到 {hrmail}，或者告诉我一个时间，我们先电话聊15分钟。""",
        ),
        m(
            "none",
            "",
            """
        {surname}工好，{firm}猎头{sname}。客户是{company}，岗位{role}，汇报给研发副总裁，
        薪资区间{salary}，JD 链接已附在脉脉消息里。您先看看，感兴趣的话我约您和用人经理视频面一轮，
        面试安排都会通过公司邮箱正式发邀请。""",
        ),
        m(
            "none",
            "",
            """
        {surname}老师，您的面试定在{date}{hour}，和{company}的技术总监线上聊。为了改时间方便，
        我们可以加个微信，不过正式的offer和背调流程仍然走公司招聘系统，不会在微信上收任何材料。""",
        ),
    ],
)

F.add(
    "zh6-b-02-headhunter-schedules-on-whatsapp",
    0,
    "genuine_headhunter",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主旨：{tcompany} – {trole}（香港）

        {tsurname}先生你好，

        多謝你昨日覆我。正如電話中提過，今次招聘嘅係{tcompany}，職位係{trole}，辦公室喺科學園，
        年薪範圍大約{tsalary}，另有花紅同醫療保險。職位描述已附上，你可以先睇下。

        因為你之後兩個禮拜都喺外地出差，如果方便，我哋可以用 WhatsApp 約面試時間，我號碼係 {tphone}。
        正式嘅面試邀請、合約同背景調查都會由{tcompany} HR 用公司電郵發出。

        另外提一提：我哋唔需要、亦唔會接收任何你現職公司嘅機密資料，面試時講你自己做過嘅嘢就夠。

        {tname}
        {tfirm}｜Senior Consultant
        {thrmail}""",
        ),
        m(
            "none",
            "",
            """
        主旨：RE: 面試時間

        {tsurname}小姐：

        收到，{tweekday}{thour}可以。我已經同{tcompany}嘅用人經理確認，會議連結會由佢哋 HR 發到你嘅電郵。
        你提到想先了解團隊架構，我整理咗一份簡介，都係公司公開資料，附件請查收。
        如果當日有變，你 WhatsApp 我就得，唔使特登寫信。

        面試大約一個鐘，第一部分係用人經理介紹團隊同產品路線（都係佢哋年報同官網有講嘅內容），
        第二部分會問你過去做過嘅項目，你講自己負責嘅部分同結果就可以，唔需要提任何客戶名或者內部數字。

        {tname}
        {tfirm}

        > 寄件者：{tsurname}
        > {tname}你好，{tweekday}下晝我比較得閒，唔知可唔可以約喺嗰日？另外想知道團隊大概幾多人。""",
        ),
        m(
            "none",
            "",
            """
        主旨：{trole} 職位 — 薪酬及流程說明

        {tsurname}先生你好，

        謝謝你願意考慮{tcompany}的機會。以下幾點先跟你說清楚：
        一、薪酬範圍{tsalary}，最終以公司 offer 為準；
        二、面試共三輪，第二輪會安排在{tcity}的區域總部，機票酒店由公司按差旅政策報銷，行程由公司行政預訂；
        三、所有資料請經公司招聘網站上傳，我這邊不會以 LINE 或 WhatsApp 收取身分證件。

        四、背景調查只會聯絡你同意提供的推薦人，並會先請你簽署授權書；
        五、我們的服務費由{tcompany}支付，候選人無須付任何費用。

        如有任何問題，可以直接打給我 {tphone}，或回覆這封電郵。祝順利！

        {tname}
        {tfirm} 招聘顧問""",
        ),
    ],
)

F.add(
    "zh6-b-03-expert-network-compliance",
    0,
    "expert_network",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主题：{network}专家访谈邀请 — {sector}行业（1小时，付费）

        {surname}老师您好，

        我是{network}的项目经理{sname}。我们的客户是一家关注{sector}行业的公募基金研究团队，
        希望就行业公开的竞争格局、下游需求趋势做一次1小时电话访谈，劳务费1500元/小时，访谈后五个工作日内通过平台对公打款。

        访谈前请您在平台上完成合规声明：
        1. 您不会透露现任或前任雇主的任何保密信息、内幕信息或未公开信息；
        2. 您目前不在政府机关、军工或涉密单位任职；
        3. 若问题涉及上述内容，您有权、也应当拒绝回答。
        我们的合规同事会旁听全程。

        如您同意，请点击邮件中的链接完成注册，我再和您约时间。

        {sname}
        {network}
        {hrmail}""",
        ),
        m(
            "none",
            "",
            """
        主题：RE: 访谈时间确认

        {surname}先生：

        好的，访谈时间定为{date}{hour}，时长60分钟，劳务费按您确认的{amount}元/小时结算，次月初支付到您本人银行账户并代扣个税。

        关于您提到的顾虑，再次说明：这次访谈只讨论公开可得的信息，客户的问题清单我已经过合规审核，附后供您提前看。
        如果任何一题您觉得涉及公司内部数据，直接跳过即可，我们不会追问。

        {sname}｜{network}

        > {surname}先生写道：我现在的公司对外部交流有规定，需要先确认不会涉及内部信息。""",
        ),
        m(
            "none",
            "",
            """
        主题：关于本次访谈无法继续的说明

        {surname}先生您好，

        感谢您报名本次{sector}行业专家访谈。根据您在合规问卷中的回答，您目前在{dept}任职，属于我们无法邀请的公职或涉密岗位人员，
        因此本次访谈取消，也不会产生任何费用。这是我们平台的统一规定，并非针对您个人。

        如您将来离职满一年，可以更新资料后重新申请。再次感谢您的理解。

        顺便提醒：我们平台不会通过微信或私人邮箱邀请专家，也不会要求专家先支付任何注册费或保证金。
        如您收到自称我们员工、但来自其他域名的邀请，请转发至合规邮箱核实。您的个人资料将按隐私政策在三十天内删除。

        {network} 合规团队
        {sname}""",
        ),
    ],
)

F.add(
    "zh6-b-04-expert-call-tw",
    0,
    "expert_network",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        {tsurname}先生您好，我是{tnetwork}的研究助理{tname}。一家關注{tsector}的投資機構想找業界人士做一小時電話訪談，
        酬勞{tamount}。我們不接受、也不會詢問任何機密或未公開資訊，訪談前需簽署合規聲明。有興趣請回覆此訊息。""",
        ),
        m(
            "none",
            "",
            """
        {tname}您好，上週的訪談客戶反饋很好，謝謝。酬勞{tamount}已依平台流程匯入您本人帳戶，扣繳憑單會以電郵寄出。
        若有問題請聯絡 {thrmail}。""",
        ),
        m(
            "none",
            "",
            """
        {tsurname}小姐，提醒您：明天{thour}的訪談，客戶是一家歐洲的{tsector}顧問公司。
        如遇到涉及您公司內部的問題，請直接說「不便回答」，我們的合規同事會在線上協助。""",
        ),
    ],
)

F.add(
    "zh6-b-05-think-tank-paid-review",
    0,
    "think_tank_commission",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主题：邀请评审《{sector}产业发展报告（2026）》公开稿

        {surname}老师：

        您好！{tank}每年发布的《{sector}产业发展报告》今年进入公开评审阶段，想邀请您担任外部评审专家。
        评审对象是已在官网公开的征求意见稿，请您从学术角度提出修改意见，篇幅不限。

        按院里的标准，评审费{amount}元（税前），由财务处转入您本人银行账户。{date}在北京有一场公开研讨会，
        如您能到场发言，往返交通和一晚住宿可凭票报销。您的评审意见将以署名方式附在报告后公开。

        我们只使用公开资料，也请您不要引用任何未公开的工作材料。

        {sname}
        {tank} 科研处
        {hrmail}""",
        ),
        m(
            "none",
            "",
            """
        主题：{uni}公共政策讲座邀请

        {surname}主任您好，

        我是{uni}公共管理学院的{sname}。学院“产业与政策”系列讲座想请您在{date}做一场面向师生的公开讲座，
        题目可以是您去年发表的那篇关于{sector}规划的文章，时长一个半小时，全程录像并放到学院网站。

        讲课费按学校标准{amount}元，另报销往返高铁和住宿。需要您提供身份证号和银行卡号用于财务报账，
        请通过学院的外聘专家系统填写，不要通过邮件或微信发送。

        若您单位对外讲座需要审批，我们可以出具正式邀请函。

        {sname} 敬上""",
        ),
        m(
            "none",
            "",
            """
        主题：政策简报约稿（署名发表）

        {surname}老师：

        {tank}计划在{date}出版一期关于{sector}出口管制的政策简报，想约您撰写一篇三千字左右的评论，署名发表，
        在我们的公众号和官网同步公开。稿酬{amount}元，按院里的规定代扣个税。

        内容只需基于公开的法规和新闻，观点由您自行把握，我们不做任何立场上的要求。
        如您方便，{weekday}我们可以电话沟通一下框架。

        截稿时间为出版前三周，交稿后编辑部会做一轮文字校对，改动会发给您确认，不会改变您的观点。
        发表后一周我们会在线下沙龙上请几位作者做简短分享，完全自愿；如来参加，市内交通可以报销。
        如您单位对署名发表有审批要求，我们可以提供约稿函。

        {sname}
        {tank} 编辑部""",
        ),
    ],
)

F.add(
    "zh6-b-06-speaker-abroad",
    0,
    "conference_invite",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        {surname}博士您好！第八届{conf}将于{date}在{city}举行，组委会诚邀您在“技术路线”分论坛做20分钟主题报告。
        组委会承担您的经济舱往返机票和三晚酒店，会议资料和演讲视频会在官网公开。请在月底前通过大会网站提交题目和简介。""",
        ),
        m(
            "none",
            "",
            """
        {surname}老师，您的大会报告已确认，机票由组委会指定旅行社出票，行程单会发到您登记的邮箱。
        如您单位需要邀请函办理出访手续，请告诉我抬头，我们盖章后寄出。""",
        ),
        m(
            "none",
            "",
            """
        {tsurname}教授您好，{tcity}的年會日程已經公布，您的場次在第二天上午。
        主辦方負責機票和住宿，抵達後請到酒店大堂的報到處領取證件。簡報請在會前一週上傳到大會系統。""",
        ),
    ],
)

F.add(
    "zh6-b-07-journalist-on-record",
    0,
    "journalist_interview",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        {tsurname}先生你好，我係{tmedia}記者{tname}。政府上星期公布咗{tsector}人才計劃，
        想請你以業界身份評論幾句，會具名引用。唔會問任何未公開資料，方便嘅話今日{thour}前覆我，或者打 {tphone}。""",
        ),
        m(
            "none",
            "",
            """
        {tsurname}博士您好，我是{tmedia}科技版的{tname}，正在寫關於{tproject}正式啟動的報導。
        想就已公布的內容請您做一個十五分鐘的電話訪問，引述會掛您的名字和職銜，刊出前可以讓您核對引述。""",
        ),
        m(
            "none",
            "",
            """
        {surname}老师您好，我是{media}的记者{sname}。贵公司昨天发布的{sector}新品引起不少讨论，
        想请您就公开发布的内容接受一个简短采访，实名发表。如需走公司宣传部流程，我可以先联系他们。""",
        ),
    ],
)

F.add(
    "zh6-b-08-work-channel",
    0,
    "coworker_channel",
    "chat",
    True,
    [
        m("none", "", "{weekday}前把董事会slides的草稿发我一份，我先过一遍数字"),
        m("none", "", "内部评审改到下{weekday}了，飞书会议链接我发群里，材料别外发哈"),
        m("none", "", "@{sname} 这版报价单走钉钉审批吧，客户那边{weekday}要回复"),
    ],
)

F.add(
    "zh6-b-09-public-tender",
    0,
    "procurement_notice",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主题：【答疑】{tender} {sector}测试设备采购项目澄清公告

        各潜在投标人：

        本项目已在省政府采购网公开招标，现就部分问题统一澄清如下：
        1. 投标保证金{amount}元须从投标单位对公账户转入招标代理机构指定账户，不接受个人转账或现金；
        2. 技术参数以招标文件第四章为准，任何单位和个人不得私下向评审专家打听评分细节；
        3. 所有疑问须在{date}前通过采购平台提交，我们不通过微信、电话或私人邮箱答复。

        开标时间及地点见招标文件，欢迎符合条件的供应商参与。

        招标代理：{firm}
        联系人：{sname}　{phone}""",
        ),
        m(
            "none",
            "",
            """
        主题：RE: {tender} 投标文件分工

        各位：

        这次标书的分工如下：技术部分由{sname}负责，商务和报价由我来整合，资质文件请行政{weekday}前扫描上传到共享盘。
        报价是我们这次最敏感的部分，只在投标小组内部流转，不要发到大群里，也不要跟代理机构的人私下讨论。

        另外提醒一下，招标文件要求我们签署廉洁承诺书，任何人如果接到自称评审专家或代理的“帮忙”电话，一律拒绝并告诉我。

        时间节点：明天下午内部评审一轮，周末前定稿，开标前一天由我和{sname}两人一起送达，保证金今天已从对公账户转出。
        大家辛苦这一周，标书交完请大家吃饭。

        项目经理 {surname}""",
        ),
        m(
            "none",
            "",
            """
        主题：{tender} 中标候选人公示

        根据评标委员会评审结果，现将{tender}项目中标候选人公示如下：第一名{company}，第二名{firm}。
        公示期三个工作日，如对结果有异议，请于公示期内以书面形式向采购人提出质疑，并附相关证明材料。
        采购人不接受匿名或口头质疑，也不会通过任何私人渠道沟通评审情况。

        公示期满无异议后，采购人将向第一中标候选人发出中标通知书，并在三十日内签订合同。
        未中标单位的投标保证金将在五个工作日内原路退回投标单位对公账户，请留意到账情况。

        采购人：{uni}资产管理处
        联系电话：{phone}""",
        ),
    ],
)

F.add(
    "zh6-b-10-security-awareness",
    0,
    "security_awareness",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主题：【保密提醒】警惕“猎头”“咨询公司”借招聘套取信息

        各位同事：

        近期有员工反映在领英、脉脉上收到陌生人的高薪邀约。请记住以下典型特征，遇到任何一条都要提高警惕：
        · 对方自称猎头或咨询顾问，却不肯说出客户公司名称；
        · 刚聊两句就要求加微信、WhatsApp 或用私人邮箱联系；
        · 出高额报酬请您写“行业报告”“白皮书”，客户“不便透露”；
        · 问题越来越具体，开始打听内部项目、未公开的进度和人员；
        · 邀请您出国见面，机票酒店全包，还叮嘱“不用告诉单位”；
        · 用现金、购物卡、加密货币或打到家人账户的方式付款。

        如遇上述情况，请不要回复，截图后发给保密办（分机 6012），或拨打国家安全机关举报电话12339。

        保密办公室
        {date}""",
        ),
        m(
            "none",
            "",
            """
        主题：新员工入职保密培训要点

        大家好，下面是本周培训的要点回顾，请大家对照自查：
        一、工作资料只能在公司电脑和企业微信里处理，不得转发到个人微信、QQ 或私人邮箱；
        二、对外交流、参加会议、接受采访、做付费专家访谈，都要事先报部门负责人审批；
        三、收到陌生人以“兼职顾问”“有偿调研”名义索要内部信息，一律拒绝并上报；
        四、出国出境须按规定报备，不得接受来历不明的邀请和资助。

        培训课件已上传到内网学习平台，{weekday}前完成线上测试。

        人力资源部 {sname}""",
        ),
        m(
            "none",
            "",
            """
        主旨：資安宣導｜假招募真刺探，這些話術要小心

        同仁好：

        近來有同仁反映收到自稱獵頭的訊息。提醒大家，以下都是常見手法：「我的客戶不方便具名」、
        「LinkedIn 不方便，加個 LINE 或 WeChat 吧」、「寫一份報告給你報酬」、「我們在{tcity}見面，機票我們出」、
        「這件事不用跟公司說」。正派的獵頭會說明公司名稱和職缺，也不會要求你提供公司機密。

        遇到可疑訊息，請不要刪除，截圖寄給資安組 {thrmail}。如果你已經回覆或給過資料，也請不要擔心，
        盡快告訴我們，越早處理越好，不會因此受到處分。下個月的資安課程會用幾個真實改寫的案例再說明一次。

        資訊安全組 {tname}""",
        ),
    ],
)

F.add(
    "zh6-b-11-family-chat",
    0,
    "family_chat",
    "chat",
    True,
    [
        m("none", "", "妈说体检结果出来了没啥事，你国庆回国吗？"),
        m("none", "", "给二舅转了{amount}先应急，你那份我先垫上，回头再说"),
        m("none", "", "{cousin}婚礼定在{date}，记得微信上跟姑姑说一声"),
    ],
)

F.add(
    "zh6-b-12-family-chat-hk",
    0,
    "family_chat",
    "chat",
    True,
    [
        m("none", "", "阿媽話你{tdate}前會唔會返嚟飲茶，佢好掛住你"),
        m("none", "", "過咗數俾阿爺睇醫生，你唔使擔心，放假先返嚟"),
        m("none", "", "{tcousin}{tdate}擺酒，記得 WhatsApp 覆返姑媽"),
    ],
)

F.add(
    "zh6-b-13-cleared-job-ad",
    0,
    "cleared_job_ad",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        【招聘】{dept}招聘{sector}方向总体设计师2名。要求：硕士及以上，中共党员优先，能通过政审并取得涉密人员资格，
        入职后须遵守保密规定和出国（境）管理规定。待遇面议。请通过单位官网“人才招聘”栏目投递，不接受私人渠道推荐。""",
        ),
        m(
            "none",
            "",
            """
        {company}诚聘{role}（涉密岗位），工作地点西安。岗位需在入职后办理保密资格审查，持因私护照须交单位统一保管。
        年薪{salary}。简历请投 {hrmail}，注明“应聘+姓名”，我们不会通过微信或电话索取任何证件。""",
        ),
        m(
            "none",
            "",
            """
        【職缺】{tcompany}徵{trole}，需具備或可取得安全查核資格，工作涉及國防採購專案。
        薪資{tsalary}，請至公司官網投遞，錄取後需簽署保密協議。本公司不委託任何個人代收履歷。""",
        ),
    ],
)

F.add(
    "zh6-b-14-onboarding-portal-tw",
    0,
    "hr_onboarding",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主旨：【{tcompany}】新進同仁報到須知

        {tname}您好：

        歡迎加入{tcompany}！報到日為{tdate}上午九點，請於報到前三天登入公司人資系統（HR Portal），上傳以下資料：
        身分證正反面、最高學歷證書、存摺封面（薪資轉帳用）以及體檢報告。

        請注意：人資部門不會以 LINE、WeChat 或私人電郵要求您提供證件，也不會要求您先支付任何費用。
        報到當天會簽署聘僱合約與保密協議，如對內容有疑問可先來信詢問。
        上午為新人說明會，下午由部門主管帶您熟悉環境，午餐公司招待，請穿著輕便服裝。

        人力資源部 {tsurname}專員
        {thrmail}　分機 2231""",
        ),
        m(
            "none",
            "",
            """
        主旨：RE: 薪資帳戶與勞健保

        {tname}您好，

        收到您的問題。薪資一律轉入您本人名下的帳戶，無法轉給家人或第三人，請在人資系統裡填寫，不要用電郵寄送帳號。
        勞健保會在報到日起加保；試用期三個月，期間與正式員工同樣適用資安及保密規定。

        另外，您提到家人在{tcity}工作、偶爾會回去探親，這完全沒問題，只要依公司規定事先請假即可，出國不需額外申報。
        年假在試用期滿後依比例給假，若急需請假也可以先使用事假。

        人資 {tsurname}

        > 想請問薪資可以轉到我父母的帳戶嗎？另外出國探親需要報備嗎？""",
        ),
        m(
            "none",
            "",
            """
        主旨：資訊設備領取及帳號開通

        各位新同仁：

        報到當天請至三樓 IT 服務台領取筆電與門禁卡。公司信箱、VPN 及 Teams 帳號將於上午開通，
        第一次登入請立即變更密碼並設定雙重驗證。所有工作資料只能存放於公司雲端，不得使用私人雲端或通訊軟體傳送公司文件。

        若有人自稱 IT 人員透過電話或私人訊息索取您的密碼或驗證碼，請一律拒絕並回報資安組。
        筆電如需安裝其他軟體，請透過內部服務平台申請，不要自行下載。報到第一週還有一堂一小時的資安課，
        時間會另行通知，請務必出席。

        資訊部 {tname}""",
        ),
    ],
)

F.add(
    "zh6-b-15-consultant-invoice",
    0,
    "freelance_gig",
    "email",
    True,
    [
        m(
            "none",
            "",
            """
        {surname}经理您好，附件是{date}为贵司{sector}市场调研项目开具的增值税发票（{invoice}），咨询费{amount}元，
        请按合同约定在30天内转入我司对公账户。调研报告终稿已同步上传到贵司的供应商平台。""",
        ),
        m(
            "none",
            "",
            """
        {sname}你好，上月给{company}做的培训课酬{amount}元还没到账，麻烦帮忙查一下付款进度？
        合同编号和发票{invoice}我都在采购系统里提交过了。""",
        ),
        m(
            "none",
            "",
            """
        {tsurname}小姐您好，附上本月為{tcompany}提供顧問服務的請款單{invoice}，金額{tamount}。
        報告內容均依合約範圍，僅使用貴司提供的資料與公開資訊。款項請匯入本公司登記帳戶，謝謝。""",
        ),
    ],
)

F.add(
    "zh6-b-16-travel-reimbursement",
    0,
    "travel_reimbursement",
    "chat",
    True,
    [
        m("none", "", "{city}出差的机票酒店发票都传到报销系统了吗？外事审批单记得一起附上"),
        m("none", "", "境外补贴按天算，{date}那天转机不算，财务说的"),
        m("none", "", "{tcity}出差嘅酒店收據我 email 咗俾你，幫手交上去報銷"),
    ],
)

F.add(
    "zh6-b-17-alumni-group",
    0,
    "alumni_group",
    "chat",
    True,
    [
        m("none", "", "校友会{date}在{city}聚餐，AA制，接龙报名哈"),
        m("none", "", "有学弟想内推{company}的{role}，简历发我邮箱，我转HR"),
        m("none", "", "回國嘅同學{tweekday}約飲茶，邊個得閒？"),
    ],
)

F.add(
    "zh6-b-18-parents-group-hk",
    0,
    "parents_group",
    "chat",
    True,
    [
        m("none", "", "中文學校{tdate}開放日，家長請喺群入面接龍"),
        m("none", "", "下學期學費已收齊，收據下週派，唔好私下俾錢俾老師"),
        m("none", "", "{tdate}旅行日嘅相我放咗上 WhatsApp 群相簿，大家自己揀"),
    ],
)

F.add(
    "zh6-b-19-paid-lecture-hk",
    0,
    "university_invite",
    "inmail",
    True,
    [
        m(
            "none",
            "",
            """
        {tsurname}教授您好，{tuni}工程學院誠邀您於{tdate}主講公開講座，題目與{tsector}政策相關，全程錄影上載。
        講者酬金{tamount}，並報銷來回交通及一晚酒店，款項由大學財務處直接匯入您的帳戶。""",
        ),
        m(
            "none",
            "",
            """
        {tname}博士，多謝答應嚟{tuni}講課。酬金{tamount}需要你填大學嘅外聘講者表格，
        附上銀行資料，經系統交上去就得，唔好用電郵寄身份證副本。""",
        ),
        m(
            "none",
            "",
            """
        {tsurname}老師您好，{tuni}下學期想邀請您擔任{tsector}課程的客座講師，每月兩次，鐘點費依校方標準。
        課程內容以公開文獻為主，學院會協助辦理您單位所需的兼職許可。""",
        ),
    ],
)

F.add(
    "zh6-b-20-colleague-reports-approach",
    0,
    "colleague_reporting_approach",
    "long_email",
    True,
    [
        m(
            "none",
            "",
            """
        主题：转发：一个可疑的“猎头”消息，请保密办看一下

        李老师：

        下面这条是我昨晚在领英上收到的，对方自称{firm}顾问，说有海外客户想请我写行业报告，报酬很高，
        还一直让我加他微信。我没有回复，也没有加，截图和他的主页链接都在附件里。按培训要求报给您。

        {sname}
        {dept}

        ---------- 转发的消息 ----------
        发件人：{firm} 顾问
        日期：{date}
        “您好，我们的客户非常欣赏您在{sector}领域的经验，想请您写一份分析报告，报酬从优，具体不方便在这里说，
        加我微信 {wxid} 细聊。”""",
        ),
        m(
            "none",
            "",
            """
        主题：RE: 关于外部邀请的报备

        {surname}工，

        收到，谢谢你及时报告。你描述的情况（对方不说客户是谁、要求私下联系、邀请出国见面并承担费用）
        符合我们培训里讲的可疑特征。请不要再回复，也不要删除对话，保留原始记录。
        我们会登记备案，如有需要会找你当面了解一下，不会影响你的正常工作。

        保密办 {sname}

        > {sname}老师，有个自称{tank}研究员的人约我下月去{city}参加闭门会，说机票酒店全包，
        > 还说不用跟单位说，我觉得不太对劲，特此报告。""",
        ),
        m(
            "none",
            "",
            """
        主旨：FW: 可疑邀約（已回報）

        {tname}組長：

        轉寄一封今天收到的信給您過目。對方自稱{tfirm}，說「客戶不便具名」，願意付{tamount}請我寫一份{tsector}市場分析，
        還要我改用私人信箱聯絡。我已依公司規定回報資安組，也沒有提供任何資料。

        順帶一提，同一天我也收到{tnetwork}正式的專家訪談邀請，他們有寫清楚客戶產業和合規聲明，
        那封我會另外依流程申請。

        附件包含原信全文與對方的 LinkedIn 頁面截圖。對方頁面上的公司網址打不開，職稱也跟信上不一樣，
        我想應該不是正派的獵頭。如果需要我配合做紀錄或說明，請再告訴我時間。

        {tsurname}""",
        ),
    ],
)

F.add(
    "zh6-b-21-ordinary-chat",
    0,
    "ordinary_chat",
    "chat",
    False,
    [
        m("none", "", "{weekday}晚上羽毛球几点？我七点半前能到"),
        m("none", "", "楼下新开那家面馆还不错，{weekday}中午一起？叫上{sname}"),
        m("none", "", "今日落大雨，記得帶遮呀"),
    ],
)

F.add(
    "zh6-b-22-project-minutes",
    0,
    "work_email",
    "long_email",
    False,
    [
        m(
            "none",
            "",
            """
        主题：{date}产品周会纪要

        各位：

        今天周会主要内容如下：
        1. 新版App的灰度发布推迟到下周，原因是安卓端登录偶发闪退，{sname}负责跟进，{weekday}前给出修复版本；
        2. 用户调研共回收问卷412份，满意度较上季度略有提升，详细结果见共享盘；
        3. 市场部希望在发布会前拿到最终截图，设计组请在月底前定稿；
        4. 下次周会改到周三上午十点，会议室不变；
        5. 客服反馈最多的问题仍是支付页面加载慢，技术组本周内排查CDN配置；
        6. 新同事小林下周一入职，请大家多带带。

        如有遗漏请直接回复补充。

        {surname}""",
        ),
        m(
            "none",
            "",
            """
        主题：办公室搬迁安排

        大家好，

        公司将于{date}起搬到新办公楼七层，搬迁当天请大家提前把个人物品装箱，纸箱可以在前台领取。
        电脑和显示器由行政统一打包，请在箱子上贴好姓名标签。新工位表已发在群里，有调整需求请在{weekday}前告诉我。
        搬迁后第一周停车位暂时不足，建议大家尽量乘坐地铁。新楼的门禁卡会在搬迁前一天发到各部门，
        旧卡当天下午六点后失效。茶水间和打印机的位置见附件平面图，会议室预约系统会同步更新，有问题随时找我。

        行政部 {sname}""",
        ),
        m(
            "none",
            "",
            """
        主旨：年度旅遊報名

        各位同事：

        今年的員工旅遊定在{tdate}，地點是花蓮兩天一夜，名額六十人，先到先得。
        行程包括太魯閣步道和海邊晚餐，住宿兩人一間，可攜帶一位眷屬，眷屬需自付一半團費。
        請於下週五前到福委會網頁報名，並註明是否素食。
        集合時間為當天早上七點，在公司大門口上車，請勿遲到。若報名後無法參加，請至少提前三天取消，
        以便候補同仁遞補。雨天備案是改去宜蘭，屆時會另行通知。

        福委會 {tname}""",
        ),
    ],
)

F.add(
    "zh6-b-23-bank-and-payroll",
    0,
    "notification",
    "email",
    False,
    [
        m(
            "none",
            "",
            """
        【{bank}】尊敬的客户，您尾号0123的账户于{date}收到代发工资{amount}元，当前可用余额请登录手机银行查询。
        本行不会以任何理由索要您的验证码。""",
        ),
        m(
            "none",
            "",
            """
        【{bank}】您本期信用卡账单已出，本期应还{amount}元，最后还款日为{date}。
        如已还款请忽略本短信。""",
        ),
        m(
            "none",
            "",
            """
        【工資單】{tname}您好，{tdate}薪資已入帳，明細請登入公司人資系統查看。
        如有疑問請洽人資部，分機 2231。""",
        ),
    ],
)

# A suspicious message is "subtle" when its lower-cased text contains none of these stock words:
# app and mail names, handles, "client", fee and money words, "confidential"/"internal",
# "report", police, "return home" and deposits. Overt suspicious messages contain at least one.
TELLTALE = (
    "微信",
    "wechat",
    "weixin",
    "vx",
    "wx",
    "v信",
    "薇信",
    "whatsapp",
    "telegram",
    "纸飞机",
    "紙飛機",
    "signal",
    "line",
    "qq",
    "163",
    "gmail",
    "邮箱",
    "郵箱",
    "信箱",
    "电邮",
    "電郵",
    "@",
    "私訊",
    "客户",
    "客戶",
    "委托",
    "委託",
    "报酬",
    "報酬",
    "酬",
    "费",
    "費",
    "钱",
    "錢",
    "元",
    "佣",
    "$",
    "¥",
    "usd",
    "美元",
    "港币",
    "转账",
    "轉帳",
    "过数",
    "過數",
    "支付宝",
    "礼品卡",
    "禮品卡",
    "购物卡",
    "现金",
    "現金",
    "比特币",
    "加密货币",
    "红包",
    "保密",
    "机密",
    "機密",
    "内部",
    "內部",
    "涉密",
    "秘密",
    "报告",
    "報告",
    "派出所",
    "公安",
    "警察",
    "回国",
    "回國",
    "押金",
)

SUBTLE_FAMILIES = {
    "zh6-s-04-what-is-not-out-yet",
    "zh6-s-05-drafting-group-follow-up",
    "zh6-s-07-a-small-gathering-abroad",
    "zh6-s-08-just-between-us",
    "zh6-s-09-thanks-left-elsewhere",
    "zh6-s-11-letter-from-the-hometown",
    "zh6-s-14-a-quiet-first-approach",
    "zh6-s-15-after-the-review-tw",
}


def telltales(text: str) -> list[str]:
    low = text.lower()
    return [w for w in TELLTALE if w in low]


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE)
    for row in rows:
        row["text"] = tidy(str(row["text"]))
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE_FAMILIES:
            row["subtlety"] = "subtle"
    for row in rows:
        found = telltales(str(row["text"]))
        if row["subtlety"] == "subtle":
            assert not found, (row["id"], found)
        elif row["label"] == 1:
            assert found, row["id"]
    assert len({row["text"] for row in rows}) == len(rows)
    write(rows, OUT)
    summary(rows)


# Characters found only in Traditional spellings (a rough script test, for the summary only).
TRADITIONAL = set(
    "們這個來時為說會嘅係佢喺與對從過還麼點聽謝請覆號碼電郵資訊歡迎機幫專業劃報導啟動聯絡單購買禮費實驗書覺議論關間問題經戶園區嗎讓隊聲網"
)
BANDS = {
    "chat": "chat line",
    "inmail": "InMail / short e-mail",
    "email": "InMail / short e-mail",
    "long_email": "long e-mail",
}


def words(text: str) -> int:
    """Word-equivalents: Han characters / 1.5 (the average length of a Chinese word) + Latin or digit tokens."""
    han = len(re.findall(r"[\u3400-\u9fff]", text))
    return round(han / 1.5 + len(re.findall(r"[A-Za-z0-9$+.,–-]+", text)))


def summary(rows: list[dict[str, object]]) -> None:
    """Print the figures quoted in the module docstring."""
    for label, name in ((1, "suspicious"), (0, "benign")):
        mine = [r for r in rows if r["label"] == label]
        families = {str(r["family"]) for r in mine}
        subtle = {str(r["family"]) for r in mine if r["subtlety"] == "subtle"}
        alike = {str(r["family"]) for r in mine if r["lookalike"]}
        trad = sum(1 for r in mine if TRADITIONAL & set(str(r["text"])))
        print(
            f"{name}: {len(mine)} messages in {len(families)} families; subtle families {len(subtle)} "
            f"({sum(1 for r in mine if r['subtlety'] == 'subtle')} messages); look-alike families {len(alike)} "
            f"({sum(1 for r in mine if r['lookalike'])} messages); Traditional script {trad}"
        )
        for band in dict.fromkeys(BANDS.values()):
            texts = [str(r["text"]) for r in mine if BANDS[str(r["register"])] == band]
            w = [words(t) for t in texts]
            c = [len(t) for t in texts]
            print(
                f"  {band}: {len(texts)}, word-equivalents {min(w)}-{max(w)} (median {statistics.median(w):g}), "
                f"characters {min(c)}-{max(c)} (median {statistics.median(c):g})"
            )


if __name__ == "__main__":
    main()
