"""Regenerate ``zh_author9.jsonl``: Chinese messages from a ninth Chinese hand, heavy on hard look-alikes.

Who and how
-----------
Written by a helper session (an AI assistant) as a new hand, **by hand from ``DESIGN.md`` only**: it never
opened the rule packs (``recruitscreen/rules/``), the training corpus (``data/corpus/`` apart from
``template_families.py``), ``data/dev/`` or any evaluation set, and never ran the screener on its output.
Every family, template and pool entry below is its own wording; every person, firm, institute, outlet,
handle and number is invented (``example.cn`` addresses, ``+86 138 0000 00xx`` and
``+852 5000 01xx`` numbers). Real platforms (微信, 企业微信, 钉钉, 飞书, 脉脉, BOSS直聘, 领英, LINE, 支付宝,
转数快) appear because people really write them, in both classes.

Run: ``.venv/bin/python data/corpus/raw/zh_author9_source.py`` (writes ``zh_author9.jsonl`` next to it,
byte-identical on every run).

What the families cover
-----------------------
The angle is honest 猎头, HR and expert networks, and family and friend chats, in mainland Simplified
Chinese with about a quarter of the families in Traditional Chinese (Taiwan, Hong Kong), some mixed with
English as professionals write.

* Benign (``zh9-b-*``, 23 families, 20 of them hard look-alikes): headhunters naming company, role and
  salary band and moving to 微信 / LINE to send the JD or fix a call; expert networks (invented firms)
  paying for a one-hour call, naming the end client's industry and refusing 内部 / 未公开 information with
  a 合规 attestation; HR onboarding through the official system; 校招 and internships; 背调 through the
  official channel; paid public talks and reviews with 差旅报销; a think tank paying a signed public
  paper; a conference abroad covering flights and hotel; a journalist on the record; a security notice
  quoting the warning signs; colleagues asking for internal drafts on 钉钉 / 飞书; 家族群 and friends
  (回家过年, 转账, 借钱, 新手机号, a surprise kept from the parents). Three plain families (dinner chat, an
  office notice, an alumni newsletter).
* Suspicious (``zh9-s-*``, 15 families, 8 of them subtle): the fake versions in the same voices and
  registers -- a 脉脉 headhunter pivoting to vx, a fake expert platform paying per report for an unnamed
  party, a job-scam onboarding fee, a task scam, odd payment through a cousin's account or USDT, a long
  headhunter e-mail for an overseas "机构"; and, with no telltale word at all (no app, no client, no fee,
  no confidential), a chat drifting to unannounced figures, pressure on family at home, a quiet "circle"
  of friends, a trip abroad already arranged, a follow-up asking for what is not yet published, a
  handler's "same as last time" task, a relative's letter, a mentor asking the target to keep a trip and the friendship quiet.

Lengths (a Chinese "word" is counted as one Latin/number token or 1.6 CJK characters): each family
holds three hand-written templates of one length band, instantiated three times with slots from
``POOLS`` (identical results kept once): chat lines (3-20 words) take the shared chat openers and closers
(mostly none, else "Hi", a ``[hh:mm]`` stamp, an emoji); InMails and short e-mails (30-120 words) carry
their own salutation or subject line and take a shared sign-off (names, titles, "发自我的iPhone");
long e-mails (120-300 words) carry their own subject lines, signatures, quoted replies or forwarded
headers and take neither. Both classes draw from the same pools. The figures printed by ``--stats``:

    340 messages, 38 families; 135 suspicious (72 subtle), 205 benign (179 look-alikes)
    length band (suspicious / benign): short 45 / 71, medium 45 / 72, long 45 / 62
    Traditional-script families: 9 of 38

(``.venv/bin/python data/corpus/raw/zh_author9_source.py --stats`` prints these figures from the file.)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from template_families import Families, build, write

SEED = 920261122
PER_TEMPLATE = 3
OUT = Path(__file__).with_name("zh_author9.jsonl")

POOLS: dict[str, list[str]] = {
    # Simplified
    "sn": ["王磊", "陈思雨", "刘洋", "张静怡", "赵一鸣", "周婷", "孙浩然", "吴佳"],
    "sur": ["李", "郑", "何", "许", "冯", "邓", "宋"],
    "co": ["启衡半导体", "澜拓智能", "北辰储能", "睿驰航电", "云岫通信", "衡芯微电子"],
    "role": ["资深数字IC验证工程师", "射频前端架构师", "大模型训练平台负责人", "储能系统高级工程师", "卫星通信协议专家"],
    "sal": ["年包60-80万", "年包70-95万", "月薪35-45K×15薪", "年薪80-110万+期权"],
    "city": ["上海", "深圳", "合肥", "成都", "西安", "苏州"],
    "day": ["周二", "周三", "周四", "下周一", "下周五"],
    "tm": ["下午3点", "上午10点半", "晚上8点", "下午4点"],
    "ph": ["+86 138 0000 0012", "+86 138 0000 0047", "+86 138 0000 0063", "+86 138 0000 0089"],
    "exp": ["拓知专家网络", "衡言研究", "博观访谈", "知行智联"],
    "ind": ["功率半导体", "工业机器人", "光伏逆变器", "数据中心液冷", "低空经济", "卫星互联网"],
    "fee": ["1,500元/小时", "人民币2,000元", "1,800元（税前）", "每小时1,200元"],
    "fee2": ["3,000元", "5,000元", "8,000元", "600美元"],
    "dd": ["12", "16", "18", "19", "23"],
    "amt": ["200", "500", "800", "2000", "3000"],
    "doc": ["董事会汇报材料", "Q3经营分析", "投标方案初稿", "年度预算表", "产品路线图PPT"],
    "proj": ["新一代基站芯片", "固态电池中试线", "机载雷达改型", "边缘计算盒子", "高压直流换流阀"],
    "inst": ["省能源局", "集团战略部", "研究院三所", "国家实验室项目组"],
    "rel": ["二姨", "表哥", "小舅", "堂妹", "大伯"],
    "assoc": ["同乡会", "读书会", "校友会", "周末中文学校"],
    "uni": ["江州大学", "东岚理工大学", "华屿大学", "临川科技大学"],
    "tt": ["明澜研究院", "知远政策研究中心", "青禾智库", "海衡发展研究所"],
    "topic": ["新型电力系统", "算力基础设施", "卫星互联网", "半导体产业政策", "低空经济"],
    "abroad": ["新加坡", "吉隆坡", "曼谷", "迪拜", "布达佩斯"],
    "bg": ["衡信背调", "明鉴职业调查", "知诚人才评估"],
    "plat": ["BOSS直聘", "脉脉", "智联"],
    # Traditional
    "tn": ["林怡君", "陳冠宇", "黃志明", "張雅婷", "李家豪", "吳佩珊"],
    "tsur": ["陳", "林", "黃", "蔡", "鄭"],
    "tco": ["宏策半導體", "瀚辰通訊", "澄光能源", "鼎峰精密"],
    "trole": ["資深製程整合工程師", "5G核心網架構師", "電池管理系統主任工程師", "先進封裝研發經理"],
    "tsal": ["年薪NT$220-280萬", "月薪HK$75,000-90,000", "年薪NT$300萬起", "月薪HK$60,000-70,000"],
    "tcity": ["新竹", "台中", "台北", "香港", "高雄"],
    "hk": ["+852 5000 0112", "+852 5000 0135", "+852 5000 0168", "+852 5000 0190"],
    "texp": ["博觀專家網絡", "衡言研究", "啟明訪談"],
    "tind": ["先進封裝", "電動車電池", "海底電纜", "智慧電網"],
    "tabroad": ["曼谷", "杜拜", "伊斯坦堡", "吉隆坡", "布達佩斯"],
    "tday": ["週二", "週三", "週四", "下週一"],
    "ttm": ["下午三點", "早上十點半", "晚上八點"],
    "tamt": ["HK$2,000", "NT$5,000", "HK$800", "NT$12,000"],
    "tmed": ["港聞週報", "明川日報", "新視財經"],
}

# Openers and closers: pools shared by BOTH classes (chat lines take short ones or none).
CHAT_OPENERS = ["", "", "", "", "Hi ", "Hello，", "[21:04] ", "[08:52] ", "[13:15] ", "嗯嗯，", "哈哈 "]
CHAT_CLOSERS = ["", "", "", "", " 🙏", " 👍", " [抱拳]", "～", " [微笑]"]
# InMails and e-mails carry their own salutation or subject line, long ones their own signature or quote,
# so the mail pools add sign-offs only and long e-mails take none.
NO_OPENER = [""]
MAIL_CLOSERS = [
    "",
    "\n\n祝好",
    "\n\n谢谢！",
    "\n\n此致\n敬礼",
    "\n\nBest,\n刘洋",
    "\n\n陈思雨\n高级顾问 | 人才合作部",
    "\n\n周婷\n发自我的iPhone",
    "\n\n—— 赵一鸣",
]
TMAIL_CLOSERS = ["", "\n\n敬祝 商祺", "\n\n謝謝！", "\n\nBest,\nJoyce", "\n\n—— 陳冠宇", "\n\n張雅婷 敬上"]

# Words that make a suspicious message overt; a subtle family's texts contain none of them.
TELLTALE = re.compile(
    r"微信|vx|wx|v信|whatsapp|telegram|电报|電報|纸飞机|signal|line|邮箱|信箱|@|qq|163|gmail|客户|客戶|委托|"
    r"报酬|報酬|酬劳|酬勞|劳务费|費用|费用|佣金|元|¥|\$|usdt|比特币|现金|現金|转账|轉帳|支付宝|红包|"
    r"保密|機密|机密|内部|內部|未公开|未公開|别告诉|別告訴|不要告诉|单位|單位|報告|报告|回国|回國"
)

CHAT_S = Families()
CHAT_T = Families()
MAIL_S = Families()
MAIL_T = Families()
LONG_S = Families()
LONG_T = Families()

# ---------------------------------------------------------------- short chat lines, Simplified
CHAT_S.add("zh9-s-01-maimai-pivot", 1, "fake_headhunter", "chat", False, [
    ("pivot", "credential_targeting off_platform", "{sur}工，看你在{co}待过，有机会，脉脉不常上，加个vx细聊？"),
    ("pivot", "off_platform vague_client", "我们客户比较低调，平台上不好说，留个私人邮箱给我吧，{sn}"),
    ("contact", "credential_targeting", "在{co}做过{proj}吧？正找这种经历的人，钱好说"),
])
CHAT_S.add("zh9-s-02-unannounced-figures", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "上次说的{proj}，结果出来了吗？大概数字也行"),
    ("elicitation", "sensitive_info secrecy", "你们{day}会上定的那几个数，先给我透个底？我不往外说"),
    ("elicitation", "sensitive_info", "网上能查到的我都看了，想知道的是还没发出来的那部分，{sur}工帮帮忙"),
])
CHAT_S.add("zh9-s-03-family-pressure", 1, "coercion", "chat", False, [
    ("coercion", "coercion", "{rel}说那边又来人了，问你啥时候回来，回来啥都好说"),
    ("coercion", "coercion", "{rel}工作被停了，说跟你在外面的事有关。你自己掂量"),
    ("coercion", "coercion", "有人让问你，{assoc}聚会都谁去，列个名字，家里就安生了"),
])
CHAT_S.add("zh9-s-04-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment", "兼职日结，短视频点赞一单3块，先交{amt}元会员押金才能接单"),
    ("job_scam", "job_scam unusual_payment", "{plat}简历收到，入职前先交{amt}元工牌培训费，扫码转我个人就行"),
    ("job_scam", "job_scam unusual_payment", "第三单要先垫付{amt}元，做完连本带佣金返你，今天不做完就冻结"),
])
CHAT_S.add("zh9-b-01-headhunter-wechat", 0, "genuine_headhunter", "chat", True, [
    ("none", "", "{sur}工，{co}在招人，base{city}，{sal}，JD微信发你？"),
    ("none", "", "猎头{sn}，{co}的岗位脉脉给您留言了，加微信约个电话？"),
    ("none", "", "JD发你邮箱了，面试邀请{co}HR会从官方邮箱发"),
])
CHAT_S.add("zh9-b-02-family-group", 0, "family_chat", "chat", True, [
    ("none", "", "妈，今年回家过年，{day}的高铁，到了给你们打电话"),
    ("none", "", "给{rel}转了{amt}，给小孩的红包，你们别再转了哈"),
    ("none", "", "爸生日那天我跟{rel}偷偷回去，先别告诉爸，给他个惊喜"),
])
CHAT_S.add("zh9-b-03-work-chat-drafts", 0, "coworker_channel", "chat", True, [
    ("none", "", "{sur}总，{doc}能先发我一版吗？{day}前要给董事会过"),
    ("none", "", "内部评审纪要放钉钉群文件了，别转外部群哈"),
    ("none", "", "{doc}还没定稿，先别对外发，{day}会上再说"),
])
CHAT_S.add("zh9-b-04-new-number", 0, "family_chat", "chat", True, [
    ("none", "", "我换号了，新手机号{ph}，微信还是原来那个，存一下"),
    ("none", "", "{rel}，我{sn}，旧手机摔坏了，这是新号，晚上视频细说"),
    ("none", "", "新号{ph}，老号下月停，家族群有事@我新号"),
])
CHAT_S.add("zh9-b-05-expert-call-scheduling", 0, "expert_network", "chat", True, [
    ("none", "", "{sur}老师，{exp}确认{day}{tm}访谈，劳务费{fee}"),
    ("none", "", "提醒：{day}访谈只聊公开信息，涉及单位内部数据请直接拒答"),
    ("none", "", "合规声明麻烦{day}前在系统里勾一下，签完才能排期，谢谢{sur}老师"),
])
CHAT_S.add("zh9-b-07-campus-intern", 0, "campus_recruiting", "chat", True, [
    ("none", "", "同学你好，{co}暑期实习，日薪200，{city}，加微信约面试时间？"),
    ("none", "", "校招笔试链接发你学校邮箱了，进度官网可查，别信私下收费的"),
    ("none", "", "实习offer走{co}系统发，不收费，有问题打HR座机"),
])
CHAT_S.add("zh9-b-08-dinner-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "{day}晚上吃火锅？{sn}说会订位"),
    ("none", "", "孩子作业拍给我看看，明天{rel}来接"),
    ("none", "", "快递放门卫了，{tm}前记得拿"),
])

# ---------------------------------------------------------------- short chat lines, Traditional
CHAT_T.add("zh9-s-05-odd-payment", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment secrecy", "這次的費用不走公司帳，轉到你表弟戶口，{tamt}，收到回個貼圖"),
    ("payment", "unusual_payment secrecy", "用USDT給你比較方便，錢包地址傳我，這事不用讓你太太知道"),
    ("payment", "unusual_payment", "上次那筆放在{tcity}那家茶餐廳櫃檯，報你名字拿信封就行"),
])
CHAT_T.add("zh9-b-06-friends-lend", 0, "friend_chat", "chat", True, [
    ("none", "", "借我{tamt}應急，月底發薪就還，轉數快就可以"),
    ("none", "", "我新手機號{hk}，舊的壞了，LINE還是原本那個"),
    ("none", "", "先別跟{tn}說，週六的驚喜派對，錢大家平分"),
])

# ---------------------------------------------------------------- InMails and short e-mails, Simplified
MAIL_S.add("zh9-s-06-fake-expert-platform", 1, "fake_expert_network", "inmail", False, [
    ("paid_task", "paid_task vague_client off_platform",
     "{sur}老师您好，我们是一家服务海外机构的咨询平台，客户对{ind}领域很感兴趣，想请您每月写一份行业动态分析，"
     "三千字左右，每篇{fee2}。客户背景不便透露，后续加微信沟通，方便发您材料。"),
    ("paid_task", "paid_task vague_client sensitive_info secrecy",
     "您好，看到您在{co}的履历。我们的客户想了解{ind}方面的真实情况，不要网上那些公开的东西，按篇付费，"
     "写得好另有奖励。合作不需要签合同，也没必要告诉单位。"),
    ("paid_task", "paid_task vague_client unusual_payment off_platform",
     "主题：行业研究合作\n\n{sur}先生，我们为一位长期客户做{ind}专题研究，需要一位一线专家每季度提供书面观点，"
     "报酬从优（{fee2}起），可用支付宝或USDT结算。为了效率，后续请用私人邮箱联系：deep.research88@example.cn"),
])
MAIL_S.add("zh9-s-07-quiet-circle", 1, "fake_think_tank", "inmail", False, [
    ("contact", "credential_targeting",
     "{sur}工您好，冒昧打扰。注意到您之前在{co}负责{proj}，后来又去了{inst}。我们有几位做产业研究的朋友，"
     "隔一段时间小范围聊一聊，很想听听您这样既在一线、又了解决策过程的人怎么看。"),
    ("contact", "credential_targeting",
     "您好，我是{sn}。看了您在行业论坛上的发言，印象很深。听说您在{inst}还参与过一些评审？我们这边有些问题"
     "一直想找懂行的人请教，想约您找个安静的地方喝杯茶，时间地点都听您的。"),
    ("contact", "credential_targeting",
     "{sur}老师，之前在{city}的会上交换过名片。我在整理{ind}方面的一些东西，公开资料太泛，想找真正经手过项目的人"
     "聊聊。您还在{inst}吧？周末有空一起吃个饭，就当交个朋友。"),
])
MAIL_S.add("zh9-s-09-onboarding-fee", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment off_platform",
     "恭喜您通过{co}线上面试！按流程，入职前需缴纳{amt}元培训资料费及体检代办费，请转账至人事专员个人账户，"
     "入职满三个月后退还。请添加人事微信{ph}完成缴费，逾期视为放弃。"),
    ("job_scam", "job_scam unusual_payment secrecy",
     "您好，您已被录用为{co}{role}（远程岗）。公司将寄送办公设备，请先通过支付宝预付{amt}元押金，设备到货后"
     "全额返还。该岗位为保密招聘，请勿致电公司总机询问。"),
    ("job_scam", "job_scam off_platform",
     "主题：录用确认及入职材料\n\n{sn}同学，你的实习申请已通过。请在24小时内把身份证正反面、银行卡号和手机收到的"
     "验证码发到 hr_offer.desk@example.cn，逾期名额作废，不另行通知。"),
])
MAIL_S.add("zh9-s-10-what-is-not-out", 1, "handler_followup", "email", False, [
    ("elicitation", "sensitive_info",
     "{sur}工，前面那篇写得很清楚，谢谢。不过大部分在行业年鉴里都能找到。我这边的人更想知道明年的排产计划，"
     "还有你们跟{co}谈下来的那个价格，哪怕给个区间也行。"),
    ("elicitation", "sensitive_info",
     "再请教一个问题：{proj}第二轮测试，你们实际测出来的指标是多少？对外讲的那个数大家都知道了，我们想了解的是"
     "真实的那个，以及问题主要卡在哪里。"),
    ("elicitation", "sensitive_info",
     "{sur}老师，那份名单上的人您熟吗？下一阶段哪几位负责评审，各自倾向哪个方案，能大概说说吗？"
     "这对我们判断方向很重要，您随便聊聊就行，不用写成什么正式的东西。"),
])
MAIL_S.add("zh9-b-09-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "{sur}老师您好，我是{exp}的研究助理{sn}。我们的客户是一家关注{ind}的投资机构，希望和您做一次60分钟电话访谈，"
     "劳务费{fee}。我们不接受任何保密、未公开或与现任雇主相关的内部信息，访谈前需要您签署合规确认。"),
    ("none", "",
     "您好，{exp}项目邀约：{ind}供应链格局，客户为一家管理咨询公司，时长1小时，报酬{fee}。如您目前在相关上市公司"
     "或政府机构任职，根据我们的合规政策无法邀请您参加，敬请谅解。"),
    ("none", "",
     "{sur}先生，感谢您接受邀请。访谈前请阅读并勾选合规条款：您不会分享任何保密信息、重大非公开信息，或违反您对"
     "雇主保密义务的内容。劳务费在访谈后10个工作日内对公转账发放，附完税证明。"),
])
MAIL_S.add("zh9-b-10-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "欢迎加入{co}！请在入职前登录公司招聘系统（offer邮件内的链接）上传身份证、学历证明和工资卡信息。HR不会通过"
     "微信、QQ或私人邮箱索要证件，如有疑问请拨打人力资源部座机。"),
    ("none", "",
     "{sn}你好，入职体检在公司指定医院做，费用由公司承担，不需要你预付任何款项。保密协议和竞业条款请在飞书审批里"
     "电子签，签之前有任何问题可以直接问我。"),
    ("none", "",
     "{sn}，您的{co}入职手续已在钉钉发起，请完成：1.个人信息登记 2.劳动合同电子签 3.工资卡绑定。涉密岗位需另签保密承诺书，"
     "由保密办统一组织，入职前请勿转发任何内部材料。"),
])
MAIL_S.add("zh9-b-11-background-check", 0, "background_check", "email", True, [
    ("none", "",
     "{sur}女士您好，我是{co}委托的背调机构{bg}的调查员。候选人{sn}已签署授权书，想向您核实其在贵司的任职时间和"
     "岗位，约10分钟。如需核实我方身份，可直接致电{co}人力资源部。"),
    ("none", "",
     "您好，您的背调授权书已通过{co}招聘系统发送，请在系统内签署。我们只核实任职时间、职位和离职原因，"
     "不会询问原单位的业务数据或任何保密信息。"),
    ("none", "",
     "背调进度：学历和工作经历已核实，还差一位证明人。麻烦把前直属领导的工作邮箱填到系统里，我们会从{bg}官方邮箱"
     "联系对方，不会通过个人微信。"),
])
MAIL_S.add("zh9-b-12-paid-talk-review", 0, "university_invite", "email", True, [
    ("none", "",
     "{sur}老师好，{uni}研究生院想邀请您{day}来做一场关于{topic}的公开讲座，约90分钟，讲课酬金{fee}，往返交通和"
     "一晚住宿按学校规定报销，请保留好票据。"),
    ("none", "",
     "您好，{tt}正在定稿《{topic}发展报告》公开版，想请您作为外审专家通读并给出书面意见，审稿费{fee}，报告发布时"
     "会署名致谢。"),
    ("none", "",
     "差旅报销提醒：请在活动结束后一周内，把机票行程单、住宿发票和银行卡信息通过{uni}财务系统提交，报销款直接"
     "打到您本人银行卡，不接受代领。"),
])
MAIL_S.add("zh9-b-13-security-notice", 0, "security_awareness", "email", True, [
    ("none", "",
     "【安全提示】近期有人冒充猎头在脉脉、领英联系{co}员工，开场没几句就要加微信，请人有偿写“行业报告”给不具名的"
     "“客户”，还邀请出国见面、费用全包。遇到请勿回应，截图报信息安全部。"),
    ("none", "",
     "{co}保密教育小测：以下哪些是危险信号？A.“加个微信细聊” B.“客户想了解些内部情况” C.“报酬用USDT或现金” "
     "D.“这事不用告诉单位”。答案：全部都是。"),
    ("none", "",
     "温馨提醒：正规招聘不收费。凡是要求先交押金、培训费，或者让你把身份证、验证码发到私人邮箱的“HR”，一律是骗子，"
     "请直接拨打{co}人力资源部座机核实。"),
])
MAIL_S.add("zh9-b-16-office-notice", 0, "work_email", "email", False, [
    ("none", "",
     "各位同事：{day}晚上10点至次日凌晨2点机房例行维护，期间OA和邮件系统暂停使用，请提前保存文件，"
     "维护结束后如登录异常请联系IT服务台。"),
    ("none", "",
     "{sn}，下周的部门团建改到{city}，{day}出发，请在飞书表格里报名并填写饮食忌口，行政统一订票，"
     "不需要个人垫付。"),
    ("none", "",
     "会议室预订提醒：三楼大会议室{day}{tm}已被预订，投影和视频会议设备已调试好，如需调整时间请联系行政前台{sn}。"),
])

# ---------------------------------------------------------------- InMails and short e-mails, Traditional
MAIL_T.add("zh9-s-08-trip-arranged", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting",
     "{tsur}先生，下個月在{tabroad}有一個小型座談，機票和飯店都安排好了，您人到就行。幾位朋友很想當面聽您談談"
     "{tind}這幾年的實際進展，特別是還沒寫進簡報的那些。"),
    ("meeting", "client_meeting",
     "{tsur}先生，上次聊得很愉快。對方希望下次能見面，地點選在{tabroad}，比較方便。行程我來訂，回程日期您自己決定。來之前"
     "不用準備什麼，把您手上正在做的東西想一想就好。"),
    ("meeting", "client_meeting secrecy",
     "{tsur}博士，我的合作夥伴週末剛好在{tabroad}，想約您吃頓飯。這趟出去不必跟其他人特別說明，就說是私人行程，"
     "住的地方已經打點好了。"),
])
MAIL_T.add("zh9-b-14-journalist", 0, "journalist_interview", "email", True, [
    ("none", "",
     "{tsur}教授您好，我是{tmed}記者{tn}。就政府上週宣布的{tind}補助計畫，想請您具名受訪，約20分鐘，電話或視訊"
     "皆可，刊出前會把引述傳給您確認。"),
    ("none", "",
     "您好，想針對{tco}公開的擴廠計畫請教您的看法，會以具名引述刊出。我們只談已公開的資訊，不會請您評論任何"
     "內部細節。方便的話{tday}{ttm}通個電話？"),
    ("none", "",
     "謝謝您昨天受訪。稿件預計{tday}上線，附上您的引述段落，請確認是否準確。本報不支付受訪酬勞，"
     "但會在文中註明您的職稱與任職單位。"),
])
MAIL_T.add("zh9-b-15-tw-headhunter", 0, "genuine_headhunter", "inmail", True, [
    ("none", "",
     "{tsur}先生您好，我是獵頭顧問{tn}。{tco}正在招募{trole}，工作地點{tcity}，{tsal}，需英文面試。若有興趣，"
     "可否把履歷寄到我的公司信箱，或加LINE方便約電話時間？"),
    ("none", "",
     "您好，在領英看到您的經歷。這個職缺是{tco}的{trole}，直屬部門主管，{tsal}，公司名稱可以公開，職位說明已附上。"
     "方便的話{tday}{ttm}通個電話？"),
    ("none", "",
     "補充一下：這個職缺要先簽保密協議才能看到產品線細節，協議是{tco}法務的統一版本，由公司正式寄出。簽不簽都不影響"
     "我們繼續聊其他機會。"),
])

# ---------------------------------------------------------------- long e-mails, Simplified
LONG_S.add("zh9-s-11-headhunter-overseas", 1, "fake_headhunter", "email", False, [
    ("pivot", "credential_targeting vague_client off_platform secrecy",
     "主题：高端岗位机会——{ind}方向\n\n{sur}工您好：\n\n我是一家国际猎头公司的合伙人{sn}，长期为一家海外知名机构"
     "物色人才。客户名称暂不方便透露，他们非常看重您在{co}参与{proj}的经验，尤其是您接触过的项目评审流程和"
     "上下游合作方。\n\n岗位可以远程兼职，不影响您现在的工作，年收入可以在您现在的基础上翻一倍。前期不需要面试，也不需要"
     "提交正式简历，只要先聊一聊您对行业的看法，客户会根据谈话内容决定后面的安排。我们做这一行十几年，非常清楚"
     "像您这样的人才在国内很难得到应有的回报。\n\n考虑到您目前的身份，建议我们不要在领英上沟通，平台的消息会被"
     "留存。麻烦加我微信{ph}，或者把私人邮箱告诉我，我把详细介绍发过去。\n\n这件事暂时不必和现单位提起，等谈得差不多"
     "了再说也不迟。期待您的回复。"),
    ("pivot", "off_platform vague_client paid_task",
     "主题：Re: 关于合作的几点说明\n\n{sur}先生：\n\n谢谢回复，也理解您的谨慎。您问到客户是谁，我只能说是一家在"
     "{abroad}注册的研究机构，做的是{ind}的长期跟踪，合作方式在业内很普遍。他们前期希望您写几份简短的行业观察，"
     "每份两三千字，每份{fee2}，后面如果合作顺利，会有长期顾问的职位，待遇另谈。\n\n至于您问的合同，因为是个人"
     "之间的合作，暂时不签书面协议，款项可以按您方便的方式结算。\n\n领英的消息有时候收不到，以后我们用Telegram"
     "联系，账号我放在下面。材料发私人邮箱就行，不要用公司邮箱，公司那边的邮件系统会留档。\n\nTelegram：@ind_talent_hub"
     "\n\n> 在 {day}，{sur}先生 写道：\n> 请问贵方客户的具体名称是什么？岗位是全职吗？有没有正式的合同？"),
    ("contact", "credential_targeting vague_client",
     "主题：诚邀加入——战略咨询顾问（兼职）\n\n尊敬的{sur}工：\n\n您在{co}和{inst}的两段经历非常难得，兼具技术和"
     "政策视角。我们受一家不便公开名称的机构委托，为其组建一个{ind}顾问小组，成员都是有类似背景的资深人士，"
     "有的来自研究院所，有的在大型国企做过多年技术管理。\n\n顾问工作以远程交流为主，每月一到两次，内容会根据您的"
     "专长来定，报酬按次结算，相当可观。另外，我们特别希望了解您是否仍持有相关的资质和审查级别，目前还能接触到"
     "哪些项目，这会直接影响待遇和后续安排。\n\n我们理解您所在的岗位比较敏感，所以整个过程会非常低调，不会在任何"
     "公开场合提到您的名字。\n\n如有兴趣，请回复一个方便联系的手机号码，我们安排专人与您电话沟通。\n\n{sn}\n合伙人"),
])
LONG_S.add("zh9-s-12-same-as-last-time", 1, "handler_followup", "email", False, [
    ("paid_task", "paid_task sensitive_info",
     "主题：Re: 上次那份梳理\n\n{sur}工：\n\n上次你整理的那份东西，对方看得很仔细，评价很高，特别是关于{proj}进度的"
     "那一段，说比他们从别处看到的都清楚。这次想再麻烦你一次，范围稍微往前推一点：明年的立项方向、哪些厂家会参与、"
     "大致的时间表，还有现在几个方案之间的分歧。\n\n形式和上次一样，写个提纲加几段说明就行，不用太正式，也不用"
     "署名。方式照旧，你收到后看一眼就知道了，这次会比上次多一些。\n\n如果有些部分不方便写成文字，下次见面口头说"
     "也可以，我记下来就行。你那边忙的话，时间上可以往后放一放，不急这一两周。\n\n{sn}\n\n> {sur}工 写道：\n> "
     "上次的东西都是我自己的理解，不一定准确，你们参考就好。"),
    ("paid_task", "paid_task",
     "{sur}老师：\n\n好久没联系，最近一切都好吧？上回那几页笔记帮了大忙，那边一直惦记着想再请您写点东西。\n\n这次题目"
     "是{topic}的下一步，篇幅和上次差不多，截止时间您来定。重点不在大家都知道的那些宏观判断，而在您平时开会、"
     "看材料时注意到的细节，比如哪些事情其实已经定了但还没说，哪些人意见不一样。\n\n和以前一样，写完直接交给我，"
     "不要经过别人的手，也不要存在办公室的电脑上。您的辛苦我们心里有数，东西交了之后，还是老规矩，绝不会让您吃亏。"
     "\n\n另外，您上次提到所里可能要换领导，如果有了眉目，也顺便跟我说一声，新来的是谁、从哪里调来的、跟谁走得近。"
     "\n\n有空来{city}，我们再聚。\n\n{sn}"),
    ("elicitation", "paid_task sensitive_info",
     "{sur}工，周末好。\n\n上周你发来的材料我已经转过去了，对方说方向是对的，但太像行业综述，网上能搜到的东西占了"
     "一大半。他们关心的是三件事：一是{proj}现在真实卡在哪个环节，良率或者指标大概在什么水平；二是{co}那边的"
     "合作是不是要调整，调整的原因是什么；三是下一轮论证会请哪些专家，各自什么态度。\n\n这三点如果能补上，这份东西"
     "的分量就完全不一样了，你那边的回报也会不一样。我知道有些东西你手上没有，能打听到多少算多少，说个大概也行，"
     "不用附任何原件。\n\n不着急，想清楚再写。写好了还是按老办法给我，别用所里的网络。\n\n{sn}"),
])
LONG_S.add("zh9-s-15-keep-trip-quiet", 1, "handler_followup", "email", False, [
    ("secrecy", "secrecy client_meeting",
     "小{sur}：\n\n上次电话里说的那个交流，已经定下来了，时间在下个月中旬，地点在{abroad}。这次只是几个老朋友坐一坐，"
     "不是正式活动，所以没有邀请函，也不需要走你们的出国审批，那一套流程太麻烦，等批下来黄花菜都凉了。\n\n你跟所里"
     "就说请年假出去玩几天，其他的不用多讲。笔记本电脑和工作手机都不要带，到那边我给你准备新的，回来之前交还给我"
     "就行。出发和回来最好都别发朋友圈。\n\n来的朋友里有一位是做{ind}的前辈，对你们的{proj}很感兴趣，想听听你的"
     "看法。你不用准备什么，把最近在忙的事情在脑子里过一遍就好。\n\n具体的行程我们见面再说，电话里少提。\n\n{sn}"),
    ("secrecy", "secrecy",
     "{sur}工：\n\n你那天问我，要不要跟你们领导报备一下。我想了两天，我的意见是没必要。我们之间就是朋友之间的交流，"
     "一旦写进材料里就变味了，领导会多想，同事也会多问，对你、对我都不好。\n\n以后我们的事尽量当面谈，不要在办公室"
     "打电话，也别在工作电脑上查我的名字。我给你的那些东西，看完就删掉，不要留在手机里。你爱人那边也不用特意提，"
     "省得她担心，她要是问起来，就说是以前的老同学。\n\n这些话可能听起来有点多余，但我是替你考虑。你现在正是上升"
     "的时候，没必要给自己找麻烦。下次来{city}，我请你吃饭，顺便把上次说的事情再细聊聊。\n\n{sn}"),
    ("meeting", "client_meeting secrecy",
     "主题：行程\n\n{sur}老师：\n\n{abroad}那边的朋友已经到了，想约您{day}见一面，时间不长，一两个小时，就是想当面请教"
     "几个问题，主要是关于{proj}后面的安排，还有你们和{co}之间的分工。\n\n您这次出去是参加学术会议，会议那边的日程"
     "照常走，中间抽半天出来就行，不用跟同行的人说去哪里。如果有人问，就说去见一个老同学。回来以后，这次见面的事也"
     "不必写进出访总结。\n\n酒店附近有一家安静的餐厅，我会提前订好包间，到时候我去酒店大堂接您。您手上如果有相关的"
     "资料，可以带着，看完我们当场还给您。\n\n{sn}"),
])
LONG_S.add("zh9-b-17-headhunter-long", 0, "genuine_headhunter", "email", True, [
    ("none", "",
     "主题：{co}｜{role}｜{city}\n\n{sur}工您好：\n\n我是猎头顾问{sn}，受{co}正式委托招聘{role}，岗位汇报给研发"
     "副总裁，团队规模约20人，{sal}，社保公积金按全额缴纳，另有年度体检和补充医疗。公司已公开宣布明年在{city}扩建"
     "研发中心，这个岗位是新团队的核心，主要负责产品平台的技术路线和团队搭建。\n\n附件是JD和公司介绍，公司名称和"
     "岗位信息都可以公开讨论，您也可以在{co}官网的招聘页面看到这个职位。如果您愿意进一步了解，我们可以约个电话；"
     "如果方便的话也可以加我微信{ph}，主要是方便约时间，面试流程和offer都会通过{co}官方系统和邮箱走。\n\n我们不会"
     "要求您提供现雇主的任何内部资料，面试中也请不要涉及，技术面谈的是您的方法和经验。\n\n{sn}\n资深顾问 | 澄川人才咨询"),
    ("none", "",
     "主题：Re: {role}岗位——面试安排\n\n{sur}先生：\n\n感谢您的回复。{co}那边已经确认，第一轮技术面安排在{day}"
     "{tm}，视频面试，面试官是部门总监，正式邀请会从{co}招聘系统发出，里面有会议链接和面试官的名字。第二轮是现场面，"
     "地点在{city}研发中心，往返交通按{co}的标准报销，请保留票据。\n\n关于薪资，客户给出的范围是{sal}，最终以面试"
     "评估为准。我这边不会收取您任何费用，猎头服务费由{co}支付，这一点合同里写得很清楚。\n\n后面沟通如果邮件不方便，"
     "可以加我微信，但所有正式文件仍以邮件和系统为准。\n\n> 在 {day}，{sur}先生 写道：\n> 可以先了解一下岗位的汇报线"
     "和薪资结构吗？另外面试需要准备什么材料？"),
    ("none", "",
     "主题：跟进：{co}{role}岗位反馈\n\n{sur}工：\n\n上周的终面结果出来了，{co}对您的技术深度和带团队的经验评价很高，"
     "目前在走内部审批，预计{day}前发正式offer，年包在{sal}区间的上沿，签字费和期权细节会写在offer里。\n\n按照{co}"
     "的流程，offer发出后会有第三方背调，需要您在系统里签授权书。背调只核实学历和履历，不会联系您现在的直属领导，"
     "除非您同意；离职证明可以在入职后补交。\n\n如果对offer条款有疑问，我们可以约个电话逐条过，也可以直接和{co}HR"
     "沟通，他们的联系方式在offer邮件的落款里。不管最后是否接受，都谢谢您这段时间的配合。\n\n{sn}\n资深顾问 | "
     "澄川人才咨询\n电话：{ph}"),
])
LONG_S.add("zh9-b-19-conference-abroad", 0, "conference_invite", "email", True, [
    ("none", "",
     "主题：邀请函｜{abroad}{topic}国际研讨会特邀报告\n\n尊敬的{sur}教授：\n\n{uni}与当地合作高校将于明年三月在"
     "{abroad}联合举办{topic}国际研讨会，预计有来自十多个国家的两百余位学者和业界代表参加，诚邀您作30分钟特邀报告，"
     "主题可围绕您已发表的工作。\n\n会议为您承担往返经济舱机票和三晚酒店住宿，并提供{fee}的讲课费，报告幻灯片会议后"
     "在官网公开。会议议程、参会名单和赞助方均在官网公布，欢迎查阅。\n\n请注意，如您所在单位有出访审批要求，请按单位"
     "规定办理，我们可以出具正式邀请函、经费说明和会议日程，供您报批使用。如时间上不方便，也欢迎推荐您团队的其他"
     "老师。\n\n会务组 {sn}\n{uni}国际交流处"),
    ("none", "",
     "主题：Re: 行程确认\n\n{sur}老师您好：\n\n您的机票已出，{day}从{city}出发，行程单见附件；酒店为会场所在的"
     "酒店，三晚，由会务组直接结算，您无需垫付。到达当天会有志愿者在机场出口举牌接机，志愿者名单和电话附在行程单"
     "后面。\n\n报告安排在第二天上午第一场，主持人是{uni}的{sn}教授。会后的圆桌讨论是公开的，会有录像并上传官网，"
     "请勿涉及未发表或受限制的数据。欢迎晚宴在第一天晚上，地点在酒店二楼。\n\n如需办理签证，我们可提供邀请信原件，"
     "快递到您单位外事办。\n\n> {sur}老师 写道：\n> 单位已经批了出访，请帮忙确认一下航班和酒店，签证需要什么材料？"),
    ("none", "",
     "主题：差旅报销及讲课费发放说明\n\n各位特邀嘉宾：\n\n感谢参加本次在{abroad}举办的{topic}研讨会，会议录像和"
     "各位的报告幻灯片已上传官网。差旅费用已由会务组统一预订和结算；如有自行垫付的交通费，请在两周内将发票或收据"
     "扫描件上传至会议系统，报销款将汇入您本人名下的银行账户，不接受转入他人账户。\n\n讲课费{fee}将按规定代扣个税"
     "后发放，完税凭证可在系统中下载。我们不会通过电话或聊天软件要求您提供银行卡密码或验证码，如收到此类信息请忽略"
     "并告知会务组。\n\n明年的会议将在{city}举办，欢迎继续关注。\n\n会务组\n{uni}国际交流处"),
])
LONG_S.add("zh9-b-20-think-tank-paper", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "主题：约稿｜{topic}政策简报（公开发布）\n\n{sur}老师您好：\n\n{tt}今年的年度系列聚焦{topic}，想邀请您撰写一篇"
     "约6000字的政策简报，基于公开数据和已发表研究，署您的名字，在研究院官网和年度报告中公开发布，并在年底的公开"
     "发布会上介绍。\n\n稿酬为{fee2}，签约后支付一半，定稿后支付余款，均通过对公转账并代扣个税。写作过程中如需引用，"
     "请只使用公开来源，不要使用您所在单位的内部数据；如您所在单位对对外发表有审核要求，请按规定先行报审，时间上"
     "我们可以配合。\n\n附件是约稿合同和写作指引，欢迎先电话沟通选题方向。\n\n{sn}\n{tt} 学术部\n办公电话：010-5550 0132"),
    ("none", "",
     "主题：Re: 简报初稿修改意见\n\n{sur}老师：\n\n初稿收到，内容扎实，结构也清楚。两位外审专家的意见附后，主要是"
     "第三部分的数据来源需要注明公开出处，另外建议删去“据了解”“有消息称”一类无法核实的表述，政策建议部分可以再"
     "具体一些。\n\n我们计划{day}召开一次小型研讨，请您介绍主要结论，参会的是几位外审专家和两家媒体的记者，会议纪要"
     "会征得发言人同意后公开。往返交通按研究院标准报销，住宿由我们预订。\n\n> {sur}老师 写道：\n> 初稿已发，第三"
     "部分的图表我用的是统计年鉴和上市公司年报的数据，出处我补在脚注里。"),
    ("none", "",
     "主题：{tt}评审专家聘请\n\n尊敬的{sur}研究员：\n\n经学术委员会推荐，拟聘请您担任{tt}{topic}课题的外部评审专家，"
     "聘期一年，主要工作是评阅两份公开研究报告并参加一次线下评审会。评审劳务费为{fee}，会议差旅按实报销。\n\n"
     "我们的课题全部基于公开资料，成果公开发表，评审意见会署名附在报告后，评审专家名单也会在官网公示。如您所在单位"
     "要求兼职报备，请按规定办理，我们可以出具聘请函和课题任务书。\n\n如您同意受聘，请在{day}前回复，我们会寄送"
     "纸质聘书和评审材料。如有任何疑问，可致电科研管理处。\n\n{tt} 科研管理处 {sn}"),
])
LONG_S.add("zh9-b-21-colleague-forward", 0, "coworker_channel", "email", True, [
    ("none", "",
     "主题：Fw: {doc}（内部，勿外传）\n\n{sur}总：\n\n下面是财务那边转来的{doc}，是周四董事会要用的版本，还没最终"
     "确认，请不要转给合作方，也不要下载到个人电脑。麻烦您{day}前看一下第二部分，有意见直接在飞书文档里批注，我"
     "汇总后再发给CFO。第三部分的预测数字还在调整，先不用看。\n\n---------- 转发的邮件 ----------\n发件人：{sn}\n"
     "日期：2026年11月{dd}日 09:41\n主题：{doc}\n\n各位：\n\n附件为初稿，仅供管理层内部讨论，数据尚未审计。请在周三下班前把修改"
     "意见发给我，周四上午九点前定稿。\n\n财务部 {sn}"),
    ("none", "",
     "主题：Re: 请把投标材料发我\n\n{sn}：\n\n投标方案初稿我放在钉钉项目空间了，权限只开给投标小组，你登录就能看到。"
     "招标文件是公开挂网的，报价部分单独加密，由商务部保管，开标前谁都不要在群里讨论具体数字。\n\n另外提醒一下，"
     "这周有人冒充供应商加项目组的微信打听报价，还说可以给“辛苦费”，大家注意，凡是打听报价的一律不回，截图发给"
     "法务和纪检。\n\n技术部分你改完以后，直接在钉钉里提交版本，不要发邮件附件。\n\n> {sn} 写道：\n> {sur}经理，能"
     "先把方案发我一版吗？我{day}要改技术部分。"),
    ("none", "",
     "主题：交接：{proj}项目资料\n\n{sur}工：\n\n我下周起调去{city}分部，{proj}的资料交接如下：1.设计文档在公司"
     "Git仓库，分支说明写在README里；2.测试报告在内部网盘，权限已经申请转给你，审批走完就能打开；3.和{co}的往来"
     "邮件我会转发到你的公司邮箱；4.下个月的评审会材料还没做，模板在部门共享盘。\n\n按公司规定，这些资料不能存到"
     "个人电脑或私人网盘，也不要通过个人微信发送。有问题企业微信找我，调走之后也可以问，我还在同一个通讯录里。"
     "\n\n这两年合作很愉快，谢谢！\n\n{sn}"),
])
LONG_S.add("zh9-b-23-alumni-newsletter", 0, "alumni_group", "email", False, [
    ("none", "",
     "主题：{uni}{city}校友会 · 秋季活动预告\n\n各位校友：\n\n本季度校友会将举办三场活动：{day}晚的行业分享会，"
     "由{co}的{sn}学长介绍职业发展经验，欢迎在校生和刚毕业的校友参加；月底的爬山活动，路线适合初学者；以及年末的"
     "迎新晚宴，届时会有母校老师到场。\n\n分享会在市中心图书馆报告厅，免费入场，需提前在校友会小程序报名，名额"
     "一百人。爬山活动费用AA，午餐自理，请穿运动鞋。迎新晚宴的报名方式另行通知。\n\n欢迎带家属参加，也欢迎推荐新"
     "毕业的校友加入。活动照片会在校友会公众号发布，不希望出镜的校友请提前告知工作人员。\n\n{uni}{city}校友会秘书处"),
    ("none", "",
     "主题：校友通讯 第十二期\n\n各位校友好，本期内容：\n\n一、母校新建的图书馆已经落成，欢迎返校参观，校友凭"
     "校友卡可以免费入馆；\n二、校友企业招聘专场将于{day}在线上举行，{co}、{tt}等单位参加，岗位信息已在小程序公布；"
     "\n三、{sn}校友出版新书，讲述自己在{city}创业十年的经历，分享会报名中；\n四、校友会年费说明：年费自愿缴纳，"
     "用于活动场地和印刷，账目每年在年会上公开；\n五、征稿：欢迎校友投稿分享工作和生活，稿件请发到秘书处。\n\n"
     "如不希望继续收到本通讯，回复“退订”即可。\n\n校友会秘书处"),
    ("none", "",
     "主题：感谢参加迎新晚宴\n\n各位校友：\n\n上周六的迎新晚宴共有八十多位校友参加，年龄跨度从刚毕业到退休，"
     "场面非常热闹，照片已经上传到校友会相册。感谢{co}和{sn}学长的赞助，也感谢十几位志愿者从下午就开始布置场地。"
     "\n\n今年新入会的校友请在小程序里完善资料，方便我们按行业组织小型交流，比如新能源、芯片、金融和医疗几个小组。"
     "明年春天计划组织一次返校活动，参观新校区和实验楼，具体安排另行通知。\n\n有任何建议，欢迎在群里或者给秘书处"
     "留言。祝各位工作顺利，身体健康。\n\n校友会秘书处"),
])

# ---------------------------------------------------------------- long e-mails, Traditional
LONG_T.add("zh9-s-13-relative-letter", 1, "coercion", "email", False, [
    ("coercion", "coercion",
     "阿{tsur}：\n\n媽媽寫這封信，心裡很亂。上個月開始，街道的人隔幾天就來家裡坐，問你在{tcity}過得怎樣、平時跟哪些人"
     "來往、週末去不去那個聚會，還問你在網上用什麼名字。\n\n他們說得很客氣，說只要你回來一趟，把事情當面講清楚，"
     "以後就沒事了。可是你爸的退休金這個月突然停了，說是要重新審核；你弟弟公司的領導也找他談了話，問他最近有沒有"
     "跟你聯繫。\n\n我不懂這些，只知道家裡不能再這樣下去。你爸嘴上不說，晚上都睡不好。你好好想想，抽個時間回來"
     "看看我們吧，就當是為了我和你爸。\n\n他們說你回來的機票他們可以想辦法，不用你操心。\n\n媽"),
    ("coercion", "coercion",
     "{tn}：\n\n我是你表姐。本來不想讓你操心，但這件事還是得跟你說。有兩位自稱是老家派出所的人來找我，拿著你的"
     "照片，問你在{tcity}的住址，還有你們那個讀書會的成員，每個人叫什麼、在哪裡做事。\n\n他們說，如果你願意每個月"
     "跟他們聊一聊那邊的情況，誰說了什麼、誰在組織活動，你弟弟考公務員的事就不會受影響，你媽的醫保也不會有問題。"
     "我沒答應也沒拒絕，只說會轉告你。他們留了一個號碼，說你想通了可以自己打。\n\n你自己拿主意。不管怎樣，先不要在"
     "電話裡跟家裡人提這件事，他們說家裡的電話不方便。"),
    ("coercion", "coercion",
     "{tsur}先生您好：\n\n我們是您家鄉的同鄉聯誼組織，受老家有關方面之託跟您聯繫。您長期在外，家裡老人年紀大了，"
     "大家都很掛念，逢年過節也常去看望他們。\n\n聽說您最近在{tcity}常在網上發表一些看法，參加一些活動，有些說法家鄉的同志"
     "看了不太舒服。我們建議您今年安排時間回鄉一趟，跟有關方面見個面，把誤會說開，以後大家都好相處。如果一時走不開，"
     "也可以先把您身邊那些朋友的情況跟我們介紹介紹，表示一下誠意。\n\n您的父母現在一切都好，我們也希望一直都好。"
     "您的弟弟最近在辦出國手續，能不能順利，也要看大家的溝通。盼覆。"),
])
LONG_T.add("zh9-s-14-conference-fully-paid", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting vague_client paid_task secrecy unusual_payment",
     "主旨：誠邀出席{tabroad}閉門研討會\n\n{tsur}博士您好：\n\n我們是一家關注亞太科技產業的研究機構，受一位長期"
     "合作的客戶委託，邀請您下月赴{tabroad}出席一場閉門研討會。客戶對您在{tco}參與的{tind}專案非常感興趣，特別是"
     "明年量產前的測試安排。\n\n機票、五星級酒店及全部開銷由我們承擔，另有{tamt}的出席費，以現金當面支付。研討會"
     "不對外公開，沒有議程，也沒有其他講者，參加者只有您和客戶的兩位代表，時間大約半天。\n\n為了避免不必要的麻煩，"
     "建議您不要向公司申請出差，以私人假期名義前往即可；出發前也請不要在社群網站上透露行程。如果您願意，我們可以"
     "先安排一次視訊，讓客戶代表跟您打個招呼。\n\n研究部 {tn}"),
    ("meeting", "client_meeting secrecy",
     "主旨：Re: 行程細節\n\n{tsur}先生：\n\n機票已經訂好，{tday}晚上的航班，落地後會有司機接您，直接去酒店，入住"
     "用的是我們公司的名義，您不用出示任何文件以外的東西。客戶的代表第二天上午會到酒店跟您見面，地點在套房裡，"
     "比較安靜，不會有其他人打擾。\n\n請記得帶上您之前提到的那些資料，紙本就好，不要用電郵寄，也不要存在隨身碟裡。"
     "另外，這次見面的事請不要讓{tco}的同事知道，回程後也不用跟任何人提起，如果有人問，就說是去度假。\n\n酬勞會在"
     "見面當天交給您。\n\n> {tsur}先生 寫道：\n> 請問研討會的主辦單位是哪一家？有沒有正式的邀請函？"),
    ("meeting", "client_meeting unusual_payment",
     "主旨：最後確認\n\n{tn}您好：\n\n上次在{tcity}的晚餐很愉快。老闆對您談到的{tind}測試情況很滿意，說比他從其他"
     "管道聽到的都具體，希望邀請您下個月到{tabroad}再詳細聊一次，所有費用全包，還會安排您的家人同行，順便度個假。"
     "\n\n這次老闆想多了解幾件事：新產線的供應商名單、明年的良率目標，以及您部門主管對擴廠計畫的真實看法。您不用"
     "準備書面的東西，到時候邊吃邊聊就好。\n\n酬勞方面，這次會比上次多，可以付到您指定的海外戶口，或者用加密貨幣，"
     "您選一種方便的。行程我來安排，您只要告訴我哪幾天可以請假。"),
])
LONG_T.add("zh9-b-18-expert-network-hk", 0, "expert_network", "email", True, [
    ("none", "",
     "主旨：{texp}諮詢邀請｜{tind}行業訪談（1小時）\n\n{tsur}先生您好：\n\n我是{texp}香港辦公室的專案經理{tn}。"
     "我們的客戶是一家國際資產管理公司，正在研究{tind}產業的公開市場趨勢，包括供需格局、價格走勢和主要廠商的公開"
     "策略，希望安排一次60分鐘的電話訪談，顧問費為{tamt}。\n\n根據我們的合規政策：您不得透露任何現任或前任僱主的"
     "機密資料、重大非公開資訊或受保密協議約束的內容；如您目前任職於政府機構或相關上市公司，我們將無法安排此次"
     "訪談。訪談前您需要在我們的系統中完成合規培訓和聲明。\n\n如有興趣，請回覆可行時段，我們會寄送合規聲明供您"
     "簽署。\n\n{tn}\n專案經理 | {texp}\n電話：{hk}"),
    ("none", "",
     "主旨：Re: 訪談時間確認\n\n{tsur}先生：\n\n訪談已確認在{tday}{ttm}，時長一小時，客戶方會有一位分析師參加，"
     "撥入號碼會在前一天寄到您的信箱。開始前我們的合規人員會先宣讀聲明，並提醒雙方不得討論任何非公開資訊；如訪談"
     "中出現相關問題，您可以直接拒答，我們也會即時打斷。\n\n您提到的保密條款沒有問題，只要訪談內容限於公開資訊和"
     "您個人的行業經驗即可；如果您不確定某個話題是否合適，寧可不談。\n\n顧問費{tamt}將於訪談後兩週內匯入您提供的"
     "本人銀行戶口，並附上收據。\n\n> {tsur}先生 寫道：\n> 我現在的合約有保密條款，請問這樣會有問題嗎？"),
    ("none", "",
     "主旨：{texp}合規聲明（請於訪談前簽署）\n\n顧問您好：\n\n請確認以下事項：一、您不會分享任何機密或非公開資訊；"
     "二、參與本次訪談不違反您與現任僱主之間的任何協議或公司政策；三、如您已離職，離職未滿六個月則不得談論前僱主"
     "業務；四、您不是政府官員或公營機構的在職人員。\n\n客戶為一家{tind}領域的策略顧問公司，名稱將在您簽署後告知。"
     "所有訪談均有紀錄，供合規抽查。顧問費統一以銀行轉帳支付到您本人名下的戶口，我們不會以現金、禮品卡或加密貨幣"
     "付款，也不會要求您支付任何費用。\n\n如有疑問，請聯絡合規部，我們會在一個工作天內回覆。\n\n{texp} 合規部"),
])
LONG_T.add("zh9-b-22-family-letter", 0, "family_chat", "email", True, [
    ("none", "",
     "阿{tsur}：\n\n上週帶媽去覆診，醫生說血壓控制得不錯，但膝蓋還是要少爬樓梯。我已經幫她換了一樓的房間，費用我先"
     "墊了，你不用急著轉錢，等你年底回來再說。爸最近迷上了打太極，每天早上都去公園，精神比以前好多了。\n\n表妹小君"
     "十二月在{tcity}擺酒，她特別問你會不會回來，說一定要留位子給你，還想請你當伴郎。如果你要回來，早點訂機票，"
     "年底很貴，也記得請好假。\n\n還有，爸下個月七十歲，我們打算給他一個驚喜，請親戚一起吃飯，你先別在家族群裡講，"
     "等我們安排好再告訴你。你那邊冷不冷？記得多穿點，別老是加班到半夜。\n\n姐"),
    ("none", "",
     "{tn}：\n\n收到你轉來的{tamt}，已經交給二姨了，她很感動，叫我一定跟你說謝謝。她的手術很順利，醫生說恢復得很好，"
     "下週就可以出院，出院後先住我家，方便照顧。\n\n你換了新手機號碼的事我已經在群裡說了，大家都存了{hk}。阿嬤說"
     "想跟你視訊，你有空的時候打LINE給她，她現在會自己按接聽了，上次還跟我炫耀。二姨說等她好了，要親自包餃子寄給你，叫你別再亂花錢。\n\n過年回不回來？回來的話住我這裡"
     "就好，不用訂酒店，房間我已經收拾出來了。小朋友們都說想見你，叫你記得帶那邊的巧克力。\n\n表姐"),
    ("none", "",
     "爸媽：\n\n這邊一切都好，工作穩定，同事也都很照顧我。下個月公司派我去{tabroad}出差一週，參加一個業界展覽，"
     "機票和酒店都是公司訂的，差旅費也是公司報銷，你們不用擔心。\n\n給你們的紅包我已經透過銀行轉了{tamt}，過兩天會"
     "到帳。媽上次說想換新手機，我買好了寄回家，收到後叫弟弟幫忙設定。最近很多詐騙電話，有人說是我出事要匯錢的，"
     "一定先打給我確認，不要隨便點陌生人傳來的連結。\n\n過年我一定回來，機票已經訂好了，{tday}晚上到。想吃媽煮的"
     "蘿蔔糕，也想跟爸去爬一次山。你們照顧好自己，有什麼事隨時打給我。\n\n兒"),
])


def words(text: str) -> float:
    """A Chinese 'word' count: Latin/number tokens, plus CJK characters divided by 1.6."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z0-9$][A-Za-z0-9$,.\-+/%]*", text))
    return latin + cjk / 1.6


