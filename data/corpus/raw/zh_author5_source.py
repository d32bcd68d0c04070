"""Chinese training families from a fifth author: regenerates ``zh_author5.jsonl``.

Who and how
-----------
Written by a helper session (an AI assistant) for the recruitscreen project, by hand, template by
template, from the threat description in ``DESIGN.md`` ("The threat it screens for", the funnel, the
categories and the look-alikes) and from what public warnings describe (CSIS, MI5/NPSA "Think Before
You Link", FBI). Its author was blind to the rule packs (``recruitscreen/rules/``), to the rest of the
training corpus (``data/corpus/``; it opened only the shared helper ``template_families.py``), to
``data/dev/`` and to every evaluation set; it never ran the screener on this file. One annotator.

Run it from the repository root::

    .venv/bin/python data/corpus/raw/zh_author5_source.py

It writes ``data/corpus/raw/zh_author5.jsonl`` (deterministic: fixed seeds) and checks the result.

What the families cover
-----------------------
49 families, each in one script (Simplified for mainland usage; Traditional for Hong Kong and Taiwan
usage in 17 families, about a third of the messages), each of four or five templates worded
differently and instantiated twice with slots from ``POOLS_S`` / ``POOLS_T`` (identical results kept
once: 8 to 10 messages per family), plus an opener and a closer drawn from pools shared by both
classes and chosen per script and register, so that an e-mail never starts with "在吗？" and
timestamped chat exports and bank texts get none.

* Suspicious (``zh5-s-NN``), 21 families: a headhunter for clearance holders, evasive app spellings
  (V 信, 薇信, w x, 纸飞机, spaced letters), paid reports for an unnamed client, a handler asking for
  minutes and tender drafts, a "research centre" paying travel to meet the boss abroad, secrecy
  instructions, crypto / gift cards / a relative's card / cash, coercion of diaspora members through
  their family, deposit and task scams, a Taiwanese "HR consultant" for a mainland client, a Hong Kong
  consultancy paying in USDT, a Taiwanese handler after budget drafts, a fake alumni officer. Seven
  of them are **subtle** (``subtlety == "subtle"``): no app or personal-mail name, no client, no fee,
  amount or payment word, no 保密/机密/内部 — the intent shows only in what is asked (process yields,
  review-panel scores, lab access, a trip "without the unit's paperwork", a mother questioned at home).
* Benign (``zh5-b-NN``), 28 families, 26 of them hard look-alikes that use the same words honestly
  (加我微信, 客户, 老板那边, 辛苦费, 内部, 报告, 回国, 来上海见面, 别跟单位说, 纸飞机): genuine
  recruiters and headhunters who name the firm and move to e-mail or phone, expert networks that name
  themselves and refuse confidential information, paid university talks and think-tank reviews,
  clearance job ads, security notices quoting the warning signs, family and friends chats on WeChat /
  WhatsApp, colleagues moving to 企业微信 / 钉钉 / Teams / Slack, travel reimbursements, parents' and
  alumni groups, a journalist on the record, a conference organiser, a think tank commissioning a
  signed paper, HR onboarding, bank and payroll texts; and two plain chats.

About 457 messages, 45% suspicious; the three registers (``chat``, ``inmail``, ``email``) are mixed in
the same proportions in both classes (about 44%, 23%, 33%). The script refuses to write a file whose
families leave their script, whose subtle families contain a stock word (``STOCK_WORDS``), whose
family sizes leave 8 to 12 or whose class balance leaves 42% to 48%.

Fields as in ``template_families.build``. ``stage`` is the step the message mainly performs, as in the
recent blind sets: ``contact``, ``pivot``, ``paid_task``, ``elicitation``, ``meeting``, ``secrecy``,
``payment``, ``coercion``, ``job_scam``; ``none`` for benign messages. Every name, firm, institute,
handle, address and number is invented (``example`` domains or handles, ``+86 138 0000 00xx``,
``+852 5000 01xx``, ``+886 900 000 0xx``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 5205
PER_TEMPLATE = 2
OUT = Path(__file__).resolve().parent / "zh_author5.jsonl"

# Slot pools, one per script; both hold the same keys.
POOLS_S: dict[str, list[str]] = {
    "name": ["周子航", "林悦", "陈思远", "黄晓萌", "赵一鸣", "孙雅婷", "吴浩然", "郑可欣", "许家豪", "高婧"],
    "sur": ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"],
    "nick": ["小雨", "阿杰", "闺女", "儿子", "宝贝"],
    "sector": ["半导体", "航空发动机", "卫星导航", "大模型", "核电", "5G通信", "雷达", "储能", "芯片设计", "无人机"],
    "role": ["高级工程师", "资深工程师", "技术专家", "项目经理", "系统架构师"],
    "abroad": ["新加坡", "吉隆坡", "曼谷", "迪拜", "东京", "伊斯坦布尔", "日内瓦"],
    "home": ["福清", "温州", "青田", "长乐", "莆田"],
    "city": ["上海", "深圳", "杭州", "北京", "成都"],
    "date": ["下周二", "3月18日", "3月25日", "下周五", "4月初", "11月9日"],
    "time": ["下午三点", "晚上8点", "明天上午10点", "周三中午"],
    "day": ["2024/1/12", "2024/2/3", "2023/12/28", "2024/3/9", "2024/5/20"],
    "amt": ["3000", "5000", "8000", "12000", "2万"],
    "fee": ["1500", "2000", "3000", "5000"],
    "dep": ["680", "1280", "2999", "980", "1980"],
    "n": ["三", "五", "十"],
    "phone": ["+86 138 0000 0000", "+86 138 0000 0012", "+86 139 0000 0047", "+86 137 0000 0031"],
    "pmail": ["lin_example88@163.com", "hx.example2024@qq.com", "consult.example@163.com", "zh_example_sh@qq.com"],
    "handle": ["zhang_consult88", "research_lin24", "hx_example", "kevin_example_sh", "mia_example_hk"],
    "len": ["两三页", "五千字左右", "十页以内", "三千字"],
    "tail": ["0123", "4406", "7719", "2058"],
    "chan": ["proj-atlas", "team-rf", "sales-apac"],
}
POOLS_T: dict[str, list[str]] = {
    "name": ["陳冠宇", "林怡君", "張家瑋", "黃詩涵", "吳承翰", "蔡佩珊", "李俊傑", "鄭雅文"],
    "sur": ["王", "李", "張", "劉", "陳", "楊", "趙", "黃", "周", "吳", "林", "蔡", "許", "鄭"],
    "nick": ["明", "欣", "仔", "晴"],
    "sector": ["半導體", "航太", "衛星通訊", "AI晶片", "核能", "5G通訊", "雷達", "無人機", "先進封裝"],
    "role": ["資深工程師", "技術經理", "專案經理", "研發主管"],
    "abroad": ["新加坡", "吉隆坡", "曼谷", "杜拜", "東京", "澳門", "深圳"],
    "home": ["廣州", "福州", "汕頭"],
    "city": ["台北", "新竹", "台中", "高雄", "香港"],
    "date": ["下週二", "3月18日", "3月25日", "下週五", "4月初", "11月9日"],
    "time": ["下午三點", "晚上八點", "明天上午十點", "週三中午"],
    "day": ["2024/1/12", "2024/2/3", "2023/12/28", "2024/3/9", "2024/5/20"],
    "amt": ["HK$8,000", "新台幣3萬元", "2,000美元", "HK$15,000", "新台幣5萬元"],
    "fee": ["HK$3,000", "新台幣6,000元", "HK$2,500", "新台幣8,000元"],
    "dep": ["NT$1,980", "HK$680", "NT$3,000"],
    "n": ["三", "五", "十"],
    "phone": ["+852 5000 0123", "+852 5000 0147", "+886 900 000 012", "+852 5000 0188"],
    "pmail": ["chan.example@gmail.com", "kw_example88@gmail.com", "hk.consult.example@outlook.com"],
    "handle": ["zhang_consult88", "research_lin24", "hx_example", "kevin_example_sh", "mia_example_hk"],
    "len": ["兩三頁", "五千字左右", "十頁以內", "三千字"],
    "tail": ["0123", "4406", "7719", "2058"],
    "chan": ["proj-atlas", "team-rf", "sales-apac"],
}

# Openers and closers shared by both classes, per script and register ("export" = timestamped chat lines).
OPENERS: dict[tuple[str, str], list[str]] = {
    ("S", "chat"): ["", "", "", "在吗？", "哈喽，", "诶，", "打扰一下，"],
    ("T", "chat"): ["", "", "", "在嗎？", "哈囉，", "欸，", "不好意思打擾一下，"],
    ("S", "inmail"): ["", "", "", "Hi～\n"],
    ("T", "inmail"): ["", "", "", "Hi～\n"],
    ("S", "email"): [""],
    ("T", "email"): [""],
    ("S", "export"): [""],
    ("T", "export"): [""],
}
CLOSERS: dict[tuple[str, str], list[str]] = {
    ("S", "chat"): ["", "", "", " 回头聊", "～", "\n（语音转文字，可能有错字）"],
    ("T", "chat"): ["", "", "", " 再聊", "～", " 🙏"],
    ("S", "inmail"): ["", "", "\n\n期待您的回复。", "\n\n祝工作顺利！", "\n\n谢谢"],
    ("T", "inmail"): ["", "", "\n\n期待您的回覆。", "\n\n祝工作順利！", "\n\n謝謝"],
    ("S", "email"): ["", "", "\n\n发自我的iPhone", "\n\n发自我的华为手机"],
    ("T", "email"): ["", "", "\n\n從我的iPhone傳送", "\n\n寄自我的手機"],
    ("S", "export"): [""],
    ("T", "export"): [""],
}

TRADITIONAL: set[str] = set()  # family ids written in Traditional characters
EXPORTS: set[str] = set()  # family ids with no opener or closer: timestamped chat exports, bank texts
SUBTLE: set[str] = set()  # suspicious families with no telltale word at all

F = Families()


def fam(family: str, label: int, kind: str, register: str, lookalike: bool, templates: list[tuple[str, str, str]],
        *, trad: bool = False, export: bool = False, subtle: bool = False) -> None:
    """Add a family and note its script, its opener style and whether it is subtle."""
    F.add(family, label, kind, register, lookalike, templates)
    if trad:
        TRADITIONAL.add(family)
    if export:
        EXPORTS.add(family)
    if subtle:
        SUBTLE.add(family)


# ---------------------------------------------------------------- suspicious, Simplified

fam("zh5-s-01-headhunter-clearance", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "{name}您好，我是做军工和航天方向的猎头。看到您在{sector}领域做了好几年，应该接触过涉密型号吧？"
     "我这边有个海外客户在找懂国内研制流程的人，不用跳槽，兼职顾问的形式，待遇很好谈。"),
    ("pivot", "off_platform credential_targeting",
     "领英这边的消息我不常看，方便的话加我微信 {phone}（手机同号），备注{sur}。"
     "对了，您现在保密资格证还在有效期吧？这个对客户很重要。"),
    ("pivot", "off_platform vague_client",
     "客户不方便在平台上透露名字，您理解一下哈。咱们转到微信聊，细节我在那边跟您说，V信就是手机号{phone}。"),
    ("contact", "credential_targeting paid_task vague_client",
     "冒昧打扰。我们在帮一家咨询机构物色{sector}方向的资深专家：在国家级院所或总体单位工作过、"
     "过了政审的优先。形式是每月写一篇行业观察，按篇结算，{fee}元起步。"),
    ("pivot", "off_platform secrecy",
     "看您没回，再跟进一下～平台上不太方便展开，加个vx吧，号就是{handle}。这事先不用跟你们单位HR提，谈成了再说也不迟。"),
])

fam("zh5-s-02-obfuscated-pivot", 1, "obfuscated_pivot", "chat", False, [
    ("pivot", "off_platform", "这边说话不方便，加我 V 信：{handle}，通过了我把详细的发你。"),
    ("pivot", "off_platform vague_client", "老板那边只用纸飞机，你下一个，搜 @{handle} 就行，具体的别在这里聊。"),
    ("pivot", "off_platform secrecy", "薇信 {handle}，加的时候备注“学术交流”，咱俩聊的内容别截图哈。"),
    ("pivot", "off_platform paid_task", "资料我不在这发。w x 搜 {handle}，报告要求和辛苦费都在那边说。"),
    ("pivot", "off_platform", "这号容易被封，换个地方：T e l e g r a m 同名 {handle}，或者直接打 {phone}"),
])

fam("zh5-s-03-paid-report", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client",
     "主题：关于{sector}行业研究报告的合作邀请\n\n{sur}老师您好：\n我们是一家为海外客户提供产业咨询的机构。"
     "客户近期关注{sector}的技术路线和国内几家主要单位的布局，想请您写一份{len}的分析报告，辛苦费{amt}元一篇，税后。"
     "不需要署名，也不会公开发表。\n\n{name}\n恒远产业咨询"),
    ("elicitation", "paid_task vague_client sensitive_info unusual_payment",
     "主题：Re: 报告已收到\n\n{sur}老师，\n上一篇客户很满意，说比券商研报有用多了。第二篇想请您重点写写你们单位今年的几个在研课题和进度。"
     "还是老规矩，辛苦费这次打到您给的那张别人名下的卡上，免得走您的工资流水。\n\n{name}"),
    ("paid_task", "paid_task vague_client off_platform",
     "主题：白皮书约稿\n\n您好！客户是一家不方便透露名称的投资方，需要一份关于国内{sector}供应链瓶颈的白皮书，{len}。"
     "您用个人身份写就行，别提单位。稿费{amt}元，交稿三天内结清。\n有意向请回复到个人邮箱 {pmail}。"),
    ("payment", "paid_task unusual_payment",
     "主题：付款方式确认\n\n{sur}工：\n报告的{amt}元已经准备好了。公司账户走不了，给您两个选择：1）USDT转到您的钱包；"
     "2）现金，下次见面当面给。您看哪种方便？\n{name}"),
])

fam("zh5-s-04-handler-minutes", 1, "handler_followup", "email", False, [
    ("elicitation", "sensitive_info paid_task",
     "主题：上次聊的事\n\n{sur}兄：\n上回你说的那个{sector}项目评审会，纪要能不能发我一份？涉密的部分不用，"
     "内部讨论的那些就行。辛苦费照旧。\n{name}"),
    ("elicitation", "sensitive_info vague_client",
     "主题：再请教一个问题\n\n{sur}工，客户那边对你们下一批招标的技术指标很感兴趣，公告出来之前的草稿有没有可能看一眼？大概方向就行。\n谢谢\n{name}"),
    ("elicitation", "sensitive_info secrecy off_platform",
     "主题：（无主题）\n\n拍照就行，别扫描，扫描件会留记录。只要目录和第三章。发到我私人邮箱 {pmail}，千万别用你们单位邮箱。"),
    ("elicitation", "sensitive_info paid_task unusual_payment",
     "主题：Re: Re: 材料\n\n收到了，谢谢。第二部分的数据好像是旧版，能找到最新的内部版吗？这次老板那边说加一倍，{amt}元，还是打你表弟那个账户？\n{name}"),
    ("elicitation", "sensitive_info credential_targeting",
     "主题：名单\n\n{sur}老师，你们所里参加{sector}专项的那几位，方便的话把名字、职务和分工列一下给我，"
     "我们想看看以后能不能也请他们写点东西。\n{name}"),
])

fam("zh5-s-05-think-tank-trip", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting vague_client paid_task",
     "主题：诚邀参加闭门交流会\n\n{sur}先生/女士：\n本中心拟于{date}在{abroad}举办一场小范围的{sector}政策闭门交流，"
     "诚邀您作为特邀嘉宾。往返机票和酒店由主办方承担，另有出席费。届时一位合作方领导也会到场，希望能和您单独聊聊。\n\n"
     "东亚战略发展研究中心\n{name}"),
    ("meeting", "client_meeting secrecy",
     "主题：行程安排\n\n{sur}老师，机票已经帮您订好了。用因私护照出行就行，不用走单位外事审批，就当去旅游。"
     "落地后有人接，晚上和老板吃个饭。\n{name}"),
    ("meeting", "client_meeting paid_task unusual_payment",
     "主题：关于下周见面\n\n您好，领导这次专程从{abroad}过来，想当面听您讲讲{sector}的情况。讲一个下午，现金{amt}元当场给。"
     "地点在{city}，酒店房间我们来订。\n{name}"),
    ("meeting", "client_meeting vague_client off_platform",
     "主题：视频会议安排\n\n{sur}老师，合作方希望先视频见个面，不用Zoom，用微信视频就行。"
     "他们是做{sector}投资的，名字暂时不便透露，见了面自然就知道了。\n{name}"),
    ("meeting", "client_meeting sensitive_info",
     "主题：见面时请带上\n\n{sur}老师，下周在{abroad}见面的时候，麻烦把上次提到的那份内部规划的纸质版带上，别放托运行李里。其他不用准备。\n{name}"),
])

fam("zh5-s-06-secrecy-handler", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "[{day} 23:11] {sur}总：这个事别跟单位说，也别跟你爱人说，知道的人越少越好\n[{day} 23:12] {sur}总：你就当帮朋友一个忙"),
    ("secrecy", "secrecy off_platform",
     "[{day} 21:40] {sur}总：以后联系用这个新号 {phone}，单位发的手机别装微信\n[{day} 21:41] {sur}总：聊完记得把记录删了"),
    ("secrecy", "secrecy vague_client",
     "[{day} 22:05] {sur}总：老板那边是谁你就别问了，问多了对你没好出\n[{day} 22:06] {sur}总：东西到了就行，其他的我来处理"),
    ("secrecy", "secrecy client_meeting",
     "[{day} 20:17] {sur}总：出去那几天就跟单位说去{abroad}看孩子，别提见面的事\n[{day} 20:19] {sur}总：回来要是有人问，就说一直在酒店"),
    ("secrecy", "secrecy paid_task",
     "[{day} 19:02] {sur}总：报告写完别存单位电脑，用自己的U盘，发我以后就删\n[{day} 19:03] {sur}总：年底填政审表的时候，这事一个字别提"),
], export=True)

fam("zh5-s-07-odd-payment", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment", "这次的{amt}给你换成USDT了，钱包地址发我一下，比走银行干净。"),
    ("payment", "unusual_payment secrecy", "钱别打你自己卡上。打你爸妈的卡，或者你表妹的都行，单位查流水查不到。"),
    ("payment", "unusual_payment paid_task", "上次那份材料的辛苦费，给你买了{n}张京东卡，卡密我截图发你，自己去兑。"),
    ("payment", "unusual_payment client_meeting", "下周来上海见面，{amt}现金我带过去，装信封给你，不留转账记录。"),
    ("payment", "unusual_payment vague_client", "老板说这次从香港那边的公司走账，备注写“咨询服务”，你收到了别问是哪家。"),
])

fam("zh5-s-08-coercion-police", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "{name}，我是你老家{home}派出所的。你在国外的情况我们都了解，劝你尽快回国把问题说清楚，对你、对你家里人都好。"),
    ("coercion", "coercion off_platform",
     "加一下微信，我们要跟你视频核实几个情况。你不配合的话，你爸妈的退休金、你弟弟的工作，都可能受影响。"),
    ("coercion", "coercion", "你妈昨天又来所里了，哭了一上午。她让我转告你：早点回来，别让家里人跟着受罪。"),
    ("coercion", "coercion sensitive_info",
     "你们那边那个{home}同乡会，谁组织活动、谁跟外面的媒体有联系，你留意一下，每个月跟我们说说。这样你家里的事我们也好帮你说话。"),
    ("coercion", "coercion secrecy", "这事别跟你们那边的警察说，也别发到网上。你一个人在外面，家里还有人呢，自己想清楚。"),
])

fam("zh5-s-09-deposit-scam", 1, "job_scam", "inmail", False, [
    ("job_scam", "job_scam",
     "恭喜您通过初筛！我司{sector}项目远程岗位，月薪2-3万，免面试。入职前需缴纳{dep}元培训资料费和保证金，转正后全额退还。"),
    ("pivot", "job_scam off_platform",
     "{sur}先生您好，简历已收到。后续流程请加HR微信 {phone} 办理，线上签约后先支付工牌和设备压金{dep}元。"),
    ("job_scam", "job_scam unusual_payment",
     "名额只剩最后两个。押金请用支付宝转到我们财务的个人账户，或者买等值的礼品卡把卡号发过来，今晚12点前有效。"),
    ("pivot", "job_scam off_platform",
     "为了方便发offer，请用您的个人QQ邮箱或163邮箱回复，不要用公司邮箱，我们系统会拦截。"),
    ("job_scam", "job_scam",
     "{sur}先生您好，背调需要您提供身份证正反面、银行卡号和手机验证码，用于代发第一个月的安家费{amt}元。"),
])

fam("zh5-s-10-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam",
     "[{day} 10:21] 客服小美：宝子在家兼职吗？给商家点赞关注，一单3元，一天轻松两三百，日结不拖\n[{day} 10:22] 客服小美：不需要任何经验哦"),
    ("job_scam", "job_scam off_platform",
     "[{day} 10:35] 客服小美：先下个App，然后进任务群，群在纸飞机上，搜 @{handle}\n[{day} 10:36] 客服小美：进群报我名字，导师会带你"),
    ("job_scam", "job_scam unusual_payment",
     "[{day} 14:02] 导师阿峰：前三单都完成了，佣金已到账👍\n[{day} 14:03] 导师阿峰：第四单是联单，要先垫付{dep}元，做完本金加佣金一起返"),
    ("job_scam", "job_scam unusual_payment",
     "[{day} 16:48] 导师阿峰：系统检测到你操作失误，账户冻结了\n[{day} 16:49] 导师阿峰：要再充{dep}元才能解冻提现，别慌，很多人都遇到过"),
    ("job_scam", "job_scam secrecy",
     "[{day} 17:30] 导师阿峰：这个副业别跟家里人说，他们不懂，做满一个月就能提现{amt}了"),
], export=True)

fam("zh5-s-11-subtle-fab-questions", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info",
     "主题：请教几个工艺问题\n\n{sur}工您好：\n我在做一个关于国内芯片制造产能的研究，公开资料基本都看完了。想请教一下：你们产线现在28纳米以下的良率大概多少？"
     "下一代工艺的试产排在哪个季度？不用精确数字，给个区间就行。\n\n{name}"),
    ("elicitation", "sensitive_info",
     "主题：Re: 请教几个工艺问题\n\n谢谢{sur}工的回复，很有帮助。还想再问一句：你们设备的国产替代清单里，哪几台最难替，目前卡在哪家供应商？"
     "外面的说法都不一样，想听听一线的判断。\n{name}"),
    ("elicitation", "sensitive_info credential_targeting",
     "主题：明年的规划\n\n{sur}老师，听说你们所明年的规划已经报上去了，里面{sector}那块大概几个项目、量级多大，您方便的时候能不能大致说说？"
     "您参加了评审，应该是最清楚的。\n{name}"),
    ("elicitation", "sensitive_info",
     "主题：一个小问题\n\n{sur}工，冒昧再问一下，你们正在谈的那个出口许可，现在审批到哪一步了？我们只是想判断一下下半年的节奏。\n{name}"),
    ("elicitation", "sensitive_info credential_targeting",
     "主题：关于周四的评审会\n\n{sur}老师，周四那个专家评审会您也去了吧？会上几家方案的打分和意见，能跟我讲讲吗？我整理完先给您过目，不会写出处。\n{name}"),
], subtle=True)

fam("zh5-s-12-subtle-credential-contact", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting",
     "{name}您好，看到您的履历，在{sector}总体单位做了八年，参加过好几个重点型号。我在做一个人才研究，"
     "想了解一下您现在还在原单位吗？进出研制现场的权限还保留着吧？"),
    ("contact", "credential_targeting",
     "您好，我们在整理国内{sector}领域的专家图谱。看您之前在某研究院，请问您所在的室主要负责哪个分系统？现在的直接领导是哪位？"),
    ("contact", "credential_targeting",
     "{sur}老师好，注意到您最近把主页上的单位改成了“某研究所”，是单位有要求吗？您现在还能接触到一线的试验数据吗？"),
    ("contact", "credential_targeting",
     "您好！我们对有{sector}一线背景、又通过过政审的工程师特别感兴趣。不知道您近期有没有换方向的打算，或者先交个朋友，业余时间聊聊？"),
    ("contact", "credential_targeting",
     "看到您和{name}以前是同事，我们之前也聊过。您那个组现在还有几个人？听说最近调了一批人去新基地，您也过去了吗？"),
], subtle=True)

fam("zh5-s-13-subtle-meeting", 1, "subtle_approach", "chat", False, [
    ("meeting", "client_meeting",
     "{date}我们在{abroad}有个小聚会，都是做{sector}的朋友，想请你过来坐坐。机票酒店这边订好，你人过来就行。"),
    ("meeting", "client_meeting secrecy",
     "去{abroad}的行程就不用走单位报备那一套了，周五请个假，周一就回来，就当出去散散心。"),
    ("meeting", "client_meeting",
     "我们领导很欣赏你上次说的那些，这次特意从外地过来，想跟你当面再聊聊。来上海见面吧，地方我定，你到了给我打电话。"),
    ("meeting", "client_meeting secrecy",
     "护照用你自己那本，别用公务的。到了{abroad}我去接你，有几位朋友想认识你。"),
    ("meeting", "client_meeting sensitive_info", "{date}见面的时候，上次说的那几页纸带上，打印出来就好，别存手机里。"),
], subtle=True)

fam("zh5-s-14-subtle-quiet-channel", 1, "handler_followup", "chat", False, [
    ("pivot", "off_platform", "这个号以后少用，换个号码跟我联系，新号我{time}发你。"),
    ("secrecy", "secrecy", "你们单位那台电脑以后别登我这边的任何东西。家里另外买个旧手机，专门跟我联系。"),
    ("secrecy", "secrecy", "上次去{city}那件事，你爱人要是问起来，就说是老同学聚会，别的不用多说。"),
    ("secrecy", "secrecy off_platform", "聊完把记录清一下，我这边也清。下次打{phone}，号码别存名字。"),
    ("elicitation", "sensitive_info", "你们单位{date}要是开会讲新规定，回来跟我说说都讲了什么，特别是出国审批那一块。"),
], subtle=True)

# ---------------------------------------------------------------- suspicious, Traditional

fam("zh5-s-15-subtle-coercion-hk", 1, "coercion", "chat", False, [
    ("coercion", "coercion", "{name}，你阿媽今日又俾人叫咗去問話，佢年紀大，頂唔順。你自己返嚟講清楚，大家都好過。"),
    ("coercion", "coercion", "你在外面做什麼我們都知道，包括上個月你去的那個集會。你家裡人還在{home}，自己想想。"),
    ("coercion", "coercion", "你弟弟的公務員面試本來好好的，現在卡住了。你說是為什麼？早點回來，很多事都好辦。"),
    ("coercion", "coercion sensitive_info",
     "不用你做什麼大事，就是那邊的同鄉會、教會，誰常去、誰跟記者有來往，有空跟我講講。你媽那邊我幫你照應。"),
    ("coercion", "coercion", "你的護照快到期了吧？續期的時候會有人找你談。與其到時候被動，不如{date}前自己主動回來。"),
], trad=True, subtle=True)

fam("zh5-s-16-tw-recruiter-mainland", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "{name}您好，我是人資顧問，看到您在{sector}大廠負責製程整合。我們有一位大陸客戶正在找台灣資深工程師，"
     "年薪是現職的兩到三倍，公司名稱要等面談時才能透露。"),
    ("pivot", "off_platform", "LinkedIn訊息比較不方便，可以加個LINE或微信嗎？ID：{handle}，我把職缺細節傳給您。"),
    ("pivot", "off_platform credential_targeting",
     "再跟進一下～客戶特別希望候選人目前還在職，能接觸到最新製程的資料。細節用Telegram聊比較方便，帳號 @{handle}。"),
    ("contact", "credential_targeting secrecy vague_client",
     "{sur}先生，這個案子比較敏感，請先不要跟您主管或公司HR提。客戶只想跟還在職的人談，離職了就沒意義了。"),
    ("contact", "credential_targeting paid_task vague_client",
     "如果暫時不考慮換工作也沒關係，客戶也接受兼職顧問，每月寫一份{sector}技術觀察，報酬{amt}，匯到您指定的帳戶。"),
], trad=True)

fam("zh5-s-17-hk-whitepaper-usdt", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client",
     "主旨：白皮書撰寫邀請\n\n{sur}博士您好：\n本公司為香港一家策略顧問公司，受一位不便具名的客戶委託，"
     "希望邀請您撰寫一份關於{sector}產業政策的白皮書，約{len}，稿酬{amt}。\n\n{name}\n恆信策略顧問有限公司"),
    ("payment", "paid_task unusual_payment",
     "主旨：Re: 稿酬支付\n\n{sur}博士，因客戶要求，稿酬將以USDT支付，或轉入您在香港或澳門的個人帳戶，請提供錢包地址。\n{name}"),
    ("elicitation", "paid_task sensitive_info vague_client",
     "主旨：第二份報告方向\n\n客戶對第一份報告評價很高。下一份希望深入一些，特別是貴單位內部尚未公布的評估結論，以及明年預算的分配。稿酬可以加倍。\n{name}"),
    ("pivot", "paid_task secrecy off_platform",
     "主旨：溝通方式\n\n為保障雙方，之後請勿用公司郵箱聯繫，改用{pmail}，或Signal：{phone}。合作內容請勿向任職機構申報。\n{name}"),
    ("meeting", "client_meeting vague_client paid_task",
     "主旨：客戶想當面致謝\n\n{sur}博士，客戶{date}在{abroad}，想當面請您吃頓飯，順便聊聊下一階段的合作。機票住宿由我們負責，另外準備了一份出席酬勞。\n{name}"),
], trad=True)

fam("zh5-s-18-tw-handler-budget", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info paid_task",
     "上次那份會議簡報很有用，老闆那邊很滿意。下次如果有內部的評估報告，也幫我拍幾張，辛苦費照舊。"),
    ("elicitation", "sensitive_info", "你們部門最近不是在討論{sector}的採購案嗎？得標廠商公告之前，能先透露一下名單嗎？"),
    ("meeting", "client_meeting sensitive_info",
     "{date}我在{abroad}，你過來一趟吧，機票我出。那份國防預算草案的重點記在腦子裡就好，不用帶紙本。"),
    ("payment", "unusual_payment", "這次給你的{amt}，我叫人現金送到你家樓下，不用匯款，比較乾淨。"),
    ("elicitation", "sensitive_info secrecy", "你們長官下個月的出訪行程定了嗎？去哪幾國、跟誰見面，知道的話告訴我，這事別跟別人講。"),
], trad=True)

fam("zh5-s-19-subtle-procurement-tw", 1, "subtle_approach", "email", False, [
    ("paid_task", "paid_task sensitive_info",
     "主旨：想請您幫個忙\n\n{sur}先生您好：\n上次聊得很愉快。想請您幫忙整理一下貴單位今年幾個{sector}採購案的規格和時程，"
     "寫個兩三頁就好，格式不拘。下次見面時再當面謝謝您。\n{name}"),
    ("paid_task", "paid_task sensitive_info",
     "主旨：Re: 想請您幫個忙\n\n收到了，寫得很清楚，謝謝！我朋友想再看看另一部分：下一期計畫的評選標準，還有今年哪幾家廠商入圍。"
     "一樣寫個摘要就好，我一定好好答謝。\n{name}"),
    ("elicitation", "sensitive_info",
     "主旨：一點好奇\n\n{sur}先生，你們所裡新來的那位主任，聽說之前在國防部門？他對明年的方向有什麼想法？開會時提到哪些優先項目？\n{name}"),
    ("paid_task", "paid_task sensitive_info",
     "主旨：下一篇\n\n這次想請您寫寫貴單位跟國外合作單位的往來：有哪些合作、誰在負責、明年會不會擴大。用您自己的話寫，不必附任何文件。\n{name}"),
    ("meeting", "client_meeting sensitive_info",
     "主旨：下月見面\n\n{sur}先生，我下個月會到{abroad}開會，如果您也方便過來，我們一起吃個飯，把上次那份摘要的後半段當面談完。行程我來安排。\n{name}"),
], trad=True, subtle=True)

fam("zh5-s-20-fake-alumni", 1, "fake_alumni", "email", False, [
    ("contact", "credential_targeting vague_client paid_task",
     "主旨：校友交流邀請\n\n{sur}學長您好，我是校友會海外分會的{name}。我們正在為一位校友企業家物色在{sector}單位服務的校友，"
     "擔任兼任顧問，報酬從優。不知學長是否方便聊聊？"),
    ("pivot", "off_platform",
     "主旨：Re: 校友交流邀請\n\n謝謝學長回覆！Email往返比較慢，我們校友都在Telegram群組聯絡，方便的話加我 @{handle}，我拉您進群。\n{name}"),
    ("paid_task", "paid_task vague_client secrecy",
     "主旨：小型座談\n\n學長，那位企業家想請您寫一份兩頁的說明，談談貴單位{sector}計畫的進展，酬勞{amt}。這是校友之間的私人交流，不需要跟單位報備。"),
    ("meeting", "client_meeting vague_client",
     "主旨：年會邀請\n\n學長，今年校友年會在{abroad}，來回機票與住宿都由那位企業家贊助。他很想跟您單獨見一面。\n{name}"),
    ("payment", "unusual_payment",
     "主旨：酬勞事宜\n\n學長，上次說的酬勞，企業家那邊建議轉到您家人名下的帳戶，或者直接用比特幣，您看哪個方便，回信告訴我就行。\n{name}"),
], trad=True)

fam("zh5-s-21-subtle-lab-access", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting",
     "{name}您好，看到您在{sector}相關的研究中心任職。我們在研究台灣研究人員的職涯發展，想請問您目前還能進出實驗室和測試場嗎？"
     "參與的計畫是國科會的，還是國防部門的？"),
    ("contact", "credential_targeting",
     "您好，您之前論文作者欄寫的是某研究院，後來好像換掉了？是因為計畫性質的關係嗎？您現在還在那個團隊嗎？"),
    ("contact", "credential_targeting sensitive_info",
     "{sur}研究員您好，很敬佩貴團隊在{sector}上的進展。想請教一下，你們目前的測試平台是自己開發的嗎？合作的軍方單位是哪一個？"),
    ("contact", "credential_targeting",
     "您好！想認識一些通過安全查核、在{sector}單位待過的朋友，單純交流。請問您現在還在職，還是已經轉到民間了？"),
    ("contact", "credential_targeting",
     "{sur}博士您好，我們在整理{sector}領域的人才名單。請問您所在的實驗室，目前有幾位能進管制區？您本人也是其中之一嗎？"),
], trad=True, subtle=True)

# ---------------------------------------------------------------- benign, Simplified

fam("zh5-b-01-recruiter-to-phone", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "{name}您好，我是星衡微电子的招聘经理。我们上海研发中心在招一位{role}（数字验证方向），JD附后。"
     "如果您有兴趣，方便留个邮箱或电话吗？我们约个20分钟的电话初聊。"),
    ("none", "",
     "感谢回复！职位说明已经发到您邮箱了，薪资范围也写在里面。{time}方便电话吗？我的号码是{phone}，也可以打公司总机转我分机。"),
    ("none", "",
     "{sur}先生，补充一下：面试是两轮技术面加一轮HR面，都在线上；终面如果需要来上海，往返高铁和一晚酒店公司按标准报销，发票交给我就行。"),
    ("none", "",
     "您好，提醒一下：我们是正规用人单位，整个流程不收任何费用。后续会从我的公司邮箱 hr.recruit@xinheng-micro.example.com 联系您，请注意辨别。"),
    ("none", "",
     "{name}，看到您加了我微信，那我就不在领英上重复发了。公司名称、岗位和面试官都写在刚才那封邮件里，薪资细节我们{time}电话里说。"),
])

fam("zh5-b-03-headhunter-wechat", 0, "genuine_headhunter", "chat", True, [
    ("none", "",
     "{sur}工好，我是锐才咨询的猎头{name}，刚在脉脉上跟您打过招呼。客户是华芯存储（可以说名字），招{role}，base在合肥。方便的话加我微信，我把JD发你。"),
    ("none", "", "您好～微信加上了吗？就是我手机号 {phone}。老板那边这周就要看简历，方便的话{time}前发我一份最新的。"),
    ("none", "", "{sur}工，客户那边反馈了，想约你{date}线上一面，面试官是他们存储控制器部门的总监，你时间OK我就确认了。"),
    ("none", "",
     "提醒一下哈，面试的时候别讲你们现在单位内部的项目细节，客户HR也特别强调过，讲你自己做了什么、用了什么方法就行。"),
    ("none", "",
     "offer谈下来了！具体数字我电话跟你说，书面offer会从客户HR的公司邮箱发过来。我们的服务费是客户付的，你这边一分钱都不用出哈😄"),
])

fam("zh5-b-04-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "{name}您好，我是衡知专家网络的项目经理。我们的一位客户（一家公募基金）想了解{sector}行业的公开发展趋势，"
     "想请您做一次1小时的电话访谈，报酬{fee}元/小时。"),
    ("none", "",
     "补充说明一下：访谈不涉及您现任或前任雇主的任何保密信息、内部数据或未公开信息；问到这些您可以直接拒绝回答，我们的合规同事也会全程在线。"),
    ("none", "",
     "您好，访谈前需要您在衡知平台上完成合规培训、签署专家协议，并确认雇主不禁止此类咨询。如果您在涉密单位任职，我们无法安排这次访谈，敬请谅解。"),
    ("none", "",
     "{sur}老师，电话访谈定在{date}{time}，拨入号码和会议号已发到您邮箱。报酬会在访谈后15个工作日内打到您本人的银行账户，并代扣个税。"),
    ("none", "",
     "感谢您的时间，客户反馈很好！提醒一下：后续联系都请通过我们平台，如果有人以客户名义私下加您微信，请别回复，并告诉我们。"),
])

fam("zh5-b-06-university-talk", 0, "university_talk", "email", True, [
    ("none", "",
     "主题：讲座邀请——{sector}前沿系列\n\n{sur}老师您好：\n我是东江大学电子工程系的{name}。本学期的研究生前沿讲座想邀请您来讲一次，"
     "内容以您已公开发表的工作为主，时长90分钟。学院按规定支付讲课费{fee}元（税前），差旅可报销。\n\n东江大学电子工程系 教学办"),
    ("none", "",
     "主题：Re: 讲座邀请\n\n{sur}老师，太好了！时间就定在{date}下午。您来上海的高铁票和一晚酒店我们报销，请保留好票据。"
     "讲课费需要您提供身份证号和本人银行卡信息，走学校财务系统发放。\n\n{name}"),
    ("none", "",
     "主题：讲座课件\n\n{sur}老师好，课件方便的话提前两天发我，我们打印给学生。如果里面有单位内部或者未公开的内容，麻烦您先删掉，讲座会录像放到学院网站上。\n{name}"),
    ("none", "",
     "主题：报销材料\n\n{sur}老师，讲课费已经发了，报销还差一张酒店发票，拍照发我微信或者邮箱都行，我来贴票。辛苦您了！\n{name}"),
    ("none", "",
     "主题：感谢\n\n{sur}老师，{date}的讲座学生反响很好，好几个同学课后问能不能报考您那边的联合培养。讲座照片已经发在学院公众号上了，链接附后。\n{name}"),
])

fam("zh5-b-08-cleared-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "【招聘】北辰航天技术研究院总体设计部招聘{role}（{sector}方向）：硕士及以上，能通过政审，入职后需办理涉密人员上岗手续。"
     "简历请投递至单位官方邮箱 zhaopin@beichen-space.example.org。"),
    ("none", "",
     "您好，我是北辰航天技术研究院人力资源处的{name}。您的{sector}背景和我们的岗位很匹配。岗位需要通过背景审查，录用后签署保密协议，请知悉。"
     "如有意向，请通过官网招聘系统投递。"),
    ("none", "",
     "{sur}同学你好，你的简历已进入笔试环节。按要求，本岗位需提供近三年出国（境）记录和直系亲属情况，用于政审，请在招聘系统里填写，不要通过私人微信或邮件发送。"),
    ("none", "",
     "温馨提示：本院招聘不收取任何费用，也不会通过个人微信、QQ索要身份证照片或银行卡信息。如有人以本院名义私下联系您，请拨打人事处电话 010-5555-0123 核实。"),
])

fam("zh5-b-10-security-awareness", 0, "security_awareness", "email", True, [
    ("none", "",
     "主题：【保密提醒】警惕以“猎头”“咨询”名义的境外拉拢\n\n各部门同事：\n近期有人冒充猎头、智库研究员，在领英等平台主动联系我院科研人员。"
     "常见手法：很快要求加微信或纸飞机；以“写报告”“辛苦费”为由约稿；让你“别跟单位说”；邀请“来上海见面”或出境见“老板”。"
     "遇到类似情况请立即报告保密办。\n\n院保密办公室"),
    ("none", "",
     "主题：保密教育月：一个案例\n\n某单位工程师小李在网上认识了自称咨询公司的“王经理”，对方先付{amt}元辛苦费请他写公开的行业分析，"
     "后来逐步要求提供内部会议纪要，并用现金和礼品卡支付。最终小李被依法处理。请大家对照自查。\n{name}（保密办）"),
    ("none", "",
     "主题：转发：出国（境）人员安全提示\n\n各位：因公因私出国前请按规定报备。在境外如遇陌生人请吃饭、主动帮你订机票酒店、打听单位内部情况，"
     "请婉拒，并在回国后如实报告。\n——人事处 {name}"),
    ("none", "",
     "主题：本周保密小测验\n\n判断题：有人通过领英联系你，说客户不方便透露名字，愿意付高额报酬，请你用私人邮箱发一份单位的项目清单，还叮嘱别告诉任何人。"
     "这属于正常的猎头接触吗？（答案：不是，请上报）\n保密办 {sur}老师"),
    ("none", "",
     "主题：关于“老家来电施压”的提醒\n\n近期有海外分支的同事反映，有人自称老家派出所，以你家里人安全为由，要求其回国或提供同事信息。"
     "请不要独自处理，及时联系人力资源部和当地警方。\n{name}"),
])

fam("zh5-b-12-family-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{day} 21:03] 妈妈：{nick}，今年过年回国吗？你爸天天念叨\n[{day} 21:05] 妈妈：机票钱妈给你出，别跟你爸说是我出的哈，他又要说我惯着你"),
    ("none", "",
     "[{day} 08:12] 老爸：微信转账收到没？{amt}块，给你交房租的\n[{day} 08:13] 老爸：不够再说，别在外面省着，你家里人都挺好的"),
    ("none", "",
     "[{day} 19:40] 小姨：你表哥下个月出差，你们来上海见面吃个饭吧，他说好久没见你了\n[{day} 19:41] 小姨：地方他定，他单位报销😂"),
    ("none", "",
     "[{day} 22:17] 姐：奶奶住院的事先别跟单位说了吧，请假就说家里有事\n[{day} 22:18] 姐：钱的事你别操心，我和姐夫先垫上"),
    ("none", "",
     "[{day} 10:02] 妈妈：你上次说公司那个内部培训怎么样了？\n[{day} 10:30] 妈妈：报告写不完就明天写，别熬夜，{nick}"),
], export=True)

fam("zh5-b-14-friend-chat", 0, "friend_chat", "chat", True, [
    ("none", "", "兄弟，周六帮我搬家呗，完事请你吃烤肉，辛苦费就是一顿烧烤哈哈"),
    ("none", "", "我换号了，新的是 {phone}，微信还是原来那个，你改下备注。"),
    ("none", "", "你那个纸飞机群里的二手显卡还有吗？我想收一张，{amt}以内都行，当面交易。"),
    ("none", "", "{date}我出差去深圳，来上海见面是不现实了，要不你过来深圳碰个头？酒店我公司报销，可以多订一晚给你住。"),
    ("none", "", "别跟你们单位说我要来哈，不然老{sur}又要拉我喝酒😂 咱俩单独吃个饭就行"),
])

fam("zh5-b-15-coworker-wecom", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "[{day} 14:20] {name}：这个方案文件太大了，别在外部微信群里发，我拉你进企业微信的项目群，内部资料都放那边"),
    ("none", "",
     "[{day} 09:15] {name}：下午那个会改到腾讯会议了，链接在钉钉日程里\n[{day} 09:16] {name}：客户那边也会进，内部讨论的部分我们会前先对一下"),
    ("none", "",
     "[{day} 17:48] {name}：财务说你上月出差报销还差发票，今天能补吗？传到OA上就行，不用发我私人微信"),
    ("none", "",
     "[{day} 11:02] {name}：老板那边要的周报我先写个初稿，你直接在共享文档里改\n[{day} 11:03] {name}：别用个人邮箱转来转去，信息安全部会查"),
    ("none", "", "[{day} 20:31] {name}：明早我请假去医院，有急事打我电话 {phone}，或者Teams上留言"),
], export=True)

fam("zh5-b-17-travel-reimbursement", 0, "reimbursement", "email", True, [
    ("none", "",
     "主题：{date}前提交差旅报销\n\n各位：\n上月去{abroad}参加展会的同事，请在{date}前提交差旅报销单。机票、酒店需附发票和行程单，"
     "境外消费请附信用卡账单和汇率截图。\n财务部 {name}"),
    ("none", "",
     "主题：Re: 报销退回\n\n{sur}工，您的报销单被退回了，原因是酒店发票抬头写错，需要重开。打车费超标准的部分要部门负责人签字说明。\n{name}"),
    ("none", "",
     "主题：关于客户承担差旅费用的说明\n\n{sur}经理，此次赴{abroad}的客户现场验收，按合同由客户承担往返机票和住宿，请勿在公司重复报销，相关邮件请抄送法务备案。\n财务部"),
    ("none", "",
     "主题：报销已到账\n\n您好，您提交的{fee}元差旅费已打入工资卡，请注意查收。如有疑问请在内部系统提交工单，不要通过私人微信找财务人员。\n财务共享中心"),
    ("none", "",
     "主题：境外会议费用预支\n\n{sur}老师，您申请的赴{abroad}开会费用预支已批准。注册费由单位对公支付，机票请通过单位协议旅行社订，回国后一周内凭票据报销。\n科研处"),
])

fam("zh5-b-18-reimbursement-chat", 0, "reimbursement", "chat", True, [
    ("none", "", "{sur}姐，我那张出差的打车发票丢了，能开个情况说名吗？"),
    ("none", "", "报销款{date}打到工资卡了，你看下到没到，没到的话我去查下流水。"),
    ("none", "", "这次加班的餐费和打车都能报，记得备注项目号。辛苦费是按加班时长算在工资里的，不走报销。"),
    ("none", "", "你们上次去{abroad}开会的汇率证明交了吗？财务说没有这个报不了，银行App截个图就行。"),
    ("none", "", "老板说这次请客户吃饭先自己垫，回来拿发票报销，别用个人支付宝直接转给客户哈，财务不认。"),
])

fam("zh5-b-19-parents-group", 0, "parents_group", "chat", True, [
    ("none", "", "各位家长好，本学期班费每人200元，请通过微信群收款转给家委会{sur}妈妈，{date}前交齐，收支明细会在群里公示。"),
    ("none", "", "@所有人 {date}下午亲子运动会，需要几位家长志愿者，辛苦大家了！报名请在群里接龙～"),
    ("none", "", "提醒一下，最近有骗子冒充老师在家长群里发收款码。学校不会通过个人微信收任何费用，看到请先给班主任打电话确认。"),
    ("none", "", "{sur}爸爸您好，孩子的研学旅行是去上海，往返高铁和住宿学校统一安排，费用走学校对公账户，不用转给个人。"),
])

fam("zh5-b-21-conference-invite", 0, "conference_invite", "email", True, [
    ("none", "",
     "主题：第五届{sector}国际研讨会邀请函\n\n尊敬的{sur}教授：\n大会组委会诚邀您在{date}于{abroad}举办的研讨会上作特邀报告。"
     "大会承担您的往返经济舱机票和三晚住宿，报告以已公开成果为准，论文集将公开出版。\n\n组委会秘书处 {name}"),
    ("none", "",
     "主题：签证邀请函\n\n{sur}教授您好，签证邀请函已附上，请按贵单位外事流程办理出国审批。如需补充材料（会议日程、资助说明等），请随时告诉我。\n{name}"),
    ("none", "",
     "主题：会议注册与差旅\n\n{sur}老师，您的注册费已由大会减免。机票请自行预订，会后凭行程单报销，我们在30天内汇入您单位对公账户或本人银行账户，以您填的表格为准。\n{name}"),
    ("none", "",
     "主题：会议微信群\n\n各位报告人好，为方便会务通知，我们建了一个会议微信群，二维码见附件；正式通知仍以邮件为准。{date}上午8点开始签到，会场在国际会议中心二楼。\n会务组"),
    ("none", "",
     "主题：会后致谢\n\n{sur}教授，感谢您的精彩报告！报告视频已上传大会官网。您的差旅报销已提交财务，预计两周内到账。\n{name}"),
])

fam("zh5-b-22-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "主题：入职须知\n\n{name}您好，欢迎加入启明智算！入职当天请带身份证、学历证明和本人工资卡。"
     "入职时需签署劳动合同、保密协议和竞业限制协议，内容请提前阅读附件。\n人力资源部"),
    ("none", "",
     "主题：关于薪酬保密的说明\n\n各位新同事，公司实行薪酬保密制度，请勿在内部群或对外透露本人薪资。入职后请加入企业微信，不要用个人微信处理工作文件。\n人力资源部 {sur}"),
    ("none", "",
     "主题：背景调查授权\n\n{sur}先生，我们委托第三方背调机构联系您的前雇主核实任职信息，只核实职位和在职时间，不会询问任何项目细节。"
     "请签署授权书后回传至 hr@qiming-ai.example.com。\n{name}"),
    ("none", "",
     "主题：提醒：我们不会收取任何费用\n\n您好，近期有人冒充我司HR，以“入职押金”“培训费”名义向候选人收钱。启明智算招聘全程不收费，"
     "所有offer都从 @qiming-ai.example.com 邮箱发出。如有疑问请拨打 {phone}。\n人力资源部"),
])

fam("zh5-b-23-bank-payroll-sms", 0, "bank_notice", "chat", True, [
    ("none", "", "【东岸银行】您尾号{tail}的账户{date}收到代发工资{amt}元。如有疑问请致电官方客服。"),
    ("none", "", "【东岸银行】温馨提示：本行工作人员不会索要短信验证码，不会要求您转账到“安全账户”，请勿出借银行卡（尾号{tail}）。"),
    ("none", "", "【东岸银行】您尾号{tail}的账户发生一笔境外消费，如非本人操作请立即致电客服冻结，勿回复本短信或点击陌生链接。"),
    ("none", "", "【启明智算薪酬组】{date}工资及差旅报销已发放至您的工资卡。公司不会通过礼品卡、虚拟货币或他人账户支付任何款项。"),
], export=True)

fam("zh5-b-24-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "中午去吃那家新开的米线吗？{time}楼下见"),
    ("none", "", "快递帮我拿一下呗，取件码{tail}，放我工位上就行，谢啦"),
    ("none", "", "周报我发群里了，{sur}哥你看下数据对不对"),
    ("none", "", "今晚加班不，我点奶茶，{name}你要啥口味"),
])

fam("zh5-b-27-think-tank-commission", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "主题：约稿：{sector}产业政策评论\n\n{sur}老师您好：\n我是海岳公共政策研究所《政策观察》的编辑{name}。我们下一期的专题是{sector}，"
     "想约您写一篇{len}的署名评论，基于公开资料和您的研究即可，刊出后在官网和公众号发布。稿酬{fee}元，按所里标准发放。\n\n海岳公共政策研究所"),
    ("none", "",
     "主题：Re: 约稿\n\n{sur}老师，非常感谢！补充两点：一是文章会署您的真实姓名和单位，二是请不要引用任何内部文件或未公开数据，"
     "我们的编辑部也会做核查。如需单位审批，我们可以出具约稿函。\n{name}"),
    ("none", "",
     "主题：稿酬发放\n\n{sur}老师您好，稿酬需要您填写劳务费领取表（身份证号、本人银行卡开户行），研究所财务代扣个税后打到您本人账户，一般两周内到账。\n{name}"),
    ("none", "",
     "主题：发布会邀请\n\n{sur}老师，{date}我们在{city}举办专题发布会，想请您作为作者之一上台做10分钟分享，往返交通和一晚住宿研究所承担，发布会全程对媒体开放。\n{name}"),
    ("none", "",
     "主题：校样请确认\n\n{sur}老师，文章校样附后，标红处是编辑改动，麻烦{date}前确认。我们加您微信方便吗？排版细节在微信上沟通会快一些，正式意见还是走邮件。\n{name}"),
])

fam("zh5-b-28-alumni-wechat-group", 0, "alumni_group", "chat", True, [
    ("none", "", "@所有人 {city}校友会{date}晚上聚餐，AA制，人均150左右，报名请在群里接龙，收款由{sur}学长统一用微信群收款。"),
    ("none", "", "有没有在{sector}行业的师兄师姐？我们组在招实习生，内推走公司官网，JD我发群文件里了，有兴趣私聊我。"),
    ("none", "", "{sur}师兄，你上次说回国探亲，要不顺路来上海见面？几个老同学都在，我请客，别跟我抢哈哈"),
    ("none", "", "提醒一下：最近有人冒充校友会拉人进纸飞机群，说写行业报告给辛苦费，校友会从来不搞这种，大家别加。"),
    ("none", "", "{name}师妹，谢谢你帮忙整理校友通讯录，辛苦啦！红包一点心意，请你喝奶茶，别推辞～"),
])

# ---------------------------------------------------------------- benign, Traditional

fam("zh5-b-02-tw-recruiter-phone", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "{name}您好，我是晶耀科技的人才招募專員，目前在找{sector}的{role}，工作地點在新竹。職缺說明在這裡，方便的話可以約個電話聊聊嗎？"),
    ("none", "",
     "謝謝您的回覆！我可以在{time}打給您，會顯示公司總機 {phone}。如果您習慣用Email，也可以寄到 recruit@jingyao.example.com。"),
    ("none", "",
     "補充一下：我們不會在面試前收任何費用，也不會請您提供現職公司的文件。面試時請不要帶任何前公司的保密資料喔。"),
    ("none", "",
     "{sur}先生，我們是替客戶聯昇半導體找人（對方已同意透露名稱），職位是{role}。薪資區間會在第二次面談前以書面提供。"),
    ("none", "",
     "面試時間確定了：{date}下午兩點，在竹科辦公室，停車券請找櫃台。如需改期，回這則訊息或打電話都可以。"),
], trad=True)

fam("zh5-b-05-hk-expert-network", 0, "expert_network", "email", True, [
    ("none", "",
     "主旨：專家訪談邀請（{sector}）\n\n{sur}先生您好：\n我是灣匯專家網絡（香港）的研究助理{name}。我們的客戶是一家投資機構，"
     "希望就{sector}的公開市場格局安排一小時電話諮詢，顧問費為每小時{fee}。\n請注意：我們不會要求、亦不會接受任何機密或非公開資訊。\n\n灣匯專家網絡有限公司"),
    ("none", "",
     "主旨：Re: 專家訪談邀請\n\n{sur}先生，謝謝回覆。安排訪談前，請先完成我們的合規問卷（約5分鐘），確認您與現職公司沒有利益衝突，並同意不透露任何內部資料。\n\n{name}"),
    ("none", "",
     "主旨：訪談確認\n\n{sur}先生，訪談已確認於{date}進行，撥入資料見附件。如客戶問到涉及非公開資訊的問題，請直接拒答，我們的合規主任會全程旁聽。\n\n{name}"),
    ("none", "",
     "主旨：顧問費付款\n\n{sur}先生您好，顧問費已於今日轉帳至您登記的本人銀行帳戶，約2至3個工作天到帳。我們不會以現金、禮品卡或加密貨幣付款。\n\n財務部 {name}"),
], trad=True)

fam("zh5-b-07-tw-think-tank-review", 0, "think_tank_review", "email", True, [
    ("none", "",
     "主旨：審稿邀請：{sector}政策研究報告\n\n{sur}教授您好：\n本院（經略政策研究院）即將出版一份關於{sector}供應鏈的研究報告，擬邀請您擔任外審委員。"
     "審查意見將匿名提供給作者，審稿費{fee}，依本院規定辦理。\n\n{name}"),
    ("none", "",
     "主旨：Re: 審稿邀請\n\n{sur}教授，謝謝您願意協助。報告初稿是尚未公開的版本，請勿轉寄或引用，審查完畢後請刪除檔案；正式版將於{date}公開發布。\n\n{name}"),
    ("none", "",
     "主旨：審稿費領據\n\n{sur}教授您好，審稿費需請您簽署領據並提供本人帳戶資料，我們會依法扣繳，年底寄發扣繳憑單。"
     "若您任職的機關有兼職規定，請先確認是否需要申報。\n{name}"),
    ("none", "",
     "主旨：座談邀請\n\n{sur}教授，報告發表會將於{date}在台北舉行，誠摯邀請您擔任與談人，出席費與高鐵票依本院標準支給。會議全程公開並開放媒體採訪。\n{name}"),
], trad=True)

fam("zh5-b-09-tw-cleared-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "【職缺】長峰國防科技股份有限公司招募{role}（{sector}），須具中華民國國籍、無雙重國籍，錄取後須通過安全查核。請至公司官網投遞履歷。"),
    ("none", "",
     "{name}您好，我是長峰國防科技的招募專員。您應徵的職缺需要安全查核，正式表格會寄到您的Email，請勿透過LINE或其他通訊軟體傳送身分證件。"),
    ("none", "",
     "您好，提醒您{date}面試當天請攜帶身分證正本，廠區內不可攜帶手機。面試不會涉及您前雇主的任何機密資料，請放心。"),
    ("none", "",
     "{sur}先生，恭喜錄取！報到前需填寫安全查核資料（含配偶及直系親屬），人資會在{date}打電話跟您確認細節，來電號碼是 {phone}。"),
], trad=True)

fam("zh5-b-11-tw-security-notice", 0, "security_awareness", "email", True, [
    ("none", "",
     "主旨：【資安宣導】小心假獵頭、真刺探\n\n各位同仁好：\n近來有境外人士假冒獵頭或顧問公司，透過LinkedIn接觸本公司工程師。常見話術："
     "「客戶不方便具名」「寫一份產業報告給你酬勞」「加個微信或Telegram比較方便」「不用跟公司講」。如遇類似情況請通報資安室。\n\n資安室 {name}"),
    ("none", "",
     "主旨：轉知：國安單位提醒\n\n轉知國安單位來函：對方可能以高薪、招待赴陸或第三地旅遊、支付現金或虛擬貨幣等方式拉攏，"
     "並逐步要求提供內部簡報或未公開資訊。同仁如有疑慮，請洽法務處。\n{name}"),
    ("none", "",
     "主旨：社交工程演練結果\n\n上週演練中，有12位同仁回覆了「獵頭」要求私人Email的信件。提醒大家：正規獵頭會說明公司名稱與職缺，不會要您提供公司內部資料。\n資安室 {sur}"),
    ("none", "",
     "主旨：出差安全小提醒\n\n出差前請在系統登記行程；在外如遇陌生人主動邀約飯局、打聽工作內容，或表示可以幫您付旅費，請婉拒，返台後填寫接觸紀錄表。\n人資處 {name}"),
], trad=True)

fam("zh5-b-13-hk-family-whatsapp", 0, "family_chat", "chat", True, [
    ("none", "", "阿{nick}，你幾時返香港？阿嫲成日問起你。機票錢我轉數快俾你，唔使同你老闆講咁多，請幾日假就得。"),
    ("none", "", "WhatsApp唔知點解收唔到相，你用返微信傳俾我睇吓新屋啦，阿{nick}。"),
    ("none", "", "你細佬份工搵到啦，{date}開工。你得閒打個視像返嚟，大家都掛住你。"),
    ("none", "", "我啱啱喺銀行幫你交咗保險，收據影低咗，等陣WhatsApp俾你。唔好話俾你老豆知，佢又話我亂使錢。"),
], trad=True)

fam("zh5-b-16-tw-coworker-slack", 0, "coworker_channel", "chat", True, [
    ("none", "", "這串討論太長了，我們移到Slack的#{chan}頻道吧，內部簡報也放那邊，比較好找。"),
    ("none", "", "{date}的客戶會議改成Teams線上開，連結寄到你公司信箱了。會前我們先花十分鐘對一下內部的報價底線。"),
    ("none", "", "我手機換號碼了，新的是 {phone}，LINE還是同一個帳號，有急事直接打給我。"),
    ("none", "", "簡報第三頁有客戶的未公開數據，外部版本記得拿掉喔，寄出前再請法務看一下。{name}"),
], trad=True)

fam("zh5-b-20-journalist-on-record", 0, "journalist", "inmail", True, [
    ("none", "",
     "{name}您好，我是《灣區財經週刊》的記者，正在寫一篇關於{sector}人才流動的報導，想邀請您接受一次具名採訪，約30分鐘，"
     "電話或面談都可以，刊出前會讓您確認引述。"),
    ("none", "",
     "補充說明：我們不會要求您提供公司內部文件，也不支付採訪費。如果您希望匿名，可以討論，但需經編輯部同意。我的公司信箱是 reporter@wanqu-weekly.example.com。"),
    ("none", "", "{sur}先生，謝謝答應受訪！時間訂在{date}下午，地點在您公司附近的咖啡店，我會帶錄音筆，並先請您簽受訪同意書。"),
    ("none", "", "您好，稿子排在{date}刊出，附上您的引述請再確認一次，需要修改的地方今晚前回覆我即可。"),
    ("none", "",
     "{name}您好，採訪的逐字稿整理好了，已寄到您公司信箱。文中若有您公司內部、不便公開的內容，請標出來，我們會刪掉。"),
], trad=True)

fam("zh5-b-25-tw-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "週末要不要去爬山？天氣好像不錯，{time}捷運站集合"),
    ("none", "", "我到了，在門口等你，{name}你慢慢來沒關西"),
    ("none", "", "簡報第五頁的圖我重畫了，{sur}姐你看看是不是比較清楚"),
    ("none", "", "晚餐訂好了，{date}七點，四位，記得帶傘"),
    ("none", "", "{sur}哥，{time}的會我可能晚十分鐘到，先幫我跟大家說一聲，謝啦"),
], trad=True)

fam("zh5-b-26-tw-alumni-group", 0, "alumni_group", "chat", True, [
    ("none", "", "各位學長姐好，今年系友回娘家訂在{date}，餐費每人500元，請匯到系學會帳戶，當天也可以現場付現。"),
    ("none", "", "@所有人 有學弟在找{sector}的實習，在業界的學長姐方便的話私訊他，內推請走公司官網喔。"),
    ("none", "",
     "提醒大家：最近有人假冒系友會在群組裡找人「寫產業報告領酬勞」，系友會不會發這種訊息，請勿私下加對方LINE或Telegram。"),
    ("none", "", "這次返校座談的講者都是公開報名，講者車馬費由系上支出，需要收據的請找系辦{sur}小姐。"),
], trad=True)


# ---------------------------------------------------------------- build and checks

# Simplified-only and Traditional-only forms of common characters, to keep each family in one script.
_PAIRS = ("们們 这這 说說 会會 时時 为為 对對 发發 个個 请請 过過 还還 没沒 让讓 给給 长長 门門 问問 间間 关關 见見 东東 车車 "
          "从從 专專 业業 学學 国國 么麼 应應 题題 结結 经經 总總 认認 识識 写寫 话話 场場 运運 种種 类類 难難 纪紀 续續 处處 "
          "报報 边邊 现現 机機 开開 样樣 实實 电電 达達 选選 钱錢 费費 际際 级級 线線 组組 协協 议議 谈談 询詢 讯訊 闻聞 "
          "办辦 联聯 资資 网網 务務 单單 贵貴 频頻 谢謝 欢歡 与與 号號 亲親 乡鄉 护護").split()
SIMPLIFIED_ONLY = {p[0] for p in _PAIRS}
TRADITIONAL_ONLY = {p[1] for p in _PAIRS}

# No app, personal mail, client, fee/amount/payment or secrecy word in a subtle family.
STOCK_WORDS = (
    "微信", "V信", "V 信", "vx", "wx", "薇信", "纸飞机", "紙飛機", "WhatsApp", "Telegram", "Signal", "LINE", "QQ", "qq",
    "163", "gmail", "邮箱", "郵箱", "信箱", "Email", "客户", "客戶", "老板", "老闆", "费", "費", "酬", "钱", "錢", "元",
    "付", "转账", "轉帳", "匯", "汇", "红包", "紅包", "USDT", "比特", "礼品卡", "禮品卡", "现金", "現金", "卡密",
    "保密", "机密", "機密", "秘密", "涉密", "内部", "內部", "别跟单位", "別跟", "不要告诉", "不要告訴", "私下", "悄悄",
)


def generate() -> list[dict[str, object]]:
    """Build every family with the openers, closers and pools of its script and register."""
    rows: list[dict[str, object]] = []
    for index, family in enumerate(F):
        family_id, register = family[0], family[3]
        script = "T" if family_id in TRADITIONAL else "S"
        style = "export" if family_id in EXPORTS else register
        pools = POOLS_T if script == "T" else POOLS_S
        built = build([family], pools, OPENERS[(script, style)], CLOSERS[(script, style)], "zh", SEED + index, PER_TEMPLATE)
        for row in built:
            if family_id in SUBTLE:
                row["subtlety"] = "subtle"
        rows.extend(built)
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Refuse a file that breaks the brief: scripts, subtle wording, ids, family sizes, class balance."""
    ids = [str(r["id"]) for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({str(r["text"]) for r in rows}) == len(rows), "duplicate texts"
    sizes = Counter(str(r["family"]) for r in rows)
    assert all(8 <= n <= 12 for n in sizes.values()), sizes
    for row in rows:
        text, family = str(row["text"]), str(row["family"])
        assert "{" not in text and "}" not in text, row["id"]
        wrong = TRADITIONAL_ONLY if family not in TRADITIONAL else SIMPLIFIED_ONLY
        assert not (set(text) & wrong), (row["id"], sorted(set(text) & wrong))
        if family in SUBTLE:
            found = [w for w in STOCK_WORDS if w in text]
            assert not found, (row["id"], found)
        assert (row["label"] == 1) == family.startswith("zh5-s-"), row["id"]
        assert (row["label"] == 0) == (row["stage"] == "none" and row["categories"] == []), row["id"]
    share = sum(1 for r in rows if r["label"] == 1) / len(rows)
    assert 0.42 <= share <= 0.48, share


def main() -> None:
    rows = generate()
    check(rows)
    write(rows, OUT)


if __name__ == "__main__":
    main()
