"""Regenerate ``zh_author8.jsonl``: Chinese messages that talk ABOUT the threat without being it.

Author: zh_author8, a project engineer (an AI assistant) writing for the first time for this corpus.
Every template below was hand-written from the threat description in ``../shared/DESIGN.md`` and
the public warnings it cites (CSIS, MI5/NPSA "Think Before You Link", FBI), blind to the rule packs,
the rest of the corpus and every evaluation set. Names, firms, units, numbers and addresses are
invented (example.cn / example.com.hk / example.com, +86 138 0000 00xx, +852 5000 01xx).

Run: ``.venv/bin/python data/corpus/raw/zh_author8_source.py`` (writes ``zh_author8.jsonl`` beside it).

Angle. Mainland Simplified Chinese, about a third Traditional (Hong Kong, Taiwan, diaspora), some
mixed with English as professionals write. The benign side is made of messages that QUOTE the
warning signs: 国家安全教育日 and 反间谍 notices from employers, universities and a residents'
committee; 保密 training reminders; an engineer reporting an approach to 保卫处 and quoting it; a
colleague forwarding a 领英 message to the team chat ("这个是不是骗子？"); news items on court cases;
a lawyer and HR advising someone approached; plus 家族群 / 同学群 chats (回国, 红包, 父母身体,
表哥婚礼), a genuine 猎头 moving to 微信 to schedule, a named expert network with its compliance
rules, paid talks and reviews, a conference abroad paying flights, a journalist on the record,
colleagues on 企业微信/飞书 about internal drafts, HR onboarding through the official portal, 涉密
job adverts, a public tender. The suspicious side borrows that language to look safe ("我知道你们
单位有保密要求，所以只聊公开信息"), impersonates 保卫处 or a lawyer to collect details, comes back
after being reported, and runs the funnel (contact, pivot, paid task, elicitation, meeting, secrecy,
odd payment, coercion of diaspora family, student 兼职 scams). 8 of the 15 suspicious families are
subtle: no app name, no "客户", no fee, no "保密" — only what is asked gives them away.

Each family has three hand-written templates of different length: a chat line, an InMail / short
e-mail, and a long e-mail with signature, quoted reply or forwarded header (or a chat export).

Counts (printed by ``main``): 38 families, 340 messages (two repeated draws dropped); 135
suspicious in 15 families (72 subtle, in 8 families), 205 benign in 23 families (187 look-alikes,
in 21 families). Length in characters (about 1.5 characters a word): short < 60, medium 60-179,
long >= 180; suspicious 45/45/45, benign 67/69/69. 99 messages (29%, 11 families) are in
Traditional script. Chat exports (timestamped lines) take no greeting or sign-off, and their
clock moves on from line to line.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from template_families import Families, build, write

SEED = 20261122
PER_TEMPLATE = 3

POOLS: dict[str, list[str]] = {
    # Simplified
    "name": [
        "王思远",
        "李晓雯",
        "陈立航",
        "赵一鸣",
        "刘婧怡",
        "孙浩然",
        "周可欣",
        "吴嘉诚",
        "郑雨桐",
        "何俊峰",
    ],
    "sname": ["小王", "晓雯", "老陈", "一鸣", "婧怡", "浩然", "可欣", "嘉诚"],
    "unit": [
        "华辰微电子",
        "北川航空工业研究院",
        "东岭能源集团",
        "启衡通信",
        "西湖智算实验室",
        "南港船舶设计院",
        "云岭卫星应用中心",
    ],
    "univ": ["江川大学", "云麓理工大学", "北岳大学", "临海科技大学"],
    "sector": ["半导体", "航空发动机", "5G基站", "储能电池", "大模型", "卫星通信", "核电运维"],
    "topic": ["先进封装", "涡轮叶片", "基站射频", "固态电池", "大模型训练", "星间链路", "电网调度"],
    "city": ["新加坡", "吉隆坡", "曼谷", "伊斯坦布尔", "迪拜", "布达佩斯"],
    "amount": ["800", "1500", "2000", "3000", "5000"],
    "big": ["2万", "3万", "5万", "8000"],
    "day": ["周四", "下周二", "4月15日", "3月28日", "本周五", "月底"],
    "time": ["09:12", "10:47", "14:30", "20:05", "21:47", "23:18"],
    "phone": ["+86 138 0000 0012", "+86 138 0000 0027", "+86 138 0000 0041", "+86 138 0000 0068"],
    "ext": ["6021", "6138", "7705", "8012"],
    "rel": ["舅舅", "二姨", "表哥", "堂妹", "大伯", "小姑"],
    "firm": ["远景战略咨询", "恒石顾问", "博远信息研究中心", "亚太前沿交流会", "瀚海产业研究院"],
    "handle": ["zhao_research", "lucy.chen88", "consult_w", "ivy_2024", "kevin.hr"],
    "dept": ["总体设计部", "工艺部", "射频组", "电池研究所", "算法平台部", "测控室"],
    "hometown": ["绵阳", "湘潭", "洛阳", "宜宾", "九江", "营口"],
    "money": ["200", "500", "888", "1000", "2000"],
    # Traditional
    "tname": ["陳怡君", "林志豪", "黃詠欣", "張家銘", "吳佩珊", "許承恩", "梁嘉慧", "蔡宗翰"],
    "tunit": ["晶華半導體", "港灣電訊", "立德航太", "北岸能源", "明昇精密"],
    "tuniv": ["港灣大學", "北岸科技大學", "南嶺大學"],
    "tcity": ["新加坡", "吉隆坡", "曼谷", "伊斯坦堡", "杜拜", "東京"],
    "tfirm": ["Meridian Expert Network", "啟明專家網絡", "Northgate Insights", "衡遠諮詢"],
    "tsector": ["半導體", "衛星通訊", "無人機", "電力電網", "晶片設計"],
    "hkphone": ["+852 5000 0112", "+852 5000 0135", "+852 5000 0168", "+852 5000 0191"],
    "trel": ["阿姨", "舅父", "表姐", "細佬", "堂哥"],
    "tday": ["下週三", "本週五", "5月9日", "月底", "下個月初"],
    "usd": ["300", "450", "600", "800"],
}

OPENERS: list[str] = [
    "",
    "",
    "",
    "",
    "你好，",
    "您好，",
    "Hi，",
    "在吗？",
    "早，",
    "打扰一下，",
    "Hello ",
    "哈喽，",
]
CLOSERS: list[str] = [
    "",
    "",
    "",
    "",
    " 谢谢！",
    " 🙏",
    " 先这样。",
    " 有空回我一下。",
    "\n\n谢谢",
    " 辛苦了",
    " 👍",
]

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add(
    "zh8-s-01-public-only-headhunter",
    1,
    "fake_headhunter",
    "inmail",
    False,
    [
        (
            "tasking",
            "credential_targeting vague_client paid_task",
            "我知道{unit}有保密要求，只聊公开信息，付费写个小报告，考虑下？",
        ),
        (
            "tasking",
            "credential_targeting vague_client paid_task",
            "{name}您好，我是{firm}的顾问。知道您在{unit}做{topic}，我们也清楚贵单位对保密要求很严，所以请放心，我们只要公开信息的整理和您的个人判断。客户是一家关注{sector}的机构，不方便透露名字，每篇报告{big}元，按篇结算。",
        ),
        (
            "tasking",
            "credential_targeting vague_client paid_task secrecy",
            "主题：关于{sector}行业观察的合作邀请\n\n{name}老师：\n\n冒昧来信。我们是{firm}，长期为海外客户提供中国{sector}产业的研究服务。在领英上看到您在{unit}负责{topic}方向，经验非常难得。\n\n先说清楚，我们完全理解国内单位的保密规定，也看过你们的国家安全教育宣传，所以合作只涉及公开资料：论文、新闻、展会材料，再加上您作为业内人士的理解。每月一篇，三千字左右，稿费{big}元，税后到账。\n\n客户希望低调一些，合作内容没必要在单位里讲，免得同事误会。如有兴趣，回复这封邮件即可，我把第一期的提纲发给您。\n\n顺祝研安\nDavid Zhou\n{firm} 研究合作部\ndavid.zhou@example.com",
        ),
    ],
)

F.add(
    "zh8-s-02-what-isnt-published",
    1,
    "subtle_approach",
    "chat",
    False,
    [
        ("elicitation", "sensitive_info", "公开的那些我们都看过了，主要想听听还没发出来的部分。"),
        (
            "elicitation",
            "sensitive_info",
            "{sname}，上次你讲的{topic}那部分很有帮助，不过基本都是论文里能查到的。我这边的朋友更关心接下来半年你们{dept}打算怎么调整，还有那几个没公布的测试结果，方便的时候随便聊几句就行。",
        ),
        (
            "elicitation",
            "sensitive_info",
            "[{time}] 陈先生：上次那份整理我看了，写得很清楚\n[{time}] 陈先生：不过说实话，里面的东西我们自己上网也能找到\n[{time}] {name}：嗯，我只能写公开的\n[{time}] 陈先生：理解理解，我不是要你为难\n[{time}] 陈先生：只是想知道你们{dept}内部现在是怎么判断的，比如{topic}那条线明年还做不做，样机大概什么时候出来\n[{time}] 陈先生：不用写下来，见面时口头说说就行，就当朋友之间交流行业\n[{time}] {name}：我想想吧",
        ),
    ],
)

F.add(
    "zh8-s-03-fake-security-office",
    1,
    "impersonation",
    "email",
    False,
    [
        (
            "elicitation",
            "off_platform sensitive_info",
            "保卫处通知：请今晚前把项目名称和身份证照片发到 bwc_check@example.cn",
        ),
        (
            "elicitation",
            "off_platform sensitive_info credential_targeting",
            "【保卫处】各位同事：为配合国家安全教育日专项排查，请涉密岗位人员于{day}前将姓名、身份证号、护照号码及所参与项目的名称和密级，发送至保卫处临时邮箱 baoweichu.{ext}@example.cn，或加工作微信 {phone} 提交。逾期未报将影响年度考核。",
        ),
        (
            "elicitation",
            "off_platform sensitive_info credential_targeting secrecy",
            "发件人：保卫处 安全办公室 <security.office{ext}@example.cn>\n主题：【紧急】境外渗透风险人员核查\n\n{name}同志：\n\n近期发现有境外机构通过领英、脉脉等平台冒充猎头接触我单位人员。经初步排查，你的账号在名单中，需要配合核查。\n\n请于今天下班前提供以下材料：\n1. 身份证正反面、护照首页照片；\n2. 近两年参与的项目清单（含项目代号、所在{dept}、密级）；\n3. 与对方的全部聊天截图。\n\n因案件尚在侦查阶段，请勿与同事、部门领导讨论此事，材料直接回复本邮箱或发到专班联系人微信 {phone}。内部系统目前被监控，请不要走OA。\n\n保卫处 专项工作组",
        ),
    ],
)

F.add(
    "zh8-s-04-fake-lawyer",
    1,
    "impersonation",
    "email",
    False,
    [
        (
            "none",
            "unusual_payment secrecy",
            "{tname}，律師費先轉到我個人帳戶，公司那邊暫時不要講。",
        ),
        (
            "elicitation",
            "sensitive_info secrecy unusual_payment",
            "{tname}您好，我是處理境外接觸案件的律師。得知您被人以獵頭名義接觸，這類事一旦被認定可能很麻煩。我可以幫您先做風險評估，但需要您把對方要過的資料、您寄出的文件原件都交給我保存。諮詢費港幣{usd}元請轉帳到個人帳戶，暫時不必告知僱主。",
        ),
        (
            "elicitation",
            "sensitive_info secrecy unusual_payment off_platform",
            "主旨：有關閣下被境外人士接觸一事\n\n{tname}先生／女士：\n\n本所受朋友轉介，得悉閣下早前在領英上收到一位自稱獵頭的人士邀約，並曾替對方撰寫行業報告。根據我們處理同類案件的經驗，若貴公司或執法部門先行介入，閣下的處境會相當被動。\n\n建議如下：\n（一）請勿向{tunit}人事部或保安部門報告，由本所代為評估；\n（二）把閣下經手的所有項目文件、內部簡報副本，以及與對方的往來紀錄，一併整理傳給我們，以便判斷責任範圍；\n（三）首期諮詢費港幣{usd}元，請以轉數快轉入經辦律師個人帳戶。\n\n為安全起見，之後請改用WhatsApp {hkphone} 聯絡，不要用公司電郵。\n\n黃律師\n（經辦律師）",
        ),
    ],
)

F.add(
    "zh8-s-05-after-the-report",
    1,
    "handler_followup",
    "chat",
    False,
    [
        (
            "elicitation",
            "secrecy sensitive_info",
            "听说你跟单位讲了。没事，下次见面把后半部分带上就行。",
        ),
        (
            "elicitation",
            "secrecy sensitive_info",
            "{name}，我知道你们{dept}前两天开了会，有人把我们聊天的事说出去了。你不用紧张，我们之间也没什么。以后就当普通朋友，周末出来喝茶，上次说好的那几页你顺手带着，别放手机里。",
        ),
        (
            "elicitation",
            "secrecy sensitive_info",
            "{sname}：\n\n上周你没回消息，我猜是单位找你谈话了。说实话我能理解，现在到处都在搞宣传，谁都怕。\n\n但你想想，我们认识快一年了，我有没有让你做过任何违规的事？每次都是你自己觉得可以讲才讲的。你跟他们怎么说的我不问，只希望你别把我的名字写进去，对你我都不好。\n\n这段时间我们先少联系。下个月你出差路过的时候，我们还在老地方见一面，你把{topic}那个阶段总结带上，纸质的就行，看完我当场还你。\n\n老周",
        ),
    ],
)

F.add(
    "zh8-s-06-not-spying-trip",
    1,
    "fake_think_tank",
    "email",
    False,
    [
        (
            "meeting",
            "client_meeting vague_client paid_task",
            "放心不是什么间谍的事，就去{city}跟朋友交流两天，机酒全包。",
        ),
        (
            "meeting",
            "client_meeting vague_client paid_task secrecy",
            "{name}博士，您可能看过那些反间谍宣传，会有顾虑，这很正常。我们只是一家民间智库，想请您去{city}参加一个小范围的闭门交流，对方是几位关注{sector}的合作伙伴。往返商务舱和五星酒店我们承担，另有{big}元讲课费。小范围活动，不需要报单位审批。",
        ),
        (
            "meeting",
            "client_meeting vague_client paid_task secrecy",
            "主题：{city}闭门研讨会邀请（小范围）\n\n尊敬的{name}博士：\n\n您好！我们是{firm}，一家致力于亚太科技政策交流的独立机构。\n\n我们知道，最近国内对“境外机构邀请”比较敏感，单位也一再提醒。请您放心，这次活动不涉及任何秘密，只是几位合作伙伴希望当面听听业内一线专家对{topic}发展的看法，不录音、不发表、不署名。\n\n时间：{day}起两天\n地点：{city}，酒店会议室\n费用：往返机票、住宿、餐饮全部由我方承担，另付专家劳务费{big}元，现金或您指定的方式均可。\n\n考虑到您所在单位出境审批手续繁琐，建议以个人旅游名义出行，行程安排我们的助理会单独和您对接。\n\n期待您的回复。\n\n{firm} 项目办公室\nevents@example.com",
        ),
    ],
)

F.add(
    "zh8-s-07-dinner-on-the-trip",
    1,
    "subtle_approach",
    "chat",
    False,
    [
        (
            "meeting",
            "client_meeting sensitive_info",
            "你在{city}那几天，有位前辈也在，想单独请你吃个饭。",
        ),
        (
            "meeting",
            "client_meeting sensitive_info secrecy",
            "{sname}，下个月你去{city}开会那几天，我一位老领导刚好也在，对你们做的{topic}很感兴趣，想约你单独吃顿饭，聊聊那个型号后面的安排。就你们俩，行程不用跟团里其他人提。",
        ),
        (
            "meeting",
            "client_meeting sensitive_info secrecy",
            "[{time}] 刘姐：{sname}，你们团是{day}到{city}对吧\n[{time}] {name}：对，开三天会\n[{time}] 刘姐：巧了，我有个长辈那几天也在，以前也是搞{sector}的，退下来了\n[{time}] 刘姐：他一直想认识年轻人，说你们这一代做得比他们当年强多了\n[{time}] 刘姐：第二天晚上你找个理由别跟大部队吃饭，我让司机去酒店接你\n[{time}] 刘姐：他可能会问问你们{dept}现在卡在哪、明年什么节点，你挑能讲的讲讲\n[{time}] 刘姐：回来也别专门说，就说自己出去逛了\n[{time}] {name}：好的刘姐",
        ),
    ],
)

F.add(
    "zh8-s-08-return-or-family",
    1,
    "coercion",
    "chat",
    False,
    [
        ("none", "coercion", "{tname}，你{trel}已經被叫去談話了，你自己回國說清楚吧。"),
        (
            "none",
            "coercion",
            "你在海外參加的那些活動，這邊都有紀錄。你爸媽年紀大了，身體也不好，三天兩頭被叫去派出所談話，你忍心嗎？回國把事情講清楚，態度好一點，就不會影響家裡，你弟弟考公的政審也能順利。聯絡電話 {phone}。",
        ),
        (
            "none",
            "coercion off_platform",
            "[{time}] 陌生號碼：{tname}，我是你老家那邊辦案的，先別急著拉黑\n[{time}] 陌生號碼：你媽今天又來過了，哭得很厲害\n[{time}] 陌生號碼：我們不是要為難你，只要你配合兩件事\n[{time}] 陌生號碼：一是儘快回國一趟，機票我們可以想辦法\n[{time}] 陌生號碼：二是把你們那邊同鄉會、讀書會的參加名單發過來，每個人做什麼的寫清楚\n[{time}] 陌生號碼：你要是不配合，你{trel}那份工作我也保不住\n[{time}] 陌生號碼：加我微信 {phone}，這裡講話不方便",
        ),
    ],
)

F.add(
    "zh8-s-09-relay-from-home",
    1,
    "coercion",
    "chat",
    False,
    [
        ("none", "coercion", "仔啊，派出所的人又來了，說你回來一趟就沒事。"),
        (
            "none",
            "coercion",
            "{tname}，{trel}同你講句實話。今日又有兩個人上門，好客氣，但坐了成個下午。他們話只要你返嚟一次，講清楚你喺嗰邊同邊啲人行埋，就唔會連累屋企。你媽咪啲藥都係佢哋幫手安排，你自己諗諗。",
        ),
        (
            "none",
            "coercion",
            "[{time}] 媽媽：囡囡，今日社區又有人來\n[{time}] 媽媽：佢哋問你喺{tcity}住邊度，同邊個一齊返教會\n[{time}] 媽媽：我話唔知，佢哋就話下次帶埋你舅父嗰間舖頭嘅文件來\n[{time}] 媽媽：佢哋話你只要寫份嘢，講清楚你喺嗰邊見過啲咩人，邊個帶頭\n[{time}] 媽媽：寫完就唔會再來搵我哋\n[{time}] 媽媽：我知你唔鍾意，但係你爸爸血壓又高咗\n[{time}] 媽媽：你幾時返嚟一次？佢哋話機場會有人接",
        ),
    ],
)

F.add(
    "zh8-s-10-student-side-job",
    1,
    "job_scam",
    "chat",
    False,
    [
        (
            "elicitation",
            "job_scam paid_task sensitive_info",
            "兼职日结{amount}，只要把你们实验室的内部资料拍照发我。",
        ),
        (
            "elicitation",
            "job_scam paid_task sensitive_info unusual_payment off_platform",
            "【高薪兼职】招{univ}在读研究生做“资料整理员”，时间自由，日结{amount}元。要求：所在课题组与{sector}相关，能提供组内报告、实验数据、未发表的材料。先交{money}元保证金办理“保密协议”，加QQ群或vx {handle} 详聊，别在学校群里问。",
        ),
        (
            "elicitation",
            "job_scam paid_task sensitive_info unusual_payment",
            "[{time}] 招聘-小林：同学你好，简历我们看过了，很符合\n[{time}] 招聘-小林：我们是做行业研究的，需要一线实验室的真实资料，比如组会PPT、测试数据、项目申报书\n[{time}] {name}：这些是内部的吧，能给吗\n[{time}] 招聘-小林：我们只做统计分析，不会外传的，放心\n[{time}] 招聘-小林：第一单试一下，10页以上给{amount}，拍清楚就行\n[{time}] 招聘-小林：入职前需要交{money}元资料审核费，做完第一单就退\n[{time}] 招聘-小林：付款码我发你，付完截图\n[{time}] {name}：我先问问我们导师",
        ),
    ],
)

F.add(
    "zh8-s-11-senior-sister-notes",
    1,
    "subtle_approach",
    "chat",
    False,
    [
        ("elicitation", "sensitive_info", "学姐，组会记录能拍几页给我吗？就这学期的。"),
        (
            "elicitation",
            "sensitive_info",
            "学姐好，我在做一个{sector}方面的小课题，想参考一下你们组这学期的组会记录和{topic}的测试数据，不用整理，拍照就行，我看完就删。改天请你吃饭，千万别嫌麻烦。",
        ),
        (
            "elicitation",
            "sensitive_info",
            "{name}学姐：\n\n冒昧打扰！我是去年在招生宣讲会上加你的学弟，现在在外面一家研究机构实习。\n\n我们正在写一份关于{topic}的分析，老板说国内这块做得最好的就是你们{univ}的课题组。我知道论文还没发，所以不会引用，只是想了解一下你们现在真实的测试指标做到多少了，和横向项目里对方提的要求是什么。\n\n如果方便的话，你把这学期的组会PPT挑几页发我就可以，或者哪天我们在学校门口咖啡店见，你给我讲讲也行。我请你吃饭，也可以帮你找实习。\n\n谢谢学姐！\n小赵",
        ),
    ],
)

F.add(
    "zh8-s-12-platform-is-watched",
    1,
    "obfuscated_pivot",
    "inmail",
    False,
    [
        ("pivot", "off_platform vague_client", "領英這邊會被審查，加個薇信吧：{handle}"),
        (
            "pivot",
            "off_platform vague_client credential_targeting",
            "{tname}您好，看到您在{tunit}負責{tsector}相關工作。我們客戶在找這方面的資深人才，待遇很好。不過您也知道，領英上講話會被平台和貴公司看到，建議轉到紙飛機或者 W e C h a t 詳談，ID：{handle}。",
        ),
        (
            "tasking",
            "off_platform vague_client credential_targeting secrecy paid_task",
            "主旨：{tsector} 高階職位機會\n\n{tname} 您好：\n\n我是一家區域獵頭公司的合夥人，目前為一位重要客戶（因為保密協議暫不能透露名稱）物色{tsector}領域的資深工程師。看過您在{tunit}的經歷，非常匹配。\n\n客戶的做法比較特別：正式面試前，會先請候選人寫一份簡短的「行業觀察」，有償，每份約美金{usd}元，讓他們了解您的專業深度。\n\n由於這是未公開職缺，請不要在公司電腦或公司郵箱處理。方便的話請加我 V 信 {handle}，或 WhatsApp {hkphone}，我們用私人信箱往來。\n\nBest regards,\nKelvin",
        ),
    ],
)

F.add(
    "zh8-s-13-through-your-mother",
    1,
    "subtle_approach",
    "chat",
    False,
    [
        ("none", "unusual_payment secrecy", "这次的让我表妹直接转到你妈那边，不走你账上。"),
        (
            "elicitation",
            "unusual_payment secrecy sensitive_info",
            "{sname}，上回那份我们看了，很有用。这次就不转给你了，我让亲戚直接打到你妈妈卡上，说是给老人的孝敬，谁也说不出什么。下一份照旧，还是你们{dept}季度会的那部分。",
        ),
        (
            "elicitation",
            "unusual_payment secrecy sensitive_info",
            "[{time}] 老周：在吗\n[{time}] {name}：在\n[{time}] 老周：你上次说年底你爸妈要换房子对吧\n[{time}] 老周：我这边有个想法，你看行不行\n[{time}] 老周：以后的钱都别进你自己卡了，你们单位查得严\n[{time}] 老周：我让{hometown}的一个朋友以借款的名义转给你爸，每次{big}，不会有人问\n[{time}] 老周：你这边就照旧，每次开完会把要点记一下，尤其是{topic}进度和谁去外面评审\n[{time}] 老周：字写你自己看得懂就行，见面我拍一下\n[{time}] {name}：我爸那边我怎么说\n[{time}] 老周：就说你朋友周转一下，过两年再还",
        ),
    ],
)

F.add(
    "zh8-s-14-rewrite-with-your-numbers",
    1,
    "handler_followup",
    "email",
    False,
    [
        (
            "elicitation",
            "paid_task sensitive_info",
            "那篇综述能再写一版吗？这次把你们实际用的参数加上。",
        ),
        (
            "elicitation",
            "paid_task sensitive_info",
            "{name}老师，上次那篇{topic}的综述写得很好，大家都说有见地。能不能麻烦再写一版，这次把你们所里实际在用的参数、下一阶段的时间表也放进去，篇幅不用长。还是按上次的标准，写完我去找你。",
        ),
        (
            "elicitation",
            "paid_task sensitive_info",
            "主题：Re: {topic}综述\n\n{name}老师：\n\n收到，谢谢！这版比第一版扎实多了，前面讲技术路线那段尤其清楚。\n\n大家看完有几个问题，想请您再补充：\n1. 文中说国内样机已经达到某个指标，具体是你们哪一台，测出来是多少？\n2. 你们{dept}明年的经费和人员大概怎么安排，会不会扩组？\n3. 和外协单位的合作目前卡在哪里？\n\n这些不用写进正文，单独几行就行。我们还是按老规矩，月底我来{hometown}出差时一起给您。\n\n> 原邮件：\n> 附件是修改稿，删掉了几段不太适合写的内容，请谅解。\n\n周明",
        ),
    ],
)

F.add(
    "zh8-s-15-team-headcount",
    1,
    "subtle_approach",
    "inmail",
    False,
    [
        (
            "contact",
            "credential_targeting",
            "你在{unit}做型号总体是吧？我在摸行业里的人，想认识一下。",
        ),
        (
            "elicitation",
            "credential_targeting sensitive_info",
            "{name}你好，看到你在{unit}的{dept}，做{topic}有几年了吧。我最近在梳理行业情况，想跟一线的人聊聊：你们团队现在大概多少人，主要从哪些学校招，哪几个节点比较紧？方便的话我们打个电话。",
        ),
        (
            "elicitation",
            "credential_targeting sensitive_info",
            "{name}你好：\n\n我们在{univ}校友活动上见过一面，不知道你还有没有印象。我离开体制后一直在做产业研究，最近在写一份关于国内{sector}人才的研究。\n\n你在{unit}待了这么多年，肯定比外面的人看得清楚。想请教几个问题：\n- 你们{dept}现在的编制和骨干大概是什么构成？\n- 最核心的几个人分别负责什么方向？有没有人在考虑离开？\n- 今年上面下来的任务里，哪一块最着急？\n\n我知道有些话不方便在信里说，你挑能说的说就行。哪天你到北京，我们当面聊聊，顺便叙叙旧。\n\n钱锐",
        ),
    ],
)

# ---------------------------------------------------------------- benign (label 0)

F.add(
    "zh8-b-01-security-day-notice",
    0,
    "security_awareness",
    "email",
    True,
    [
        ("none", "", "4·15国家安全教育日，{day}全员看宣传片，别忘了签到。"),
        (
            "none",
            "",
            "【{unit}·国家安全教育日提示】近期有境外“猎头”“咨询公司”通过领英、脉脉联系我单位人员，以高额报酬约写“咨询报告”，随后要求转到微信、Telegram私聊，并打听内部项目进度。遇到此类情况请截图留存，联系保卫处（分机{ext}），不要自行回复。",
        ),
        (
            "none",
            "",
            "主题：【通知】关于开展“4·15”全民国家安全教育日系列活动的通知\n\n各部门、各位同事：\n\n根据上级要求，公司将于{day}开展国家安全教育日系列活动，现将有关事项通知如下：\n\n一、集中学习。各部门组织观看反间谍警示教育片，时长40分钟。\n二、案例提示。近年来，境外情报机构常见手法包括：冒充猎头或咨询公司，在职业社交平台主动联系科研人员；以“行业调研”“有偿咨询报告”为名，每篇报酬数千至上万元；很快要求改用微信、WhatsApp或私人邮箱联系；逐步索要内部资料、未公开数据；邀请出境“面谈”，承担全部差旅费用，并叮嘱“不要告诉单位”。\n三、报告渠道。发现可疑情况，请拨打12339或联系公司保卫处{name}（分机{ext}）。\n\n请各部门于活动结束后三个工作日内报送学习情况。\n\n{unit} 党委办公室 / 保卫处",
        ),
    ],
)

F.add(
    "zh8-b-02-campus-side-job-warning",
    0,
    "security_awareness",
    "email",
    True,
    [
        ("none", "", "同学们注意：要“内部资料”的兼职一律别接，有疑问找辅导员。"),
        (
            "none",
            "",
            "【{univ}保卫处提醒】近期有同学在社交平台收到“高薪兼职”邀请，对方自称咨询公司，要求提供实验室内部资料、未发表数据、导师项目申报书，日结几百元，还要先交“保证金”。这既是诈骗，也可能涉及窃密。请勿回应，截图后报告学院。",
        ),
        (
            "none",
            "",
            "各位研究生同学：\n\n转发学校保卫处的提醒，请大家认真看完。\n\n上学期我院有一名同学在闲鱼上看到“资料整理兼职”，对方先让他整理公开论文，付了两次钱，后来开始要课题组的组会PPT和测试数据，还说“拍照就行，不会外传”，最后让他转到一个叫“纸飞机”的软件上联系。这位同学觉得不对，及时报告了导师和学院，没有造成损失。\n\n警示信号：陌生人主动联系、报酬明显偏高、要求内部资料、要求换平台聊天、先交押金。出现任意两条，请立刻停止并报告。\n\n举报电话：12339；学院值班电话：{ext}。\n\n{name}\n{univ} 研究生工作办公室",
        ),
    ],
)

F.add(
    "zh8-b-03-residents-committee",
    0,
    "security_awareness",
    "chat",
    True,
    [
        ("none", "", "居委会提醒：陌生人加微信说“帮忙拍港口照片给报酬”的，千万别答应！"),
        (
            "none",
            "",
            "各位居民朋友，今天社区民警来讲了反间谍知识。重点记住：有人在网上以“兼职”“高额报酬”为名，让你拍摄港口、机场、军事设施照片，或者打听你家人在哪个单位上班，一律不要理，直接打12339。家里有老人孩子的帮忙转告一下。🙏",
        ),
        (
            "none",
            "",
            "[{time}] 幸福里社区居委会：各位邻居好，转发一下街道的通知\n[{time}] 幸福里社区居委会：4月15日上午九点在社区活动室有国家安全教育讲座，民警讲反诈反间谍\n[{time}] 幸福里社区居委会：常见套路：网上“兼职”让你拍码头、机场照片，每张给钱；自称“猎头”“顾问”的人私下加你微信打听单位情况\n[{time}] 3号楼{sname}：我妈上个月就碰到过，说拍一张给{money}\n[{time}] 幸福里社区居委会：对，这种就是典型的，还好没去\n[{time}] 5号楼老刘：现场有鸡蛋领吗😂\n[{time}] 幸福里社区居委会：有的，签到送一盒",
        ),
    ],
)

F.add(
    "zh8-b-04-secrecy-training",
    0,
    "security_awareness",
    "chat",
    True,
    [
        ("none", "", "{day}下午保密培训，记得带工牌，考试不过要补考。"),
        (
            "none",
            "",
            "@所有人 提醒一下：{day}下午两点保密培训在三楼大会议室，讲新修订的保密守则。重点：内部文件不得转到个人微信、QQ或私人邮箱；出国出境提前报备；有人以咨询、兼职名义打听项目情况，要及时报告。",
        ),
        (
            "none",
            "",
            "主题：年度保密教育培训安排及注意事项\n\n各位同事：\n\n今年的年度保密教育培训定于{day}下午14:00在三楼大会议室举行，所有涉密人员必须参加，请假需经部门领导和保密办同意。\n\n本次培训重点讲解：\n1. 涉密载体管理：内部文件、图纸不得拍照，不得通过微信、QQ、钉钉等即时通信工具传输；\n2. 对外交往：参加境外会议、接受境外机构邀请讲课或有偿咨询，须事先报批；\n3. 典型案例：某研究所工程师被“猎头”以每篇数千元报酬约写报告，逐步泄露内部资料，最终被判刑。\n\n培训结束后有闭卷测试，不合格者{day}补考。\n\n保密办公室 {name}\n分机 {ext}",
        ),
    ],
)

F.add(
    "zh8-b-05-report-to-security-office",
    0,
    "security_report",
    "email",
    True,
    [
        ("none", "", "保卫处您好，我收到一条可疑的猎头消息，截图已发您邮箱。"),
        (
            "none",
            "",
            "保卫处{name}老师好，我是{dept}的{sname}。昨天领英上一个自称{firm}的人联系我，说客户不方便透露，请我写{sector}行业报告，每篇{big}元，还让我加他微信 {handle}。我没有回复，截图附后，请老师看下需要怎么处理。",
        ),
        (
            "none",
            "",
            "主题：关于被可疑人员接触的情况报告\n\n保卫处：\n\n本人{name}，{unit}{dept}工程师。现将近期被可疑人员接触的情况报告如下。\n\n{day}晚上，一名自称“{firm}研究顾问”的人通过脉脉给我发私信，原话是：“知道贵单位有保密要求，我们只聊公开信息，报告每篇{big}元，客户希望低调，没必要让单位知道。”之后他两次要求我“换个方便的软件聊”，并问我{topic}项目的进度和参与人员。\n\n我没有提供任何资料，也没有加对方联系方式。相关截图及对方主页链接已打包附在邮件中。\n\n如需当面说明，我随时配合。\n\n{name}\n手机 {phone}",
        ),
    ],
)

F.add(
    "zh8-b-06-is-this-a-scam",
    0,
    "coworker_channel",
    "chat",
    True,
    [
        ("none", "", "大家看下這個領英訊息，是不是騙子？😅"),
        (
            "none",
            "",
            "[截圖] 剛收到的：「您好，我們客戶想了解{tsector}行業，每份報告美金{usd}，請加 WhatsApp 詳談。」這個是不是騙子？公司名都沒寫，頭像還是網上的圖。我要不要報給IT保安？",
        ),
        (
            "none",
            "",
            "[{time}] {tname}：各位，這個大家有收到嗎\n[{time}] {tname}：「{tname}您好，看到您在{tunit}做{tsector}，我們的客戶（暫不方便透露）想請您寫一份行業觀察，有償，之後可以安排到{tcity}見面交流，機票酒店我們負責。」\n[{time}] {tname}：感覺好像宣傳片裡講的那種\n[{time}] 組長Jason：不要回，截圖發給security@example.com.hk，抄送我\n[{time}] 同事Amy：我上個月也收到過類似的，頭像一樣\n[{time}] 組長Jason：那正好一起報，謝謝大家警覺👍",
        ),
    ],
)

F.add(
    "zh8-b-07-court-case-news",
    0,
    "news_article",
    "email",
    True,
    [
        ("none", "", "新聞：前工程師為境外「獵頭」撰寫報告，被判有期徒刑。"),
        (
            "none",
            "",
            "【法治】某{tsector}企業前工程師受境外人員以「行業諮詢」為名拉攏，先後撰寫報告十餘份，獲取報酬美金數千元，並應對方要求改用加密通訊軟件聯絡、赴{tcity}面談。法院以為境外非法提供情報罪判處其有期徒刑。承辦法官提醒：高額報酬、不具名客戶、轉換平台是典型信號。",
        ),
        (
            "none",
            "",
            "轉發一則報道，大家有空看看：\n\n——\n國家安全機關近日披露一宗案例。被告人張某原在某研究院從事{tsector}研發，因求職在職業社交網站上結識一名自稱「獵頭顧問」的人。對方稱其「客戶」是一家外國諮詢公司，請張某撰寫行業分析報告，每份報酬數百至上千美元，並提出「平台不安全」，要求改用WhatsApp聯繫。\n\n此後，對方要求的內容從公開資料逐漸轉向單位內部會議紀要和未公開的試驗數據，還多次邀請張某到{tcity}「與客戶見面」，承擔全部旅費，並叮囑「不要告訴單位」。\n\n張某最終被判處有期徒刑十年。辦案人員表示，類似接觸往往以「只聊公開信息」開始，提醒科研人員遇到類似情況及時報告。\n——\n\n{tname}",
        ),
    ],
)

F.add(
    "zh8-b-08-lawyer-advice",
    0,
    "legal_advice",
    "email",
    True,
    [
        ("none", "", "{tname}，別再回那個人了，聊天紀錄全部保存，明天來律所談。"),
        (
            "none",
            "",
            "{tname}您好，看了您傳來的截圖。對方不具名的「客戶」、每份報告美金{usd}、要求改用私人郵箱、邀請去{tcity}見面，這些都是官方警示中列出的典型信號。建議您停止回覆，不要刪除紀錄，並主動告知公司保安部門，我可以陪同。本次諮詢不收費。",
        ),
        (
            "none",
            "",
            "主旨：RE: 關於獵頭接觸一事的法律意見\n\n{tname}您好：\n\n謝謝您信任本所。根據您的描述及截圖，我的初步意見如下：\n\n1. 您目前並未提供任何非公開資料，報告內容亦屬公開資訊整理，法律風險有限；\n2. 但對方的行為模式（主動接觸、不具名客戶、高額報酬、要求轉到WhatsApp、逐步詢問{tunit}內部安排、邀請出境面談）與多宗已判案件高度相似，建議立即停止往來；\n3. 請完整保存所有紀錄，不要自行刪除或向對方質問；\n4. 建議您主動向僱主的保安或合規部門報告，必要時我們可陪同向執法部門說明。主動報告對您最為有利。\n\n本所收費按委任書列明的標準，由本所開具正式收據，不會要求您轉帳到任何個人帳戶。\n\n如有疑問，請致電本所 {hkphone}。\n\n梁嘉慧 律師\n嘉恒律師事務所\nkaren.leung@example.com.hk",
        ),
    ],
)

F.add(
    "zh8-b-09-hr-advice",
    0,
    "hr_advice",
    "chat",
    True,
    [
        ("none", "", "{sname}，你说的那个猎头，先别回了，下午来我办公室聊。"),
        (
            "none",
            "",
            "{sname}，你转来的消息我看了。正规猎头会说清楚是哪家公司、什么岗位、薪资范围，也不会一上来就让你写付费报告、转微信。这个明显不对劲，我已经同步给保卫处{name}，他可能会找你了解情况，别紧张，你做得对。",
        ),
        (
            "none",
            "",
            "[{time}] HRBP-{name}：{sname}，你周一问我的那个事，我跟保卫处沟通过了\n[{time}] HRBP-{name}：结论是：你没做错任何事，主动报告是对的\n[{time}] HRBP-{name}：以后遇到猎头，判断方法很简单：有没有公司名、岗位、薪资范围；是不是一上来就要你写“报告”；有没有要求转到私人微信或者出国见“客户”\n[{time}] {sname}：明白了，谢谢\n[{time}] {sname}：那我领英要不要关掉\n[{time}] HRBP-{name}：不用，正常找工作也没问题，只是工作经历别写项目代号\n[{time}] HRBP-{name}：真有正规机会想看看，也可以跟我说，公司不拦着😄",
        ),
    ],
)

F.add(
    "zh8-b-10-family-group",
    0,
    "family_chat",
    "chat",
    True,
    [
        ("none", "", "[{time}] 妈妈：春节什么时候回来？票买了没"),
        (
            "none",
            "",
            "{sname}，你爸这两天血压有点高，去医院看了，没大事，医生让少吃盐。你别担心，工作忙就别请假了。过年回来的话提前说，我让{rel}去高铁站接你。红包我收到了，下次别发那么多。",
        ),
        (
            "none",
            "",
            "[{time}] 大伯：@全体成员 下个月{day}奶奶八十大寿，在{hometown}老家摆酒，大家尽量回来\n[{time}] {rel}：收到！我们一家四口都回\n[{time}] {sname}：我看看单位能不能请到假，应该没问题\n[{time}] 妈妈：{sname}你们单位出省要报备吧，早点报\n[{time}] {sname}：要的，下周就去填\n[{time}] 大伯：[红包] 恭喜发财，大吉大利\n[{time}] 小姑：谢谢大哥！奶奶最近身体怎么样\n[{time}] 大伯：好着呢，就是膝盖不太好，走路慢\n[{time}] 妈妈：那到时候给奶奶买个轮椅备着",
        ),
    ],
)

F.add(
    "zh8-b-11-classmates-group",
    0,
    "alumni_chat",
    "chat",
    True,
    [
        ("none", "", "同学会定在{day}晚上，谁在{city}的报个名😂"),
        (
            "none",
            "",
            "各位老同学，我现在在{unit}人力资源部，今年我们{dept}在招{topic}方向的工程师，base北京，年薪大概30到45万，走官网投递，也可以把简历发我工作邮箱，我帮你们内推。需要政审，提前说一下。",
        ),
        (
            "none",
            "",
            "[{time}] 班长：十周年聚会定了，{day}在学校东门那家火锅店\n[{time}] {name}：我在{city}出差，视频参加可以吗😭\n[{time}] 班长：可以，到时候开腾讯会议\n[{time}] 老孙：@{name} 你现在在外企还是回国了\n[{time}] {name}：还在外面，明年可能回来\n[{time}] 老孙：回来找我啊，我们单位缺人，不过要政审，海外经历要写清楚\n[{time}] {name}：哈哈好，到时候找你打听\n[{time}] 班长：聚会AA，每人{money}，群收款已发",
        ),
    ],
)

F.add(
    "zh8-b-12-diaspora-wedding",
    0,
    "family_chat",
    "chat",
    True,
    [
        ("none", "", "{trel}結婚那天你返唔返嚟？利是我幫你封咗先。"),
        (
            "none",
            "",
            "{tname}，你{trel}下個月喺{tcity}擺酒，阿媽話你今年一定要返嚟，佢好耐冇見你。機票我哋夾錢幫你買，你唔使擔心。順便帶你爸爸去睇下眼科，上次醫生話要覆診。",
        ),
        (
            "none",
            "",
            "[{time}] 阿媽：{tname}，你寄返嚟嗰筆錢收到咗，多謝\n[{time}] 阿媽：我同你老豆講咗，用嚟交佢下年嘅藥費\n[{time}] {tname}：唔使客氣，仲有需要就出聲\n[{time}] 阿媽：你表姐下個月結婚，你飛唔飛得返嚟？\n[{time}] {tname}：我睇下公司放唔放人，最遲下星期話你知\n[{time}] 阿媽：唔好太辛苦，返唔到都冇所謂，影多啲相俾我睇\n[{time}] {trel}：{tname}我幫你同新人講咗啦，到時視像飲杯先😂",
        ),
    ],
)

F.add(
    "zh8-b-13-genuine-headhunter",
    0,
    "genuine_recruiter",
    "inmail",
    True,
    [
        ("none", "", "方便的话加个微信约面试时间？我是{firm}猎头{name}。"),
        (
            "none",
            "",
            "{name}您好，我是星桥人才的猎头顾问{sname}。{unit}在招{topic}方向的高级工程师，base上海，年薪45-60万，直接汇报给{dept}负责人。JD我发您邮箱了，感兴趣可以发份简历，或者加我微信 {phone} 约个电话，电话里只聊岗位和您的意向。",
        ),
        (
            "none",
            "",
            "主题：{unit}｜{topic}高级工程师职位（上海）\n\n{name}您好：\n\n我是星桥人才咨询的顾问王蕾，专注{sector}行业中高端招聘，受{unit}正式委托，为其{dept}招聘一名{topic}方向高级工程师。\n\n岗位要点：\n- 负责{topic}相关方案设计与验证；\n- 硕士及以上，5年以上经验；\n- 年薪45万至60万，外加年终奖和股票；\n- 需通过背景调查，候选人须如实说明目前单位的竞业和保密义务，我们不会询问您现单位的任何内部信息。\n\n流程：简历初筛 → 人力资源电话面 → 两轮技术面（现场）→ offer。现场面试的差旅由{unit}按公司标准报销。\n\n如果您有兴趣，回复简历即可；为方便约时间，也可以加我微信 {phone}，排期确认后正式通知仍会从公司邮箱发出。\n\n王蕾\n星桥人才咨询（上海）有限公司\nlei.wang@example.cn",
        ),
    ],
)

F.add(
    "zh8-b-14-expert-network",
    0,
    "expert_network",
    "email",
    True,
    [
        ("none", "", "{tname}您好，{tfirm}想約一小時電話訪談，酬勞美金{usd}。"),
        (
            "none",
            "",
            "{tname}您好，我是{tfirm}的研究助理。我們的客戶是一家投資{tsector}產業的基金，想就公開市場趨勢做一小時電話訪談，酬勞美金{usd}。請注意：我們不接受任何保密或非公開資訊，若您的僱主禁止此類活動，請直接婉拒。",
        ),
        (
            "none",
            "",
            "主旨：專家訪談邀請｜{tsector}供應鏈（一小時，電話）\n\n{tname}您好：\n\n我是{tfirm}專案經理許承恩。我們的委託方是一家資產管理公司，正在研究{tsector}產業的公開供需情況，希望請業內人士分享對市場趨勢的看法。\n\n安排：\n- 形式：電話或Zoom，60分鐘，時間由您決定；\n- 酬勞：美金{usd}，經本公司平台支付至您本人銀行帳戶，並開立收據；\n- 合規：訪談前需在平台上完成合規聲明，確認不會透露現任或前任僱主的機密、內部或非公開資訊，並確認參與不違反僱傭合約。訪談過程中如問題涉及上述內容，您可隨時拒答，我們的合規同事亦會旁聽。\n\n如您目前任職於{tunit}且公司政策不允許，請忽略本函，我們完全理解。\n\n許承恩\n{tfirm} 台北辦公室\ncompliance@example.com",
        ),
    ],
)

F.add(
    "zh8-b-15-paid-talk-review",
    0,
    "think_tank_commission",
    "email",
    True,
    [
        ("none", "", "{name}老师，{day}的讲座讲课费{amount}元，差旅按学校标准报销。"),
        (
            "none",
            "",
            "{name}老师您好，{univ}公共政策研究院拟于{day}举办“{sector}产业政策”公开研讨会，诚邀您作30分钟报告，内容以已公开发表的研究为主，会后在院网站公开发布。讲课费{amount}元（税前），往返交通和住宿由我院按规定报销，邀请函将盖章发至您单位。",
        ),
        (
            "none",
            "",
            "主题：邀请评审《{sector}产业发展报告（年度公开版）》\n\n尊敬的{name}研究员：\n\n您好！我院受省发展改革委委托编写的《{sector}产业发展报告》年度公开版已完成初稿，拟于{day}召开专家评审会，诚邀您担任评审专家。\n\n说明：\n1. 报告全部基于公开数据和政府已发布文件，评审意见将作为附录公开署名发表；\n2. 评审费{amount}元，通过学校财务系统发放至您本人工资卡，依法代扣个税；\n3. 外地专家往返交通、住宿按我校差旅标准报销，请保留票据；\n4. 如需单位出具同意函，我们可提供正式公函。\n\n会议地点：{univ}行政楼二楼会议室。联系人：{sname}，电话{phone}，邮箱 policy@example.cn。\n\n{univ}公共政策研究院\n（盖章）",
        ),
    ],
)

F.add(
    "zh8-b-16-conference-abroad",
    0,
    "conference_invite",
    "email",
    True,
    [
        ("none", "", "Dear {tname}，{tcity}大會確認您的演講時段，機票酒店由主辦方負責。"),
        (
            "none",
            "",
            "{tname}教授您好，第十二屆亞太{tsector}國際研討會將於{tday}在{tcity}舉行。大會誠邀您作主題演講（40分鐘），演講內容將收錄於公開論文集。主辦方負擔經濟艙機票及三晚酒店住宿，並會發出正式邀請函供您辦理單位出境審批。",
        ),
        (
            "none",
            "",
            "主旨：Invitation — Keynote Speaker, Asia-Pacific {tsector} Conference {tday}\n\n{tname}教授：\n\n您好！我代表{tuniv}工學院與亞太{tsector}學會，誠邀您出席於{tday}在{tcity}舉辦的第十二屆年會，並擔任第二天上午的主題演講嘉賓。\n\n大會議程、往屆演講錄影及贊助商名單均已在官方網站公開。本屆約有四百位學者及業界人士參加。\n\n主辦方提供：\n- 往返經濟艙機票（由大會旅行社統一出票）；\n- 會場酒店三晚住宿；\n- 註冊費全免。\n\n如您所在單位需要正式公函或邀請人資料以辦理出國審批，請告知，秘書處會在一週內寄出蓋章文件。演講簡報將於會後公開上載。\n\n順頌教祺\n吳佩珊\n大會秘書處\nsecretariat@example.com.hk ｜ {hkphone}",
        ),
    ],
)

F.add(
    "zh8-b-17-journalist-on-record",
    0,
    "journalist_request",
    "email",
    True,
    [
        ("none", "", "您好，我是記者{tname}，想就貴所新公布的計畫做個具名採訪。"),
        (
            "none",
            "",
            "{tname}您好，我是《北岸科技週報》記者。{tunit}上週公布了{tsector}人才培育計畫，我想請您以主管身分具名受訪，談談計畫內容和時程，約20分鐘，電話或視訊皆可。稿件只引用您同意的內容，刊出前可讓您確認引述。",
        ),
        (
            "none",
            "",
            "主旨：採訪邀請｜{tsector}國家型計畫公布後的產業影響\n\n{tname}主任您好：\n\n我是《北岸科技週報》產業線記者林志豪。貴單位於上週記者會宣布啟動{tsector}計畫，我們正在做一篇深度報導，希望邀請您具名受訪。\n\n預計問題（均圍繞已公開的內容）：\n1. 計畫的目標與三年時程；\n2. 與{tuniv}的合作方式；\n3. 人才招募的公開規劃。\n\n我們理解部分細節尚未對外公布，這些我們不會追問；若您認為某些問題需經公關室同意，也請直接轉給貴單位公關窗口。訪問內容將具名引用，刊出前我會將引述部分傳給您確認。\n\n採訪時間可配合您的行程，{tday}前都可以。\n\n林志豪\n北岸科技週報 產業中心\nreporter.lin@example.com ｜ {hkphone}",
        ),
    ],
)

F.add(
    "zh8-b-18-internal-draft-colleague",
    0,
    "coworker_channel",
    "chat",
    True,
    [
        ("none", "", "{sname}，董事会材料初稿{day}前发我一下，飞书就行"),
        (
            "none",
            "",
            "{sname}，{day}要开内部评审会，{topic}那部分进度表和风险清单麻烦放到企业微信的项目群文件里，别发私人微信，保密办最近查得严。有不方便写的口头跟我说。",
        ),
        (
            "none",
            "",
            "[{time}] {name}：@{sname} 下周的季度汇报，领导说要加一页{topic}明年的计划\n[{time}] {sname}：内部那版还是对外那版？\n[{time}] {name}：内部的，只在部门里讲，不外发\n[{time}] {sname}：好，那我按内网模板做，数据从项目系统里导\n[{time}] {name}：{day}前给我初稿，我先过一遍再给处长\n[{time}] {sname}：收到。对了，附件超过20M钉钉传不了，我放共享盘了\n[{time}] {name}：行，别用U盘拷出来就行😂\n[{time}] {sname}：那必须的，我可不想再上保密培训",
        ),
    ],
)

F.add(
    "zh8-b-19-onboarding-portal",
    0,
    "hr_onboarding",
    "email",
    True,
    [
        ("none", "", "入职材料请在人事系统上传，不要发微信或个人邮箱哦。"),
        (
            "none",
            "",
            "{name}您好，欢迎加入{unit}！请于{day}前登录公司人事系统（hr.example.cn）上传身份证、学历学位证书和体检报告。公司不会通过微信、QQ或私人邮箱索取证件照片，也不会收取任何费用；如有人以HR名义这样要求，请联系{phone}核实。",
        ),
        (
            "none",
            "",
            "主题：入职准备事项（请于{day}前完成）\n\n{name}您好：\n\n恭喜您正式通过{unit}{dept}的录用审批！为顺利办理入职，请注意以下事项：\n\n1. 材料上传：请登录人事系统 hr.example.cn，使用短信验证码登录后上传身份证正反面、学历学位证、离职证明、一寸照片；\n2. 政审与保密：本岗位为涉密岗位，入职首日需签署保密承诺书，并参加保密教育培训；如您持有护照或港澳通行证，需按规定交由单位统一保管；\n3. 安全提醒：入职流程全程免费。公司人事不会用个人微信、QQ或私人邮箱向您索要证件，也不会要求转账。如收到此类信息，请致电人事部核实，电话{phone}。\n\n期待与您共事！\n\n{sname}\n{unit} 人力资源部",
        ),
    ],
)

F.add(
    "zh8-b-20-classified-job-ad",
    0,
    "cleared_job_ad",
    "inmail",
    True,
    [
        ("none", "", "招聘：{topic}工程师，需具备涉密人员资格，简历投官网。"),
        (
            "none",
            "",
            "【{unit}社会招聘】{dept}招聘{topic}方向工程师2名。要求：硕士及以上，中共党员优先，能通过政治审查，入职后按涉密人员管理，出国出境须审批。薪资面议，投递请登录{unit}官网招聘页面，不接受个人微信投递。",
        ),
        (
            "none",
            "",
            "{unit} 2026年社会招聘公告\n\n根据工作需要，{unit}现面向社会公开招聘以下岗位：\n\n岗位一：{topic}总体设计工程师（2人）\n- 工作地点：{hometown}\n- 要求：{sector}相关专业硕士及以上，3年以上工作经验；\n- 须能通过政治审查，入职后签订保密协议，按涉密人员管理，离岗后须遵守脱密期规定；\n- 本人及直系亲属无境外永久居留权。\n\n岗位二：{sector}试验工程师（1人）\n- 要求同上，有外场试验经验者优先。\n\n待遇：年薪20万至35万，五险二金，提供人才公寓。\n\n报名方式：登录{unit}官网“人才招聘”栏目在线填报，截止日期{day}。我单位不委托任何中介或猎头，不收取任何费用，不会通过个人社交账号联系应聘者。\n\n咨询电话：{phone}（工作日）",
        ),
    ],
)

F.add(
    "zh8-b-21-public-tender",
    0,
    "procurement",
    "email",
    True,
    [
        ("none", "", "投标文件{day}截止，保证金走公户，别用个人账户转。"),
        (
            "none",
            "",
            "{sname}，{unit}那个{topic}设备采购项目的招标公告出来了，在公共资源交易平台上。技术参数是公开的，投标保证金{big}元要从公司对公账户汇。标书里涉及我们自己工艺的部分按商业秘密标注，别发外部邮箱。",
        ),
        (
            "none",
            "",
            "主题：Fwd: {unit}{topic}测试系统采购项目——答疑纪要\n\n各位：\n\n转发招标代理的答疑纪要，请投标小组看一下，{day}开内部会对一下报价。\n\n---------- 转发的邮件 ----------\n发件人：招标代理 <tender@example.cn>\n主题：答疑纪要（第1号）\n\n1. 本项目为公开招标，所有技术要求以招标文件为准，不接受任何私下沟通；\n2. 投标保证金须由投标人基本账户转出，不接受个人账户或现金；\n3. 投标人不得就本项目向采购人工作人员索取内部预算或评分细节；\n4. 开标时间为{day}上午9:30，地点见公告。\n---------------------------------\n\n请{sname}牵头商务部分，{name}负责技术应答。\n\n{name}\n投标组",
        ),
    ],
)

F.add(
    "zh8-b-22-ordinary-chat",
    0,
    "ordinary_chat",
    "chat",
    False,
    [
        ("none", "", "晚上吃啥？楼下那家面馆又开了"),
        (
            "none",
            "",
            "{sname}，周末去不去爬山？天气预报说{day}晴，我开车，早上七点半小区门口集合，带点水和吃的就行。上次那家农家乐的鸡还挺好吃，可以再去一次。",
        ),
        (
            "none",
            "",
            "[{time}] {name}：明天几点出发\n[{time}] {sname}：八点吧，早点不堵车\n[{time}] {name}：行，我带相机\n[{time}] {sname}：你那个镜头修好了吗\n[{time}] {name}：修好了，花了{money}，心疼\n[{time}] {sname}：哈哈，那这次多拍点回本\n[{time}] {name}：顺便给我妈拍几张，她老说没好看的照片\n[{time}] {sname}：没问题，阿姨上镜\n[{time}] {name}：那我再带个三脚架，拍张全家福",
        ),
    ],
)

F.add(
    "zh8-b-23-work-email",
    0,
    "work_email",
    "email",
    False,
    [
        ("none", "", "{day}的周会改到下午三点，会议室不变。"),
        (
            "none",
            "",
            "各位，{day}上午十点在二楼会议室讨论{topic}测试台的搬迁安排，预计一个小时。请各组负责人参加，带上设备清单。如有冲突请提前告诉{sname}调整。",
        ),
        (
            "none",
            "",
            "主题：关于实验楼空调检修的通知\n\n各位同事：\n\n后勤处通知，实验楼中央空调将于{day}进行年度检修，届时三楼至五楼将停止供冷约六小时。\n\n请注意：\n1. 对温度敏感的样品请提前转移到一楼恒温间；\n2. 服务器机房有独立空调，不受影响；\n3. 检修期间请关好窗户，避免灰尘进入。\n\n给大家带来不便，敬请谅解。如有特殊需求请联系后勤{name}，分机{ext}。\n\n{dept} 综合办公室",
        ),
    ],
)

# Suspicious families with no app name, no "客户", no fee and no "保密": only what is asked shows intent.
SUBTLE = {
    "zh8-s-02-what-isnt-published",
    "zh8-s-05-after-the-report",
    "zh8-s-07-dinner-on-the-trip",
    "zh8-s-09-relay-from-home",
    "zh8-s-11-senior-sister-notes",
    "zh8-s-13-through-your-mother",
    "zh8-s-14-rewrite-with-your-numbers",
    "zh8-s-15-team-headcount",
}


def length_band(text: str) -> str:
    """Short chat line, InMail / short e-mail, or long e-mail / chat export.

    In characters: about 1.5 Chinese characters make a word, so < 60 is the 3-20 word chat line,
    60-179 the 30-120 word InMail, >= 180 the 120-300 word e-mail.
    """
    n = len(text)
    return "short" if n < 60 else "medium" if n < 180 else "long"


STAMP = re.compile(r"\[(\d\d):(\d\d)\] ")


def as_chat_export(text: str, rng: random.Random) -> str:
    """A chat export takes no greeting or sign-off, and its clock moves on from line to line."""
    text = text[text.index("[") :]
    for closer in sorted(filter(None, CLOSERS), key=len, reverse=True):
        if text.endswith(closer):
            text = text[: -len(closer)]
            break
    first = STAMP.match(text)
    assert first is not None
    minute = int(first.group(1)) * 60 + int(first.group(2))

    def tick(_: re.Match[str]) -> str:
        nonlocal minute
        stamp = f"[{minute // 60 % 24:02d}:{minute % 60:02d}] "
        minute += rng.choice([0, 1, 1, 2, 3, 5, 12])
        return stamp

    return STAMP.sub(tick, text)


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE)
    rng = random.Random(SEED)
    for row in rows:
        if STAMP.search(str(row["text"])):
            row["text"] = as_chat_export(str(row["text"]), rng)
            row["register"] = "chat_export"
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
        # A family's short line is sent as a chat message, whatever the family's usual register.
        if length_band(str(row["text"])) == "short":
            row["register"] = "chat"
    # Dropping the greeting of a chat export can make two draws of one template the same text.
    unique: dict[str, dict[str, object]] = {}
    for row in rows:
        unique.setdefault(str(row["text"]), row)
    rows = list(unique.values())
    write(rows, Path(__file__).with_name("zh_author8.jsonl"))
    for label in (1, 0):
        part = [r for r in rows if r["label"] == label]
        bands = [length_band(str(r["text"])) for r in part]
        print(
            f"label {label}: {len(part)} messages in {len({r['family'] for r in part})} families,"
            f" subtle {sum(r['subtlety'] == 'subtle' for r in part)},"
            f" look-alikes {sum(bool(r['lookalike']) for r in part)},"
            f" short/medium/long {bands.count('short')}/{bands.count('medium')}/{bands.count('long')}"
        )


if __name__ == "__main__":
    main()
