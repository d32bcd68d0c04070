"""Fourth author's Chinese training families (zh4): regenerates ``zh_author4.jsonl``.

Who and how
-----------
Written by a helper session (an AI assistant) acting as a fourth, independent author. Every template
was hand-written from the threat description in ``DESIGN.md`` (the funnel, the ten categories, the
look-alikes) and from what public warnings describe (CSIS, MI5/NPSA "Think Before You Link", FBI).
The author did not open the rule packs (``recruitscreen/rules/``), the training corpus
(``data/corpus/`` apart from ``template_families.py``), ``data/dev/`` or any evaluation set, and did
not run the screener on the result.

Run::

    .venv/bin/python data/corpus/raw/zh_author4_source.py

It writes ``zh_author4.jsonl`` beside this file (same seed, same rows).

What the families cover
-----------------------
47 families, 223 hand-written templates (four or five per family, every one a different wording),
each instantiated twice with slots from ``POOLS``; texts that differ only by the shared opener/closer
are kept once, so a family has 8-10 messages (431 in all, 192 suspicious):

- 21 suspicious families (``zh4-s-NN-slug``): fake headhunters, recruiters, consultants, expert
  networks and think tanks; evasive pivots (V 信, 薇信, 纸飞机, spaced letters); paid reports for an
  unnamed 客户/老板那边; drift to internal information; paid trips to 深圳/新加坡/上海; secrecy
  (别跟单位说, 唔使同公司講); odd payment (USDT, 京东卡, 超商點數, 转到你爱人/母亲的卡, 现金信封);
  coercion of diaspora members (派出所, 回国, 你家里人, reporting on 同乡会/学生会); job scams
  (保證金, 刷单充值, 支票). Every category and every funnel stage occurs. Seven families (a third) are
  ``subtle``: no app name, no 客户, no fee, no 保密/内部 — the intent shows only in what is asked.
- 26 benign families (``zh4-b-NN-slug``), 25 of them hard look-alikes using the same words honestly:
  genuine recruiters and 猎头 who name the company and move to phone, e-mail or 微信; expert networks
  that name their firm, pay a fee and refuse confidential information; paid talks and paid reviews at
  universities and think tanks; a conference organiser; clearance job ads (政审, 保密审查, 安全查核);
  security notices quoting the warning signs (防骗提醒, 保安提示); family chats on WeChat/WhatsApp
  (回国, 红包, 别跟你爸说); a friend's dinner invitation; colleagues moving to 企业微信/钉钉/Teams/Slack;
  reimbursements; an alumni/parents group; a journalist; HR onboarding; bank and payroll notices; and
  one plain family of everyday chat.

Registers (``chat``, ``email``, ``inmail``) are mixed in the same proportions in both classes
(suspicious 10/8/3 families, benign 12/10/4). Script: 31 families in Simplified, 16 in Traditional
(Hong Kong written Cantonese and Taiwan usage; 143 of the 431 messages), one script per family
(see ``TRADITIONAL``).

Every name, firm, institution, handle, address and number is invented: e-mail domains are
example.com/.org/.net, phone numbers are placeholders (+86 138 0000 0000, +852 5000 0000 …).
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from template_families import Families, build, write

SEED = 20261200
PER_TEMPLATE = 2

POOLS: dict[str, list[str]] = {
    # people (recipient and sender are drawn from different lists so they never coincide)
    "name_s": ["王磊", "陈晓琳", "刘子航", "赵敏", "孙立伟", "周婧", "吴昊然", "郑一帆"],
    "me_s": ["林悦", "何建国", "马骁", "唐思雨", "许文博", "高婷", "罗嘉", "宋一鸣"],
    "sur_s": ["王", "陈", "刘", "赵", "孙", "周", "吴", "郑"],
    "name_t": ["林家豪", "陳怡君", "黃志明", "張雅婷", "李俊傑", "吳佩珊"],
    "me_t": ["鄭文彬", "何嘉欣", "蔡孟哲", "劉慧玲", "許冠宇", "梁詠詩"],
    "sur_t": ["林", "陳", "黃", "張", "李", "吳"],
    # work
    "sector_s": ["半导体", "航空发动机", "卫星通信", "大模型", "储能", "5G基站", "雷达", "光刻胶"],
    "sector_t": ["半導體", "航太", "衛星通訊", "AI晶片", "電網", "5G 基地台"],
    "role_s": ["芯片验证工程师", "总体设计师", "算法研究员", "射频工程师", "电池系统工程师"],
    "role_t": ["製程整合工程師", "射頻工程師", "演算法研究員", "系統工程師"],
    "unit_s": ["研究所", "院里", "集团总部", "国家重点实验室", "设计院"],
    "co_s": ["恒川科技", "澄明半导体", "北辰智能", "远航动力", "云岫通信"],
    "co_t": ["晶耀科技", "宏遠精密", "遠峰通訊", "台越航太"],
    "firm_s": ["星桥咨询", "远岭资本", "鼎越人才", "卓信顾问", "泽川管理咨询"],
    "firm_t": ["匯川策略顧問", "環亞管理顧問", "宏遠顧問有限公司"],
    "en_s": ["知行专家网络", "博闻咨询", "睿见专家"],
    "en_t": ["博見專家網絡", "遠觀諮詢"],
    "tt_t": ["海嶼政策研究院", "東亞策略研究基金會", "臺灣產經政策研究會"],
    "uni_s": ["东江大学", "华澜理工大学", "临海大学"],
    "bank_s": ["东江银行", "华澜商业银行", "临海农商银行"],
    "media_t": ["島嶼財經日報", "晨光新聞網", "產經週報"],
    # places, contacts, money, time
    "city_s": ["上海", "深圳", "杭州", "成都", "西安", "苏州"],
    "city_t": ["深圳", "廈門", "上海", "新加坡", "澳門"],
    "domain": ["example.com", "example.org", "example.net", "mail.example.com"],
    "wx": ["lin_hr_2026", "Vivian_talent88", "xk_consult", "zz20190617", "amy-research"],
    "pmail": ["lw.research@example.net", "zhao_consult@example.org", "policy.note@example.com"],
    "phone": ["+86 138 0000 0000", "139 0000 0001", "+86 138 0000 0142", "021-0000 0000"],
    "phone_hk": ["+852 5000 0000", "+852 5000 0142", "2000 0000"],
    "phone_tw": ["+886 912 000 000", "02-0000-0000", "03-000-0000"],
    "amount": ["2000", "3000", "5000", "8000", "12000"],
    "amount_t": ["八千", "兩萬", "三萬", "五萬"],
    "month_s": ["下周三", "月底", "下个月中旬", "五月初"],
    "date": ["2026-03-14", "2026-04-02", "2025-12-20", "2026-05-11"],
    "hm": ["08:42", "12:31", "14:05", "21:37", "22:48"],
    "tail": ["0427", "1186", "3350", "7712"],
    "code": ["atlas", "k9", "nova", "delta"],
}

# Shared by both classes: they vary the surface without telling the classes apart.
OPENERS = ["", "", "", "", " ", "\n"]
CLOSERS = ["", "", "", " ", "\n", "\n\nSent from my iPhone"]

F = Families()

# --------------------------------------------------------------------------- suspicious
F.add("zh4-s-01-headhunter-chip-wx", 1, "fake_headhunter", "inmail", False, [
    ("pivot", "credential_targeting vague_client off_platform",
     "我是{firm_s}的猎头顾问{me_s}，看到您在{sector_s}方向做了很多年，我们客户那边很看重您这样有项目经历的人。"
     "职位细节不方便在领英上说，您加我微信 {wx} 细聊？薪资肯定比您现在高不少。"),
    ("pivot", "credential_targeting vague_client off_platform",
     "{sur_s}工您好，冒昧打扰。有一家暂时不方便透露名字的平台在找{sector_s}背景的资深专家，最好在国企或者{unit_s}待过、"
     "参与过重点型号。领英消息我不常看，麻烦留个手机号，或者直接加 vx：{wx}"),
    ("contact", "credential_targeting vague_client",
     "您好，关注您很久了。您之前在{unit_s}的经历正是我们老板那边想要的。不是普通跳槽岗位，更像长期顾问，时间灵活，"
     "收入可观。方便的话先回我一个“好”，我再把情况跟您讲 —— {me_s}"),
    ("pivot", "vague_client off_platform",
     "我是{me_s}，再跟您跟进一下。客户那边催得比较急，希望这周能先跟您语音聊一次。领英不方便发附件，"
     "您留个私人邮箱或者QQ也行，我把项目介绍发过去。"),
    ("tasking", "credential_targeting vague_client paid_task",
     "{sur_s}工，先不谈入职，客户想请您以顾问身份先合作一段：每月写一份{sector_s}方面的简报，一份{amount}元。"
     "等彼此熟悉了再谈正式岗位。您之前在{unit_s}的背景他们非常认可。"),
])

F.add("zh4-s-02-aero-reports", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client",
     "{sur_s}老师：\n\n您好！我是{firm_s}的研究助理{me_s}。我们在为一位海外客户做{sector_s}行业的系列研究，"
     "想请您每月写一份三五千字的分析报告，题目由我们出，内容以您的判断为主。稿酬每篇{amount}元，写得好可以加。\n\n"
     "如有兴趣请回复此邮件。\n\n{me_s}\n{firm_s} 研究部"),
    ("tasking", "paid_task vague_client credential_targeting",
     "{name_s}您好，\n\n经朋友介绍得知您在{unit_s}从事{sector_s}相关工作。我方客户是一家关注中国产业政策的机构，"
     "希望长期约稿，形式是不署名的白皮书，一篇{amount}元起，税后结算。客户身份暂不便透露，请您理解。\n\n"
     "顺颂商祺\n{firm_s} 项目经理 {me_s}\n手机：{phone}"),
    ("elicitation", "paid_task vague_client sensitive_info",
     "{sur_s}老师好：\n\n上一篇报告客户很满意，辛苦费已经安排。下一篇他们希望更具体一点：你们{unit_s}今年在{sector_s}上的"
     "预算分配和几个新立项的进度，哪怕是会上听到的只言片语也可以，公开资料他们自己都有。\n\n{me_s}"),
    ("tasking", "paid_task vague_client secrecy",
     "{name_s}老师：\n\n稿件收到，谢谢！按约定稿酬会在本周内支付。另外提醒一下，我们的合作最好不要在单位里提起，"
     "客户比较低调，也避免给您添麻烦。\n\n{me_s}\n{firm_s}"),
])

F.add("zh4-s-03-subtle-policy-draft", 1, "subtle_approach", "chat", False, [
    ("elicitation", "sensitive_info",
     "对了{sur_s}哥，你们处里那个{sector_s}扶持的意见稿，现在改到第几稿了？第二条那个比例最后定了没有？发布前能先让我看一眼吗，就看一眼"),
    ("elicitation", "sensitive_info secrecy",
     "{name_s}，上回吃饭说的那个名单，你们委里周四开会应该会定吧。定了以后跟我说一声是哪几家，我这边好早点准备，放心，不会说是你讲的"),
    ("elicitation", "sensitive_info",
     "你们领导那天讲话的原文还在你手上吧？就是没对外发的那版。拍两页给我，我想看看跟新闻稿差在哪儿，{hm}之前都行"),
    ("elicitation", "sensitive_info",
     "{sur_s}姐，你们下周那个闭门座谈，最后请了哪几家企业？主持稿要是出来了，截个图给我，我就想知道领导会怎么定调"),
    ("elicitation", "sensitive_info",
     "还有个事，{name_s}，你们明年{sector_s}的招标预算，财务那边报上去的数大概是多少？差不多的范围就行，我自己心里有个底"),
])

F.add("zh4-s-04-thinktank-closed-seminar", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting paid_task vague_client",
     "{sur_t}教授您好：\n\n敝會下月在{city_t}舉辦一場小型閉門座談，主題為兩岸{sector_t}產業合作，與會者皆為業界友人，不對外公開。"
     "您的機票、住宿與出席費新台幣{amount_t}元均由我方支付，另有一位合作方的負責人想與您單獨見面請教。\n\n敬請賜覆\n{me_t}\n{tt_t}"),
    ("meeting", "client_meeting vague_client credential_targeting secrecy",
     "{sur_t}先生您好，\n\n久仰您在國防部門多年的經歷。我們的研究計畫希望邀請您到{city_t}住幾天，與幾位長期關心臺灣安全議題的朋友"
     "交流，行程與費用全由我們安排，不需要經過您原單位。\n\n{tt_t} 研究部 {me_t} 敬上"),
    ("meeting", "client_meeting paid_task unusual_payment",
     "{sur_t}老師：\n\n上次座談後，主辦方很感謝您的分享。這次想請您直接到{city_t}一趟，出席費會以現金在飯店當面交給您，比匯款方便，"
     "也免得您報稅麻煩。您的報告草稿可以一併帶來，他們想當面討論幾個細節。\n\n{me_t}"),
    ("pivot", "off_platform vague_client",
     "{name_t}教授：\n\n由於學校信箱常將我們的來信歸為垃圾郵件，往後行程細節改用微信聯繫較為方便，我的微信號是 {wx}。"
     "合作方也會在群組裡直接與您確認座談題目。\n\n{me_t}\n{tt_t}"),
    ("elicitation", "sensitive_info paid_task vague_client",
     "{sur_t}教授您好：\n\n合作方讀過您的講稿後，希望下次能多談一些貴校與國防單位合作計畫的實際進度，以及哪些內容尚未對外發表。"
     "若能整理成書面資料，另致謝酬新台幣{amount_t}元。\n\n{me_t} 敬上"),
])

F.add("zh4-s-05-obfuscated-pivot", 1, "obfuscated_pivot", "chat", False, [
    ("pivot", "off_platform vague_client",
     "这边平台会屏蔽关键词，咱们换个地方聊吧。V 信搜 {wx}，或者纸飞机同名，老板那边的项目要求都在文件里"),
    ("tasking", "off_platform paid_task",
     "报告的事不方便在这里讲，加一下薇信：{wx}（搜不到就加手机号 {phone}），我发你具体要求和辛苦费标准"),
    ("pivot", "off_platform credential_targeting",
     "看你简历写着有保密资质，很合适。后续沟通走 w x 吧，或者 T e l e g r a m 也行，我这边号是 @{wx}，领英我很少上"),
    ("tasking", "off_platform vague_client paid_task",
     "这里说话不方便，绿泡泡加一下，号是 {wx}，备注“项目”。老板那边的单子结算很快，一份{amount}"),
    ("pivot", "off_platform secrecy",
     "{name_s}你好，资料收到了。后面的事咱们去 微\u200b信 上说，或者 Ｗｈａｔｓａｐｐ {phone}，这边的消息我过两天就删了"),
])

F.add("zh4-s-06-hk-dont-tell-company", 1, "handler_followup", "chat", False, [
    ("tasking", "secrecy paid_task vague_client",
     "{sur_t}生，今次份嘢唔使同公司講，你當係私人兼職就得。我哋老闆好鍾意你上次寫嘅{sector_t}分析，今次照舊，每份{amount_t}蚊"),
    ("elicitation", "secrecy sensitive_info",
     "你哋公司下個季度同邊幾間供應商傾緊合約，大概咩價？呢啲唔好喺公司電腦打，用自己部手機影低傳過嚟就得，唔好同同事講。{hm}前覆我"),
    ("meeting", "secrecy client_meeting unusual_payment",
     "下個月我老闆喺{city_t}，想請你食餐飯當面多謝你。嗰邊有人接，錢會用現金俾你，屋企人問起你就話去探朋友，唔使講太多"),
    ("pivot", "off_platform secrecy",
     "之後唔好再喺LinkedIn搵我，用Signal啦，號碼係 {phone_hk}。公司IT會睇LinkedIn訊息，費事麻煩"),
    ("elicitation", "sensitive_info vague_client",
     "{name_t}，老闆想知你哋{sector_t}部門明年嘅人手同預算，仲有邊個project會砍。你聽到幾多講幾多，唔使好準"),
])

F.add("zh4-s-07-crypto-giftcard", 1, "handler_followup", "chat", False, [
    ("tasking", "unusual_payment paid_task",
     "这次的辛苦费走USDT吧，你给我一个TRC20地址，比银行转账快，也不会有流水问题。材料还是老规矩{month_s}前发"),
    ("tasking", "unusual_payment paid_task vague_client",
     "老板那边说账户最近不方便，这个月先给你买{amount}元的京东卡和App Store卡，卡密我直接发你。报告照常写"),
    ("elicitation", "unusual_payment sensitive_info",
     "钱我让人直接转到你爱人卡上了，你不用管。你那边把上次提到的那份{sector_s}测试数据整理一下，带表头那版就行"),
    ("tasking", "unusual_payment paid_task secrecy",
     "这个月的给你换成现金了，放在{city_s}那个快递柜，取件码晚点发你。别存银行，慢慢花"),
    ("tasking", "unusual_payment paid_task",
     "{name_s}，支付宝那边额度不够，我让朋友分几笔转你，备注写“货款”就行。下一份照旧{month_s}前"),
])

F.add("zh4-s-08-coercion-return", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "{name_s}，我是你老家{city_s}东关派出所的民警，姓刘。你父母最近的情况我们都了解，希望你配合一下，年底前回国把事情说清楚，对大家都好"),
    ("none", "coercion off_platform sensitive_info",
     "你在那边参加的那个同乡会，每次活动谁去了、说了什么，整理一下发到我这个微信上。你弟弟明年考公要政审，你自己掂量。{hm}前回我"),
    ("none", "coercion",
     "{name_s}，你妈昨天又被叫去社区谈话了，说你再不回来，你爸单位那边也不好交代。你就回来一趟，人家说了只要态度好就没事"),
    ("none", "coercion",
     "我们不是为难你，就是希望你回国一趟，当面谈谈。你不回来，你家里人的工作、孩子上学都可能受影响，这个道理你懂，{name_s}"),
    ("none", "coercion off_platform",
     "{name_s}你好，加一下这个微信 {wx}，是我们所里的同志，他会跟你联系。你老家{city_s}的亲属现在都很好，我们希望一直这样"),
])

F.add("zh4-s-09-coercion-student-group", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "{name_t}你好，我們是你戶籍所在地公安局的工作人員。你在海外參加的那些活動我們都有掌握，你家裡人也很擔心。建議你盡快回國說明情況，爭取從寬處理。"),
    ("none", "coercion sensitive_info",
     "你們學生會那個群裡誰在轉那些文章，截圖給我們。你配合的話，你爸的事情好商量；不配合，後果你自己想。{hm}前給我答覆"),
    ("none", "coercion",
     "{name_t}，你表哥已經回來了，過得很好。你也別在外面撐著，你媽年紀大了經不起折騰。回來的機票我們可以幫你出，只要你人回來。"),
    ("none", "coercion sensitive_info",
     "下週六你們那邊的聚會，幫我們留意一下誰帶頭、誰發言，會後寫個簡單的情況給我們。你做得好，你家裡人的事我們會照顧。{hm}前回覆"),
    ("none", "coercion off_platform",
     "{name_t}，這是你哥的手機，他讓我們跟你說幾句。你下載一下微信，加這個號 {wx}，每週跟我們報個平安，"
     "說說你身邊的情況，家裡這邊就沒事。"),
])

F.add("zh4-s-10-job-scam-deposit-tw", 1, "job_scam", "email", False, [
    ("none", "job_scam unusual_payment",
     "{name_t} 您好：\n\n恭喜您通過{co_t}遠端客服專員的線上初審！正式錄取前，請於三日內匯入教育訓練教材費與保證金共新台幣{amount_t}元"
     "至承辦人個人帳戶，入職第一個月隨薪資全額退還。\n\n人資部 {me_t}"),
    ("pivot", "job_scam off_platform",
     "您好，您的履歷已被選中。本職缺為居家打字員，日薪兩千起。後續面試一律以LINE進行，請加 ID：{wx}，"
     "並回覆您的身分證正反面照片及存摺封面，以便建檔。\n\n{co_t} 招募中心 {me_t}"),
    ("none", "job_scam unusual_payment",
     "{sur_t}先生您好，\n\n您的設備補助支票已寄出，請存入後將多出的款項以超商點數卡方式回轉給我們的採購窗口，以便替您訂購工作用筆電。"
     "如有問題請直接回覆本信。\n\n{co_t} 行政部 {me_t}"),
    ("none", "job_scam unusual_payment",
     "{name_t}您好：\n\n您已錄取為{co_t}網路商城的兼職審核員。上工前須先購買新台幣{amount_t}元的公司儲值卡完成帳號驗證，"
     "驗證後費用於首次結算時一併返還。請將卡號與密碼直接回覆本信。\n\n{co_t} 人事專員 {me_t}"),
])

F.add("zh4-s-11-task-scam", 1, "job_scam", "chat", False, [
    ("none", "job_scam unusual_payment",
     "亲，兼职点赞任务，一单三到八元，做满三单先返本金。进阶任务需要先垫付{amount}元，系统自动返还加佣金，今天已经有人提现两千了"),
    ("pivot", "job_scam off_platform",
     "你好，看到你在找兼职，我们是{co_s}直招的线上数据标注员，不用坐班。加一下导师微信 {wx}，进群领第一单"),
    ("none", "job_scam unusual_payment secrecy",
     "{name_s}，你的账户显示操作超时，资金被冻结了，需要再充值{amount}元解冻，解冻后本金佣金一起提现。别跟家人说，他们不懂会耽误你提现"),
    ("none", "job_scam unusual_payment",
     "恭喜{name_s}完成新手任务！佣金已到账。下一轮是“高佣金组合单”，需要先充值{amount}元到指定账户，完成后返本加30%，"
     "名额有限，今晚{hm}截止"),
])

F.add("zh4-s-12-subtle-cleared-contact", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting",
     "{sur_s}工您好，看到您在{unit_s}参与过{sector_s}的总体论证，这块国内懂的人不多。我们在搭一个长期交流的小圈子，"
     "想先请您聊聊这几年项目推进的真实节奏，不占您太多时间。{me_s}"),
    ("contact", "credential_targeting",
     "您好！您履历里写的那几段经历（尤其是在{unit_s}的那几年）很少见。能不能先简单说说您现在还能接触到哪些项目、审批到哪一级？"
     "我好判断后面怎么安排。"),
    ("elicitation", "credential_targeting sensitive_info",
     "谢谢回复，{name_s}。想具体请教一下：您离开原单位前，{sector_s}那条线明年的验收节点和参研单位有哪些？您凭印象说就行，不用找文件。"),
    ("elicitation", "credential_targeting sensitive_info",
     "{sur_s}工，上次聊得很愉快。想再确认一个细节：你们那套系统现在实际部署在哪几个地方？外面的资料说法不一，您是最清楚的人。"),
    ("meeting", "client_meeting credential_targeting",
     "{name_s}您好，我们几位同事{month_s}会到{city_s}，想请您吃个饭，当面请教{sector_s}那几年的事，"
     "也聊聊以后长期合作的可能。您看哪天晚上方便？{me_s}"),
])

F.add("zh4-s-13-subtle-telecom-tw", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info",
     "{sur_t}經理您好：\n\n上次論壇聽您談{sector_t}，受益良多。想再請教：貴公司明年要送審的那幾個設計案，目前規格凍結到什麼程度？"
     "良率目標大概落在哪？您方便時簡單回幾句即可。\n\n{me_t}"),
    ("elicitation", "sensitive_info",
     "{name_t}你好，\n\n我在整理產業資料，公開的年報都看過了。比較缺的是你們跟電信業者談的那幾份報價和交期，"
     "如果手邊有當時會議的簡報，能否轉寄一份到這個信箱？我只是自己參考。\n\n謝謝\n{me_t}"),
    ("elicitation", "sensitive_info credential_targeting",
     "{sur_t}博士：\n\n聽說您參與過國防部委託的那個通訊案子。想請您聊聊案子後來的驗測結果，以及哪些單位有參與，"
     "這部分網路上查不到，所以特別來請教您。\n\n敬祝 研安\n{me_t}"),
    ("elicitation", "sensitive_info",
     "{name_t}您好：\n\n感謝上次的回覆。冒昧再問一個細節：貴公司與那家電信業者簽的那份長約，價格是每季調整還是固定？"
     "若有當時簽核用的附件，轉給我看一下就好，看完即刪。\n\n{me_t}"),
    ("meeting", "client_meeting sensitive_info",
     "{sur_t}經理：\n\n下個月我會到新竹，想請您吃頓飯，順便當面看看您提過的那批測試數據。我住的飯店在車站旁邊，"
     "您下班過來很方便。\n\n{me_t}"),
])

F.add("zh4-s-14-subtle-trip", 1, "subtle_approach", "chat", False, [
    ("meeting", "client_meeting",
     "{month_s}来{city_s}住几天吧，机票酒店我这边订好，你人过来就行。有几位朋友一直想当面听听你们{unit_s}最近在忙什么"),
    ("meeting", "client_meeting sensitive_info",
     "到了机场直接有车接你。见面主要聊聊你们那个{sector_s}项目现在卡在哪，你把手机里存的那几张图带着，当面看方便些"),
    ("meeting", "client_meeting secrecy",
     "{name_s}，这次就说是来{city_s}旅游，看看老同学，不用提见了谁。回去以后有什么新情况，下次见面再慢慢说"),
    ("meeting", "client_meeting unusual_payment",
     "这趟的花销你别管，回去前我让人给你拿一个袋子，里面是给孩子的一点东西。你们{unit_s}那个新项目的事见面再细说"),
    ("meeting", "client_meeting sensitive_info",
     "{name_s}，上次见面那位老先生对你讲的很感兴趣，想再约一次，这回去{city_s}南边的一个度假村。"
     "你们{unit_s}明年的安排，到时候能多讲一点就好"),
])

F.add("zh4-s-15-subtle-payment-relative", 1, "handler_followup", "email", False, [
    ("tasking", "unusual_payment paid_task secrecy",
     "{sur_s}老师：\n\n上次那份东西写得很扎实，谢谢。这次的心意我们还是按老办法，分三次转到您母亲名下那张卡上，每次不超过五万，"
     "省得您单位年底查账麻烦。\n\n{me_s}"),
    ("tasking", "unusual_payment paid_task",
     "{name_s}您好，\n\n下一篇按上次的篇幅来就行。这回我们换一种方式：您把要买的东西列个单子，房子装修、孩子上学的开销都可以，"
     "我们直接帮您付，不经过您的账户。\n\n祝好\n{me_s}"),
    ("meeting", "unusual_payment client_meeting",
     "{sur_s}老师，\n\n{month_s}我在{city_s}，给您带了点东西，信封里是这半年的，当面给您比较稳妥。地方您定，最好人少一点。\n\n{me_s}"),
    ("tasking", "unusual_payment paid_task",
     "{name_s}您好：\n\n您上次提到孩子在国外读书，学校那边每学期的账单我们可以直接付，您只需要把账单转给我。"
     "您这边的东西还是按原来的节奏写。\n\n{me_s}"),
])

F.add("zh4-s-16-fake-expert-network", 1, "fake_consultant", "email", False, [
    ("elicitation", "paid_task vague_client sensitive_info",
     "{name_s}您好，\n\n我们是一家专家咨询平台，受一位客户委托，想就{sector_s}业务的实际产能、订单和扩产计划做一小时电话访谈，费用{amount}元。"
     "客户希望听到一线的真实数字，公开报道的他们都看过了。不需要签署合规文件，简单一点。\n\n{firm_s} {me_s}"),
    ("elicitation", "sensitive_info paid_task secrecy off_platform",
     "{sur_s}总：\n\n感谢上次访谈。客户追加了几个问题：贵司和主要客户的合同价格区间、下季度的排产计划。"
     "您可以用个人邮箱回复，我们这边不会留记录，报酬加倍。\n\n{me_s}"),
    ("tasking", "paid_task vague_client unusual_payment",
     "{name_s}老师好，\n\n访谈费可以按您方便的方式支付：支付宝转给家人、比特币，或者打到香港的账户都可以。客户名称按惯例不透露，请谅解。\n\n"
     "{firm_s} 项目组 {me_s}"),
    ("meeting", "client_meeting paid_task vague_client",
     "{sur_s}总您好，\n\n客户对两次访谈都非常认可，希望{month_s}请您到香港当面交流半天，往返机票和酒店由我们安排，"
     "另付{amount}元车马费。具体是哪家客户，到了现场再介绍。\n\n{firm_s} {me_s}"),
])

F.add("zh4-s-17-ai-lab-recruiter", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "Hi {name_s}，我是一家海外AI初创的HR {me_s}，公司暂时处于保密阶段不方便说名字。看到您在{co_s}做大模型训练，"
     "我们特别想找了解国内头部团队训练细节的人，年薪可以翻倍。"),
    ("elicitation", "sensitive_info paid_task",
     "{name_s}您好，面试的一部分是一份技术报告：请描述您现在团队的训练集群规模、数据配比和还没发布的那个版本的评测结果。"
     "这部分会单独付一笔评估费{amount}元。"),
    ("pivot", "off_platform secrecy",
     "领英这边的消息我们公司不方便留存，后续请走Telegram：@{wx}。另外这次流程属于早期接触，建议您暂时不要跟现在公司的任何人提起。{me_s}"),
    ("tasking", "paid_task vague_client off_platform",
     "Hi {name_s}，技术面之后还有一个take-home：写一篇关于国内大模型团队算力获取渠道的分析，越具体越好，我们会按{amount}美元付费。"
     "提交用我给您的邮箱 {pmail}，别用公司邮箱。"),
    ("meeting", "client_meeting paid_task secrecy",
     "{name_s}您好，我们CTO{month_s}在新加坡，想请您飞过去面一轮，商务舱和酒店我们出，另外给您{amount}美元的面试补贴。"
     "建议您请年假，不用说是面试。{me_s}"),
])

F.add("zh4-s-18-grid-consultant-hk", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client credential_targeting",
     "{sur_t}工程師：\n\n本公司為一間香港註冊的能源顧問公司，代表一位海外客戶研究內地及香港的電網調度。得知您曾在電力公司控制中心工作，"
     "想委託您撰寫一份運作實況報告，酬金港幣{amount_t}元。\n\n{firm_t}\n{me_t}"),
    ("elicitation", "sensitive_info paid_task",
     "{sur_t}先生：\n\n報告收到，客戶覺得內容太公開。希望補充：主要變電站的備援安排、停電應急流程的內部文件，"
     "以及控制系統用的軟件版本。補充部分另計酬金。\n\n{me_t}"),
    ("tasking", "unusual_payment paid_task",
     "{sur_t}生：\n\n酬金今次以USDT支付，或者轉去你太太喺內地嘅戶口都得，唔經公司賬，你自己揀。收到請回覆錢包地址。\n\n{firm_t} {me_t}"),
    ("meeting", "client_meeting vague_client sensitive_info",
     "{sur_t}先生：\n\n客戶下月喺澳門，想同你見面傾吓長期合作，酒店同船飛我哋安排。見面時請帶埋你手頭上嘅系統架構圖，"
     "客戶想直接睇。\n\n{firm_t} {me_t}"),
])

F.add("zh4-s-19-subtle-family-pressure", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "{name_t}，你媽最近身體不太好，社區那邊的人三天兩頭上門來看她，問你什麼時候回來。你自己想清楚，別讓老人家為難。"),
    ("none", "coercion sensitive_info",
     "{name_t}，你們那邊同鄉聚會，上週都有誰去了？把名單和大家說了什麼寫一寫發給我，我這邊好跟上面交代，你爸的退休金也就不會有問題。"),
    ("none", "coercion",
     "{name_t}，你弟弟的工作最近被卡住了，人家話裡話外都是因為你在外面的事。回來一趟把話講開，大家都好過。"),
    ("none", "coercion",
     "{name_t}，你上個月在網上說的那些話，家裡這邊都有人看到了。你媽被叫去喝茶兩次，你自己看著辦，要不要回來一趟。"),
])

F.add("zh4-s-20-subtle-next-task", 1, "handler_followup", "chat", False, [
    ("tasking", "paid_task vague_client",
     "上次那份写得很好，那边很满意。下一份重点写写你们{unit_s}明年要上的几个型号，老样子，{month_s}前给我"),
    ("elicitation", "sensitive_info",
     "{name_s}，你们周一的例会纪要能不能拍给我看看？不用全部，就{sector_s}那一段，尤其是领导点名要加快的那几项"),
    ("elicitation", "sensitive_info vague_client",
     "你手上那份{sector_s}供应商名单，把联系人和报价那两列也带上。上次那版只有公司名，那边说用处不大"),
    ("elicitation", "sensitive_info",
     "你们下个月去{city_s}那次测试，具体哪天、带几套设备、谁带队？我这边提前有个数"),
    ("tasking", "paid_task unusual_payment",
     "{name_s}，这次的东西收到了，老样子还是放你表弟那边，过几天他会跟你说。下一份不急，{month_s}前就行"),
])

F.add("zh4-s-21-policy-researcher-personal-mail", 1, "fake_think_tank", "email", False, [
    ("tasking", "credential_targeting off_platform paid_task vague_client",
     "{sur_s}处长：\n\n您好！我是{firm_s}研究院的访问学者{me_s}，研究方向是中国{sector_s}政策。我们受一家海外基金资助，"
     "想请在职或刚退休的政府官员撰写政策评估，单篇{amount}元。单位邮箱可能会被拦截，请用私人邮箱 {pmail} 与我联系。\n\n{me_s}"),
    ("tasking", "paid_task vague_client secrecy",
     "{name_s}您好：\n\n评估报告不署名、不发表，仅供资助方内部参考，所以您可以写得直白一些，包括决策过程中的不同意见。"
     "此事无需告知您所在单位。\n\n{me_s}"),
    ("meeting", "client_meeting paid_task",
     "{sur_s}老师：\n\n资助方负责人{month_s}在新加坡，想请您过去当面交流，往返商务舱和五星酒店由我们承担，另付讲课费。"
     "签证材料我来准备。\n\n{me_s}\n{pmail}"),
    ("elicitation", "sensitive_info paid_task vague_client",
     "{sur_s}处长：\n\n资助方读了您的第一份评估，非常感兴趣。下一篇能否重点写一写明年{sector_s}规划里尚未公布的几项指标，"
     "以及各部委之间的分歧？篇幅不限，酬金翻倍。\n\n{me_s}"),
    ("pivot", "off_platform secrecy",
     "{name_s}您好：\n\n为方便沟通，资助方建议我们改用Signal，我的号码是 {phone}。以后的稿件请通过Signal或私人邮箱 {pmail} 发给我，"
     "不要抄送任何单位邮箱。\n\n{me_s}"),
])

# --------------------------------------------------------------------------- benign
F.add("zh4-b-01-recruiter-phone", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "{name_s}您好，我是{co_s}人力资源部的招聘经理{me_s}。我们{city_s}研发中心在招{role_s}，岗位要求和薪资范围在这个链接："
     "careers.{domain}/jobs/2417。如果感兴趣，方便留个电话吗？我这周给您打过去简单聊十五分钟。"),
    ("none", "",
     "您好，感谢回复！JD 我已经发到您的邮箱，发件地址是 hr@{domain}（公司官方邮箱）。第一轮是技术面，线上进行；"
     "如果进入终面，会请您来{city_s}现场，差旅按公司标准报销。{me_s}"),
    ("none", "",
     "{sur_s}工，跟您确认一下：周四下午三点的电话面试，打给您的号码是 {phone}。面试官是我们{sector_s}部门负责人。"
     "另外提醒一下，面试中请不要透露您现任单位的任何保密信息，我们不需要也不会问。"),
    ("none", "",
     "{name_s}您好，补充一点：我们是通过公司官方招聘账号联系您的，您可以在{co_s}官网“加入我们”页面核对我的名字。"
     "后续面试邀请都会从 @{domain} 邮箱发出，不会让您加私人微信或先交任何费用。{me_s}"),
    ("none", "",
     "{sur_s}工，面试结果出来了，部门很认可。薪资构成我们电话里细说，方便的话今晚{hm}给您打过去？"
     "offer 正式版会由HR邮箱发出，里面附保密协议和背调授权书。"),
])

F.add("zh4-b-02-headhunter-wechat", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "你好{name_s}，我是{firm_s}的猎头顾问{me_s}，这次是帮{co_s}找{role_s}，base在{city_s}，公司名可以直接告诉你，官网上也能看到这个岗位。"
     "领英我回得慢，方便的话加我微信 {wx}，我把JD发你"),
    ("none", "",
     "加上啦～客户就是{co_s}，这个岗位是新开的HC，直属老板是研发VP。你先看下JD，有兴趣我帮你约HR电话，流程一般三轮，"
     "最后一轮要去他们{city_s}总部，机票酒店客户那边报销"),
    ("none", "",
     "跟你同步下：{co_s}那边反馈很好，想约{month_s}晚上视频面。对了，面试时他们会问项目经历，讲公开能讲的就行，"
     "现在公司的内部数据别带，他们也很在意这个"),
    ("none", "",
     "{name_s}，你之前提到现在签了竞业，这个我跟{co_s}的HR确认过了，他们会走正常流程评估，不会让你做违规的事。背调只联系你授权的前同事"),
    ("none", "",
     "[{date} {hm}] {me_s}：offer 我刚从{co_s}那边拿到了，已转发你邮箱\n"
     "[{date} {hm}] {me_s}：有不清楚的直接打我电话 {phone}，别在群里说薪资哈"),
])

F.add("zh4-b-03-recruiter-hsinchu", 0, "genuine_recruiter", "email", True, [
    ("none", "",
     "{name_t} 您好：\n\n我是{co_t}人才招募部的{me_t}。我們新竹廠正在招募{role_t}，職缺已公告於公司官網（職缺編號 HR-5521）。"
     "想先與您通個電話，約十五分鐘，說明工作內容與待遇，請問本週哪個時段方便？\n\n{co_t} 人才招募部 {me_t}\n電話：{phone_tw}"),
    ("none", "",
     "{sur_t}先生您好：\n\n感謝您撥空通話。第二階段面試將於新竹廠區進行，來回高鐵票與當日交通費由公司依規定實報實銷，請保留票根。"
     "面試當天請攜帶身分證件，以便換證入廠。\n\n敬祝 順心\n{me_t}"),
    ("none", "",
     "{name_t} 您好：\n\n附件為錄取通知與保密協議，請詳閱後簽回。提醒您，本公司不會以 LINE 或私人信箱寄送錄取文件，"
     "也不會要求您先付任何費用；若收到類似訊息，請直接撥打 {phone_tw} 查證。\n\n人才招募部 {me_t}"),
    ("none", "",
     "{sur_t}先生您好：\n\n您在面試中提到前公司專案時表現得很得體，沒有透露任何客戶或內部資料，面試官特別肯定這點。"
     "最終面試將由部門主管以電話進行，時間確定後會以公司信箱通知您。\n\n{me_t}"),
])

F.add("zh4-b-04-expert-network-email", 0, "expert_network", "email", True, [
    ("none", "",
     "{sur_s}老师您好：\n\n我是{en_s}（一家专家咨询公司）的项目经理{me_s}。我们的客户是一家投资机构，正在研究{sector_s}行业的公开市场格局，"
     "想请您做一个小时的电话咨询，咨询费{amount}元/小时，税前。\n\n按我们的合规要求，通话中不会涉及您现任或前任雇主的任何保密或"
     "未公开信息，通话前您需要完成一份合规确认。\n\n{me_s}\n{en_s}"),
    ("none", "",
     "{name_s}您好，\n\n感谢确认时间。客户是{co_s}的投资团队（已获得披露授权），他们主要想听行业趋势和公开技术路线的看法。"
     "如果问到您单位内部的数字或者客户名单，您可以直接拒绝，我们的合规同事也会在线旁听。\n\n"
     "费用将在通话后五个工作日内通过公司对公账户转到您本人银行卡，并代扣个税。\n\n{me_s}"),
    ("none", "",
     "{sur_s}老师：\n\n提醒一下，我们平台不接受在职公务员及涉密单位人员参与访谈。如您目前在此类单位任职，请直接告诉我，"
     "我们会取消本次邀约，不影响以后合作。\n\n谢谢理解！\n{en_s} 合规部 {me_s}"),
    ("none", "",
     "{name_s}您好：\n\n附件是本次咨询的合规确认书，请您逐条确认：1. 不会披露现任或前任雇主的保密信息；"
     "2. 不讨论未公开的财务、订单或技术参数；3. 您所在单位允许您参与外部咨询。确认后我们再安排与客户{co_s}的通话。\n\n"
     "{en_s} 合规团队 {me_s}"),
    ("none", "",
     "{sur_s}老师：\n\n客户希望下周再约一次，时长一小时，费用标准不变。按我们的规定，同一客户三个月内最多两次访谈，本次为第二次。"
     "如您不方便，拒绝即可，不影响任何合作。\n\n{me_s}"),
])

F.add("zh4-b-05-expert-network-hk", 0, "expert_network", "inmail", True, [
    ("none", "",
     "{name_t}你好，我係{en_t}嘅研究助理{me_t}。有一位基金客戶想了解{sector_t}供應鏈嘅公開趨勢，想約你一小時電話訪談，"
     "顧問費港幣{amount_t}元。我哋唔需要任何公司內部或者未公開資料，通話前會請你簽合規聲明。"),
    ("none", "",
     "多謝回覆！客戶係一間亞洲私募基金，名稱喺你確認參加之後會披露。如果你現職公司唔准兼職顧問，請唔好參加，我哋完全理解。"
     "之後會用公司電郵 compliance@{domain} 發確認信俾你。"),
    ("none", "",
     "{sur_t}生，訪談費會喺通話後經公司戶口轉賬到你本人名下嘅銀行戶口，唔會用現金、禮品卡或者虛擬貨幣。"
     "如有疑問可以致電我哋辦公室 {phone_hk} 核實。{me_t}"),
    ("none", "",
     "{name_t}你好，提提你：訪談入面如果客戶問到你公司未公佈嘅業績、客戶名單或者合約價錢，請直接話唔方便答，"
     "我哋合規同事會即時中止相關問題。{me_t}"),
    ("none", "",
     "{sur_t}生，今次訪談已經完成，多謝你抽時間。顧問費已經經公司戶口入數，收據會寄去你登記嘅電郵。"
     "如果之後唔想再收我哋嘅邀請，回覆「取消」就得。{me_t}"),
])

F.add("zh4-b-06-expert-network-wechat", 0, "expert_network", "chat", True, [
    ("none", "",
     "{sur_s}老师好，我是{en_s}的项目助理{me_s}，刚给您发了邮件。您方便的话我们微信对一下时间？客户那边是做二级市场的，"
     "想听您聊聊{sector_s}的公开技术路线，一小时"),
    ("none", "",
     "收到～{sur_s}老师，再跟您确认一下合规的几条：不谈在职单位的内部信息、不谈未公开的财务数据和客户名单，涉密的一律不聊。没问题的话我把确认链接发您"),
    ("none", "",
     "老师，昨天的咨询费{amount}元已经走公司对公账户打到您银行卡了，扣了个税，您查收一下。下次客户如果还想约，我提前在这儿跟您说"),
    ("none", "",
     "{sur_s}老师，客户那边问能不能加场到两小时，费用按小时算，还是{amount}一小时。您要是觉得有些问题涉及单位内部，"
     "我这边先帮您把提纲里那几条删掉"),
    ("none", "",
     "[{date} {hm}] {me_s}：{sur_s}老师，客户临时想把电话改到周四，可以吗？\n"
     "[{date} {hm}] {sur_s}老师：可以，下午都行。先说好，我们院里的项目我一句不谈\n"
     "[{date} {hm}] {me_s}：明白，合规同事开场也会跟客户再强调一遍🙏"),
])

F.add("zh4-b-07-university-talk", 0, "paid_talk", "email", True, [
    ("none", "",
     "{sur_s}老师：\n\n您好！我是{uni_s}电子信息学院的{me_s}。我院研究生课程“{sector_s}前沿”拟于{month_s}邀请您作一次两小时讲座，"
     "内容以公开研究成果为主。学院按标准支付讲课费，往返差旅和住宿凭票报销。\n\n敬请拨冗回复。\n{me_s}\n{uni_s}"),
    ("none", "",
     "{name_s}老师好：\n\n讲座时间已确定。报销需要您提供身份证复印件和银行卡信息（须为本人卡，学校财务不能转给他人账户），"
     "讲课费按规定代扣个税。讲座会录像并上传学院网站，如有不便公开的内容请提前删去。\n\n谢谢！\n{me_s}"),
    ("none", "",
     "{sur_s}老师：\n\n感谢您上周的精彩报告！讲课费{amount}元已由学校财务处打到您的工资卡。差旅报销单需要您在附件表格上签字后拍照发给我，"
     "或者加我微信 {wx} 发过来也行，原件随后寄回即可。\n\n{me_s}"),
    ("none", "",
     "{name_s}老师：\n\n讲座海报已经挂到学院公众号上了，附件是学生提前整理的问题清单，都是公开论文里的内容。"
     "如问题涉及您单位尚未公开的项目，您直接跳过就行。\n\n{me_s}\n{uni_s}"),
    ("none", "",
     "{sur_s}老师好：\n\n财务处提醒：讲课费只能发放到讲者本人的银行卡，不能代领，也不能以现金或购物卡形式发放，请您谅解。"
     "麻烦您把开户行信息回复给我。\n\n{me_s}"),
])

F.add("zh4-b-08-thinktank-review-tw", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "{sur_t}教授道鑒：\n\n本院《{sector_t}政策季刊》擬邀請您審閱一篇投稿，約一萬字，主題為能源轉型與電網韌性。"
     "審查費新台幣{amount_t}元，依規定開立所得扣繳。審查採雙向匿名，審查意見將提供作者參考。\n\n{tt_t} 編輯部 {me_t}"),
    ("none", "",
     "{name_t}老師您好：\n\n本院擬委託您撰寫一篇署名政策評析，題目為{sector_t}出口管制的公開文獻回顧，完稿後刊登於本院網站。"
     "稿酬依本院標準支付，所需資料以公開來源為限，不須亦不宜使用任何機密或未公開資料。\n\n{tt_t} 研究組 {me_t}"),
    ("none", "",
     "{sur_t}老師：\n\n下月本院在台北舉辦公開座談，邀您擔任與談人，出席費依規定給付，交通費檢據核銷。"
     "座談全程錄影並上網公開，媒體亦可到場。\n\n{tt_t} 秘書處 {me_t} 敬上"),
    ("none", "",
     "{name_t}老師：\n\n大作已收到，謝謝。本院將於下月將全文刊登於網站並註明作者，稿酬將匯入您指定的本人帳戶，並依法扣繳。"
     "若您任職單位要求事先報備兼職，請依規定辦理即可。\n\n{tt_t} 研究組 {me_t}"),
    ("none", "",
     "{sur_t}教授您好：\n\n本院下季舉辦兩岸能源研討會，將邀請對岸學者以視訊出席。會議全程公開，與會者發言均會上網。"
     "若您對議程有任何顧慮，歡迎來電 {phone_tw} 討論。\n\n{me_t} 敬上"),
])

F.add("zh4-b-09-paid-review-wechat", 0, "paid_review", "chat", True, [
    ("none", "",
     "{sur_s}老师，打扰了～我们课题组结题要请三位外审专家，想请您帮忙看一下报告（三十页左右，全是已发表的内容），"
     "评审费按学校标准{amount}元。您要是方便，我把材料发您邮箱"),
    ("none", "",
     "老师，评审表我发您QQ邮箱了，填完签个字拍照发回给我就行。评审费财务说要您本人的银行卡号和身份证号，走学校的劳务发放，会代扣个税。{me_s}"),
    ("none", "",
     "{sur_s}老师好，基金委那边要求函评意见不要外传，也别跟申请人联系，这个您肯定比我清楚哈。另外{month_s}结题会在{city_s}开，"
     "来回车票住宿课题经费报销，您看能不能抽空来一趟"),
    ("none", "",
     "{name_s}老师，材料是我们课题组去年发表的三篇论文加结题报告，不涉密，您放心看。有问题随时微信我，我这周都在实验室"),
    ("none", "",
     "{sur_s}老师，评审费已经发了，{amount}元扣完税打到您工资卡上。我们组{month_s}在{city_s}有个公开的学术沙龙，"
     "想请您来讲半小时，差旅我们报，您看看时间"),
])

F.add("zh4-b-10-conference-organiser", 0, "conference_invite", "email", True, [
    ("none", "",
     "尊敬的{name_s}博士：\n\n第八届{sector_s}技术大会将于{month_s}在{city_s}国际会议中心举行。组委会诚邀您作特邀报告，"
     "报告内容将收录于公开出版的会议论文集。组委会承担您的往返机票（经济舱）与三晚住宿，并支付报告酬金。\n\n"
     "会议官网：conf.example.org\n组委会秘书处 {me_s}"),
    ("none", "",
     "{sur_s}博士您好：\n\n为便于会议期间联络，组委会建了一个嘉宾微信群，群里会发接站和日程通知，请扫描附件二维码入群。"
     "报销需提供电子登机牌和酒店发票，抬头为会议承办单位。\n\n祝好！\n{me_s}"),
    ("none", "",
     "各位嘉宾：\n\n提醒：会场禁止拍摄未公开的展板内容；如有企业代表私下邀请您参观工厂或另行安排食宿，请先与组委会核实身份，"
     "组委会不委托任何第三方联系嘉宾。\n\n会务组 {me_s} {phone}"),
    ("none", "",
     "{name_s}博士：\n\n感谢接受邀请！组委会已为您预订{city_s}会议酒店三晚，机票可自行购买后凭行程单报销，也可由我们代订。"
     "报告酬金{amount}元将在会后十个工作日内转入您本人账户。\n\n组委会 {me_s}"),
    ("none", "",
     "{sur_s}博士您好：\n\n您的报告PPT会在会后公开放到官网，如其中有未公开数据，请在{month_s}前替换成公开版本。"
     "另外分会场主持人会在嘉宾群里与您对接流程。\n\n{me_s}"),
])

F.add("zh4-b-11-clearance-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "【招聘】{co_s}（国有控股）{city_s}研究院招聘{role_s}2名。要求：硕士及以上，{sector_s}相关专业；岗位为涉密岗位，"
     "录用前需通过政审和保密审查，入职后签订保密协议。简历请投递至 hr@{domain}，不收取任何费用。"),
    ("none", "",
     "{name_s}您好，看到您在关注我们的涉密岗位。说明一下：该岗位需能够取得二级以上保密资格，入职后出国（境）需审批，"
     "个人护照由单位统一保管。如能接受，请按官网流程投递，我们不接受私人渠道递交的材料。{me_s}"),
    ("none", "",
     "{name_s}您好，您的简历已进入政审环节，单位将通过官方渠道联系您户籍地和档案所在单位，请勿理会任何自称“可以帮忙加快政审”的"
     "私人联系或收费要求。\n\n{co_s}人力资源部 {me_s}"),
    ("none", "",
     "【岗位更新】{co_s}{city_s}院区{role_s}岗位仍在招。提醒：本岗位涉及国家秘密，应聘者须如实填报海外亲属和出国经历；"
     "单位不通过任何中介、猎头收费招聘，有疑问请拨打 {phone} 核实。"),
    ("none", "",
     "{name_s}您好，我是{co_s}人力资源部{me_s}。您应聘的岗位需要保密资格审查，请填写附件中的《涉密人员审查表》，"
     "填好后上传到我们官网招聘系统，切勿通过微信或私人邮箱发送。"),
])

F.add("zh4-b-12-clearance-job-ad-tw", 0, "cleared_job_ad", "chat", True, [
    ("none", "",
     "[轉貼] {co_t}徵{role_t}，工作地點台中，國防相關計畫，錄取後須通過安全查核，僅限中華民國國籍、無雙重國籍。"
     "有興趣的學弟妹請走官網投遞，有問題私訊我 —— {me_t}"),
    ("none", "",
     "{me_t}學長，我看了{co_t}那個缺，安全查核要查多久啊？會問到家人在大陸工作的事嗎"),
    ("none", "",
     "會喔，查核表要填直系親屬和常往來的親友，照實填就好，人資說隱瞞反而會被刷掉。面試在{co_t}公司裡面，不會有人約你去外面談，有的話就是詐騙"),
    ("none", "",
     "{me_t}學長：補充一下，那個職缺需要做安全調查，大概一兩個月。期間如果有人自稱可以幫你加快查核還要收錢，直接報警"),
    ("none", "",
     "[{date} {hm}] {me_t}：剛剛人資回我了，{co_t}那個缺下週截止，要準備良民證和學歷證明，安全查核的同意書面試時現場簽"),
])

F.add("zh4-b-13-security-notice-email", 0, "security_awareness", "email", True, [
    ("none", "",
     "各位同事：\n\n近期有多名员工在领英上收到自称“猎头”“智库研究员”的消息，对方以高额辛苦费邀请撰写行业报告，随后要求加微信、"
     "使用私人邮箱，并逐步打听内部项目进展，甚至邀请到境外“见客户”。请大家提高警惕，遇到类似情况请截图报保密办。\n\n"
     "{co_s} 保密办公室\n{phone}"),
    ("none", "",
     "【防骗提醒】\n\n警惕以下话术：“客户不方便透露名字”“只要你的个人看法，不涉密”“报酬可以打到你家人卡上”“这事不用跟单位说”。"
     "出现其中任何一条，请立即停止联系，并向部门保密员报告。\n\n{co_s} 信息安全部 {me_s}"),
    ("none", "",
     "{name_s}：\n\n感谢你主动上报那位“顾问”的消息，经核实对方使用的公司名称和网站均为虚假注册。你的处理完全正确：没有回复内部信息，"
     "也没有加对方的纸飞机。后续如对方再联系，请直接转发给我们，不必回复。\n\n保密办 {me_s}"),
    ("none", "",
     "各位同事：\n\n根据国家安全机关通报，境外人员常以“学术交流”“咨询顾问”名义，邀请科研人员出境见面，报销全部费用并另付高额报酬，"
     "再逐步索要未公开资料。出境参会请按规定报批，回国后如实报告接触情况。\n\n{co_s} 保密委员会 {me_s}"),
    ("none", "",
     "{name_s}：\n\n您上周咨询的那个“海外智库约稿”，我们看了对方发来的邮件：不具名委托方、稿费打到家属账户、要求不告诉单位——"
     "这几条同时出现，属于典型可疑特征，建议不要回复。\n\n保密办 {me_s}"),
])

F.add("zh4-b-14-security-notice-chat", 0, "security_awareness", "chat", True, [
    ("none", "",
     "@所有人 保密办转：最近有人冒充猎头加大家V信，开口就问“你们{unit_s}最近在忙什么型号”“方便写个材料吗，有辛苦费”，"
     "还有的约去外地见老板、报销机票。大家别加、别回，截图发我"),
    ("none", "",
     "群里再提醒一下：出国探亲回来要报备，在外面有人请吃饭打听单位情况的，回来也要说一声。不是查大家，是保护大家。{me_s}"),
    ("none", "",
     "[{date} {hm}] 保密员{me_s}：昨天有同事收到私信，说帮忙把内部会议纪要拍一下就给{amount}，已经报上去了。大家记住，这种“只要一点点”的就是套路"),
    ("none", "",
     "@{name_s} 你转来的那个“猎头”截图我看了，对方一直想让你加纸飞机，还说有老板想请你去{city_s}玩，这个就别理了，我登记一下"),
    ("none", "",
     "[{date} {hm}] 保密员{me_s}：今天的保密培训课件放群文件了，第12页是常见话术：“不涉密，就聊聊”“辛苦费打你家人卡上”"
     "“别跟单位说”。大家看一下"),
])

F.add("zh4-b-15-security-notice-hk", 0, "security_awareness", "email", True, [
    ("none", "",
     "各位同事：\n\n資訊保安部提醒：近日有人冒充獵頭，以「海外客戶」名義邀請同事撰寫付費報告，再要求轉用WhatsApp或私人電郵聯絡，"
     "並索取公司內部資料。切勿回覆，並將訊息轉交 security@{domain}。\n\n資訊保安部 {me_t}"),
    ("none", "",
     "【保安提示】可疑招聘訊息常見特徵：\n1. 唔肯講明公司同職位\n2. 好快要求轉去Telegram / WeChat\n3. 要你寫「報告」同埋提供未公開資料\n"
     "4. 酬金用加密貨幣或者過數去親友戶口\n5. 叫你「唔使同公司講」\n如有懷疑，請聯絡內部保安熱線 {phone_hk}。\n\n資訊保安部 {me_t}"),
    ("none", "",
     "{name_t}：\n\n多謝你通報上星期收到嘅可疑 InMail。經查證，對方所稱之顧問公司並無註冊紀錄。你冇提供任何資料，處理得好好。"
     "日後如有類似情況，照樣轉交我哋即可。\n\n資訊保安部 {me_t}"),
    ("none", "",
     "各位同事：\n\n近期有同事收到自稱「海外研究機構」嘅邀請，話包機票酒店請你去{city_t}「見客戶」，再俾現金酬金。"
     "公司提醒：任何出差都要經部門批核，外界邀請請先通知資訊保安部。\n\n資訊保安部 {me_t}"),
])

F.add("zh4-b-16-family-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "妈：{name_s}，今年过年回国吗？你家里人都想你了，你姑说要给你介绍对象。机票贵的话妈给你出，别跟你爸说，他又要念叨"),
    ("none", "",
     "[{date} {hm}] 妈妈：红包收到没？\n[{date} {hm}] 我：收到了，妈你别再转了\n"
     "[{date} {hm}] 妈妈：拿着，你一个人在外面不容易，别跟你姐说我又给你钱了"),
    ("none", "",
     "姐：你那个工作的事想好没？爸说你要是回国，{city_s}那边他老同学的单位在招人，让你把简历发他微信，他帮你问问内部情况"),
    ("none", "",
     "爸：{name_s}，上次你说的那个报告写完没有？别光顾着工作，记得按时吃饭。你妈让我别跟你说，她体检有个小结节，医生说没事，你别担心"),
    ("none", "",
     "[{date} {hm}] 小姨：{name_s}什么时候回国啊？你表妹考上{city_s}的大学了，红包我先替你包了\n"
     "[{date} {hm}] 我：谢谢小姨！我月底转你"),
])

F.add("zh4-b-17-family-whatsapp-hk", 0, "family_chat", "chat", True, [
    ("none", "",
     "阿媽：{name_t}，你幾時返香港呀？你細佬話想請你食飯。機票我幫你出咗先，唔好同你老豆講，佢又話我寵你"),
    ("none", "",
     "[{date}, {hm}] 家姐: 爸爸份保險文件我WhatsApp咗俾你，你睇吓簽邊度\n"
     "[{date}, {hm}] 家姐: 簽完影相傳返俾我就得，正本遲啲寄"),
    ("none", "",
     "表哥：{name_t}，屋企人都問你幾時返嚟，阿嫲下個月八十大壽，全家上深圳飲茶。你人返嚟就得，其他唔使理，機票阿爸話佢俾"),
    ("none", "",
     "家姐：{name_t}，阿媽話今年唔使俾錢屋企，你自己留住。你同大佬講一聲，佢上次轉咗去阿媽個戶口，唔好再轉啦"),
    ("none", "",
     "阿爸：{name_t}，你阿媽啲藥我幫佢買咗，你下次返嚟記得同佢去覆診。屋企一切都好，唔使擔心，專心做嘢"),
])

F.add("zh4-b-18-friend-dinner", 0, "friendly_meetup", "chat", True, [
    ("none", "",
     "老{sur_s}！{month_s}我来{city_s}出差，晚上一起吃个饭？我请客，顺便见见我们公司几个同事，都是做{sector_s}的，聊聊行业八卦"),
    ("none", "",
     "你换号了吗？领英上消息总是看不到，加我微信吧 {wx}，回头把我们同学聚会的照片发你"),
    ("none", "",
     "上次说的那个活，其实就是帮我看看我写的那份{sector_s}行业报告有没有硬伤，全是网上能查到的资料。不白看，请你吃顿好的🤣"),
    ("none", "",
     "{name_s}，我们公司年会缺个主持，你口才好，来帮个忙？不白干，给你包个红包，酒店我们报"),
    ("none", "",
     "哈哈你别多想，我就是单纯想约你见面吃饭，好久没见了。{month_s}有空吗？地点你挑，这顿我自己请，公司可报销不了"),
])

F.add("zh4-b-19-colleagues-corp-tools", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "这个讨论串太长了，我们转到企业微信群里说吧，我拉一下{name_s}和测试组。文件别往个人微信发，走公司网盘"),
    ("none", "",
     "[{date} {hm}] {me_s}：领导说评审材料周四前要交\n[{date} {hm}] {me_s}：我在钉钉上建了个文档，大家直接在里面改，别另存到自己电脑\n"
     "[{date} {hm}] {name_s}：收到"),
    ("none", "",
     "明天{co_s}的客户来访，接待的时候别聊内部排期，对外口径按市场部那版说。会后大家到Teams上同步一下纪要"),
    ("none", "",
     "{name_s}，客户那边的群我把你拉进去了，是企业微信的外部群，对外只发定稿，内部讨论还在我们自己群里，别发错了"),
    ("none", "",
     "钉钉审批我提交了，是{city_s}出差的报销，你帮忙点一下同意。下周例会纪要别转出去，领导说先内部看 —— {me_s}"),
])

F.add("zh4-b-20-colleagues-slack-tw", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "這個案子的討論我們移到 Slack 的 #proj-{code} 頻道吧，LINE 群太亂了，而且公司規定內部資料不能丟私人 LINE"),
    ("none", "",
     "{name_t}，客戶那邊要的報告我放在 SharePoint 了，權限只開給專案成員。你出差回來記得把報帳單交給行政，機票收據要附"),
    ("none", "",
     "等一下 Teams 開會，主管說今天的內容先不要對外講，等正式公告。會議記錄我會寄到公司信箱 —— {me_t}"),
    ("none", "",
     "{name_t}，我把你加進公司的 Teams 群組了，之後週會都在那裡開。LINE 就留給吃飯揪團用，哈哈"),
    ("none", "",
     "{me_t}：{name_t}，主管說下週要去客戶那邊開會，高鐵票先自己買，回來再報帳。會議內容屬公司機密，簡報不要存到私人雲端"),
])

F.add("zh4-b-21-travel-reimbursement", 0, "payroll", "email", True, [
    ("none", "",
     "{name_s}您好：\n\n您提交的{city_s}出差报销单（机票、酒店、市内交通）已审核通过，合计{amount}元，将于本周五随工资一起发放至您的工资卡。"
     "如需修改收款账户，请本人在OA系统中申请，财务部不会通过微信或电话要求您提供新账户。\n\n财务部 {me_s}"),
    ("none", "",
     "各位：\n\n提醒：差旅费报销须在返程后三十日内提交，发票抬头须为公司全称。境外出差的餐费按标准包干，无需发票。"
     "任何以现金、购物卡形式报销的请求一律不予受理。\n\n{co_s} 财务共享中心"),
    ("none", "",
     "{sur_s}工：\n\n您上月参加{city_s}展会的费用，主办方已承担酒店，公司只报销往返机票。请撤回报销单中的住宿部分后重新提交，谢谢！\n\n"
     "财务部 {me_s}"),
    ("none", "",
     "{name_s}您好：\n\n您在{city_s}参加客户会议产生的招待费，请补充参会人员名单和事由说明，否则无法报销。"
     "另外，客户赠送的礼品卡请按公司规定上交行政部登记。\n\n财务部 {me_s}"),
    ("none", "",
     "各位同事：\n\n提醒：最近有人冒充财务在微信上发“报销补贴领取”链接，要求填写银行卡和验证码。公司报销只在OA系统处理，"
     "财务不会私下加微信。\n\n{co_s} 财务部"),
])

F.add("zh4-b-22-alumni-parents-tw", 0, "alumni_group", "chat", True, [
    ("none", "",
     "各位學長姐好，我是系友會總幹事{me_t}。下個月十八號晚上在台北辦系友聚餐，餐費每人八百，請轉帳到系友會帳戶（不是我個人帳戶），帳號見記事本"),
    ("none", "",
     "[LINE] {me_t}：有學弟問{co_t}的職缺，我那邊部門在招{role_t}，可以幫忙內推，履歷寄我公司信箱就好，不用加我私人的"),
    ("none", "",
     "家長群公告：{me_t}老師提醒，最近有人冒充老師在群裡收教材費和補習費，學校不會用個人帳戶收任何費用，請家長不要轉帳，有疑問直接打學校電話 {phone_tw}。"),
    ("none", "",
     "[LINE] {me_t}：各位，系友會幫在{co_t}工作的學長開了個職涯分享會，講者費用由系上支付，大家不用繳錢，報名表單在記事本"),
    ("none", "",
     "家長群：{me_t}媽媽好，畢業旅行的費用學校會統一用學校帳戶收，收據會發給每位家長。有人私訊說可以算便宜一點、"
     "要先匯到他個人帳戶，那是詐騙喔"),
])

F.add("zh4-b-23-journalist-interview", 0, "journalist_interview", "inmail", True, [
    ("none", "",
     "{name_t}您好，我是{media_t}的記者{me_t}，正在做一篇關於{sector_t}人才外流的報導，想請您以具名方式接受約三十分鐘的訪問，"
     "可以電話或到您公司附近。內容會在刊出前請您確認引述。"),
    ("none", "",
     "謝謝您願意受訪！我們只談公開資訊與您的個人觀點，不需要任何公司內部資料，您不方便回答的問題可以直接跳過。"
     "訪問沒有酬勞，這是{media_t}的規定。{me_t}"),
    ("none", "",
     "{sur_t}先生，稿子預計週四刊出，附上您的引述段落請過目。如果您公司公關需要先看，我可以直接寄給他們的官方信箱。{me_t}"),
    ("none", "",
     "{sur_t}先生您好，我是{media_t}記者{me_t}。想請教您對{sector_t}出口管制的看法，會具名引用。"
     "若您的公司規定受訪需經公關核准，我可以先聯絡他們，不會讓您為難。"),
])

F.add("zh4-b-24-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "{name_s}您好：\n\n欢迎加入{co_s}！入职当天请携带身份证、学历证明原件及本人名下的工资卡。入职材料包括劳动合同、保密协议和竞业限制协议，"
     "请提前阅读。公司不会在入职前收取任何押金、培训费或体检费。\n\n人力资源部 {me_s}"),
    ("none", "",
     "{sur_s}同学：\n\n提醒您：薪酬信息属于公司保密信息，请勿在同事间讨论。入职后请在企业微信上完成信息登记，"
     "不要通过个人微信向任何人发送身份证照片。\n\nHR {me_s}"),
    ("none", "",
     "各位新同事：\n\n{month_s}的信息安全培训必须参加，内容包括：如何识别冒充猎头、顾问的社交工程，哪些信息属于内部信息，"
     "出差境外的报备流程。培训后有小测验。\n\n{co_s} 人力资源部"),
    ("none", "",
     "{name_s}您好：\n\n您的背景调查授权书已收到。背调公司将联系您提供的前雇主HR，不会询问任何涉及商业秘密的内容。"
     "如背调人员要求您提供原单位文件或加私人微信，请立即告知我们。\n\n{co_s} 人力资源部 {me_s}"),
    ("none", "",
     "{sur_s}同学你好：\n\n入职前请在系统上传工资卡信息，必须是本人名下的一类卡。公司不会通过第三方代发工资，"
     "也不会要求转账到亲属账户。有问题请在企业微信上找我。\n\nHR {me_s}"),
])

F.add("zh4-b-25-bank-payroll", 0, "payroll", "email", True, [
    ("none", "",
     "【{bank_s}】尊敬的客户：您尾号{tail}的账户于{date}收到代发工资{amount}元。我行不会以任何理由要求您提供短信验证码，"
     "或把资金转到所谓“安全账户”。"),
    ("none", "",
     "尊敬的{name_s}：\n\n您的公司已为您开通工资卡代发服务。温馨提示：近期有不法分子冒充HR或猎头，以“入职保证金”“培训费”“刷流水”为由"
     "诱导转账，或要求将款项转入亲属账户。如遇此类情况，请拨打我行客服热线核实。\n\n{bank_s}"),
    ("none", "",
     "{name_s}您好：\n\n您本月工资条已发布在员工自助平台，含加班费及差旅报销{amount}元。工资条属于个人保密信息，请勿转发。"
     "如对金额有疑问，请联系薪酬组，勿回复本邮件。\n\n{co_s} 薪酬福利组"),
    ("none", "",
     "{name_s}您好：\n\n因{co_s}更换代发银行，下月起工资将发放至{bank_s}账户。请于{month_s}前在员工自助平台绑定本人名下的新卡，"
     "HR不会通过电话或短信索要卡号和密码。\n\n{co_s} 薪酬福利组"),
])

F.add("zh4-b-26-everyday-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "{name_s}今晚还打球吗？我{hm}到，你带个球"),
    ("none", "",
     "[{date} {hm}] {me_s}：中午吃啥\n[{date} {hm}] {me_s}：楼下新开的那家米线？\n[{date} {hm}] {name_s}：走"),
    ("none", "", "{name_s}，快递到了放你门口了，记得拿哈，别又被雨淋了"),
    ("none", "", "明天下午的会改到三点了，{name_s}记得带电脑"),
])

SUBTLE = {
    "zh4-s-03-subtle-policy-draft",
    "zh4-s-12-subtle-cleared-contact",
    "zh4-s-13-subtle-telecom-tw",
    "zh4-s-14-subtle-trip",
    "zh4-s-15-subtle-payment-relative",
    "zh4-s-19-subtle-family-pressure",
    "zh4-s-20-subtle-next-task",
}

# Families written in Traditional characters (Hong Kong or Taiwan usage); the others are Simplified.
TRADITIONAL = {
    "zh4-s-04-thinktank-closed-seminar",
    "zh4-s-06-hk-dont-tell-company",
    "zh4-s-09-coercion-student-group",
    "zh4-s-10-job-scam-deposit-tw",
    "zh4-s-13-subtle-telecom-tw",
    "zh4-s-18-grid-consultant-hk",
    "zh4-s-19-subtle-family-pressure",
    "zh4-b-03-recruiter-hsinchu",
    "zh4-b-05-expert-network-hk",
    "zh4-b-08-thinktank-review-tw",
    "zh4-b-12-clearance-job-ad-tw",
    "zh4-b-15-security-notice-hk",
    "zh4-b-17-family-whatsapp-hk",
    "zh4-b-20-colleagues-slack-tw",
    "zh4-b-22-alumni-parents-tw",
    "zh4-b-23-journalist-interview",
}


def _distinct(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """One row per text once the shared opener/closer (whitespace, a mail footer) is set aside."""
    first: dict[str, dict[str, object]] = {}
    for row in rows:
        first.setdefault(str(row["text"]).replace("Sent from my iPhone", "").strip(), row)
    return list(first.values())


def main() -> None:
    rows = _distinct(build(F, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE))
    for family, group in groupby(rows, key=lambda row: str(row["family"])):
        for number, row in enumerate(group, start=1):
            row["id"] = f"{family}-{number:02d}"
            row["subtlety"] = "subtle" if family in SUBTLE else row["subtlety"]
    write(rows, Path(__file__).with_name("zh_author4.jsonl"))


if __name__ == "__main__":
    main()