def band(text: str) -> str:
    w = words(text)
    return "short" if w <= 20 else "medium" if w <= 120 else "long"


SUBTLE = {
    "zh9-s-02-unannounced-figures", "zh9-s-03-family-pressure", "zh9-s-07-quiet-circle", "zh9-s-08-trip-arranged",
    "zh9-s-10-what-is-not-out", "zh9-s-12-same-as-last-time", "zh9-s-13-relative-letter", "zh9-s-15-keep-trip-quiet",
}
TRADITIONAL = {f[0] for f in CHAT_T + MAIL_T + LONG_T}


def rows() -> list[dict[str, object]]:
    out = (
        build(CHAT_S, POOLS, CHAT_OPENERS, CHAT_CLOSERS, "zh", SEED, PER_TEMPLATE)
        + build(CHAT_T, POOLS, CHAT_OPENERS, CHAT_CLOSERS, "zh", SEED + 1, PER_TEMPLATE)
        + build(MAIL_S, POOLS, NO_OPENER, MAIL_CLOSERS, "zh", SEED + 2, PER_TEMPLATE)
        + build(MAIL_T, POOLS, NO_OPENER, TMAIL_CLOSERS, "zh", SEED + 3, PER_TEMPLATE)
        + build(LONG_S, POOLS, NO_OPENER, NO_OPENER, "zh", SEED + 4, PER_TEMPLATE)
        + build(LONG_T, POOLS, NO_OPENER, NO_OPENER, "zh", SEED + 5, PER_TEMPLATE)
    )
    for r in out:
        if r["label"] == 0:
            r["subtlety"] = "none"
        elif r["family"] in SUBTLE:
            r["subtlety"] = "subtle"
    return out


