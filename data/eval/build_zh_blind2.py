"""Build data/eval/zh_blind2.jsonl: 100 blind, hand-written Chinese evaluation messages.

Written by a helper session that never opened the rule packs, the training corpus or the other
evaluation files. Every text below is hand-written and invented (names, firms, handles, numbers,
addresses). The order is shuffled with a fixed seed and ids zhb2-001 ... follow the shuffled order.

HELD-OUT DATA: never tune rules, weights, thresholds or models on it; never copy it into rule
examples, tests or the corpus. Measured by the lead only.

Run:  .venv/bin/python data/eval/build_zh_blind2.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("zh_blind2.jsonl")
SEED = 20261121

CT, OP, PT, VC = "credential_targeting", "off_platform", "paid_task", "vague_client"
SI, CM, SE, UP = "sensitive_info", "client_meeting", "secrecy", "unusual_payment"
CO, JS = "coercion", "job_scam"

CAT_ORDER = [CT, OP, PT, VC, SI, CM, SE, UP, CO, JS]
STAGE_OF = {CT: "contact", OP: "pivot", PT: "tasking", SI: "elicitation", CM: "meeting"}
STAGES = ["contact", "pivot", "tasking", "elicitation", "meeting"]

S, T = "simplified", "traditional"


def stage_for(cats: list[str]) -> str:
    """Furthest funnel stage shown by the categories; coercion is outside the funnel."""
    if CO in cats:
        return "none"
    found = [STAGE_OF[c] for c in cats if c in STAGE_OF]
    if not found:
        return "none"
    return max(found, key=STAGES.index)


# (text, kind, script, categories)  -- label 1
SUSPICIOUS: list[tuple[str, str, str, list[str]]] = [
    # ---- fake_headhunter ----
    (
        "您好，我是深圳一家猎头公司的顾问Kelly，看到您在领英上写了在研究院做雷达信号处理，"
        "请问之前有没有涉密岗位的经历？我们的客户是一家不方便透露名字的大型机构，年薪可以谈到百万以上。"
        "领英我不常上，方便的话加我微信 kelly_example88 详聊。",
        "fake_headhunter", S, [CT, VC, OP],
    ),
    (
        "陳先生您好，我是獵頭顧問 Jason，看到您目前在新竹的晶圓廠負責製程整合，經歷非常漂亮。"
        "我的客戶是對岸一家成長很快的公司，名稱暫時不便透露，薪水可以是您現在的兩到三倍。"
        "細節不方便在這裡講，能否加個 LINE 或微信聊？我的 LINE ID：jason_hr_example",
        "fake_headhunter", T, [CT, VC, OP],
    ),
    (
        "Subject: 高端职位机会（航天方向）\n\n"
        "尊敬的刘博士：\n\n"
        "您好！我方受一家海外客户委托，物色固体推进领域的资深专家。客户对您的背景非常认可，"
        "但出于商业考虑，现阶段不便公开其名称。\n\n"
        "作为评估的第一步，客户希望请您就贵单位在固体发动机方面的工作写一份简短介绍"
        "（三到五页，不涉及密级的即可），我们将支付5,000美元作为评估费用。\n\n"
        "由于公司邮箱近期不太稳定，请回复至个人邮箱 hunter.li.example@163.com。\n\n"
        "此致\n李明远\n高级顾问",
        "fake_headhunter", S, [CT, VC, PT, SI, OP],
    ),
    (
        "Hi Ms Wong，我係做 executive search 嘅，有個 client 好欣賞你喺政府部門嘅經驗，"
        "想請你做啲顧問工作，part-time，唔使辭職。佢哋想先睇下你對而家內部政策討論嘅睇法，"
        "寫份短 report，每份 HKD 8,000。方便 WhatsApp 傾？+852 5000 0000",
        "fake_headhunter", T, [CT, VC, PT, SI, OP],
    ),
    (
        "张老师好，冒昧打扰。我们是一家人才服务机构，长期为几家海外研究机构物色核电领域的专家。"
        "对方对您参与的那个示范堆项目特别感兴趣，想请您去新加坡当面交流两天，机票酒店全包，另有讲课费。"
        "这件事最好先不要在单位里提，等谈成了再说。",
        "fake_headhunter", S, [CT, VC, PT, SI, CM, SE],
    ),
    # ---- fake_recruiter ----
    (
        "【招聘】您好！我是某国际集团HR，看到您的简历上写着持有保密资格，我们目前有一个海外分析师岗位非常适合您，"
        "远程办公，时间自由。因岗位性质特殊，具体公司名称面试后才能告知。"
        "请添加HR微信：hr_example_2026（备注“分析师”）。",
        "fake_recruiter", S, [CT, VC, OP],
    ),
    (
        "您好，我們是一家國際人力資源公司，正在為客戶招募熟悉國軍採購流程的退役軍官，擔任兼職顧問，"
        "每月報酬新台幣八萬元起。請勿在求職網站或 LinkedIn 上回覆，直接加入我們的 Telegram：@recruit_example_tw",
        "fake_recruiter", T, [CT, VC, PT, OP],
    ),
    (
        "Hi Michael，我是灵途人才的 recruiter Amy 😊 看到你在通信设备商做 5G 核心网，"
        "我们有个 remote 的 senior role，client 是一家 stealth-mode 的公司。"
        "面试第一步是写一份 technical memo，介绍你们现网的架构和几个大客户的部署情况，按页付费。"
        "这边不方便发附件，可以加个 wx 吗？",
        "fake_recruiter", S, [CT, VC, PT, SI, OP],
    ),
    (
        "李工您好，看到您曾在军工集团的研究所工作，我们正在招聘“行业研究员”，"
        "主要工作是根据您以往的工作经验写一些行业观察，不用坐班，按篇结算，一篇3000元起。"
        "方便的话把详细简历发到 hr.example2026@qq.com，简历里把参与过的项目、型号写得具体一些。",
        "fake_recruiter", S, [CT, PT, SI, OP],
    ),
    # ---- fake_consultant ----
    (
        "王先生您好，我们是北京一家战略咨询公司，服务对象主要是海外的投资客户。"
        "客户想了解贵部在稀土出口管制方面下一步的考虑，如果您愿意分享一些看法，我们按小时付费，每小时2000元，"
        "支付宝或者现金都可以。这类交流比较敏感，希望只限于我们之间。",
        "fake_consultant", S, [CT, VC, PT, SI, UP, SE],
    ),
    (
        "黃博士，你好。我哋係一間安全顧問公司，有位客戶想了解香港電訊網絡嘅部署情況，特別係一啲未公開嘅資料。"
        "報酬可以用 USDT 支付，唔經銀行，對大家都方便。有興趣的話請用 Signal 聯絡 +852 5000 0001。",
        "fake_consultant", T, [VC, PT, SI, UP, OP],
    ),
    (
        "Subject: 合作邀请：商业航天供应链研究\n\n"
        "尊敬的赵工程师：\n\n"
        "您好！我们受客户委托撰写一份关于商业航天供应链的研究报告，诚邀您担任特约专家。需要您协助提供：\n"
        "1）贵公司主要供应商名单及采购价格；\n"
        "2）下一代发动机的试车进度；\n"
        "3）贵公司内部对主要竞争对手的评估。\n\n"
        "以上资料仅供客户参考，不会公开，也不会出现您的名字。报酬为每份报告人民币15,000元，"
        "可支付至您指定的任意账户（包括亲属账户）。\n\n"
        "顺颂商祺\n"
        "何思远 | 高级合伙人\n"
        "恒衡战略咨询\n"
        "电话：+86 138 0000 0000  邮箱：sy.he@example.com",
        "fake_consultant", S, [VC, PT, SI, UP],
    ),
    (
        "您好，我是一名独立顾问，为几家海外机构提供能源政策方面的咨询。听说您在电网公司调度中心工作，"
        "想请您帮忙写几篇短评，讲讲电网调度的实际运行情况和应急预案，每篇1500元。"
        "我们用邮件沟通就行，我的邮箱是 consult.example.cn@gmail.com。",
        "fake_consultant", S, [CT, VC, PT, SI, OP],
    ),
    # ---- fake_think_tank ----
    (
        "林研究員您好，我們是一家設在香港的兩岸關係研究基金會，近期在做一項關於台灣國防預算分配的內部研究，"
        "想邀請您撰寫一份不公開的評估報告，稿酬美金三千元。報告只供基金會理事會參考，不會署名發表。"
        "另外誠邀您今年秋天到深圳參加閉門座談，機票住宿全由我們負擔。",
        "fake_think_tank", T, [CT, VC, PT, SI, CM],
    ),
    (
        "陈老师：您好！我们是东方未来战略研究院，正在筹备一份关于北极航道与海上力量部署的专题报告。"
        "希望您能以个人名义介绍一些政府内部讨论的情况，不需要任何带密级的文件，您的理解和判断就够了。"
        "研究院可提供每份8000元的咨询费，并邀请您来上海参加小范围研讨，差旅由我们承担。",
        "fake_think_tank", S, [PT, SI, CM],
    ),
    (
        "Dear 周博士，Greetings from the Pacific Horizon Policy Forum。我們有一個 visiting fellowship，"
        "只需要您每季度提交一份關於貴國出口管制審批實務的 briefing，內容不會發表，只供我們的 sponsors 參考。"
        "Stipend 每季度 6,000 美元。申請流程很靈活，可以先在 WhatsApp 上聊：+1 555 0100。",
        "fake_think_tank", T, [VC, PT, SI, OP],
    ),
    # ---- handler_followup ----
    (
        "上次那份材料老板那边看了，说很有价值。这次想请你重点看看院里下半年的试验安排，时间节点越具体越好。"
        "辛苦费还是老规矩，直接转到你爱人的卡上。",
        "handler_followup", S, [VC, PT, SI, UP],
    ),
    (
        "[2026-05-12 22:14] 周哥：资料收到了，客户很满意\n"
        "[2026-05-12 22:15] 周哥：下个月客户来不了，想请你去趟上海，当面聊，机票酒店我们这边订\n"
        "[2026-05-12 22:16] 周哥：跟单位就说是去探亲，别提我们\n"
        "[2026-05-12 22:18] 周哥：这次的报酬到了给你发红包，还是老样子",
        "handler_followup", S, [VC, PT, CM, SE, UP],
    ),
    (
        "上次你講到的那個系統升級案，客戶很感興趣。能不能把會議紀錄拍幾張照片傳過來？不用整份，重點幾頁就好。"
        "這次報酬用比特幣付，你給我錢包地址。傳完記得把對話刪掉。",
        "handler_followup", T, [VC, PT, SI, UP, SE],
    ),
    (
        "李老师，报告收到了，写得很好。不过客户觉得公开资料的部分太多了，希望下次多写一些你们内部会上讨论的东西，"
        "哪怕是个人印象也行。另外客户下个月在香港，想请您过去吃个饭，当面致谢，所有费用我们出。",
        "handler_followup", S, [VC, PT, SI, CM],
    ),
    (
        "这次的两千块我换成了京东卡，卡号卡密已经发你了，查收一下。下一篇题目：你们处对新入职人员的背景审查流程，"
        "大概写写就行。对了，以后别用单位电脑给我发东西。",
        "handler_followup", S, [PT, SI, UP, SE],
    ),
    # ---- obfuscated_pivot ----
    (
        "您好，看到您在航天院所的经历，我们这边有个高薪顾问的机会。平台上说话不方便，加我 V 信：hy-example-01 细聊～",
        "obfuscated_pivot", S, [CT, PT, OP],
    ),
    (
        "王工，这里的消息我经常看不到，麻烦加下我的绿泡泡，号就是手机 138 0000 0000，或者上纸飞机搜 @zhao_example。"
        "我们客户那边有个小项目想请您帮忙评估一下，报酬丰厚。",
        "obfuscated_pivot", S, [VC, PT, OP],
    ),
    (
        "您好，我們客戶有一份顧問工作想請您看看，酬勞很好。詳情請加 微\u200b信（搜 tw_consult_example），"
        "或 T e l e g r a m 同名帳號。",
        "obfuscated_pivot", T, [VC, PT, OP],
    ),
    (
        "刘博您好，关于您在芯片封装方面的研究，有位客户想付费请教几个问题。这边的聊天记录会被审核，"
        "咱们换个地方：薇信 liu_example_ok，或者发扣扣邮箱也行。",
        "obfuscated_pivot", S, [VC, PT, OP],
    ),
    # ---- coercion ----
    (
        "[2026/3/8 09:41] 老家民警：你是张伟吧？我们是你老家派出所的。你在加拿大参加的那些活动我们都掌握了。\n"
        "[2026/3/8 09:42] 老家民警：你父母年纪大了，你也不想他们因为你受影响吧？最好尽快回国把问题说清楚。\n"
        "[2026/3/8 09:42] 老家民警：加我微信，别拉黑。",
        "coercion", S, [CO, OP],
    ),
    (
        "陳生，你屋企人仲喺深圳住㗎嘛？上次你喺多倫多集會嘅相我哋都睇到。"
        "唔想佢哋有麻煩，就將嗰個群組入面啲人嘅名同電話發過嚟。",
        "coercion", T, [CO],
    ),
    (
        "小王，我是你爸单位的领导。有关部门找过你爸好几次了，说你在国外网上发的那些东西影响很坏。"
        "你要是还为家里人着想，就回来一趟，机票我们可以帮你买。这件事你不要跟外面的人讲。",
        "coercion", S, [CO, SE],
    ),
    (
        "你好，我是海外同胞联络站的工作人员。我们了解到你在温哥华的留学生会里比较活跃，"
        "希望你以后定期跟我们说说会里都有谁、平时在讨论什么。这对你国内的家里人也是好事，而且有报酬。",
        "coercion", S, [CO, PT],
    ),
    # ---- job_scam ----
    (
        "【兼职】宝妈、学生党都能做！在家用手机刷单，一单佣金10-50元，日结。"
        "首次需交299元押金激活账户，任务完成后押金全额返还。有意者加vx：job_example_666",
        "job_scam", S, [JS, UP, OP],
    ),
    (
        "恭喜您通過初步篩選！本公司資料輸入職缺月薪四萬五，需先購買培訓教材及帳號保證金新台幣3,000元，"
        "請以超商代碼繳費，繳費後24小時內安排上工。",
        "job_scam", T, [JS, UP],
    ),
    (
        "您好，我们是一家跨境电商公司，招聘“财务代收专员”，工作内容是用您本人的银行卡接收客户货款，"
        "再按指示转到指定账户，每笔抽成3%。不需要坐班，详情请加我QQ：123456789。",
        "job_scam", S, [JS, UP, OP],
    ),
    (
        "面试已通过。入职前需办理工作证和体检，费用共计680元，请扫码支付到负责人个人账户，不开发票。"
        "请勿向他人透露面试内容，以免影响录取。",
        "job_scam", S, [JS, UP, SE],
    ),
    # ---- subtle_approach (no telltale word) ----
    (
        "王工您好，拜读了您在年会上的发言，很受启发。我身边有几位朋友一直关注这个方向，"
        "想听听您对明年型号安排的看法，公开场合不方便讲的那些尤其想听。当然不会让您白辛苦。",
        "subtle_approach", S, [VC, PT, SI],
    ),
    (
        "刘老师，冒昧联系。您去年那篇文章引用率很高，有个合作方想请您把文章里没写进去的试验细节整理一下，"
        "篇幅不用长，他们会按您花的时间来补偿。这边回复比较慢，您看能不能换个更方便的联系方式？",
        "subtle_approach", S, [VC, PT, SI, OP],
    ),
    (
        "張先生好，看到您在國防單位服務多年，非常敬佩。我這邊有朋友在做兩岸交流，很希望能跟您這樣的專家交個朋友，"
        "找機會請您到廈門走走，一切都安排好，您人來就行。",
        "subtle_approach", T, [CT, VC, CM],
    ),
    (
        "赵处，上次饭局聊得很愉快。那个事您考虑得怎么样了？也不用多，就是你们每周例会上的大致方向，"
        "我这边朋友心里有个数就行。家里孩子出国读书的事，我也可以帮着想想办法。",
        "subtle_approach", S, [VC, SI, UP],
    ),
    (
        "孙工好！我们是做行业研究的小团队，想约您做个一对一访谈，聊聊贵厂新产线的产能爬坡和良率，"
        "还没披露的数字最有参考价值。访谈一小时，酬劳五千。访谈这件事您自己知道就好。",
        "subtle_approach", S, [PT, SI, SE],
    ),
    (
        "Hi 阿明，好耐冇見！我而家幫一間公司做 research，佢哋好想知你哋部門下季會點處理嗰批新合約，"
        "唔使好詳細，大概方向就得。飲茶我請，仲有少少心意。",
        "subtle_approach", T, [VC, PT, SI],
    ),
    (
        "陈博士，您好。我们注意到您刚离开研究所，想必在考虑下一步的方向。我们可以提供一个灵活的机会："
        "每月和我们的合伙人见一次面，聊聊您熟悉的领域，每次都有补贴。地点可以选您方便的城市，也可以安排您到新加坡见面。",
        "subtle_approach", S, [CT, VC, PT, CM],
    ),
    (
        "您好，看到您在研究院做卫星通信。我在写一本关于行业发展的书，想请您帮忙核对几个技术参数，"
        "主要是那些还没正式发布的。书出版后会在致谢里感谢您，我也会另外表示一下。这事不必让您领导知道，免得麻烦。",
        "subtle_approach", S, [CT, PT, SI, SE],
    ),
    (
        "黃小姐您好，我們公司在評估幾個政府採購案，想請您以個人身分提供一點看法，特別是評審委員會目前的傾向。"
        "我們會以顧問費的形式表達謝意，款項可以匯到您指定的任何人名下。",
        "subtle_approach", T, [VC, PT, SI, UP],
    ),
    (
        "老同学，好久不见！听说你现在在部里做对外合作那块。我这边有个朋友做投资的，对政策风向特别看重，"
        "想跟你请教请教，纯聊天，他为人很大方。下个月他在香港，你要是有空过去一趟，吃住他都安排。",
        "subtle_approach", S, [CT, VC, PT, CM],
    ),
    (
        "郑工，您上次说的那个参数我们这边核对过了，很有用。想再请教一下，样机在高温环境下的实测结果和论文里的差多少？"
        "您拍一下记录本那一页就行，不用整理。一点心意，明天让人给您带过去。",
        "subtle_approach", S, [PT, SI],
    ),
    (
        "您好，我是一位獨立研究者，正在寫關於半導體供應鏈的文章。想跟您約個時間聊聊貴公司明年的擴產計畫，"
        "不會引用您的名字。方便的話，我們換個不會留紀錄的地方聊，會有酬謝。",
        "subtle_approach", T, [PT, SI, OP, SE],
    ),
    (
        "周老师，我们基金会很欣赏您，想长期资助您的研究，不需要发表成果，只需要每季度给我们写个简短的情况汇总，"
        "说说您在单位接触到的新动向就可以。资助款打到哪里都行，您家人的账户也可以。",
        "subtle_approach", S, [VC, PT, SI, UP],
    ),
    (
        "您好，想请您吃个饭，认识一下。我们负责人很看重您在船舶设计方面的经验，有些问题想当面请教，"
        "饭局就安排在您单位附近，不会占用您太多时间。以后如果方便，也欢迎您来我们那边考察，一切费用我们承担。",
        "subtle_approach", S, [CT, VC, CM],
    ),
    (
        "钱工您好，听说您明年退休。我们这边在组一个顾问团，专门请像您这样在重点单位干了一辈子的老专家，"
        "待遇从优，具体做什么以后慢慢聊。有些话写在纸上不方便，咱们找机会当面说。",
        "subtle_approach", S, [CT, VC, SE],
    ),
    (
        "何先生，您好。看到您最近從電信局退休，我代表一位朋友想請您幫個小忙：他想了解幾個基地台的實際位置和備援安排，"
        "網上查不到。您若願意，他會好好謝您，也可以安排您和夫人到澳門玩幾天。",
        "subtle_approach", T, [CT, VC, PT, SI, CM],
    ),
    (
        "Hi 杨工，我们这边是一个 small research group，想请您 share 一下你们 team 在 AI 芯片上的 roadmap，"
        "尤其是还没对外的部分。我们会 cover 您的时间成本，您看怎么方便。",
        "subtle_approach", S, [VC, PT, SI],
    ),
]

# (text, kind, script, lookalike)  -- label 0
BENIGN: list[tuple[str, str, str, bool]] = [
    # ---- genuine_recruiter ----
    (
        "您好，我是华启猎头的顾问林悦，受星衡半导体（上海）有限公司委托招聘一位封装工艺总监，base 上海，"
        "年薪区间80–110万。JD 附后，如有兴趣可以把简历发到我的公司邮箱 lin.yue@example.com，"
        "或者约个时间电话沟通：021-0000 0000。暂时不考虑也没关系，期待以后有机会合作。",
        "genuine_recruiter", S, True,
    ),
    (
        "陳工程師您好，我是擎宇人才顧問的 Sandy，受託為「聯芯精密股份有限公司」招募資深製程整合工程師，"
        "工作地點在台中，錄取後需通過公司的背景查核。如您有興趣，能否約個時間電話聊十五分鐘？"
        "也可回信至 sandy.wu@example.com。謝謝！",
        "genuine_recruiter", T, True,
    ),
    (
        "Hi 王先生，我是 Northfield Search 的 consultant David。我们的 client 是 Aurora Grid，在招 Head of Grid Security，"
        "需要能通过背景审查。这是正式委托，JD 和我们公司的官网链接附在下面。"
        "想约您下周二或周三打个电话，您看哪个时间方便？我的座机 +86 10 0000 0000，邮箱 david.xu@example.com。",
        "genuine_recruiter", S, True,
    ),
    (
        "张女士您好，感谢您今天参加面试！为了方便后续安排，我加您微信发一下二面的会议信息和面试官名单。"
        "二面在我们苏州总部，往返高铁票公司报销，请保留好票据。\n\n远瞻通信 招聘部 赵敏",
        "genuine_recruiter", S, True,
    ),
    (
        "Hi Ms Lee，我係 Harbour Talent 嘅 recruiter Jenny。我哋受 Meridian Bank 委託，搵一位 Compliance Manager，"
        "職位喺中環。呢個 search 係 confidential 嘅，因為現任同事仲未公佈離職，所以麻煩暫時唔好同人講。"
        "如果有興趣，我哋可以電話傾，或者你 send CV 去 jenny.chan@example.com。",
        "genuine_recruiter", T, True,
    ),
    (
        "【猎头】您好，我是智途猎头的Tony，客户是华翼动力股份有限公司（上市公司，官网可查），"
        "岗位是燃烧室设计专家，地点西安，要求有政审通过的经历。企业保密要求比较高，入职需签保密协议。"
        "如果您在看机会，我们先电话聊聊，我的手机 139 0000 0001，也可以加微信（同号）。",
        "genuine_recruiter", S, True,
    ),
    # ---- expert_network ----
    (
        "您好，我是知桥专家网络的项目经理刘畅。我们的客户是一家投资机构（名称会在通话前告知），"
        "希望就光伏行业的市场趋势做一小时电话访谈，酬金2000元。根据合规要求：请勿分享任何现任或前任雇主的保密信息或内幕信息；"
        "如果您的雇主不允许此类咨询，请不要参加。如有兴趣，请在我们的平台上确认可约时间。",
        "expert_network", S, True,
    ),
    (
        "黃先生您好，這裡是 Lumen Expert Network。客戶為一家美國資產管理公司，想就東南亞電商市場做 60 分鐘訪談，"
        "酬勞 USD 300，由本公司銀行轉帳支付。請注意：我們不需要、也不接受任何機密或未公開資訊，通話前請先完成合規問卷。",
        "expert_network", T, True,
    ),
    (
        "刘老师，感谢您参加上周的专家访谈。按照约定，酬金1,500元已通过公司对公账户转入您提供的银行卡，附件是完税证明。"
        "再次提醒：根据我们的合规政策，访谈内容仅限公开信息，如客户提问涉及您单位的非公开信息，您可以直接拒绝回答。\n"
        "——观澜专家网络 合规部",
        "expert_network", S, True,
    ),
    (
        "Dear 周先生，This is Kestrel Insights. 一家咨询公司的客户希望就 EV 电池回收做一次 call，45 分钟，费用 RMB 1,800。"
        "Before the call，请确认：1）您不会透露任何 confidential information；2）您目前的雇主允许外部咨询。"
        "会议通过我们公司的 Zoom 进行，全程录音，以备合规审核。",
        "expert_network", S, True,
    ),
    # ---- conference_invite ----
    (
        "Subject: 特邀报告邀请｜第七届东海海洋工程国际研讨会\n\n"
        "尊敬的吴教授：\n\n"
        "我们诚挚邀请您出席第七届东海海洋工程国际研讨会（上海，11月6日至8日，主办单位：华东海事大学），"
        "并在主会场做30分钟特邀报告。会议将承担您的往返机票和三晚住宿，并支付讲课费3,000元（税前，银行转账）。"
        "报告内容将收录于公开出版的会议论文集。\n\n"
        "请于9月30日前回复会务组 conf2026@example.edu。\n\n"
        "会议组委会",
        "conference_invite", S, True,
    ),
    (
        "林教授您好，本校公共政策研究所將於明年三月舉辦「亞太能源轉型論壇」，誠摯邀請您擔任與談人。"
        "會議地點在香港，主辦單位將負擔來回機票、住宿及新台幣兩萬元出席費，會議全程公開並錄影上網。"
        "詳細議程請見附件。\n\n香江大學公共政策研究所 敬上",
        "conference_invite", T, True,
    ),
    (
        "张博士您好，清源大学计算机系计划于下月举办人工智能安全研讨会，诚邀您来北京做一场学术报告，题目可自选"
        "（已发表的研究即可）。我们承担差旅和住宿，报告费按学校标准发放。会议议程和嘉宾名单会在系网站公布。"
        "联系人：会务秘书 王老师 010-0000 0002",
        "conference_invite", S, True,
    ),
    (
        "Dear Dr. 陈，On behalf of the organising committee of the Asia-Pacific Semiconductor Packaging Symposium 2026 "
        "(Beijing)，我们诚邀您作为 keynote speaker。Travel and accommodation are covered by the symposium；"
        "an honorarium of USD 1,000 will be paid by bank transfer after the event。所有报告将收录在公开的 proceedings 中，"
        "请通过会议网站提交摘要。",
        "conference_invite", S, True,
    ),
    # ---- think_tank_commission ----
    (
        "何研究员：您好！我院《国际能源评论》拟于第四期刊发北极航道专题，特约请您撰写一篇8000字左右的署名文章，"
        "稿酬每千字500元，发表后由编辑部统一转账。文章须基于公开资料，刊发前经编辑部和匿名评审审读。\n"
        "——中海国际问题研究院 编辑部",
        "think_tank_commission", S, True,
    ),
    (
        "李博士您好，本基金會「兩岸經貿觀察」系列擬委託您撰寫一篇約一萬字的政策報告，主題為半導體出口管制對中小企業的影響。"
        "報告將以您的名字公開出版並上傳至本會網站，稿費新台幣六萬元，簽約後先支付一半。合約草稿附上，歡迎提出修改意見。\n\n"
        "遠望政策基金會 研究部",
        "think_tank_commission", T, True,
    ),
    (
        "赵老师好，我们智库正在做一项关于城市更新的公开研究，想委托您写一篇专家评论，以您的署名刊登在我们的季度报告里，"
        "稿费3,000元，签合同、开发票。报告完成后会放在我们官网免费下载。需要的话我先把委托合同发到您的单位邮箱。",
        "think_tank_commission", S, True,
    ),
    # ---- cleared_job_ad ----
    (
        "【招聘】华北电子技术研究所（事业单位）招聘软件工程师3名。要求：能通过政治审查和保密审查，入职后签订保密协议，"
        "接受出国（境）管理。待遇：按国家事业单位标准执行，五险二金。报名方式：通过本所官网招聘系统投递，"
        "不接受邮件和电话报名。",
        "cleared_job_ad", S, True,
    ),
    (
        "【職缺】國防科技研究單位 誠徵系統工程師 2 名\n"
        "資格：具中華民國國籍，無雙重國籍，須通過安全查核；工作涉及機密資料，錄取後須簽署保密切結書。\n"
        "薪資：依本單位薪給標準。\n"
        "應徵方式：請至本單位官網人才招募專區線上投遞，恕不接受電話及通訊軟體洽詢。",
        "cleared_job_ad", T, True,
    ),
    (
        "航宇科技集团2027届校园招聘：涉密岗位须具有中国国籍，本人及直系亲属无境外永久居留权，须通过背景审查。"
        "宣讲会时间：10月15日19:00，地点：学生活动中心。请登录集团官方招聘网站投递，集团不会通过个人微信收取任何费用。",
        "cleared_job_ad", S, True,
    ),
    # ---- security_awareness ----
    (
        "【防骗提醒】近期有境外人员冒充猎头、咨询公司，通过领英等平台联系我单位职工，以高额报酬为诱饵，"
        "要求撰写“行业报告”，并诱导添加微信、Telegram 私聊，进而索要内部资料，甚至邀请赴境外“见客户”，"
        "还叮嘱“别跟单位说”。请大家提高警惕，遇到类似情况请立即报告保密办。——保密办公室",
        "security_awareness", S, True,
    ),
    (
        "【資安宣導】近來有不明人士假冒獵頭或顧問，以高薪兼職為名，要求同仁改用 LINE、Telegram 聯絡，"
        "撰寫付費「研究報告」，並索取內部會議資料，報酬以虛擬貨幣或禮物卡支付。如接獲類似訊息，請勿回覆，"
        "並通報資安室（分機 0000）。",
        "security_awareness", T, True,
    ),
    (
        "各位家长好，学校转发派出所的反诈提醒：最近有“刷单返利”“交押金才能入职”的兼职骗局专门针对大学生，"
        "对方会让你加QQ、加微信，再让你垫付。凡是要先交钱的兼职都是诈骗！请提醒孩子注意。",
        "security_awareness", S, True,
    ),
    (
        "【社區通告】華人社區聯會提醒：如有人自稱國內公安或「聯絡站」人員，以你家人的安全為由要求你回國，"
        "或要你提供同鄉會成員名單，這屬於跨國壓迫，可向當地警方報告。切勿獨自處理，社區義工可陪同。",
        "security_awareness", T, True,
    ),
    # ---- news_article ----
    (
        "公众号推文摘要：《网络勾连的五种套路》——套路一：冒充猎头高薪招聘；套路二：转到微信等私聊；"
        "套路三：付费约写“报告”；套路四：索要内部材料、未公开数据；套路五：邀请出境见“老板”，全程费用报销，"
        "并叮嘱保密。国家安全机关提示：如发现可疑情况，请及时向有关部门报告。",
        "news_article", S, True,
    ),
    # ---- family_chat ----
    (
        "[2026-01-20 20:11] 妈妈：儿子，今年回家过年吗？\n"
        "[2026-01-20 20:12] 妈妈：机票钱妈给你出，别跟你爸说，他又要念叨你乱花钱\n"
        "[2026-01-20 20:12] 妈妈：[红包] 恭喜发财\n"
        "[2026-01-20 20:15] 我：谢谢妈！腊月二十六到家",
        "family_chat", S, True,
    ),
    (
        "阿仔，你阿爺話好掛住你，今年聖誕有冇假返香港？機票我哋出。你用微信定 WhatsApp 都得，"
        "記得打畀你阿嫲，佢唔識用視像。",
        "family_chat", T, True,
    ),
    (
        "姐，你上次说的事我跟爸妈商量了。爸妈年纪大了，身体不太好，还是希望你能回国工作，离家近一点。"
        "你自己决定，家里人都支持你。对了，转你的钱收到了吧？",
        "family_chat", S, True,
    ),
    (
        "大伯家群\n"
        "小姑：@所有人 今晚八点抢红包，人人有份！\n"
        "表哥：收到，我在加班，晚点看\n"
        "小姑：华华，你在国外好好的，别担心家里，你爸妈我们照看着\n"
        "华华：谢谢小姑❤️",
        "family_chat", S, True,
    ),
    (
        "媽：你國外的事情做完就回來吧，家裡都好，不用擔心。你爸叫你記得把護照收好，錢不夠就說，我用微信轉給你。",
        "family_chat", T, True,
    ),
    # ---- coworker_channel ----
    (
        "张工，这个群是临时拉的，外部人员多，涉及项目细节的咱们还是到企业微信的项目群里说，"
        "别在个人微信里发文件，这是公司规定。",
        "coworker_channel", S, True,
    ),
    (
        "各位，报价单和图纸已上传到钉钉项目空间，请不要转发到个人微信或私人邮箱，涉及客户的保密条款。有问题钉钉上@我。——王磊",
        "coworker_channel", S, True,
    ),
    (
        "Kevin，我哋個 Teams 今日好慢，急嘢你 WhatsApp 我先，但係 client data 唔好喺 WhatsApp 傳，"
        "等 Teams 好返先 upload 上 SharePoint。",
        "coworker_channel", T, True,
    ),
    (
        "刘姐，周五的客户会我去不了，会议纪要你写完发我企业微信就行。客户那边要的报价材料，按老规矩走公司邮箱，抄送法务。",
        "coworker_channel", S, True,
    ),
    # ---- payroll ----
    (
        "Subject: 【费用报销】10月差旅报销已到账\n\n"
        "您好，您提交的10月上海出差报销（单号 BX-2026-0000）已审核通过，金额3,260.00元已转入您的工资卡。"
        "如有疑问请联系财务共享中心。\n\n"
        "本邮件为系统自动发送，请勿回复。公司不会通过微信、QQ 向员工索取银行卡密码或验证码。",
        "payroll", S, True,
    ),
    (
        "各位同仁：本月起差旅費改為線上申請，請於出差結束後十日內在 ERP 系統提交，並附上車票及住宿收據。"
        "款項將匯入薪資帳戶，不再發放現金。如有問題請洽會計室 陳小姐，分機 0001。",
        "payroll", T, True,
    ),
    # ---- alumni_group ----
    (
        "【华东航空大学2008级群】班长：各位老同学，明年毕业二十周年聚会定在母校，时间暂定6月，外地同学的住宿由班费统一出。"
        "请大家在群里接龙报名，有问题也可以加我微信私聊。",
        "alumni_group", S, True,
    ),
    (
        "【電機系校友群】學長：有人在找半導體的職缺嗎？我們公司（晶宏科技）在招 RD，要內推可以私訊我 LINE，"
        "或寄信到公司信箱，公司有正式的內推獎金。",
        "alumni_group", T, True,
    ),
    (
        "老同学们好，我在深圳开了个小咨询公司，做新能源行业研究，最近在招兼职分析师，写行业报告按篇付费，"
        "要求全部用公开资料、署本人名字。有兴趣的私聊我，公司信息在工商网站都能查到：深圳灵越咨询有限公司。",
        "alumni_group", S, True,
    ),
    # ---- parents_group ----
    (
        "三年二班家长群\n"
        "班主任：各位家长，本周五下午开家长会，请准时参加。班费收支明细已发群文件，请大家查看。\n"
        "家长A：收到\n"
        "家长B：老师，我周五出差，能请孩子爷爷来吗？\n"
        "班主任：可以的。",
        "parents_group", S, True,
    ),
    (
        "各位家長：校方提醒，近日有人冒充老師在家長群收取「補課費」及「資料費」，本校老師不會在群內要求轉帳或掃碼付款，"
        "如有疑問請直接致電學校辦公室。",
        "parents_group", T, True,
    ),
    # ---- plain ----
    ("週末去爬山嗎？氣象說週六放晴。", "ordinary_chat", T, False),
    ("王老师，作业已经提交到系统了，麻烦您查收，谢谢！", "ordinary_chat", S, False),
    ("今晚飲茶？我 book 咗七點，銅鑼灣嗰間。", "ordinary_chat", T, False),
    (
        "Subject: 下周例会改期\n\n各位，原定周一上午的部门例会改到周二下午2点，地点不变（三楼会议室），请相互转告。\n\n行政部 李娜",
        "work_email", S, False,
    ),
    ("【快递】您的包裹已到达小区驿站，取件码 0000，请于18:00前领取。", "notification", S, False),
    ("老闆說下禮拜一起吃尾牙，地點在公司附近那家餐廳，記得填表單選菜色喔～", "ordinary_chat", T, False),
    ("亲，您买的充电宝已发货，单号 SF0000000000，预计明天送达，有问题随时联系客服哦～", "notification", S, False),
    ("老公，下班顺路买瓶酱油，家里没了。", "ordinary_chat", S, False),
    (
        "Subject: 第三季財報檢討會議\n\n各位好，第三季財報檢討會議訂於 10/28（二）上午十點，請各單位主管準備簡報，"
        "檔案請於前一天上傳至共用資料夾。\n\n財務部 敬上",
        "work_email", T, False,
    ),
]


def build() -> list[dict]:
    rows: list[dict] = []
    for text, kind, script, cats in SUSPICIOUS:
        cats = sorted(set(cats), key=CAT_ORDER.index)
        rows.append({"text": text, "label": 1, "kind": kind, "lookalike": False,
                     "categories": cats, "stage": stage_for(cats), "script": script})
    for text, kind, script, lookalike in BENIGN:
        rows.append({"text": text, "label": 0, "kind": kind, "lookalike": lookalike,
                     "categories": [], "stage": "none", "script": script})
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"zhb2-{i:03d}", **r})
    return out


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
