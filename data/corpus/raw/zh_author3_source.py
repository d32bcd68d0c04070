"""Third author's Chinese training families (WeChat register; Simplified and Traditional).

Run: python zh_author3_source.py  -> rewrites zh_author3.jsonl next to this file (deterministic).

Every template below was written by hand for this file, from the threat description in
../shared/DESIGN.md only. Each family is one persona or situation (ids zh3-s-NN-slug for suspicious,
zh3-b-NN-slug for benign). Families in Simplified characters and families in Traditional characters
(Taiwan / Hong Kong usage) are built in two passes, each with its own opener and closer pools shared by
both classes (see template_families.py), so a Traditional message never gets a Simplified greeting.
Families listed in SUBTLE carry no giveaway word (no app name, 报告/客户/报酬/内部/保密/删除 …) and are
marked "subtle". All names, firms, handles, addresses (example.com) and numbers are invented
(+86 138 0000 xxxx, +1 555-01xx).
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

HERE = Path(__file__).resolve().parent
SEED_SIMPLIFIED = 3304
SEED_TRADITIONAL = 3305
PER_TEMPLATE = 2

POOLS: dict[str, list[str]] = {
    # Simplified
    "name": ["小王", "李姐", "张总", "陈老师", "刘经理", "小林", "赵工", "周姐"],
    "city": ["多伦多", "温哥华", "蒙特利尔", "渥太华", "卡尔加里"],
    "home": ["上海", "深圳", "北京", "杭州", "广州", "成都"],
    "third": ["新加坡", "曼谷", "迪拜", "吉隆坡", "伊斯坦布尔"],
    "field": ["半导体", "航空航天", "国防", "通信", "人工智能", "核能", "电网"],
    "topic": ["北极航道", "芯片出口管制", "5G基站部署", "电网安全", "关键矿产供应链", "无人机产业"],
    "day": ["周二", "周四", "下周一", "这周五", "明天", "下周三"],
    "time": ["上午10点", "下午2点", "晚上8点", "下午3点半"],
    "job": ["高级射频工程师", "芯片验证工程师", "网络安全分析师", "项目经理", "政策研究员"],
    "month": ["三月", "五月", "九月", "十一月"],
    "company": ["远航通信", "星河半导体", "华岳航电", "北极星能源"],
    # shared (digits and Latin)
    "amount": ["2000", "3000", "5000", "8000", "12000"],
    "hourly": ["150", "200", "300", "400"],
    "phone": ["+86 138 0000 1234", "+86 138 0000 5678", "+86 139 0000 2211", "+1 613-555-0131",
              "+1 416-555-0149", "+1 604-555-0172"],
    "vx": ["wx_lin2024", "chen_88vx", "north_star77", "mk_0519", "yun_hai_66"],
    # Traditional
    "name_t": ["小王", "李姐", "張總", "陳老師", "劉經理", "阿傑", "林小姐"],
    "city_t": ["台北", "新竹", "台中", "高雄", "香港", "溫哥華", "多倫多"],
    "abroad_t": ["上海", "深圳", "澳門", "新加坡", "曼谷"],
    "field_t": ["半導體", "航太", "國防", "通訊", "人工智慧", "電網"],
    "topic_t": ["晶片出口管制", "台海航運", "5G基地台", "電網韌性", "無人機產業"],
    "day_t": ["週二", "週四", "下週一", "這週五", "明天", "下週三"],
    "time_t": ["上午10點", "下午2點", "晚上8點"],
    "job_t": ["資深射頻工程師", "晶片驗證工程師", "資安分析師", "專案經理", "政策研究員"],
    "month_t": ["三月", "五月", "九月", "十一月"],
    "company_t": ["晨星電子", "遠洋通訊", "聯岳航太", "新竹微系統"],
}

OPENERS_S = ["", "", "", "你好，", "您好！", "在吗？", "打扰一下，", "早上好，"]
CLOSERS_S = ["", "", "", "谢谢！", "回头聊。", "有空回我一下。", "麻烦了。"]
OPENERS_T = ["", "", "", "你好，", "您好！", "在嗎？", "打擾一下，", "早安，"]
CLOSERS_T = ["", "", "", "謝謝！", "再聊。", "有空回我一下。", "麻煩了。"]

S = Families()  # Simplified
T = Families()  # Traditional

# ---------------------------------------------------------------- suspicious, Simplified

S.add("zh3-s-01-jia-lietou", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "我是{name}，一家国际猎头公司的顾问。看到您在{field}领域做了多年，还持有加拿大的安全许可，"
     "我们的客户正在找您这样的人才，待遇远高于您现在的水平。方便聊聊吗？"),
    ("pivot", "off_platform",
     "领英这边消息经常收不到，您加我微信吧：{vx}，或者直接打我电话{phone}，我把职位详情发您。"),
    ("tasking", "paid_task vague_client",
     "面试之前，客户想先看看您的水平，麻烦写一份两三页的材料，谈谈{topic}的现状。不管最后成不成，"
     "辛苦费{amount}元照付。"),
    ("elicitation", "sensitive_info",
     "客户对您的材料很满意。下一步想了解一些还没公开的东西，比如你们单位明年的项目安排和合作方，"
     "内部开会讨论的方向就行，不需要涉密文件。"),
    ("meeting", "client_meeting secrecy",
     "老板那边下个月在{home}，想请您过去当面聊，机票酒店我们全包，大概三四天。这事先别跟单位说。"),
    ("tasking", "unusual_payment",
     "辛苦费可以打到您国内家人的账户，或者用USDT转给您，这样不用走加拿大的银行，省得麻烦。"),
])

S.add("zh3-s-02-jia-zhiku", 1, "fake_think_tank", "email", False, [
    ("contact", "credential_targeting paid_task",
     "我们是一家新成立的战略研究中心，正在组织一系列关于{topic}的研究。了解到您曾在政府部门负责"
     "相关工作，想邀请您撰写专题报告，每篇报酬{amount}元。"),
    ("tasking", "paid_task vague_client off_platform",
     "报告不公开发表，只给我们的一位合作方参考，对方不方便透露身份。不用署名，写好后发到我们的"
     "QQ邮箱即可，不要用单位邮箱。"),
    ("elicitation", "sensitive_info",
     "上一篇主要引用的是公开资料。合作方希望看到更有价值的东西，比如部门内部的讨论意见、决策前的"
     "方案、各部门之间的分歧。"),
    ("tasking", "secrecy",
     "为了保护您，这项合作请不要写进单位的兼职申报，也不要让{city}那边的同事知道您在给我们写东西。"),
    ("meeting", "client_meeting unusual_payment",
     "合作方年底在{third}办一个小范围的闭门交流会，请您务必参加。往返费用我们承担，劳务费{amount}元"
     "现场以现金支付。"),
])

S.add("zh3-s-03-laoxiang-qianbei", 1, "slow_rapport", "chat", False, [
    ("contact", "credential_targeting",
     "看了你在同乡会上的分享，讲得真好。我也是{home}人，在{city}待了二十年。听说你在{field}那边"
     "做研发？年轻有为啊，改天请你吃饭。"),
    ("contact", "credential_targeting",
     "上次吃饭聊得很开心。你说现在的工作干得憋屈，我理解。我认识不少人，以后有什么需要尽管开口。"),
    ("pivot", "off_platform",
     "群里说话不方便，我私下发你一个号码，以后直接找我就行。"),
    ("tasking", "paid_task vague_client",
     "我有几个做咨询的朋友，想听听你对{topic}的看法，随便聊聊就行。他们很懂规矩，不会让你白忙。"),
    ("elicitation", "sensitive_info",
     "你上回说你们那边要调整方向？具体怎么安排的，还没对外说吧？朋友们挺想提前知道的。"),
    ("meeting", "client_meeting",
     "我那个朋友{day}到{city}，想单独跟你见一面，就你们俩，地方他来定，吃的喝的都不用你管。"),
    ("elicitation", "secrecy",
     "这些事就别跟同事提了，都是朋友之间随便聊聊，说多了反而让人误会。"),
])

S.add("zh3-s-04-haiwai-jingwuzhan", 1, "overseas_police_station", "chat", False, [
    ("none", "coercion",
     "{name}你好，我们是{home}公安驻{city}的服务站，需要核实你和家人的信息，请{day}{time}到我们"
     "办事处来一趟。"),
    ("none", "coercion",
     "你父母那边我们已经上门了解过情况。只要你配合，他们不会有事，你应该明白我们的意思。"),
    ("none", "coercion sensitive_info off_platform",
     "把你们学生会上周去游行的人的名单发给我们，带上手机号，用微信发。"),
    ("none", "coercion secrecy",
     "别去找加拿大警察，那样只会让你家里人更麻烦。看完这条消息就删掉。"),
    ("none", "coercion",
     "你的护照{month}就到期了吧？要是继续在网上发那些东西，以后换证可就难了。"),
])

S.add("zh3-s-05-jiaren-quanfan", 1, "persuade_to_return", "chat", False, [
    ("none", "coercion",
     "{name}，我是你舅舅。前两天有人到家里来，说你的事需要你本人回国处理，不然对全家都不好。"),
    ("none", "coercion",
     "你姐单位上个月突然让她停职了，说是因为你。他们说只要你{month}之前回来，一切都好商量。"
     "你也替家里想想。"),
    ("none", "coercion",
     "他们想{day}跟你视频，最好就你自己，人多了反而说不清楚。"),
    ("none", "coercion",
     "他们说回来的机票都可以给你出，主动回来就不追究了。你妈这几天一直睡不着。"),
    ("none", "coercion sensitive_info",
     "那个人说你也可以不回来，只要平时跟他们说说你们教会的情况，谁常去、谁牵头、谁跟记者来往。"),
])

S.add("zh3-s-06-shuadan-jianzhi", 1, "job_scam_task", "chat", False, [
    ("none", "job_scam off_platform",
     "我是{name}，电商平台招聘专员。兼职点赞、刷好评，一天轻松赚300到800元，有兴趣吗？"
     "加我V信{vx}详聊。"),
    ("none", "job_scam unusual_payment",
     "恭喜完成第一轮任务，佣金68元已到账！想升级VIP通道，需要先充值500元的USDT。"),
    ("none", "job_scam unusual_payment",
     "系统显示你触发了联单任务，账户变成负数，需要再充值1500元才能提现，不然之前的佣金全部作废。"),
    ("none", "job_scam secrecy",
     "这份兼职别跟家里人和银行说，银行看到这种收入经常冻结账户。邀请码：{vx}。"),
    ("none", "job_scam",
     "群里新人这周已经提现两千多了，把余额截图发给导师{name}，就能领新人奖励。"),
])

S.add("zh3-s-07-peixunfei-zhipiao", 1, "job_scam_fee", "email", False, [
    ("none", "job_scam",
     "恭喜您通过{company}远程客服岗位初审，无需面试，月薪8000元。请用个人邮箱回复，并附身份证"
     "正反面照片。"),
    ("none", "job_scam unusual_payment",
     "入职前需缴纳培训资料费和设备押金共980元，转正后全额退还。请通过支付宝转账到指定账户。"),
    ("none", "job_scam unusual_payment",
     "我们已寄出一张两万元的支票，存入后扣除您第一个月工资，余款请当天转给我们的设备供应商。"),
    ("none", "job_scam off_platform",
     "面试在纸飞机上进行，请添加{phone}并发送“应聘”，人事经理会在一小时内联系您。"),
    ("none", "job_scam",
     "最后提醒：请在今晚前提供银行卡号和短信验证码，否则{company}会把岗位给其他候选人。"),
])

S.add("zh3-s-08-touzi-jijin", 1, "fake_investor", "email", False, [
    ("contact", "credential_targeting",
     "我负责一支关注{field}供应链的小型基金。您对这个行业很了解，想请您帮我们理一理思路，"
     "方便的话约半小时电话？"),
    ("tasking", "paid_task",
     "我们投委会需要一份几页纸的说明，讲讲政府采购方的优先事项和时间表。帮过我们的人，我们一向"
     "不会亏待。"),
    ("elicitation", "sensitive_info",
     "最有价值的是下一批招标的时间和预算，在正式发布之前。以您的位置，应该知道讨论进行到哪一步了。"),
    ("elicitation", "sensitive_info",
     "二期最后选了哪几家供应商，您大概知道吗？市场几个月后才会知道，但对我们来说，早几个月就是一切。"),
    ("meeting", "client_meeting",
     "我们的合伙人{day}到{city}，想在您下班以后私下见一面，当面谢谢您。"),
    ("pivot", "off_platform secrecy",
     "以后还是别用您单位的邮箱了，留个私人手机号吧，同事们没必要知道您在帮我们。"),
])

S.add("zh3-s-09-zhifeiji-jianduan", 1, "terse_handler", "chat", False, [
    ("pivot", "off_platform", "换纸飞机。@{vx}。这里别说。"),
    ("tasking", "paid_task sensitive_info", "{day}开会的记录，拍照发来。老规矩，五千。"),
    ("tasking", "unusual_payment", "钱用USDT转了，查一下钱包，回个收到。下次{day}。"),
    ("tasking", "secrecy", "每次聊完把记录删了。我们的事别跟任何人说。明白吗，{name}？"),
    ("meeting", "client_meeting", "{month}去{third}，机票订好了，老板要当面见你。"),
    ("elicitation", "credential_targeting sensitive_info",
     "你们处里有安全许可的人，名字和职务，列个单子，{day}之前给我。"),
])

S.add("zh3-s-10-fangwen-xuezhe", 1, "visiting_researcher", "chat", False, [
    ("contact", "credential_targeting",
     "你好！我是{name}，来这边做一年访问学者。听说你在参与{field}方面的项目，想跟你多学习，"
     "这周一起吃个午饭？"),
    ("elicitation", "sensitive_info",
     "你在组会上讲的那部分还没发表吧？能不能先给我看看那几张图？对我的论文帮助很大。"),
    ("elicitation", "sensitive_info",
     "我导师想了解一下你们实验平台是怎么搭的，拍张照片或者把参数发我就行。"),
    ("tasking", "paid_task",
     "我导师那边有点经费，你要是愿意把你们的方法整理一下，可以表示一点心意。"),
    ("meeting", "client_meeting",
     "我导师{month}来加拿大，想在学校外面跟你见见，顺便邀请你暑假去他实验室待一阵，吃住都安排好。"),
    ("pivot", "off_platform",
     "实验室网络老断，我们换个我平时跟家里人聊天用的软件吧？我晚上发你链接。"),
])

S.add("zh3-s-15-xinxin-lietou", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "我是{company}海外人才部的{name}，专门为{field}方向引进持有加拿大安全许可的工程师，年薪翻倍，"
     "还能解决国内户口。"),
    ("pivot", "off_platform", "这里不方便，加我薇信：{vx}，或者 w x 搜 {vx} 也行。"),
    ("pivot", "off_platform", "要是薇信加不上，就下载纸飞机，搜同一个名字。工作上的事老板只在那上面谈。"),
    ("pivot", "off_platform", "也可以发邮件到 {vx} at example dot com，千万别用公司邮箱。"),
    ("tasking", "paid_task sensitive_info",
     "作为入职考核，请整理一份你们单位正在用的系统清单和供应商名单，考核费{amount}元。"),
    ("meeting", "client_meeting unusual_payment",
     "终面安排在{home}，来回机票和五星酒店都由我们负责，签约奖金落地后用现金给你。"),
])

S.add("zh3-s-16-lao-tongshi", 1, "former_colleague", "chat", False, [
    ("contact", "credential_targeting",
     "老同事，好久没联系了！我离开单位后在{home}做行业研究，挺想你们的。你还在{field}那个组吗？"),
    ("pivot", "off_platform", "我现在很少上这个号了，你用另一个手机加我吧，号码{phone}。"),
    ("tasking", "paid_task vague_client",
     "我这边有几位朋友在研究{topic}，想听听懂行的人怎么看。你要是愿意写几段想法，他们会好好谢你。"),
    ("elicitation", "sensitive_info",
     "他们最关心你们下半年准备上哪些项目、跟谁合作。网上那些都看过了，想听点网上没有的。"),
    ("elicitation", "sensitive_info",
     "上次你提到的那个评审会，结论出来了吗？会上发的那几页，方便的话拍给我看看。"),
    ("meeting", "client_meeting",
     "朋友们{month}在{third}有个聚会，想请你一起去放松几天，路费住宿都不用你操心。"),
])

# ---------------------------------------------------------------- suspicious, Traditional

T.add("zh3-s-11-guwen-gongsi-hk", 1, "fake_consultancy", "email", False, [
    ("contact", "credential_targeting paid_task",
     "我們是一家香港的商業顧問公司，正在為客戶物色熟悉{field_t}的專家，尤其是曾在政府或國防單位"
     "任職、持有安全許可的人士。顧問費每小時{hourly}美元。"),
    ("tasking", "paid_task vague_client",
     "客戶希望您先寫一份關於{topic_t}的分析報告，約十頁，報酬{amount}港元。客戶身分暫不方便透露。"),
    ("elicitation", "sensitive_info",
     "報告裡請補充一些尚未公開的資料，例如內部簡報、採購時程或會議紀錄，截圖即可，我們會處理排版。"),
    ("tasking", "unusual_payment",
     "為了保護您的隱私，費用會以加密貨幣或匯到第三地帳戶的方式支付，不會開收據。"),
    ("pivot", "off_platform secrecy",
     "之後請用Telegram或微信聯絡，不要用公司信箱，也不必讓主管知道。"),
])

T.add("zh3-s-12-xuezhang-guwen", 1, "former_classmate", "chat", False, [
    ("contact", "credential_targeting",
     "學弟好久不見！聽說你現在在{company_t}做{field_t}？我這幾年在做產業顧問，改天回{city_t}一起"
     "吃個飯吧。"),
    ("pivot", "off_platform",
     "這裡講話不太方便，我給你另一個號碼，以後直接打給我就好。"),
    ("tasking", "paid_task vague_client",
     "我有幾位朋友對{topic_t}很有興趣，想聽聽你的看法。他們很大方，不會讓你白跑一趟。"),
    ("elicitation", "sensitive_info",
     "他們比較想知道上次專案會議討論了什麼，還沒對外公布的那些。你當時也在場吧？"),
    ("meeting", "client_meeting",
     "我朋友{month_t}在{abroad_t}，想約你過去走走，機票住宿他們處理，就當交個朋友。"),
    ("elicitation", "secrecy",
     "公司那邊就不用特別提了，大家想法不一樣，說了反而複雜。"),
])

T.add("zh3-s-13-luntan-aomen", 1, "fake_conference", "email", False, [
    ("contact", "client_meeting credential_targeting",
     "誠摯邀請您出席在{abroad_t}舉行的{topic_t}國際論壇，提供商務艙機票、五星級酒店及講座酬金"
     "{amount}美元。無需公開演講，主要是與合作夥伴小範圍交流。"),
    ("pivot", "off_platform",
     "行程事宜由我們的同事透過微信與您聯繫，請提供護照影本及目前任職單位與職稱。"),
    ("elicitation", "sensitive_info",
     "合作夥伴希望您分享貴單位正在進行、尚未公開的項目，全程閉門，不錄音。"),
    ("meeting", "client_meeting unusual_payment",
     "抵達後會有專人以現金交付酬金，並邀請您與他們部門的兩位同事共進晚餐。"),
    ("meeting", "secrecy",
     "如果單位問起，說是私人旅遊就好，這類邀請不需要走公文流程。"),
])

T.add("zh3-s-14-qiuzhi-zhapian-tw", 1, "job_scam_fee", "chat", False, [
    ("none", "job_scam off_platform",
     "我是{company_t}人資{name_t}，您的履歷已通過，免面試，在家打字日薪2500元，請加LINE ID：{vx}詳談。"),
    ("none", "job_scam unusual_payment",
     "上工前要先購買工作帳號與教材，費用3600元，第一個月薪資會一起退還。請用超商代碼繳費。"),
    ("none", "job_scam",
     "為了發薪，請提供存摺封面、提款卡和密碼，我們會派專人到{city_t}收取。"),
    ("none", "job_scam secrecy",
     "公司規定這份工作不能告訴家人，銀行行員問起就說是幫朋友領錢。"),
    ("none", "job_scam unusual_payment",
     "您的帳戶被系統凍結，需要繳交解凍保證金{amount}元才能領回薪資。"),
])

# ---------------------------------------------------------------- benign, Simplified

S.add("zh3-b-01-lietou-xinglan", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "我是星岚猎头的{name}。我们受{company}委托，为其{city}研发中心招聘{job}，岗位要求能通过加拿大"
     "政府的安全审查。方便的话约个电话聊聊？"),
    ("none", "",
     "谢谢回复！我{day}{time}有空，您看方便吗？也可以直接打我公司座机{phone}。"),
    ("none", "",
     "职位说明已经发到您的私人邮箱了，是从我星岚的公司邮箱发出的，薪资范围在第二页。"),
    ("none", "",
     "{company}的技术总监想请您{day}到他们{city}的办公室面谈，停车费公司报销。"),
    ("none", "",
     "提醒一下：安全审查由用人单位通过政府的正式流程办理，录用前您不需要给我发任何证件。"),
    ("none", "",
     "好消息，{company}准备给您发offer了！我先打电话跟您说细节，正式offer会从他们HR的企业邮箱发出。"),
])

S.add("zh3-b-02-zhuanjia-wangluo", 0, "expert_network", "email", True, [
    ("none", "",
     "我是专家网络平台“智询”的项目经理。我们的客户是一家投资基金，想就{field}市场约您做一小时"
     "电话访谈，报酬每小时{hourly}加元。"),
    ("none", "",
     "访谈前请完成合规培训。请注意：不得透露任何保密信息，也不得透露现任或前任雇主的非公开信息。"),
    ("none", "",
     "客户名称为北辰资本，已写在确认函里。访谈定在{day}{time}，我们的合规同事可能会旁听。"),
    ("none", "",
     "如果某个问题涉及非公开信息，您直接说不便回答即可，报酬照常按一小时结算。"),
    ("none", "",
     "感谢您昨天的访谈，{hourly}加元的报酬将在30天内银行转账，税务单据可在专家后台下载。"),
    ("none", "",
     "由于您目前在政府部门任职，按我们的规定不能邀请您参加这个{field}项目，已将您从名单中移除，请谅解。"),
])

S.add("zh3-b-03-jiating-qun", 0, "family_chat", "chat", True, [
    ("none", "", "妈，给你发了个红包，生日快乐！收到了在群里说一声。"),
    ("none", "", "今年回家过年吗？你爸天天念叨，机票钱我们给你出一半，{home}家里都收拾好了。"),
    ("none", "", "小宝，你二姨问你能不能先帮表妹垫一下学费，七月就还你，{amount}块够了。"),
    ("none", "", "奶奶不会看字，以后家里的事都在微信群里发语音吧。"),
    ("none", "", "你表哥考上公务员了，说是保密单位，具体干啥不能说，反正全家都替他高兴。"),
    ("none", "", "过年回来别带东西了，人回来就好。{home}这几天降温，多穿点。"),
])

S.add("zh3-b-04-tongshi-qiwei", 0, "coworker_chat", "chat", True, [
    ("none", "", "邮件太多了，{topic}这个项目咱们转到企业微信上聊吧。"),
    ("none", "", "我把你拉进钉钉的部门群了，{day}的会议纪要在群文件里。"),
    ("none", "", "我工作手机没电了，急事打我私人号{phone}，{time}的会我准时到。"),
    ("none", "", "客户那边的方案，我们开个腾讯会议过一下，我约了{day}{time}。"),
    ("none", "", "提醒一下：涉密文件只能走内网系统，别往企业微信里传，发个系统里的链接就行，{name}。"),
    ("none", "", "想私下跟你聊聊部门调整的事，{time}打个钉钉电话？我想先听听你的意见再去找领导。"),
])

S.add("zh3-b-05-fangpian-tixing", 0, "security_awareness", "email", True, [
    ("none", "",
     "【防骗提醒】近期有人冒充猎头在领英上联系持有安全许可的员工，随后要求加微信，以高额报酬请对方"
     "为“客户”写报告，甚至邀请去{home}见面。遇到类似情况请立即报告安全部门。"),
    ("none", "",
     "【安全提示】正规机构不会要求你对单位隐瞒合作关系，也不会用USDT或现金支付咨询费。如有疑问，"
     "请联系security@example.com。"),
    ("none", "",
     "安全知识小测第3题：一位“顾问”出价{amount}元，请你写一份单位内部项目的材料，并让你用私人邮箱"
     "联系。你该怎么做？答：拒绝并上报。"),
    ("none", "",
     "【通知】{day}{time}举行反间谍防范讲座，内容包括：要求转到纸飞机或V信聊天、报酬异常、客户身份"
     "模糊、要求对单位保密等常见信号。"),
    ("none", "",
     "感谢你举报昨天收到的消息。它符合典型特征：用加密货币付款、让你加vx详聊、嘱咐你别跟单位说。"
     "我们已屏蔽账号{vx}。"),
])

S.add("zh3-b-06-baomi-gangwei", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "【招聘】{company}诚聘{job}，工作地点{city}。要求：持有或能够取得加拿大“绝密”级安全许可。"
     "请通过公司官网投递简历，不收取任何费用。"),
    ("none", "",
     "国防承包商招聘{job}，入职后由政府部门进行安全审查，周期约数月。我们不会通过微信或电报联系"
     "候选人。"),
    ("none", "",
     "感谢您申请{job}职位，您已进入面试环节。招聘团队会致电您留下的号码约定时间。"),
    ("none", "",
     "我们已收到您的安全审查表。绝密级审查目前需要数月，请耐心等待，进展会通过邮件通知，{name}。"),
    ("none", "",
     "本岗位为涉密岗位，入职需签署保密协议并接受背景调查。所有正式通知都来自公司域名邮箱"
     "hr@yuanhang.example.com，{city}办公室。"),
])

S.add("zh3-b-07-baoxiao", 0, "finance_admin", "email", True, [
    ("none", "", "您提交的{city}出差报销单已审批通过，{amount}元将随下月工资一起发放。"),
    ("none", "", "您{month}的报销单里缺少酒店发票，请在系统里补传，否则无法报销。"),
    ("none", "", "财务部提醒：供应商变更银行账户必须电话确认，不接受仅凭邮件提出的修改申请，咨询电话{phone}。"),
    ("none", "", "附件是{month}的翻译服务发票，请在30天内转账支付。"),
    ("none", "", "咨询项目的款到了，你那份{amount}元这周打到你工资卡上。"),
])

S.add("zh3-b-08-zhiku-shuming", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "北湖政策研究院现公开征集关于{topic}的研究报告，成果以作者署名在官网发布，并举办公开发布会。"
     "稿酬{amount}元。"),
    ("none", "",
     "附件是研究合同，写明了进度安排、稿酬（{amount}元，分两期银行转账）以及公开发布的授权方式。"),
    ("none", "",
     "评审意见已返回，请注明所有公开来源。本院不发表任何来自未公开文件的信息。"),
    ("none", "",
     "鉴于您在政府部门任职，建议签约前先请单位的职业道德顾问审批，我们可以出具{topic}项目的说明函。"),
    ("none", "",
     "报告已在官网发布，谢谢！有位记者想就结论采访您，可以把您的工作邮箱给她吗？"),
])

S.add("zh3-b-09-richang", 0, "ordinary_chat", "chat", False, [
    ("none", "", "{day}下班一起吃火锅？我订了{time}的位子。"),
    ("none", "", "昨晚{city}那场球你看了吗？最后那个球太绝了！"),
    ("none", "", "我堵在桥上了，你们先开会，我{time}前肯定到。"),
    ("none", "", "今早谢谢你捎我一程，{name}，改天请你喝咖啡。"),
    ("none", "", "周六去{name}家包饺子，记得带点水果。"),
])

S.add("zh3-b-10-jingxi-paidui", 0, "friends_chat", "chat", True, [
    ("none", "", "先别告诉{name}，我们{day}给她办个惊喜生日会，千万别说漏嘴！"),
    ("none", "", "礼物每人凑100元，微信转我就行，{day}之前。"),
    ("none", "", "我拉了个不带寿星的小群方便商量，你进来吗？"),
    ("none", "", "要是{name}问你{day}去哪，就说去看牙医。"),
    ("none", "", "蛋糕订好了，{time}在餐厅集合，这事就咱们几个知道。"),
])

S.add("zh3-b-11-tongxianghui", 0, "community_association", "chat", True, [
    ("none", "", "{home}同乡会春节联欢会{day}晚上在{city}中华会馆举行，欢迎带家人一起来，免费入场。"),
    ("none", "",
     "领事服务提醒：护照到期前六个月可在线预约换发，请通过官方网站办理，任何人都不会打电话让你转账。"),
    ("none", "", "同乡会下个月组织去{city}郊外摘苹果，报名请在群里接龙。"),
    ("none", "",
     "提醒各位乡亲：最近有人冒充“国内公安”打电话，说你涉案，要求转账或回国配合调查，这是诈骗，"
     "请直接报警。"),
    ("none", "", "奖学金评选结果已公布，获奖同学请{day}到会馆领取证书，有问题联系秘书处{phone}。"),
])

S.add("zh3-b-19-zixun-xiangmu", 0, "consulting_work", "email", True, [
    ("none", "",
     "客户已经确认了中期报告，{city}电网改造项目的服务费发票我明天开出，附上{month}的工时表。"),
    ("none", "",
     "客户希望{day}{time}在他们{city}的办公室讨论终稿，我订了公司的车，里程记到项目账上。"),
    ("none", "", "请在{day}之前把客户的修改意见加进报告，重点是施工进度那一节，{name}。"),
    ("none", "",
     "提醒一下：合同规定我们不能在对外演讲中引用客户的运营数据，只能用他们年报里公开的数字。"),
    ("none", "", "好消息，客户续签一年，每月{amount}元的服务费方案已经由对方采购部签字。"),
])

S.add("zh3-b-20-jiazhang-qun", 0, "community_chat", "chat", True, [
    ("none", "", "欢迎加入三年级二班家长微信群！接龙、通知都在这里发，请把群昵称改成孩子姓名。"),
    ("none", "", "{day}秋游去{city}科学馆，每人费用80元，请在班级小程序里缴费，不收现金。"),
    ("none", "", "周六足球赛谁能开车？俱乐部报销油费，私信我就行，{name}。"),
    ("none", "", "提醒大家：别把别的孩子的照片转发到群外，照片的事就咱们群里知道就好。"),
    ("none", "", "期末老师的礼物大家别凑钱了，学校规定不收，{month}写张贺卡就好。"),
])

# ---------------------------------------------------------------- benign, Traditional

T.add("zh3-b-12-lietou-chenxi", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "我是晨曦人才顧問的{name_t}，受{company_t}委託，為其{city_t}研發中心招募{job_t}。方便約個電話"
     "聊聊嗎？"),
    ("none", "", "謝謝回覆！我{day_t}{time_t}有空，也可以直接撥我公司分機，號碼在我的簽名檔。"),
    ("none", "", "職缺說明已寄到您的私人信箱，是從晨曦的公司信箱寄出的，薪資範圍在第二頁。"),
    ("none", "", "{company_t}的研發主管想請您{day_t}到公司面談，交通費實報實銷。"),
    ("none", "", "提醒您：我們不向求職者收取任何費用，也不會要求您提供前公司的內部文件，{name_t}敬上。"),
])

T.add("zh3-b-13-jiazu-qunzu", 0, "family_chat", "chat", True, [
    ("none", "", "阿嬤在LINE群組發了紅包，大家記得領！{month_t}再約回{city_t}吃飯。"),
    ("none", "", "過年要回來嗎？你爸一直問，機票我們出一半，{city_t}家裡都打掃好了。"),
    ("none", "", "阿弟，匯了{amount}塊給你繳學費，收到回一下。"),
    ("none", "", "你表哥考上國防部的工作，說要保密不能講細節，全家都替他開心。"),
    ("none", "", "中秋回家吧，媽媽烤肉都準備好了，{city_t}這幾天天氣很好。"),
])

T.add("zh3-b-14-yantaohui-zhenshi", 0, "conference_invitation", "email", True, [
    ("none", "",
     "謹代表大會學術委員會，邀請您擔任{topic_t}國際研討會主講人，地點{abroad_t}，時間{month_t}。"
     "機票與住宿由大會負擔，議程將公布於大會網站。"),
    ("none", "", "您的演講將全程直播，簡報會公開於網站；我們不需要任何不能公開的內容。"),
    ("none", "",
     "簽證所需的正式邀請函將由主辦大學寄出，旅行社會從travel@conf-asia.example.com與您聯繫。"),
    ("none", "",
     "出發去{abroad_t}前記得參加出國安全簡報，並向資訊部門借用出差專用筆電，這是所有人的標準程序。"),
    ("none", "", "大會提供每日餐費補助，會後以銀行匯款支付並附正式收據，{month_t}底前入帳。"),
])

T.add("zh3-b-15-renzi-baomi", 0, "hr_notice", "email", True, [
    ("none", "", "年度提醒：全體員工須於{month_t}底前重新簽署保密協議，文件已放在人資系統。"),
    ("none", "", "如有外部兼職或顧問邀約，請填寫利益衝突申報表，內容由法遵部門保密處理。"),
    ("none", "", "{job_t}職缺的甄選結果在正式公告前請保密，勿與應徵者討論。"),
    ("none", "", "您的安全查核將於{month_t}到期，請在內部系統填寫更新表格，切勿以電子郵件傳送。"),
    ("none", "", "員工滿意度調查採匿名方式，結果僅以彙總形式提供給管理層，{day_t}截止。"),
])

T.add("zh3-b-16-xinwen-zhaiyao", 0, "news_article", "email", True, [
    ("none", "",
     "新聞摘要：情報單位警告，假冒獵頭以高薪顧問案接觸公務員，隨後索取未公開資料，並邀約到{abroad_t}見面。"),
    ("none", "",
     "報告指出，這類接觸常從LinkedIn上的誇讚開始，接著轉到微信或Telegram，避開雇主的視線。"),
    ("none", "",
     "專家指出，所謂海外「警務服務站」會向僑民施壓，以家人安危相逼，要求他們回國。{city_t}也有案例。"),
    ("none", "",
     "求職詐騙手法翻新：先要求繳交教材費，再寄來金額過高的支票，要求匯回差額。一名{city_t}讀者損失"
     "{amount}元。"),
    ("none", "",
     "本週Podcast：前情報人員談如何鎖定持有安全許可又有財務壓力的人，以及為何總要對方「別跟公司說」。"),
])

T.add("zh3-b-17-tongshi-teams", 0, "coworker_chat", "chat", True, [
    ("none", "", "{topic_t}的信件串太長了，我們改到Teams上討論吧。"),
    ("none", "", "我把你加進公司羽球社的Signal群組了，{day_t}的球局在那邊約。"),
    ("none", "", "公務手機沒電了，有急事打我私人手機，{time_t}的會議我會準時到。"),
    ("none", "", "客戶那邊的提案，我們開個Teams會議過一下，{day_t}{time_t}可以嗎？"),
    ("none", "", "提醒：機密文件只能放在公司的文件系統，不要貼到Teams聊天裡，給連結就好，{name_t}。"),
])

T.add("zh3-b-18-gongzuo-xinjian", 0, "work_email", "email", False, [
    ("none", "", "協調會議延到{day_t}{time_t}，議程不變。"),
    ("none", "", "可以幫我看一下{topic_t}的簡報嗎？我想先給你過目再交給主管。"),
    ("none", "", "{city_t}辦公室{day_t}停電檢修，當天大家居家辦公。"),
    ("none", "", "附上昨天週會的會議紀錄，待辦事項已用黃色標示，{name_t}請確認。"),
    ("none", "", "歡迎{name_t}下週一加入{field_t}團隊，有空去打個招呼！"),
])

T.add("zh3-s-17-jijinhui-tw", 1, "fake_foundation", "inmail", False, [
    ("contact", "credential_targeting",
     "我們是一個關心兩岸產業交流的小基金會，看到您在{company_t}負責{field_t}，很希望能向您請教，"
     "方便約杯咖啡嗎？"),
    ("tasking", "paid_task",
     "我們每季會請幾位業界朋友寫點心得，篇幅不長，談談{topic_t}的趨勢。基金會有一點謝禮，表示心意。"),
    ("elicitation", "sensitive_info",
     "您上次提到公司明年的規劃，能不能多說一些？像是哪些產品線要調整、跟哪些廠商合作，外面還看不到"
     "的那種。"),
    ("meeting", "client_meeting",
     "基金會的董事{month_t}在{abroad_t}，想請您過去參訪幾天，行程和住宿都由我們安排。"),
    ("pivot", "off_platform",
     "以後我們用私人手機聯絡就好，公司的信箱和電話就不要用了，比較方便。"),
])

T.add("zh3-b-21-chuguo-lvxing", 0, "travel_booking", "email", True, [
    ("none", "", "訂位確認：{city_t}－{abroad_t}來回機票，{month_t}十四日出發，電子機票已附在本信。"),
    ("none", "", "您的簽證申請已受理，請依約定時間到簽證中心按指紋，規費已以信用卡支付。"),
    ("none", "", "旅行社提醒：記得投保旅遊平安險並準備護照影本。祝您{abroad_t}之旅愉快！"),
    ("none", "", "我們{day_t}到{abroad_t}！爸媽會來機場接，我已經用微信跟他們說了，照片再傳到群組。"),
    ("none", "", "出國前資訊部提醒，休假不要帶公司筆電，{month_t}那兩週我只會用私人手機聯絡。"),
])

T.add("zh3-b-22-zhuanjia-dingshi", 0, "expert_network", "inmail", True, [
    ("none", "",
     "我是專家諮詢平台「鼎識」的專案經理。客戶為一家投資公司，想就{field_t}產業約您進行一小時電話"
     "訪談，酬勞每小時{hourly}美元。"),
    ("none", "", "訪談前請完成法遵訓練，並確認不會透露任何機密資訊，或現任、前任雇主的非公開資訊。"),
    ("none", "", "客戶名稱是宏遠資本，已列在確認信中。訪談時間為{day_t}{time_t}，法遵同仁可能旁聽。"),
    ("none", "", "若問題涉及非公開資訊，直接說不便回答即可，酬勞仍以一小時計算，{name_t}。"),
    ("none", "", "感謝您昨天的訪談，{hourly}美元的酬勞將於30天內匯入您的銀行帳戶，扣繳憑單可在平台下載。"),
])

SUBTLE = {
    "zh3-s-03-laoxiang-qianbei",
    "zh3-s-05-jiaren-quanfan",
    "zh3-s-08-touzi-jijin",
    "zh3-s-10-fangwen-xuezhe",
    "zh3-s-12-xuezhang-guwen",
    "zh3-s-16-lao-tongshi",
    "zh3-s-17-jijinhui-tw",
}


def rows() -> list[dict[str, object]]:
    out = build(S, POOLS, OPENERS_S, CLOSERS_S, "zh", SEED_SIMPLIFIED, PER_TEMPLATE)
    out += build(T, POOLS, OPENERS_T, CLOSERS_T, "zh", SEED_TRADITIONAL, PER_TEMPLATE)
    for row in out:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    return out


if __name__ == "__main__":
    write(rows(), HERE / "zh_author3.jsonl")
