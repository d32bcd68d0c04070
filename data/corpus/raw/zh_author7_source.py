"""Chinese training messages by zh_author7: Traditional (Taiwan, Hong Kong) and Simplified (Singapore, Malaysia).

Who and how. Written by hand by a project engineer (an AI assistant) from ``../shared/DESIGN.md``
("The threat it screens for") and what public warnings describe (CSIS, MI5/NPSA "Think Before You Link", FBI
guidance), blind to the rule packs, the rest of the training corpus and the evaluation sets. Every template is
written in its own wording; every name, firm, handle, address and number is invented (example.tw,
example.com.hk, example.sg, example.com/.org; +886 912 000 0xx, +852 5000 01xx, +65 8000 00xx,
+60 12 000 00xx, (03) 555-01xx). About seven messages in ten are Traditional Chinese (Taiwan, and Hong Kong
with written Cantonese: 唔、係、嘅、咗、冇), three in ten Simplified (Singapore, Malaysia), many mixed with English
as professionals write, with the apps people there use (LINE, WhatsApp, WeChat, Telegram, Signal, Teams).

Run: ``.venv/bin/python data/corpus/raw/zh_author7_source.py`` rewrites ``zh_author7.jsonl`` next to this file
and prints the counts below. Each template is filled twice (``PER_TEMPLATE``) from ``POOLS``, with an opener and
a closer from pools both classes share; ``place_openers`` then moves an opener that landed in front of a
``Subject:`` line, a ``[date] name:`` chat prefix or a notice title to where a person would write it (or drops it
before the message's own "Hi") and drops the duplicates that leaves. ``register`` is set per message
(``email`` for a Subject line, ``chat`` for chat exports and short lines, else the family's own).

What the families cover.
Suspicious (``zh7-s-NN``, 15 families): a fake semiconductor headhunter moving to LINE/WeChat and a personal
mailbox; a Hong Kong "consultancy" paying for reports on government policy in USDT; obfuscated pivots (V信, 纸飞机,
W h a t s A p p, We+zero-width+Chat, T.e.l.e.g.r.a.m); paid cross-strait trips with cash and no declaration;
secrecy with odd payment (to a mother's account, cash, bitcoin); task and deposit job scams; coercion of
diaspora members to return and report on their 同鄉會. Eight families are subtle (``-subtle-`` in the id,
``subtlety: "subtle"``): no app name, no client, no fee and no "confidential" in the text; only what is asked
gives them away (unpublished yield and process figures, untested defence results, policy before announcement,
a trip abroad to meet "friends", keeping it from the supervisor, a research centre wanting working drafts,
alumni flattery probing clearance and access, relatives pressed to bring someone home).
Benign (``zh7-b-NN``, 23 families, 21 of them look-alikes): headhunters in Taiwan, Hong Kong and Singapore
who name the company, the role and the salary band and move to LINE or WhatsApp only for scheduling; expert
networks that pay for a one-hour call and refuse non-public information with a compliance attestation;
universities and think tanks paying for public talks, reviews and signed papers (演講費, 車馬費, 稿酬); conference
organisers abroad paying flights and hotel; journalists asking for comment on the record; colleagues on the
work chat about internal drafts, travel claims and tenders; a public tender; security-awareness notices that
quote the warning signs word for word; family chats about 過年, parents' health and money sent home; a
clansmen association's trip home; clearance job adverts; HR onboarding through the official portal; a
consultant invoicing a named client; bank and payroll notices. Two plain families (ordinary chat, work e-mail).

Counts, as the script prints them. 343 messages in 38 families (8 to 10 per
family): 133 suspicious (38.8%) and 210 benign, of which 192 are look-alikes.
67 suspicious messages are subtle. Length, in non-space characters (short under 50, medium 50-199, long 200
and more; the longer ones carry signatures, quoted replies or forwarded headers):
suspicious 38 short, 55 medium, 40 long; benign 71 short, 71 medium, 68 long.
Registers: suspicious 74 chat, 45 e-mail, 14 InMail; benign 102 chat, 102 e-mail, 6 InMail.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from template_families import Families, build, write  # noqa: E402

SEED = 7_2026
PER_TEMPLATE = 2

# Shared by both classes and free of script (Traditional/Simplified) marks, so they say nothing about the label.
OPENERS = ["", "", "", "Hi ", "Hello，", "Hi~ ", "嗨，", "Hello "]
GREETINGS = ("Hi", "Hello", "嗨", "Dear")
CLOSERS = ["", "", "", " Thanks!", " 🙏", " Thx", " :)", " 🙂"]

POOLS: dict[str, list[str]] = {
    "tw_name": ["陳怡君", "林志豪", "黃雅婷", "張家瑋", "李宗翰", "吳佩珊", "劉建宏", "蔡淑芬", "許博鈞", "鄭雅文"],
    "hk_name": ["陳嘉欣", "黃志偉", "李詠詩", "梁俊傑", "張凱琳", "何家明", "麥穎欣", "區浩然"],
    "sg_name": ["陈美玲", "黄伟明", "李佳慧", "郑国豪", "吴秀玲", "张子健", "刘志强", "许慧敏", "林伟杰", "王丽萍"],
    "tw_phone": ["+886 912 000 012", "+886 912 000 034", "+886 912 000 057", "+886 912 000 078", "+886 912 000 091"],
    "hk_phone": ["+852 5000 0112", "+852 5000 0135", "+852 5000 0158", "+852 5000 0176", "+852 5000 0193"],
    "sg_phone": ["+65 8000 0013", "+65 8000 0027", "+65 8000 0049", "+65 8000 0066", "+65 8000 0088"],
    "my_phone": ["+60 12 000 0015", "+60 12 000 0032", "+60 12 000 0054", "+60 12 000 0071", "+60 12 000 0097"],
    "tw_mail": ["chen.yj", "lin.zh", "huang.yt", "chang.jw", "lee.th", "wu.ps"],
    "hk_mail": ["kayan.chan", "cw.wong", "wingsze.li", "kitlam", "karen.cheung"],
    "sg_mail": ["meiling.tan", "weiming.ng", "jiahui.lee", "guohao.teh", "ziqian.ong"],
    "line_id": ["andy_0912", "career.tw88", "hr-lin2026", "mike.talent", "sunny_hr_tw"],
    "wx_id": ["wx_talent2026", "hr_chen_888", "consult_lee66", "asia_hr_07", "kevin_wx01"],
    "semi_co": ["晶築半導體", "鼎芯科技", "宏矽微電子", "禾昇晶圓", "聯峰積體電路"],
    "semi_role": ["先進封裝製程整合", "EUV 微影製程", "良率工程", "CoWoS 設備工程", "3 奈米製程整合"],
    "semi_node": ["3 奈米", "2 奈米", "N4", "先進封裝", "背面供電"],
    "def_org": ["國防研發單位", "航太研究院", "軍備採購處", "海軍造艦計畫辦公室", "飛彈系統研究所"],
    "gov_dept": ["運輸及物流局", "創新科技署", "貿易署", "保安局", "財經事務科"],
    "sg_gov": ["贸工部", "国防科技局", "能源市场管理局", "资讯通信媒体发展局", "交通部"],
    "twd_fee": ["NT$8,000", "NT$12,000", "NT$15,000", "NT$20,000", "NT$30,000"],
    "hkd_fee": ["HK$2,500", "HK$3,800", "HK$5,000", "HK$6,500", "HK$8,000"],
    "sgd_fee": ["S$400", "S$600", "S$800", "S$1,200", "S$1,500"],
    "usd_pay": ["年薪 US$180k 起", "年薪 US$220k 以上", "總包約 US$250k", "年薪 US$200k＋簽約金"],
    "tw_day": ["週四下午三點", "下週二早上十點", "週五午休", "這週三晚上八點", "下週一下午兩點"],
    "hk_day": ["星期四三點", "下星期二朝早十點", "星期五lunch time", "今個星期三夜晚八點", "下星期一兩點半"],
    "sg_day": ["周四下午三点", "下周二早上十点", "周五午饭时间", "这周三晚上八点", "下周一下午两点"],
    "tw_city": ["新竹", "台中", "台南", "高雄", "桃園"],
    "cn_city": ["廈門", "上海", "深圳", "杭州", "福州"],
    "third_city": ["曼谷", "吉隆坡", "東京", "胡志明市", "澳門"],
    "hk_area": ["觀塘", "沙田", "荃灣", "將軍澳", "九龍灣"],
    "sg_area": ["裕廊东", "淡滨尼", "兀兰", "大巴窑", "榜鹅"],
    "my_town": ["怡保", "新山", "槟城", "古晋", "马六甲"],
    "ref": ["A-2611", "A-2647", "B-3302", "B-3318", "C-4105"],
    "hhmm": ["09:12", "10:47", "13:05", "18:22", "21:36", "22:58"],
    "date_tw": ["2026/1/12", "2026/1/19", "2026/2/3", "2026/2/10", "2026/3/5"],
    "date_sg": ["12/01/2026", "19/01/2026", "03/02/2026", "10/02/2026", "05/03/2026"],
}

F = Families()

# ---------------------------------------------------------------- suspicious, overt
F.add("zh7-s-01-semicon-headhunter", 1, "fake_headhunter", "inmail", False, [
    ("pivot", "credential_targeting vague_client off_platform",
     "{tw_name}您好，我是遠橋人才顧問的資深顧問 Vincent。看到您在{semi_co}負責{semi_role}，經歷非常亮眼。"
     "我們一位海外客戶正在布局{semi_node}，{usd_pay}，職位細節不太方便在領英上談，方便加個 LINE 嗎？我的 ID 是 {line_id}。"),
    ("pivot", "off_platform", "領英我很少上，加我微信聊比較快：{wx_id}"),
    ("pivot", "credential_targeting vague_client off_platform secrecy",
     "Subject: 海外研發中心 主任工程師機會（{semi_node}）\n\n{tw_name} 先生/小姐 您好：\n\n"
     "冒昧來信。我們受一家亞洲大型科技集團委託，為其新設的研發中心物色資深人選。客戶名稱目前暫不公開，"
     "只能說規模很大、資源充足，{usd_pay}，另有安家費。\n\n"
     "客戶特別希望候選人目前仍在台灣一線晶圓廠任職，並實際參與過{semi_node}的量產導入，最好手上有廠內的製程文件可以說明經驗。\n\n"
     "因為這類職缺比較敏感，麻煩不要用公司信箱回覆，以免被 IT 擋信，也請先不要跟主管或同事提起。"
     "可以直接寄履歷到 vincent.hr@example.tw，或加我 LINE：{line_id}，我們約個時間線上聊。\n\n"
     "Vincent Liu\n資深顧問｜遠橋人才顧問\n{tw_phone}"),
    ("elicitation", "paid_task vague_client sensitive_info",
     "在正式面試前，客戶想先請您寫兩三頁的技術心得，主要談貴司{semi_node}良率是怎麼拉上來的、目前卡在哪個站點，會先付{twd_fee}當誠意金。"),
    ("contact", "credential_targeting vague_client",
     "Hi {tw_name}，你在{semi_co}做{semi_role}幾年了？我這邊有個客戶很想找有實際量產經驗的人，薪水絕對比現在好。"),
])

F.add("zh7-s-02-consultancy-paid-report", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client unusual_payment",
     "Subject: 顧問合作邀請\n\n{hk_name} 你好，我哋係維港策略顧問，專門幫海外客戶做大中華區政策研究。"
     "想邀請你寫一份約 3,000 字嘅報告，講{gov_dept}未來一年嘅政策方向，每份{hkd_fee}，可以用 USDT 或者轉去你指定嘅戶口，唔一定要用你自己個名。\n\n我哋嘅客戶係一間海外機構，名就唔方便講住。佢哋最欣賞喺政府做過嘢、明白決策點樣形成嘅人，所以第一份報告寫你自己部門嘅觀察就最好。如果合作順利，之後仲可以安排你去{third_city}同佢哋見面。\n\nRaymond Tse\n維港策略顧問"),
    ("tasking", "paid_task vague_client off_platform secrecy",
     "Subject: Fwd: 研究員招募\n\n---------- Forwarded message ----------\nFrom: 維港策略顧問 <admin@example.com.hk>\nTo: {hk_name}\n\n"
     "你好，我哋正招募兼職研究員，為海外客戶撰寫香港及大灣區政策觀察，每月兩份，每份{hkd_fee}起。"
     "理想人選現職或曾任職{gov_dept}，熟悉決策流程。工作時間自由，唔影響正職，亦唔需要同現職單位申報。\n\n"
     "有興趣請加我哋嘅 Signal（{hk_phone}）傾詳細，唔好用公司電郵回覆呢封信。首份報告完成後即時付款。\n\n"
     "----\n{hk_name}：阿 Sam，呢個係咪你上次講嘅嗰間？睇落幾好賺喎。"),
    ("tasking", "paid_task vague_client",
     "報告唔使好學術，寫你自己嘅觀察就得，我個客戶睇完話好有用，下一份可以加錢。"),
    ("elicitation", "paid_task vague_client sensitive_info secrecy unusual_payment",
     "Subject: RE: 第二份報告\n\n{hk_name}：\n\n多謝你上次份報告，客戶好滿意，{hkd_fee}已經用 USDT 過咗去你個錢包，麻煩查收。\n\n"
     "今次佢哋想再深入少少：{gov_dept}內部對下一份諮詢文件有咩唔同意見？邊幾位高層傾向收緊、邊幾位反對？"
     "未出街嘅會議紀錄或者簡報，如果你方便影低都好有幫助，價錢可以再傾。\n\n"
     "呢份合作請你自己知就得，唔使同公司講，亦唔好用辦公室電郵聯絡我。\n\n"
     "Raymond Tse\nSenior Partner, 維港策略顧問\nraymond.tse@example.com.hk｜{hk_phone}\n\n"
     "> 寄件者：{hk_name}\n> 份報告寄咗畀你，有咩要改話我知。"),
    ("tasking", "paid_task vague_client unusual_payment",
     "報酬可以用支付寶、USDT 或者禮品卡，你揀一個最方便嘅。客戶唔想經銀行。"),
])

F.add("zh7-s-03-obfuscated-pivot", 1, "obfuscated_pivot", "chat", False, [
    ("pivot", "off_platform", "这里讲不方便，加我 V信 {wx_id}，详细聊"),
    ("pivot", "off_platform credential_targeting vague_client",
     "Hi {sg_name}，看到你在{sg_gov}做项目，我们有个客户很有兴趣。这个平台会删讯息，下载纸飞机吧，搜 @asia_consult_{ref} 就找到我。"),
    ("pivot", "off_platform vague_client",
     "{hk_name}，我老闆想親自同你傾，佢唔用 LinkedIn，你加佢 W h a t s A p p 啦：{hk_phone}，講係 Ivy 介紹嘅就得。"),
    ("pivot", "off_platform paid_task vague_client",
     "Subject: 合作事宜（请勿回复此邮箱）\n\n{sg_name} 您好，\n\n上周在领英上跟您提过的项目，合作方已经确认，想请您为他们撰写东南亚电网调度的分析，"
     "一共三篇，每篇{sgd_fee}，他们是海外一家能源基金，名称签约后才能透露。\n\n因为这个邮箱会被系统过滤，之后请改用 We\u200bChat 联系我：{wx_id}，"
     "或者 T.e.l.e.g.r.a.m 搜 @sea_grid_{ref}。资料和付款方式都在那边发您。\n\n"
     "另外，合作方比较在意资料的时效，希望能看到贵单位还没对外公布的调度计划，公开的年报他们已经有了。\n\nMs. Lim"),
    ("pivot", "off_platform paid_task vague_client sensitive_info",
     "职位信息发你 wx 了吗？没收到的话直接加 v：{wx_id}。项目是写行业分析，按篇算，一篇{sgd_fee}，客户在海外，资料我私下发你。"),
])

F.add("zh7-s-04-cross-strait-trip", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting paid_task vague_client",
     "Subject: 兩岸產業交流座談邀請\n\n{tw_name} 老師您好：\n\n我們是海峽產業發展促進會，今年在{cn_city}舉辦半導體人才交流座談，誠摯邀請您出席。"
     "機票、五星級酒店與當地行程全由我方負擔，另致贈出席費{twd_fee}。\n\n"
     "座談採小型閉門形式，與會的幾位朋友對台灣{semi_node}的發展非常關心，想當面向您請教一些業界還沒公開的情況。"
     "為避免不必要的誤會，行程請不必向任職單位申報，入境時也不用在台胞證上蓋章。\n\n"
     "聯絡人：周雅琪\nchou.yc@example.com｜{tw_phone}"),
    ("meeting", "client_meeting vague_client",
     "下個月您如果有空，我們安排您去{cn_city}走走，吃住都不用您出錢，順便跟我們老闆見一面聊聊合作。"),
    ("meeting", "client_meeting vague_client secrecy",
     "{tw_name}，上次你寫的東西對方很滿意，想約你在{third_city}見面，機票飯店都訂好了，跟公司就說是去玩。"),
    ("meeting", "client_meeting vague_client secrecy unusual_payment",
     "Subject: RE: 行程確認\n\n{tw_name} 老師：\n\n行程已確認如下：\n・第一天：桃園飛{cn_city}，落地後有專人接機，入住會方安排的酒店；\n"
     "・第二天：上午參觀園區，下午與兩位負責同志座談，主題是台灣{semi_node}人才與技術現況；\n・第三天：自由活動後返台。\n\n"
     "座談內容不錄音、不做紀錄，請老師放心暢談。會方會以現金致贈交流費，回程前交給老師，不需簽收。"
     "提醒老師，入境時請走台胞證通道，不要在護照上留章，回台後如有人問起，就說是自費旅遊。\n\n"
     "周雅琪 敬上\n\n> 寄件者：{tw_name}\n> 請問座談大概會談哪些內容？我需要先準備資料嗎？"),
    ("meeting", "client_meeting paid_task vague_client",
     "見面是小範圍的，就你、我、還有委託方兩位負責人。他們會帶現金的車馬費，不用開收據。"),
])

F.add("zh7-s-05-secrecy-odd-payment", 1, "handler_followup", "chat", False, [
    ("none", "secrecy unusual_payment",
     "[{date_tw} {hhmm}] Kevin: 這個月的部分我先匯到你媽媽的帳戶，這樣比較不會被查。\n[{date_tw} {hhmm}] Kevin: 記得不要跟公司說哦"),
    ("none", "secrecy", "呢件事你知我知就得，唔好同你老細講，亦唔好喺公司部電腦搵我。"),
    ("tasking", "paid_task unusual_payment secrecy",
     "Subject: 下周安排\n\n{sg_name}，这次的报告费我换成现金，下周你来{sg_area}咖啡店拿，不用转账，也不要留记录。\n\nK."),
    ("tasking", "paid_task vague_client unusual_payment secrecy",
     "Subject: 付款安排\n\n{hk_name}，之前講好嘅{hkd_fee}，老闆話今次改用比特幣畀你，"
     "我已經幫你開咗個錢包，私鑰稍後用另一個渠道傳畀你。佢哋好欣賞你份分析，之後會長期合作。\n\n"
     "有幾點請你留意：一、收款唔好經你自己銀行戶口；二、唔好同屋企人或者同事提起；三、我哋嘅電郵睇完就刪。\n\n"
     "上次你話想換車，呢筆錢分兩次收會冇咁搶眼，第一次下星期，第二次月尾。\n\n有咩問題打 {hk_phone} 搵我，晚上十點之後先覆。\n\nAlan"),
])

F.add("zh7-s-06-task-scam", 1, "job_scam", "chat", False, [
    ("pivot", "job_scam off_platform unusual_payment",
     "Subject: 【高薪兼职】在家工作，时间自由\n\n您好！我们公司招聘线上兼职，在家帮商家点赞就可以，每天轻松赚 RM300–RM800。"
     "请加 Telegram @job_{ref} 领取第一单，需要先充值 RM200 激活账户，完成后连本带利退还。\n\n招聘专员 Amy\n{my_phone}"),
    ("none", "job_scam",
     "Subject: Offer Letter - 数据录入兼职\n\n恭喜您通过面试！职位：远程数据录入员，月薪 RM4,500。\n"
     "入职前需缴交培训教材与设备押金 RM680，汇款至下方个人户口后，HR 会在 24 小时内寄出工作电脑。\n\n"
     "户口名称：TAN KAH WEI（个人户口）\n请在今晚 12 点前完成，名额有限，逾期视同放弃。\n\n注意事项：\n1. 押金收到后才会安排培训；\n2. 若未按时汇款，名额将转给下一位候选人；\n3. 汇款时请勿向银行职员说明用途，以免延误入职。\n\n"
     "人事部\n{my_phone}"),
    ("none", "job_scam unusual_payment",
     "兼职資料已收到～ 請先購買 3 張 HK$500 嘅禮品卡，拍低張卡背面嘅號碼傳過嚟，當做保證金，第一筆工資會連同退返。"),
    ("pivot", "job_scam off_platform unusual_payment",
     "[{date_sg} {hhmm}] 导师Lily: 恭喜你完成前五单，佣金 S$86 已到账～\n[{date_sg} {hhmm}] {sg_name}: 那我可以提现了吗\n"
     "[{date_sg} {hhmm}] 导师Lily: 可以的亲，不过系统显示你的信用分不足，需要先做一个 VIP 任务，充值 S$800，完成后本金加佣金 S$1,040 一起退回\n"
     "[{date_sg} {hhmm}] {sg_name}: 之前没说要充值啊\n[{date_sg} {hhmm}] 导师Lily: 这是平台规定，很多学员都做过，放心。充值请转到这个账户，转完截图发我 Telegram\n"
     "[{date_sg} {hhmm}] 导师Lily: 今天 12 点前不完成的话，之前的佣金会被冻结哦"),
    ("pivot", "job_scam off_platform", "履歷不用投官網，直接用私人信箱寄給我就好：hr.jobs2026@example.com，今天就能安排上工。"),
])

F.add("zh7-s-07-coercion-return", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "{hk_name}，我哋係你屋企附近派出所嘅，你阿爸阿媽都幾好。你喺外面參加嗰啲活動我哋都知，早啲返嚟交代清楚，對大家都好。"),
    ("none", "coercion", "你弟弟工作的事我們可以幫忙，也可以讓它出問題。你自己想清楚，過年前回來一趟。"),
    ("none", "coercion",
     "[{date_tw} {hhmm}] 陌生號碼: 你在台灣參加的那個同鄉會，每次聚會誰來、說了什麼，整理一下發給我們。\n"
     "[{date_tw} {hhmm}] 陌生號碼: 你父母年紀大了，不要讓他們為你擔心。"),
    ("none", "coercion",
     "Subject: 关于你家人的情况\n\n{sg_name}：\n\n你在新加坡这几年做的事，我们一直有留意。你母亲最近身体不好，"
     "你舅舅在单位的工作也正在调整，能不能顺利，很大程度上取决于你的态度。\n\n"
     "我们的要求不多：第一，回国一趟，当面说明情况；第二，把你们那边协会里几位活跃分子的联系方式和近况整理给我们。"
     "你表妹明年考公务员，政审那一关你也知道。做到了，你家里的事情我们会关照；做不到，后果你自己清楚。\n\n这封信不要转给别人，也不要找当地警察，没有用。"),
])

# ---------------------------------------------------------------- suspicious, subtle
# No app name, no "client", no fee, no "confidential": only what is asked gives them away.
F.add("zh7-s-08-subtle-unpublished-process", 1, "subtle_approach", "chat", False, [
    ("elicitation", "sensitive_info vague_client",
     "上次你講的那些公開資料其實大家都看過了，跟我合作的那幾位比較想知道還沒對外說的部分，像是{semi_node}真正的良率跟下一季要調整哪些機台。"),
    ("elicitation", "sensitive_info", "你們廠裡下個月那場製程檢討會，結論出來可以跟我說一下大方向嗎？"),
    ("elicitation", "sensitive_info vague_client",
     "{tw_name}，謝謝你上週花時間聊。我整理了一下，還有幾個地方想請你幫忙補充：\n"
     "1. {semi_co}今年{semi_node}實際投片量大概多少，跟法說會講的差多少？\n"
     "2. 新廠那邊的設備是哪幾家在供，交期有沒有延？\n"
     "3. 你們主管在會議上怎麼評估明年的擴產計畫？\n"
     "不用寫得很正式，拍個白板或手寫筆記也行。我這邊的朋友對前兩點特別在意，第三點有就更好。\n\n我知道這些不是隨便能講的，你挑覺得可以說的就好。下個月我回{tw_city}，我們約老地方，當面聊比較清楚。"),
    ("elicitation", "sensitive_info", "簡報檔不用全部，把有時程表那幾頁截圖給我就好，我看一下就刪。"),
    ("elicitation", "sensitive_info vague_client",
     "Subject: 請教一個規格問題\n\n{tw_name}，我幫幾位做產業研究的朋友問的：{semi_role}這塊，你們跟設備商簽的規格書裡最關鍵的參數是哪幾個？網路上查不到，只有做的人知道。\n\nEric"),
])

F.add("zh7-s-09-subtle-defence-engineer", 1, "subtle_approach", "email", False, [
    ("contact", "credential_targeting",
     "{tw_name}您好，看到您之前在{def_org}服務多年，對您的專業很佩服。我也是做系統工程的，想跟您交個朋友，有機會一起吃個飯？"),
    ("elicitation", "credential_targeting sensitive_info",
     "您在{def_org}的時候，應該有參與過測試評估吧？那批測試的實際數據跟報告上寫的差很多嗎？純粹好奇。"),
    ("elicitation", "credential_targeting sensitive_info vague_client",
     "Subject: 請教幾個技術問題\n\n{tw_name} 前輩好：\n\n上次校友會聊得很開心。回去後我跟一起做研究的幾位前輩提到您，他們都很想多了解一些。\n\n"
     "我們知道很多東西不能講，所以只想請教大方向：{def_org}明年採購案大概會選哪一型？"
     "上次試射沒有公開的那兩次，問題出在導引還是推進？目前人員編制跟排程有沒有變？\n\n"
     "如果用寫的不方便，下次見面口頭說也可以，我把問題記在紙上就好，看完就撕掉。前輩以前帶過的幾位學弟，如果也願意聊，也麻煩幫我引薦。真的很感謝前輩願意幫忙。\n\n"
     "學弟 建廷 敬上"),
    ("elicitation", "credential_targeting sensitive_info", "你們單位現在誰負責那個案子？名單給我一下，我想認識幾位。"),
])

F.add("zh7-s-10-subtle-policy-before-announcement", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "{hk_name}，{gov_dept}下個月個方案，你哋開會傾到邊個方向？我想喺公布之前知多少少。"),
    ("elicitation", "sensitive_info vague_client",
     "我嗰邊幾位朋友對你上次講嘅嘢好有興趣，佢哋最想知嘅係：預算數字幾時拍板、邊幾個項目會被砍，仲有局長本身點睇。出咗街嘅新聞佢哋都睇過晒，唔使再講。"),
    ("elicitation", "sensitive_info",
     "Subject: 请教\n\n{sg_name}，你们{sg_gov}那份检讨报告还没发出去对吧？里面对外资审查那段是怎么写的，能不能先透露一点？\n\nDaniel"),
    ("elicitation", "sensitive_info vague_client",
     "Subject: 下次見面前\n\n{hk_name}：\n\n上次食飯你提到{gov_dept}對新規例有兩派意見，我返去同幾位一齊做研究嘅朋友講咗，佢哋好想知多啲細節。\n\n"
     "方便嘅話，下次見面可唔可以帶埋：一、草擬本目前嘅版本；二、各部門回覆嘅意見摘要；三、你估計幾時會交上去。"
     "唔使全部，有幾多得幾多。公開咗嘅文件就唔使，網上都有。\n\n"
     "下星期你幾時得閒？我訂{hk_area}嗰間你鍾意嘅茶餐廳。\n\nDavid\n\n> 寄件者：{hk_name}\n> 上次講嗰啲你聽完就算，我自己都未肯定，唔好同其他人講住。"),
])

F.add("zh7-s-11-subtle-meet-abroad", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting vague_client",
     "下次你去{cn_city}出差，我朋友想當面請教你，吃住行程這邊都安排好，你人到就行。"),
    ("meeting", "client_meeting vague_client",
     "Subject: 年底小聚\n\n{sg_name}，年底我们在{third_city}有个小聚会，几位做研究的前辈想见见你，机票酒店我们订，你只要请两三天假就好。\n\nJason"),
    ("meeting", "client_meeting vague_client secrecy",
     "[{date_sg} {hhmm}] Jason: 我朋友那边很期待见你\n[{date_sg} {hhmm}] Jason: 这次就说是去旅游，比较简单\n"
     "[{date_sg} {hhmm}] Jason: 到了有人接你，住的地方也安排好了"),
    ("meeting", "client_meeting vague_client sensitive_info secrecy",
     "{tw_name}您好：\n\n上回在研討會上的交流讓我印象深刻。跟我一起工作的幾位長輩對{semi_node}很有興趣，"
     "想邀您年後到{third_city}碰個面，行程大約三天，來回機票與住宿由我們處理，您不用操心。\n\n"
     "見面時若能聊聊貴公司接下來一年的研發路線，特別是還沒對外發表的那一部分，他們會非常感激。"
     "地點比較安靜，不會有其他人，您太太若想同行也歡迎。若您同意，請把護照上的英文姓名與方便的日期告訴我。出入境時若有人問起，就說是去參加研討會即可，不必多作說明。\n\n王先生"),
])

F.add("zh7-s-12-subtle-keep-it-quiet", 1, "handler_followup", "chat", False, [
    ("none", "secrecy", "這件事我們兩個知道就好，你主管那邊就不用特別提了。"),
    ("none", "secrecy", "出國那幾天，差勤系統就填休假，不要寫去哪裡，沒必要。"),
    ("elicitation", "secrecy sensitive_info",
     "{hk_name}，以後我哋嘅嘢唔好喺公司講，亦唔好打落你本簿度。你下次帶份嘢出嚟，睇完我即刻還返畀你，冇人會知。"),
    ("elicitation", "secrecy sensitive_info vague_client",
     "Subject: 幾點提醒\n\n{sg_name}：\n\n最近合作很顺利，谢谢你。有几件事想提醒一下：\n\n"
     "一、单位的年度申报，我们认识这件事不用写进去；二、以后你拿到的会议资料，先拍照留着，不要用公司的打印机；"
     "三、如果有人问起我们怎么认识的，就说是朋友介绍的，在球场认识也可以。\n\n我朋友那边下个月想多了解你们部门的人事调动，还有新系统上线前测试的情况，"
     "有进展就告诉我。下次见面还是老地方，你先到，我会晚十分钟，手机放在车上就好。\n\n阿杰"),
])

F.add("zh7-s-13-subtle-research-centre-drafts", 1, "fake_think_tank", "email", False, [
    ("elicitation", "sensitive_info vague_client",
     "Subject: 研究合作\n\n{sg_name} 您好，我们是一家关注东南亚能源政策的研究中心。看到您在能源市场管理局负责相关工作，"
     "想请教一下：明年的电价与储备政策，目前讨论中的几个方案分别是什么？公开的咨询文件我们都读过了，主要想了解还在讨论、没定案的部分。\n\n我们的研究员下个月会到新加坡，如果您愿意，可以约个地方喝杯咖啡，随便聊聊；您手边如果有工作小组的会议纪要，带来给我们看一眼就好，我们不会复印。\n\n东南亚能源转型研究中心 研究员 何俊彦"),
    ("elicitation", "sensitive_info", "方便的话，把你们工作小组最近一版的草稿传我们参考一下，哪怕只是目录也好。"),
    ("elicitation", "sensitive_info vague_client",
     "Subject: 學術交流請益\n\n{tw_name}研究員好，中心幾位合作的學者對您們那份兩岸經貿評估很有興趣。正式版本公開前，能否先分享一下評估裡對幾個敏感產業的判斷？我們只做學術參考。\n\n東亞區域研究中心 助理 許小姐"),
    ("elicitation", "credential_targeting sensitive_info vague_client",
     "Subject: 关于工作坊\n\n{sg_name} 女士：\n\n感谢您答应参加我们下月的闭门工作坊。为了讨论更有针对性，几位合作方希望事先了解：\n\n"
     "（1）贵部门目前参与哪些跨国谈判，各自进展到哪一步；\n（2）谈判立场文件里，哪些条款是底线；\n"
     "（3）部门里还有哪几位同事经手这些文件，我们也想邀请他们。\n\n"
     "这些问题不会出现在任何出版物里，只在与会者之间讨论。工作坊后我们会寄上一份小纪念品，以表谢意。若您不便亲自出席，把相关文件的要点整理成一页给我们也可以。\n\n"
     "赤道区域研究中心 项目主任 陈思远"),
])

F.add("zh7-s-14-subtle-alumni-flattery", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting",
     "{tw_name}前輩好！我也是北岸大學電機系畢業的，看到你現在在{def_org}，真的好厲害。想請教你當初怎麼進去的，需要通過什麼樣的安全查核？"),
    ("contact", "credential_targeting vague_client",
     "你好，看你的資歷很適合一些比較特別的機會，我認識的幾位前輩對有{def_org}背景的人特別重視。要不要找時間聊聊？"),
    ("contact", "credential_targeting vague_client",
     "{sg_name}，你在{sg_gov}做了几年了？能接触到哪个级别的文件？我有几位朋友一直在找你这样背景的人，待遇方面你不用担心。"),
    ("contact", "credential_targeting vague_client",
     "您好 {hk_name}，\n\n冒昧打擾。我在業界做人才發展十幾年，最近留意到您在{gov_dept}的工作，非常欣賞您的分析能力。\n\n"
     "我身邊有幾位長期關注香港政策的前輩，他們不看履歷，看的是人：在政府裡待過、接觸過決策過程、懂得分寸的人。"
     "您目前的職級、手上負責的範圍、跟哪幾位決策者共事，如果方便簡單跟我說一下，我好判斷哪位前輩最適合介紹給您。他們做事一向低調，從不在公開場合露面，認識之後您就會明白。\n\n"
     "不急，您想好再回覆我就行。\n\n祝 好\nJoanne"),
])

F.add("zh7-s-15-subtle-family-leverage", 1, "coercion", "chat", False, [
    ("none", "coercion", "阿仔，今日又有人上嚟問你喺邊度做嘢、住邊度。佢哋話你返嚟同佢哋傾吓就冇事，你返嚟啦。"),
    ("none", "coercion",
     "{sg_name}，你爸让我转告你：那边的人说了，只要你回来一趟，把在{my_town}同乡会里常来往的几个人说清楚，你弟弟的护照就能办下来。别再拖了。"),
    ("none", "coercion", "你姑丈說，他們講了，你不回來的話，表哥升職的事就難說了。你自己看著辦。"),
    ("none", "coercion",
     "[{date_sg} {hhmm}] 二姨: 那些人今天又来家里了\n[{date_sg} {hhmm}] 二姨: 说你在那边跟一些不三不四的人来往，要你把他们的名字告诉他们\n"
     "[{date_sg} {hhmm}] 二姨: 你妈一直哭，你就照他们说的做吧"),
    ("none", "coercion",
     "{hk_name}：\n\n我係你表叔。本來唔想搵你，但係街道嗰邊嘅人已經嚟咗三次，每次都問你喺香港做緊乜、同邊啲人聯絡。"
     "佢哋話如果你肯返嚟一趟，講清楚你喺嗰邊參加過嘅聚會同埋見過邊啲人，你阿爺間屋嘅手續就可以照常辦；唔返嚟嘅話，佢哋就唔保證，連你細佬喺單位嗰份工都可能有麻煩。佢哋仲話，你喺嗰邊認識嗰啲同鄉，名同電話最好都寫低一齊交。\n\n"
     "你阿爸血壓又高咗，成晚訓唔着，佢話唔想再有人上門。你阿媽唔敢同你講，我代佢講。你諗清楚，盡快覆我。"),
])

# ---------------------------------------------------------------- benign look-alikes
F.add("zh7-b-01-tw-headhunter-named", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "{tw_name}您好，我是群嶺獵才的顧問 Amber。{semi_co}新竹廠正在招募「{semi_role}資深工程師」，年薪約 NT$180 萬–240 萬（含分紅），"
     "工作地點在新竹科學園區。若您有興趣，可否寄一份最新履歷到 amber.kuo@example.tw？我再跟您約十五分鐘電話說明。"),
    ("none", "", "履歷收到了，謝謝！{semi_co}的 HR 想約{tw_day}電話初談，大約三十分鐘，主要確認您的期望待遇與到職時間，方便嗎？"),
    ("none", "",
     "Subject: 職缺說明｜{semi_co} {semi_role} 主任工程師\n\n{tw_name} 您好：\n\n感謝您昨天撥空通話。以下是書面資訊，方便您評估：\n\n"
     "・公司：{semi_co}股份有限公司（上市公司，總部新竹）\n・職稱：{semi_role} 主任工程師，向製程整合處經理報告\n"
     "・薪資：月薪 NT$11 萬–14 萬，另有年終與員工分紅，實際依面談結果\n・流程：HR 電話初談 → 部門兩輪面試 → 背景查核\n\n"
     "提醒您，面試時請不要攜帶或提及現職公司的任何機密資料，對方只會問您個人的經驗與做法，這也是我們的執業原則。\n\n"
     "若方便，面試時間我會用 LINE 跟您確認（只用來排時間），正式通知一律以 e-mail 寄出。\n\n"
     "郭安柏 Amber Kuo\n資深顧問｜群嶺獵才股份有限公司（人力仲介許可證號 3301）\namber.kuo@example.tw｜{tw_phone}"),
    ("none", "", "我是群嶺獵才的 Amber，剛剛打給您沒接到～加您 LINE 只是為了約面試時間，職缺細節都在 e-mail 裡喔。"),
])

F.add("zh7-b-02-hk-headhunter-whatsapp", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "{hk_name}你好，我係 Harbour Talent 嘅 Consultant Carmen。港灣銀行 Risk Technology 有個 VP 職位，月薪 HK$85k–100k，"
     "想問你有冇興趣？方便嘅話我轉用 WhatsApp {hk_phone} 同你約時間，JD 我會 email 畀你。\n\n呢個 role 主要負責 market risk 系統重建，team 有十二個人，hybrid，每星期返三日 office（中環）。Hiring Manager 係前 Big Four 出身，好 nice。面試唔會問你現職公司嘅內部嘢，只會問你自己做過嘅 project 同 architecture 思路。\n\nCarmen | Harbour Talent"),
    ("none", "", "收到你份 CV 喇～港灣銀行 HR 想約你{hk_day} Teams 面試，OK 嘅話我send invite畀你。"),
    ("none", "",
     "Subject: 港灣銀行 VP, Risk Technology — 面試安排\n\nHi {hk_name}，\n\n多謝你今日喺 WhatsApp 確認時間。再同你 recap 一次：\n\n"
     "Company: 港灣銀行（香港）有限公司\nRole: VP, Risk Technology（reports to Head of Market Risk IT）\n"
     "Package: HK$85k–100k x 13 + discretionary bonus\nInterview: {hk_day}，一小時，Teams，面試官係 Hiring Manager 同一位 Senior Engineer\n\n"
     "WhatsApp 只係方便改時間，所有 offer 同文件都會經公司 email 同 HR portal 發出。有咩問題隨時搵我。\n\n"
     "Carmen Lau\nSenior Consultant | Harbour Talent Ltd（EA Licence No. 99001）\ncarmen.lau@example.com.hk | {hk_phone}"),
    ("none", "", "唔好意思要改期，Hiring Manager 臨時出差，改{hk_day}得唔得？"),
    ("none", "", "Offer letter 已經喺 HR portal，你睇完有問題我哋再傾 package，唔急。"),
])

F.add("zh7-b-03-sg-recruiter-named", 0, "genuine_recruiter", "email", True, [
    ("none", "",
     "Hi {sg_name}，我是 Lion Bridge Recruitment 的 Shirley。南洋智联（Nanyang Smartlink）在招 Senior Data Engineer，"
     "月薪 S$9,000–11,000，hybrid，地点在 one-north。可以 send 我你的 CV 吗？我的 email 是 shirley.ng@example.sg。团队做的是公共交通的实时数据平台，技术栈是 Spark 和 Kafka，面试一共两轮，全部在线上，结果一周内通知。"),
    ("none", "", "收到你的 CV 了！客户那边想约{sg_day}视频面试，你方便吗？"),
    ("none", "",
     "Subject: Senior Data Engineer @ 南洋智联 — 职位详情\n\nHi {sg_name}，\n\n谢谢你今天接我的电话。职位资料如下：\n\n"
     "公司：南洋智联私人有限公司（公开上市集团旗下）\n职位：Senior Data Engineer，向 Head of Platform 汇报\n"
     "薪资：S$9,000–11,000 / 月 + AWS，另有年度花红\n流程：HR screening → 技术面试 → 与团队见面\n\n"
     "我们是 MOM 持牌职介（EA 20C0001），从不向求职者收取任何费用。面试时间如果你想用 WhatsApp 跟我确认也可以：{sg_phone}，"
     "正式文件一律从公司邮箱寄出。面试时客户只会问你自己做过的项目，请不要带任何现职公司的内部资料。\n\nShirley Ng\nPrincipal Consultant, Lion Bridge Recruitment\nshirley.ng@example.sg"),
    ("none", "", "客户名称我先跟你讲清楚：就是南洋智联，不是外包。JD 我 email 你了。"),
    ("none", "",
     "{sg_name} 你好，我们在帮马来西亚一家电厂 Tenaga Harapan 找 Control Systems Lead，驻{my_town}，RM18k–22k。你如果有兴趣，我 call 你讲详细？"),
])

F.add("zh7-b-04-expert-network-tw-hk", 0, "expert_network", "email", True, [
    ("none", "",
     "Subject: 付費專家訪談邀請（1 小時，半導體設備產業）\n\n{tw_name} 您好：\n\n我是衡知專家網絡（Hengzhi Expert Network）的研究專員林郁婷。"
     "我們的客戶是一家美國資產管理公司，正在研究全球半導體設備市場，想邀請您進行一小時電話訪談，主題是設備採購的一般流程與市場趨勢。\n\n"
     "訪談報酬為每小時 US$400，由本公司支付。請注意：\n1. 我們不接受、也不希望您提供任何現任或前任雇主的機密或非公開資訊；\n"
     "2. 訪談前您需要在平台上完成合規聲明，確認您的雇主規範允許參加；\n3. 若任何問題涉及機密，您可以、也應該拒答。\n\n"
     "若有興趣，請回覆方便的時段。\n\n林郁婷｜研究專員\n衡知專家網絡股份有限公司\nyuting.lin@example.tw｜{tw_phone}"),
    ("none", "", "提醒您：訪談前請先在衡知平台完成合規聲明，沒有完成的話客戶那邊不能開始喔。聲明裡也會再確認一次：不談任何非公開資訊。"),
    ("none", "",
     "{hk_name} 你好，我哋係衡知專家網絡香港辦事處。有一間歐洲基金想了解香港物流業嘅公開市場情況，例如貨櫃碼頭處理量嘅趨勢同埋業界對新政策嘅公開回應，一小時電話，報酬 HK$3,500，經我哋公司戶口轉賬。如果你而家喺政府或者公營機構工作，我哋就唔可以安排，請見諒。"
     "我哋唔會問、亦唔接受任何非公開資料，開始前會請你簽合規聲明。有興趣可以回覆呢封 email。\n\n衡知專家網絡（香港）有限公司 研究助理 Chloe Ho\nchloe.ho@example.com.hk"),
    ("none", "", "多謝你今日嘅訪談，報酬會喺三個工作天內經銀行轉賬到你登記嘅戶口，收據會 email 畀你。"),
    ("none", "",
     "{tw_name} 您好，合規部提醒：您目前任職於{semi_co}，依貴公司政策可能需事先取得主管書面同意。確認可以後再安排訪談，不方便的話完全沒關係。"),
])

F.add("zh7-b-05-expert-network-sg", 0, "expert_network", "email", True, [
    ("none", "",
     "Hi {sg_name}，我是博闻专家网络（Bowen Expert Network）的 Associate Kelly。我们的客户是一家日本咨询公司，研究东南亚数据中心电力需求，"
     "想请你做一小时付费电话访谈，报酬 S$500。我们明确不接受任何机密或未公开的信息，访谈前需完成合规问卷。\n\n访谈内容只涉及行业一般情况，例如公开的电价走势和数据中心选址考虑。如果您的雇主不允许参加外部访谈，请直接告诉我，我们完全理解。\n\nKelly Tan | 博闻专家网络 | kelly.tan@example.sg"),
    ("none", "", "合规问卷的链接发你 email 了，填完我们就排时间哦。"),
    ("none", "",
     "Subject: 专家访谈合规确认 — 项目 {ref}\n\n{sg_name} 您好：\n\n感谢您同意参加本次访谈。开始前请确认以下几点（回复“确认”即可）：\n\n"
     "1. 您不会透露现任或前任雇主的任何机密、专有或未公开信息；\n2. 您不会讨论您正在参与的任何未公开交易、招标或监管事项；\n"
     "3. 您参加访谈不违反与雇主签订的任何协议；\n4. 若您目前是公务员或在政府相关机构任职，我们无法安排此次访谈。\n\n"
     "访谈时间：{sg_day}，60 分钟，电话进行，我们的合规同事会全程旁听。报酬 S$500 会在访谈后五个工作日内转入您的银行账户。\n\n"
     "Kelly Tan\nAssociate, 博闻专家网络\nkelly.tan@example.sg"),
    ("none", "", "抱歉，您在{sg_gov}任职，按我们的政策不能安排访谈，谢谢您的理解。"),
])

F.add("zh7-b-06-university-paid-talk", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: 演講邀請｜北岸大學電機系專題講座\n\n{tw_name} 您好：\n\n本系擬於下學期專題講座邀請您分享「{semi_role}的職涯與產業趨勢」，"
     "時間約九十分鐘，對象為大三與研究所學生，內容以公開資訊為主。\n\n依本校規定致贈演講費 NT$4,000 及車馬費（高鐵來回實報實銷），"
     "請於講座後提供身分證影本與帳戶資料，供會計室核撥；如您任職單位需要兼職申請，我們可以提供正式邀請函。\n\n"
     "北岸大學電機工程學系 系辦 助理 曾小姐\nee-office@example.tw｜(03) 555-0123"),
    ("none", "", "老師好，講座簡報麻煩下週五前寄系辦，我們要先上傳到課程網。謝謝！"),
    ("none", "",
     "{tw_name} 老師您好，系上想請您下學期擔任產學合作課程的業界講師，共三週、每週兩小時，鐘點費依教育部標準 NT$2,000／小時，課程大綱會公開在選課系統。若您同意，我再寄聘書。"),
    ("none", "",
     "{hk_name} 你好，港島學院公共政策系想請你嚟講一堂客席課，題目係「香港房屋政策嘅公開數據點樣讀」，酬金 HK$3,000，會經學院戶口轉賬，需要你填份表。\n\n課堂係{hk_day}，九十分鐘，大約四十個碩士生，會錄影放上學院內聯網畀學生重溫。如果你公司要先批出外講學，我哋可以出正式邀請信畀你人事部。交通費可以實報實銷，的士收據留低就得。簡報唔使太長，二十頁左右，內容用公開數據就夠。\n\n港島學院公共政策系 課程助理 Winnie"),
])

F.add("zh7-b-07-conference-abroad", 0, "conference_invite", "email", True, [
    ("none", "",
     "Subject: Invitation to speak — Asia Semiconductor Packaging Forum 2026, Penang\n\n{tw_name} 您好：\n\n"
     "我們誠摯邀請您在今年 9 月於檳城舉行的亞洲半導體封裝論壇擔任講者，主題「先進封裝的人才培育」，演講 25 分鐘，內容與簡報將公開上網。\n\n"
     "主辦單位將負擔您的經濟艙來回機票與三晚會場飯店住宿，並依大會標準支付講者費。所有行程由大會旅行社以您的名義預訂，發票開給大會。\n\n"
     "若您需要向任職單位申請公差，我們可提供正式邀請函與議程。\n\n"
     "ASPF 2026 秘書處\nspeakers@example.org"),
    ("none", "",
     "{sg_name} 你好！我们是 Regional Energy Transition Summit 的议程组，11 月在东京举办，想邀请你做一场 panel。机票和酒店由大会承担，议程会公开在官网。你有兴趣吗？\n\nPanel 主题是「东南亚电网的可再生能源整合」，四位讲者各讲十分钟，然后是公开问答，会有媒体在场。大会的旅行社会直接帮你订票，不需要你先垫钱；如果你的机构有出差规定，我们也可以把邀请函直接寄给你的上司。\n\n议程组 Priya / 陈小姐\nagenda@example.org"),
    ("none", "", "大會提醒：講者資料與簡報會在會後公開於官網，請勿放入任何公司內部或未公開資料。"),
    ("none", "",
     "{hk_name}，下個月台北個研討會想請你做 keynote，機票酒店大會包，佢哋會直接同你公司 HR 發邀請信，你唔使自己處理。"),
])

F.add("zh7-b-08-think-tank-policy-paper", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: 委托撰写政策简报\n\n{sg_name} 您好：\n\n赤道政策研究所（Equator Policy Institute）计划出版一系列关于区域供应链韧性的公开政策简报，"
     "想邀请您撰写其中一篇，约 4,000 字，署您的名字，发表在本所官网及年刊。\n\n稿酬 S$2,000，按本所标准合约支付，经同行评审。"
     "内容请完全基于公开资料，我们不需要、也不会使用任何机密或未公开的信息。若您的雇主需要审批，我们可以提供合约草稿供其审阅。\n\n"
     "黄思敏\n研究主任，赤道政策研究所\nsimin.huang@example.org"),
    ("none", "",
     "{tw_name}研究員您好，清源政策研究中心想邀您參與年度兩岸經貿公開報告的外部審查，審查費 NT$10,000，審查意見會署名附在報告附錄。\n\n報告草稿全部引用公開統計，預計四月正式發表並舉辦記者會。審查期間兩週，依本中心規定需簽署審查合約並開立勞務報酬單，款項於報告出版後匯入您本人帳戶，並依法扣繳。若您任職單位對外兼職有規定，我們可以先發函徵詢。審查會議為線上進行，紀錄將隨報告公開。\n\n清源政策研究中心 研究助理 賴小姐"),
    ("none", "", "{sg_name}，你那篇简报的清样出来了，请在{sg_day}前核对作者简介和引用；稿酬按合约在出版当月转账给你。"),
    ("none", "", "文章发表后会在研究所的 newsletter 推广，记得把你的职称核对一下。"),
])

F.add("zh7-b-09-journalist-on-record", 0, "journalist_request", "email", True, [
    ("none", "",
     "Subject: 採訪邀請：關於{def_org}公開的國產化計畫\n\n{tw_name} 您好：\n\n我是《北岸日報》科技組記者蘇怡安。國防部上週公布了{def_org}的國產化計畫，"
     "我正在撰寫一篇分析，想請教您對計畫對國內供應鏈影響的看法。\n\n採訪會具名刊出（on the record），問題都圍繞已公布的內容，"
     "不涉及任何未公開或機敏的資訊；若您任職單位需要先經公關審核，我們也可以等。採訪約二十分鐘，電話或面訪皆可。\n\n"
     "蘇怡安\n《北岸日報》科技組\nyian.su@example.tw｜{tw_phone}"),
    ("none", "", "{hk_name}你好，我係《港島週報》記者，想就{gov_dept}今日公布嘅計劃問你幾條問題，會具名引用，得唔得？"),
    ("none", "",
     "Subject: RE: 採訪確認\n\n{hk_name} 你好，\n\n多謝你答應接受訪問。確認一下安排：訪問會喺{hk_day}，約半個鐘，地點可以喺你公司或者電話。"
     "題目圍繞{gov_dept}上星期公布嘅計劃，包括推行時間表同業界公開提出嘅意見。訪問內容會具名刊出，引述前我會先傳畀你核對，"
     "但係編輯方向由報館決定。如果你公司公關要旁聽，完全冇問題。\n\n"
     "《港島週報》記者 鄭凱儀\nhoiyi.cheng@example.com.hk\n\n> 寄件者：{hk_name}\n> 可以，不過我要先問公關，而且只會講公開咗嘅內容。"),
    ("none", "", "稿子明天刊出，引述您的那兩句我先傳給您確認一下。"),
    ("none", "",
     "{sg_name} 你好，我是《南洋财经》的记者，想就{sg_gov}上周宣布的计划请你评论几句，会署名引用你的职衔。方便今天下午电话吗？"),
])

F.add("zh7-b-10-tw-colleague-internal", 0, "coworker_channel", "chat", True, [
    ("none", "", "董事會簡報的草稿週四前可以先給我嗎？我要先對一下數字。"),
    ("none", "",
     "[{date_tw} {hhmm}] {tw_name}: 內部的良率週報放在 Teams 共用資料夾了\n[{date_tw} {hhmm}] 阿凱: 收到，我下午看\n"
     "[{date_tw} {hhmm}] {tw_name}: 記得不要轉寄到私人信箱，資安會擋"),
    ("none", "", "下禮拜{tw_city}廠的稽核，出差單記得先在系統送簽，住宿公司會訂。"),
    ("none", "",
     "Subject: RE: 下季產能規劃會議資料\n\n各位好，\n\n會議資料已上傳到內部 SharePoint，權限只開給專案成員，請勿下載到個人裝置，也不要用 LINE 傳檔。"
     "若有外部顧問需要參考，請先找法務簽 NDA 再開權限，開通後會通知大家。\n\n會議時間：{tw_day}，三樓大會議室。視訊參加的同仁請用公司 Teams 帳號，不要用個人帳號，也不要錄影。\n\n"
     "{tw_name}\n營運企劃處\n\n> 寄件者：林經理\n> 主旨：下季產能規劃會議資料\n> 請大家在會前看完附件，會中只討論結論。"),
    ("none", "", "你 LINE 傳我的那張截圖有客戶名字，我先刪了，麻煩改用企業信箱寄。"),
])

F.add("zh7-b-11-hk-colleague-chat", 0, "coworker_channel", "chat", True, [
    ("none", "", "份 board paper 嘅 draft 你今晚可唔可以 send 我？聽朝要畀老細睇。"),
    ("none", "", "我轉用 WhatsApp 搵你係因為 Teams 死咗，正式嘢都係出 email 喇。"),
    ("none", "",
     "[{date_tw} {hhmm}] {hk_name}: 下星期去新加坡見客，機票公司訂咗，酒店你自己 book 然後 claim\n"
     "[{date_tw} {hhmm}] Ken: 收到，per diem 幾多？\n[{date_tw} {hhmm}] {hk_name}: 睇返 travel policy，應該 S$150 一日"),
    ("none", "",
     "Hi team，提提大家：下個月 {gov_dept} 個 tender 截標前，所有報價同內部成本資料只可以放喺 project folder，唔好 forward 去私人 email。"
     "如果有人自稱其他公司嘅人問我哋報價，一律唔好回覆，直接話畀 compliance 知。另外，client 嗰邊嘅 site visit 定咗{hk_day}，交通公司安排，大家記得帶員工證。有關 tender 嘅所有問題請經政府物流服務署嘅網上平台提出，唔好私下搵採購部同事。多謝！\n\n{hk_name}\nBid Manager"),
])

F.add("zh7-b-12-public-tender", 0, "procurement_tender", "email", True, [
    ("none", "",
     "Subject: 公開招標｜{tw_city}市智慧交通號誌系統案（案號 {ref}）\n\n各位投標廠商好：\n\n本案已公告於政府電子採購網，"
     "投標文件請於截止日前以電子領標方式取得。廠商提問請一律透過採購網提問系統提出，本處不接受電話、LINE 或私下個別詢問，"
     "所有釋疑內容將公開於採購網，確保公平。\n\n預算金額、評選項目及廠商資格均已載於招標文件。依政府採購法，廠商不得向評選委員或承辦人員私下接觸、餽贈或邀宴，違者取消資格。\n\n"
     "{tw_city}市政府交通局 採購科\nprocurement@example.tw"),
    ("none", "",
     "Subject: Fwd: 投標須知與分工\n\n---------- Forwarded message ----------\nFrom: 採購窗口 王小姐\nTo: 投標小組\n\n"
     "各位，{tw_city}市交通號誌案下週三截標，分工如下：技術建議書由{tw_name}負責，價格標由財務處，押標金 NT$50 萬已向銀行申請保證函。"
     "評選簡報二十分鐘，投影片請用公司範本。提醒大家：投標期間不得私下聯絡評選委員或市府承辦，任何疑問一律走採購網的釋疑程序；"
     "我們的成本與利潤率屬公司內部資料，不要寄到私人信箱，也不要在 LINE 群組討論。\n\n----\n{tw_name}：收到，技術建議書週一前給大家看初稿。"),
    ("none", "", "標單明天中午截止，報價單請大家今晚前放到共用槽，最後一版我來合併。"),
    ("none", "", "{sg_name}，GeBIZ 那个 tender 的澄清问答出来了，我 forward 给你，主要是交付时间。"),
    ("none", "",
     "提醒：評選委員名單在決標前不公開，任何人來打聽，都請回答不知道並報給採購窗口。"),
])

F.add("zh7-b-13-tw-awareness-notice", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: 【資安宣導】小心假獵頭：境外人員透過社群網站吸收高科技人才\n\n各位同仁好：\n\n近期調查機關提醒，境外人員常假冒獵頭或顧問公司，"
     "以「海外客戶」、「高薪兼職」為名接觸半導體與國防相關從業人員，常見手法如下：\n\n"
     "1. 在領英上稱讚你的經歷，很快要求改用 LINE、微信或私人信箱聯絡；\n2. 付費請你寫「產業報告」，委託方身分不明；\n"
     "3. 問題逐漸轉向公司內部、尚未公開的製程或計畫；\n4. 邀請你到大陸或第三地「見客戶」，機票住宿全包；\n"
     "5. 叮嚀你「不用跟公司說」，付款用現金、虛擬貨幣或轉到家人帳戶。\n\n如遇上述情況，請勿回應，並通報資安處（分機 5501）。\n\n資安處 敬啟"),
    ("none", "", "{tw_city}廠區資安處提醒：陌生獵頭要你加 LINE、寫報告拿錢、問公司還沒公開的事，就是警訊，請通報資安處。真正的獵頭會說清楚公司名稱與職缺，也不會叫你瞞著主管。"),
    ("none", "",
     "【防範境外滲透】不明人士以高額車馬費邀您赴{cn_city}交流、要求「不必向單位申報」，請提高警覺並依規定通報。"),
    ("none", "",
     "[{date_tw} {hhmm}] 資安處 {tw_name}: 各位，昨天有同仁在領英收到「海外客戶」邀約寫報告、要加 LINE 細談，已確認是冒名獵頭。"
     "再提醒一次：公司的製程與客戶資料都不能對外提供，不論對方出多少錢；有疑問先問資安處，不要自己回覆。"),
    ("none", "",
     "資安小測驗第 3 題（{tw_city}廠區）：有人在 104 或領英上自稱獵頭，說客戶是「某外商」、要你改用微信、先付 NT$10,000 請你寫一份技術心得。請問該怎麼做？答案：不要提供任何資料，截圖後通報。"),
])

F.add("zh7-b-14-hk-sg-awareness", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: IT Security Notice — 假招聘同「顧問」騙案\n\n各位同事：\n\n最近有同事喺 LinkedIn 收到自稱顧問公司嘅訊息，提出以下要求，請大家留意：\n\n"
     "・「我有個客戶想請你寫份報告，每份 HK$5,000」\n・「呢度唔方便，加我 WhatsApp／Telegram 傾」\n"
     "・「唔使話畀公司知」、「用 USDT 或者禮品卡畀錢」\n・邀請你去深圳或者澳門「見吓老闆」，全程包食包住\n\n"
     "如果收到類似訊息，唔好回覆、唔好撳連結，截圖後 forward 去 security@example.com.hk。\n\nInformation Security Team"),
    ("none", "",
     "公司提醒：陌生猎头叫你转去 Telegram、先付押金、或者帮“客户”写报告拿钱，都是诈骗或者渗透的典型手法，请立即报告 IT。"),
    ("none", "",
     "{hk_name}，多謝你報告嗰個自稱「維港策略顧問」嘅 LinkedIn 帳戶，我哋已經 report 咗，亦通知咗其他同事。如果佢再搵你，唔使覆，直接 block 就得。"),
    ("none", "", "Security tip of the week: 真正嘅獵頭會講明公司名同職位，唔會叫你用私人戶口收錢。"),
    ("none", "",
     "{sg_name} 你好，你上周转给我们的那条 LinkedIn 讯息，我们确认是冒充猎头。谢谢你及时报告，不需要再回复对方。"),
])

F.add("zh7-b-15-tw-family-new-year", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{date_tw} {hhmm}] 媽: 爸爸上週回診，醫生說血壓穩定了，不用擔心\n[{date_tw} {hhmm}] 媽: 你在上海工作不要太累\n"
     "[{date_tw} {hhmm}] {tw_name}: 好～我小年夜的飛機回{tw_city}"),
    ("none", "",
     "[{date_tw} {hhmm}] 姊: 跟大家報告一下，爸的檢查報告出來了，醫生說心臟支架要做，排在過年後\n"
     "[{date_tw} {hhmm}] 姊: 手術費健保大部分有給付，自費的部分大約 NT$12 萬，我跟弟先出\n"
     "[{date_tw} {hhmm}] {tw_name}: 我這邊也出一份，匯到你帳戶好不好？我人在新加坡，月底發薪就轉\n"
     "[{date_tw} {hhmm}] 姊: 好，不急。你過年一定要回來喔，爸嘴上不說，其實很想你\n"
     "[{date_tw} {hhmm}] {tw_name}: 機票訂好了，除夕前一天到{tw_city}。這件事先不要跟阿嬤講，免得她擔心\n"
     "[{date_tw} {hhmm}] 姊: 嗯，我們自己知道就好"),
    ("none", "", "紅包錢我先轉到你 LINE Pay，幫我包給阿嬤，不要跟她說是我出的，她會不收。"),
    ("none", "", "表姊婚禮在{tw_city}，喜帖寄到家裡了，你要回來的話我幫你訂高鐵。"),
    ("none", "",
     "{tw_name}，阿公住院的事不用太緊張，我們輪流照顧。你工作忙，過年回來再一起去看他。醫藥費健保有給付，不用再匯錢回來了。"),
])

F.add("zh7-b-16-hk-my-family-chat", 0, "family_chat", "chat", True, [
    ("none", "", "阿媽話你幾時返嚟食飯？冬至唔好又話加班。"),
    ("none", "", "表哥結婚定咗喺{my_town}擺酒，阿爸話我哋一家人一齊返去，機票我 book 咗。"),
    ("none", "",
     "[{date_sg} {hhmm}] 大姐: 妈妈这个月的药费我先出了\n[{date_sg} {hhmm}] {sg_name}: 我转 RM500 给你，用 DuitNow\n"
     "[{date_sg} {hhmm}] 大姐: 收到了，不用告诉妈，她又要念\n[{date_sg} {hhmm}] {sg_name}: 医生怎么说？\n[{date_sg} {hhmm}] 大姐: 说是胆固醇高，控制饮食就好，下个月再去{my_town}的医院复诊\n[{date_sg} {hhmm}] {sg_name}: 那我华人新年回来陪她去，顺便带她去看表姐的新家\n[{date_sg} {hhmm}] 大姐: 好，妈知道你回来一定很开心"),
    ("none", "",
     "{hk_name}：\n\n阿媽叫我同你講，今年過年我哋一齊返{my_town}探阿公阿嫲。機票我已經 book 咗，年廿八早機，你嗰份錢遲啲 FPS 返畀我就得。\n\n"
     "另外細舅話間老屋要維修，每家夾 RM2,000，佢開咗個 WhatsApp group 講數，你記得睇。表妹五月結婚，喜帖應該下個月寄到。\n\n"
     "阿爸最近膝頭痛，睇咗骨科，醫生話唔使做手術，做物理治療就得，你唔使太擔心，得閒打個電話返屋企。佢成日話你瘦咗，今次返嚟多啲食飯。\n\n家姐"),
    ("none", "", "阿嫲話想你返鄉下睇吓老屋，你得閒就 WhatsApp 佢，佢識用喇。"),
])

F.add("zh7-b-17-clansmen-association", 0, "community_group", "chat", True, [
    ("none", "",
     "各位乡亲好！本会今年组团回乡过年，1 月 25 日从新加坡出发，机票和酒店团购价每人 S$980，自费。有意者请在微信群接龙报名，截止日期 12 月 20 日。"),
    ("none", "", "同乡会春节联欢会定在{sg_area}社区中心，欢迎带家人来，免费入场。"),
    ("none", "",
     "【{my_town}福建会馆通告】\n各位会员：本会将于农历新年期间举办团拜，并颁发会员子女奖学金。申请表格可在会所领取，"
     "或下载会馆网站表格后 email 至 secretary@example.com。另提醒：本会从不以电话或私讯要求会员转账，如有可疑讯息请联络秘书处 {my_phone}。\n\n另：回乡团已满额，候补名单请向总务登记，祭祖活动的供品由会馆统一准备；团员须自行购买旅游保险，护照有效期须在六个月以上。\n\n秘书处 启"),
    ("none", "", "台灣同鄉會下週末烤肉，記得帶家人一起來～ LINE 群組有報名表。"),
])

F.add("zh7-b-18-clearance-job-ad", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "【職缺】{def_org} 約聘研究助理（系統工程）\n工作地點：桃園｜月薪 NT$52,000 起\n資格：電機、機械或航太相關碩士；錄取後須通過安全查核，"
     "任職期間出境須事先申請核准。\n報名請至機關官網下載表件，以掛號郵寄或親送，不受理 e-mail、LINE 或電話報名。\n甄選方式：書面審查、筆試及口試，結果公告於官網。本單位不會透過私人帳號聯繫應徵者，亦不會要求任何費用；如接獲自稱本單位人員之私訊，請撥打官網所列總機查證。\n聯絡人：人事室 黃小姐 (03) 555-0147"),
    ("none", "", "招聘：国防科技相关 Systems Engineer，须为新加坡公民并能通过 security clearance。请通过官网 careers 页面申请。"),
    ("none", "",
     "Subject: Job Opening — Cyber Defence Analyst (Security Clearance Required)\n\n{sg_name} 你好，\n\n感谢你在招聘会上留下资料。"
     "我们的职位正式开放申请：Cyber Defence Analyst，{sg_gov}合作项目，月薪 S$6,500–8,500。\n\n"
     "申请人须为新加坡公民，录取后需通过政府安全审查（security clearance），审查期间可能约谈家人资料，属正常程序。"
     "所有申请只经由官方招聘网站提交，我们不会通过 WhatsApp 或私人邮箱收取身份证件。\n\n"
     "Talent Acquisition\nLionGate Defence Systems Pte Ltd\ncareers@example.sg"),
    ("none", "", "安全查核表要填三代親屬資料，是正常程序，人事室收件後會保密處理。"),
])

F.add("zh7-b-19-hr-onboarding-portal", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Subject: 入職手續 — 請於入職前上傳文件\n\n{hk_name} 你好，\n\n歡迎加入港灣銀行！請喺下星期五前登入 HR Onboarding Portal（hr.example.com.hk），"
     "上傳以下文件：身份證副本、學歷證明、銀行戶口資料（出糧用）及簽妥嘅保密協議。\n\n"
     "為保障你嘅個人資料，請只經 portal 上傳，唔好用 WhatsApp 或 email 傳身份證。我哋唔會要求你支付任何費用。入職當日請帶身份證正本，HR 同事會當面核對。\n\n"
     "HR Operations\n港灣銀行（香港）有限公司"),
    ("none", "", "Hi {sg_name}，welcome aboard！工作证明和 NRIC 请上传到 Workday，不要 email 给我，谢谢。"),
    ("none", "",
     "Subject: 新人報到須知\n\n{tw_name} 您好，\n\n歡迎加入{semi_co}！報到前請留意：\n\n"
     "1. 請於報到前三天在 e-HR 系統上傳身分證正反面、最高學歷證明與薪轉帳戶封面，系統採加密傳輸；\n"
     "2. 報到當天須完成資訊安全與營業秘密教育訓練，並簽署保密切結書；\n"
     "3. 廠區禁止攜帶具相機功能之個人裝置，公司會配發工作手機；\n4. 如需出差或出境，請依規定事先申報。\n\n"
     "本公司任何人員都不會以 LINE 或私人信箱向您索取證件。若有疑問，請來電人資部 (03) 555-0168。\n\n人資部 招募組"),
    ("none", "", "報到當天請攜帶身分證正本，人資會核對後當場歸還，不會影印留存。"),
    ("none", "",
     "{tw_name} 您好，您的聘僱合約已在 e-HR 系統，請詳閱第七條保密條款後線上簽署。薪資轉帳帳戶須為本人名義，不接受他人帳戶。"),
])

F.add("zh7-b-20-consultant-invoice", 0, "consulting_engagement", "email", True, [
    ("none", "",
     "Subject: 請款單｜鼎芯科技 教育訓練專案（合約 {ref}）\n\n鼎芯科技 採購部 您好：\n\n附上本月教育訓練課程的請款單與簽到表，"
     "金額 NT$96,000（含稅），依合約匯入敝公司帳戶。課程教材為公開資料編寫，著作權依合約歸屬貴公司。\n\n"
     "如需補件請告知，發票已另以掛號寄出。下季度的進階課程，貴公司訓練中心已提供需求單，我們會在下週報價。\n\n{tw_name}\n和頌管理顧問有限公司\nbilling@example.tw｜統一編號 5555 0123"),
    ("none", "", "Invoice 已經寄去港灣銀行 AP team，佢哋話 30 日內過數。"),
    ("none", "",
     "{sg_name}，Tenaga Harapan 那个项目的报告初稿我放在客户的 SharePoint 了，客户名字和项目编号都在封面，他们法务审完就可以开发票。"),
    ("none", "", "顧問報告交付給客戶前要先過對方法務，NDA 上寫得很清楚，我們照流程走。"),
])

# ---------------------------------------------------------------- benign, plain
F.add("zh7-b-21-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "今晚吃火鍋嗎？我七點到{tw_city}車站。"),
    ("none", "",
     "[{date_sg} {hhmm}] Ah Boon: 星期六谁去 {sg_area} 踢球？\n[{date_sg} {hhmm}] {sg_name}: 我可以，不过要先送孩子去补习\n"
     "[{date_sg} {hhmm}] Ah Boon: ok 那九点半开始，场地我 book 了，每人 S$8\n[{date_sg} {hhmm}] 阿明: 我带水和香蕉\n"
     "[{date_sg} {hhmm}] Ah Boon: 踢完去吃 prata，老地方\n[{date_sg} {hhmm}] {sg_name}: 好啊，顺便帮我问下谁有二手的球鞋，孩子脚长太快了，每半年就要换一双\n"
     "[{date_sg} {hhmm}] 阿明: 我侄子有一双 US 5 的，下星期带来给你看看"),
    ("none", "", "聽日行山改咗去西貢，八點半{hk_area}地鐵站等。"),
    ("none", "", "周末去{sg_area}吃 chicken rice，要不要一起？"),
    ("none", "",
     "[{date_tw} {hhmm}] 小美: 你貓咪的疫苗打了嗎\n[{date_tw} {hhmm}] {tw_name}: 打了～下個月還要一劑\n[{date_tw} {hhmm}] 小美: 好乖"),
])

F.add("zh7-b-22-work-email", 0, "work_email", "email", False, [
    ("none", "",
     "Subject: 週會改期\n\n各位好，因為{tw_day}有全廠消防演練，週會改到隔天同一時間，地點不變。\n\n{tw_name}"),
    ("none", "",
     "Subject: RE: 月會紀錄\n\n各位好，\n\n補充上週月會的幾個待辦：\n1. 新進人員教育訓練教材由{tw_name}更新，月底前上傳；\n"
     "2. 年度健檢改在四月，人資會另行通知；\n3. 停車證換發請在本週內到總務處登記；\n4. 尾牙場地已確認，在{tw_city}的老地方，交通車五點半出發。\n\n"
     "有遺漏的部分請直接回信補充，下次月會輪到品保組報告。\n\n行政組 敬上\n\n> 寄件者：林組長\n> 主旨：月會紀錄\n> 紀錄如附件，請大家確認。"),
    ("none", "", "IT 通知：今晚十點至十二點系統維護，VPN 會暫停使用。"),
    ("none", "",
     "Subject: Q3 團建活動\n\nHi all，Q3 團建定咗去大嶼山，名單喺 Excel，請喺星期五前填低飲食要求。交通由公司安排。\n\n{hk_name}"),
])

F.add("zh7-b-23-payroll-bank-notice", 0, "payroll", "email", True, [
    ("none", "",
     "Subject: 薪資與差旅費入帳通知\n\n{tw_name} 您好，本月薪資及{tw_city}出差之差旅費 NT$6,320 已於今日轉入您登記的薪轉帳戶。"
     "本公司不會以電話、LINE 或簡訊要求您提供網銀密碼，也不會以禮品卡或虛擬貨幣發放任何款項。\n\n明細如下：住宿兩晚 NT$4,200（實報實銷）、高鐵來回 NT$1,620、膳雜費 NT$500。薪資單可於 e-HR 系統查詢，若金額有誤，請於五個工作天內回覆本信，或分機 2210 洽薪資組。\n\n人資部 薪資組"),
    ("none", "", "银行提醒：我们不会通过 WhatsApp 或 Telegram 要求您转账或提供 OTP，请勿相信。"),
    ("none", "",
     "Subject: 【重要】防範冒名詐騙：本行不會要求您轉帳至「安全帳戶」\n\n親愛的客戶您好：\n\n近期有不法人士冒用本行或公司人資名義，以「薪資帳戶異常」、"
     "「補發獎金」、「兼職高薪」等理由，要求民眾加入 LINE 或 Telegram、提供網銀密碼或簡訊驗證碼，或購買遊戲點數、虛擬貨幣。\n\n"
     "本行不會以任何通訊軟體要求您操作 ATM 或轉帳，薪資入帳亦不需您支付任何手續費。如有疑問，請撥打存摺封面所列之客服專線查證，或撥打 165 反詐騙專線。\n\n"
     "北岸商業銀行 敬啟"),
    ("none", "", "出糧日改咗 25 號，因為公眾假期，MPF 供款照舊。"),
    ("none", "",
     "{sg_name}，你上个月的 claim（出差吉隆坡，S$412.50）已批，会跟这个月的薪水一起转入。"),
])


def mark_subtlety(rows: list[dict[str, object]]) -> None:
    """Benign rows carry "none"; suspicious families named "-subtle-" carry "subtle", the rest "overt"."""
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif "-subtle-" in str(row["family"]):
            row["subtlety"] = "subtle"


def place_openers(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Put a shared opener where a person writes it: after a Subject line, a "[date] name:" prefix or a
    notice's title, and not at all in front of the message's own "Hi"; drop the duplicates that leaves."""
    seen: set[str] = set()
    kept: list[dict[str, object]] = []
    for row in rows:
        text = str(row["text"])
        opener = next((o for o in sorted(OPENERS, key=len, reverse=True) if o and text.startswith(o)), "")
        rest = text[len(opener):]
        if rest.startswith("Subject:"):
            head, sep, body = rest.partition("\n\n")
        elif rest.startswith("["):
            head, sep, body = rest.partition(": ")
        elif rest.startswith("【") and "\n" in rest:
            head, sep, body = rest.partition("\n")
        else:
            head, sep, body = "", "", rest
        row["text"] = head + sep + ("" if body.startswith(GREETINGS) else opener) + body
        if row["text"] not in seen:
            seen.add(str(row["text"]))
            kept.append(row)
    return kept