def stats(path: Path) -> None:
    data = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    fams = {r["family"] for r in data}
    sus = [r for r in data if r["label"] == 1]
    ben = [r for r in data if r["label"] == 0]
    print(f"{len(data)} messages, {len(fams)} families; {len(sus)} suspicious "
          f"({sum(r['subtlety'] == 'subtle' for r in sus)} subtle), {len(ben)} benign "
          f"({sum(bool(r['lookalike']) for r in ben)} look-alikes)")
    bs, bb = Counter(band(str(r["text"])) for r in sus), Counter(band(str(r["text"])) for r in ben)
    print("length band (suspicious / benign): " + ", ".join(f"{b} {bs[b]} / {bb[b]}" for b in ("short", "medium", "long")))
    print(f"Traditional-script families: {len({r['family'] for r in data if r['family'] in TRADITIONAL})} of {len(fams)}")


if __name__ == "__main__":
    if "--stats" not in sys.argv:
        generated = rows()
        ids = [r["id"] for r in generated]
        assert len(ids) == len(set(ids)), "duplicate ids"
        for r in generated:
            if r["subtlety"] == "subtle":
                hit = TELLTALE.search(str(r["text"]).lower())
                assert hit is None, (r["id"], hit.group(0) if hit else "")
        write(generated, OUT)
    stats(OUT)