def set_register(rows: list[dict[str, object]]) -> None:
    """The register of each message as written (a family mixes them): e-mail, chat line or the family's own."""
    for row in rows:
        text = str(row["text"])
        if text.startswith("Subject:"):
            row["register"] = "email"
        elif text.startswith("[") or length_band(text) == "short":
            row["register"] = "chat"


def length_band(text: str) -> str:
    """short under 50 non-space characters, medium 50-199, long 200 and more."""
    n = len("".join(text.split()))
    return "short" if n < 50 else "medium" if n < 200 else "long"


def summary(rows: list[dict[str, object]]) -> str:
    lines = []
    for label, name in ((1, "suspicious"), (0, "benign")):
        part = [r for r in rows if r["label"] == label]
        bands = {b: sum(1 for r in part if length_band(str(r["text"])) == b) for b in ("short", "medium", "long")}
        fams = {str(r["family"]) for r in part}
        registers = {g: sum(1 for r in part if r["register"] == g) for g in ("chat", "email", "inmail")}
        lines.append(
            f"{name}: {len(part)} messages in {len(fams)} families; "
            + ", ".join(f"{b} {n}" for b, n in bands.items())
            + "; "
            + ", ".join(f"{g} {n}" for g, n in registers.items())
        )
    subtle = sum(1 for r in rows if r["subtlety"] == "subtle")
    look = len({r["family"] for r in rows if r["lookalike"]})
    look_rows = sum(1 for r in rows if r["lookalike"])
    sizes = [sum(1 for r in rows if r["family"] == f) for f in {r["family"] for r in rows}]
    lines.append(
        f"subtle suspicious messages: {subtle}; look-alike benign families: {look} ({look_rows} messages); "
        f"messages per family: {min(sizes)} to {max(sizes)}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    ROWS = build(F, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE)
    mark_subtlety(ROWS)
    ROWS = place_openers(ROWS)
    set_register(ROWS)
    write(ROWS, HERE / "zh_author7.jsonl")
    print(summary(ROWS))
