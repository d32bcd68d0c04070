"""Build data/eval/zh_blind3.jsonl: 120 blind, hand-written Chinese evaluation messages.

The writer never opened the rule packs, the training corpus, data/dev/ or any other evaluation
file; the input was DESIGN.md and public warnings (CSIS, MI5/NPSA "Think Before You Link", FBI).
Every text is written out in full below. Names, firms, handles, addresses and numbers are invented
(example.com/.org/.edu domains, placeholder numbers). A fixed-seed shuffle sets the order and the
ids zhb3-001 ... zhb3-120 follow it.

HELD-OUT: measured once by the lead; never tune rules, weights, thresholds or models on it and never
copy its texts into rule examples, tests or training data.

Run:  .venv/bin/python data/eval/build_zh_blind3.py
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

TARGET = Path(__file__).with_name("zh_blind3.jsonl")
SHUFFLE_SEED = 3_2026_1121

# The ten categories, in the order of the DESIGN.md list, under short names for the tables below.
CATEGORY_NAMES = (
    "credential_targeting off_platform paid_task vague_client sensitive_info"
    " client_meeting secrecy unusual_payment coercion job_scam"
).split()
CRED, OFF, PAID, VAGUE, SENS, MEET, SECRET, PAY, COERCE, SCAM = CATEGORY_NAMES
HANS, HANT = "simplified", "traditional"

# fmt: off
# stage: the step of the approach that this one message mainly performs (not derived from categories).
SUSPICIOUS: list[tuple[str, str, list[str], str, str, str]] = [
    # (kind, stage, categories, subtlety, script, text)
    # ---- contact ----
    (
        "fake_headhunter", "contact", [CRED, VAGUE, SENS], "overt", HANS,
        """主题：高级射频工程师机会（保密职位）

王工您好，

我是一家国际猎头公司的顾问，在领英上看到您在航天某所做相控阵雷达八年多，并且持有涉密资格。我们的客户是一家海外战略咨询机构（名称暂时不方便透露），正在物色熟悉国内军工体系的专家做长期顾问，待遇远高于市场水平，可以兼职，不影响您现在的工作。

如有兴趣，请回复一份简历，并注明您目前的保密等级和参与过的型号项目，方便我们向客户推荐。

Best regards,
Kevin Zhao
Senior Consultant | Apex Bridge Talent
kevin.zhao@example.com""",
    ),
    (
        "fake_think_tank", "contact", [CRED], "subtle", HANT,
        "陳先生您好，看到您在國防部相關單位服務了十多年，退伍後轉到民間。我們團隊正在整理兩岸安全政策的研究，很需要像您這樣有實務經驗的前輩指點。想請問您最近方便聊聊嗎？也想先了解一下您當年負責的業務大概是哪一塊、接觸的層級到哪裡，方便我判斷怎麼請教比較合適。",
    ),
    (
        "fake_consultant", "contact", [CRED, SENS], "subtle", HANS,
        "李博士你好，冒昧打扰🙏 拜读过你在GaN功率器件上的那篇文章，写得很透。我这边在做一个产业研究，一直想找真正在一线做工艺的人请教。听说你现在在一家晶圆厂？（不方便说名字也没关系）想先问一句，你平时能看到产线的良率数据吗，还是只负责研发这一段？",
    ),
    (
        "fake_headhunter", "contact", [CRED, VAGUE, OFF, PAID], "overt", HANT,
        "Hi Ms Wong，我係一間獵頭公司嘅consultant，見你LinkedIn寫住之前喺保安局做過policy。我哋client好想搵有政府背景嘅人做part-time advisor，每個月有固定retainer，唔使辭職。client係海外一間研究機構，詳情要你加咗我WhatsApp先講得，+852 5000 0012。",
    ),
    (
        "fake_recruiter", "contact", [CRED], "subtle", HANS,
        "你好呀，我们这边是做海外人才引进的，看你简历上写着在研究院做过惯导，还参加过重点型号。现在还在院里吗？你们那边出国手续好办不？护照是自己拿着还是交单位保管的？",
    ),
    (
        "fake_consultant", "contact", [CRED, VAGUE, PAID, OFF, SECRET], "overt", HANT,
        """主旨：誠邀半導體製程專家擔任顧問

林經理您好：

本公司為新加坡註冊之產業顧問公司，受一家亞洲客戶委託，尋找目前在台灣晶圓代工廠任職、熟悉 3 奈米以下先進製程之資深工程師，以顧問身分提供產業見解。報酬以小時計算，每小時 500 美元起。

考量貴公司對外聯繫的相關規定，建議改以您的個人信箱與我們往來，不必經由公司郵件，也無須知會主管。

敬祝 順心
Grace Huang
Merivale Insight Partners Pte. Ltd.
grace.h@example.com""",
    ),
    (
        "fake_think_tank", "contact", [CRED, SENS], "subtle", HANS,
        """尊敬的周老师：

您好！我们是一家关注能源转型的民间研究平台，长期跟踪电网调度与新能源消纳问题。您在省调度中心工作多年，又参与过特高压工程的规划，这样的经历在业内非常少见。

我们希望和您建立长期的联系，多听听一线的看法。想先冒昧了解一下：您目前还负责调度运行方面的工作吗？平时接触的是全省的实时运行数据，还是某一个片区的？

期待您的回复。

刘雨晴
澄川能源观察
liu.yq@example.org""",
    ),
    # ---- pivot ----
    (
        "fake_recruiter", "pivot", [CRED, OFF], "overt", HANS,
        "您好张先生，我是一家欧洲通信设备公司的招聘经理，正在组建5G核心网安全团队。注意到您在运营商网络安全部门工作，参加过重大活动的通信保障，非常符合要求。领英上发消息不太方便，您留一个私人邮箱吧（QQ或者163的都行），我把JD单独发您。",
    ),
    (
        "obfuscated_pivot", "pivot", [OFF, VAGUE], "overt", HANS,
        "领英上说话不方便，平台会限流😅 加我V信吧：hr_example_2026，或者飞机 @talent_example 也行。老板那边想直接跟你聊项目，比在这里一条条回快多了",
    ),
    (
        "fake_headhunter", "pivot", [OFF, VAGUE, SECRET], "overt", HANT,
        "Hello Jason，頭先同你講嗰個role，我哋client比較低調，唔想經LinkedIn傾。可唔可以add我Signal？+852 5000 0031。記住唔好用公司部手機加，你哋IT會睇log㗎。",
    ),
    (
        "fake_recruiter", "pivot", [OFF], "subtle", HANS,
        "这个平台上的消息好像第三方都能看到，我们换个地方聊吧。你手机号多少？我这边用的是一个国外的聊天软件，装一下几分钟的事，我把下载链接发你，以后就在那上面说。",
    ),
    (
        "obfuscated_pivot", "pivot", [OFF], "overt", HANS,
        "张博士，后续细节在 微\u200b信 上沟通更方便，搜 w x 号：k_example88 就行。邮件别回公司邮箱了，用您私人的。",
    ),
    (
        "fake_consultant", "pivot", [OFF, VAGUE], "overt", HANT,
        "您好～我是上次在研討會跟您交換名片的 Amy。我們公司在做無人機產業的市場調查，很想請您幫忙。LINE 對我們比較不方便，麻煩改用 Telegram 聯繫，ID：@amy_example，我們老闆那邊只用這個。",
    ),
    (
        "fake_consultant", "pivot", [OFF, SECRET], "overt", HANT,
        """Dear 黃先生，

謝謝您昨天撥冗回覆。關於後續的合作，考慮到您目前的身分，建議我們之後不要再用貴單位的電子郵件往來，也請不要在辦公室的電腦上開我寄的附件。

我另外開了一個帳號 h.tan.example@gmail.com，請您用個人手機登入私人信箱回覆就好。

Best,
Henry Tan""",
    ),
    (
        "fake_headhunter", "pivot", [OFF, VAGUE], "overt", HANS,
        """> 您好，请问是哪家公司？

哈哈，客户是一家知名外企，具体名称要签了协议才能说哈。你先加我vx：lietou_example，我拉你进候选人群，群里有岗位详情和薪资范围。

Tom""",
    ),
    (
        "handler_followup", "pivot", [OFF, SECRET], "subtle", HANS,
        "[2026-03-04 21:17] 陈老师：以后这些话题别在这个号上聊了\n[2026-03-04 21:17] 陈老师：我给你寄了一部手机，里面都装好了，只跟我联系用\n[2026-03-04 21:18] 陈老师：到了跟我说一声，原来那个号里的记录删掉",
    ),
    (
        "obfuscated_pivot", "pivot", [OFF, CRED, VAGUE], "overt", HANT,
        "親，這邊收到你的履歷了😊 後續面試安排請加 賴 或者 電報：@hk_example_jobs（T e l e g r a m）。職位是某海外公司的政府事務顧問，需要有公務員背景，待遇面議。",
    ),
    # ---- paid_task ----
    (
        "fake_consultant", "paid_task", [PAID, VAGUE, OFF, SENS], "overt", HANS,
        """主题：约稿｜国内商业航天发射市场分析（约5000字）

马老师好，

我们是香港一家咨询公司，受一位海外客户委托，想请您写一份国内商业航天发射能力的分析报告，5000字左右，重点是未来两年各家的发射计划和研制进度。稿费8000美元，完成后一次性支付。报告只供客户内部参考，不发表，也不需要署名。

关于您问到的客户身份：客户要求不公开，这在我们行业很常见，请您理解。

方便的话请回复到个人邮箱，或者加微信 hk_consult_example 详谈。

顺颂冬安
Vincent Lau
Everpeak Advisory (HK) Ltd.

> 请问贵公司的客户是哪家？报告会用在什么地方？""",
    ),
    (
        "handler_followup", "paid_task", [PAID, VAGUE, SENS], "subtle", HANS,
        "上次那篇讲南海形势的分析写得很好，那边看了很满意。这次想请你再写一篇，讲讲你们部门对明年预算的安排和考虑，两三千字就够，不用写名字。还是老样子，写完我转给你。",
    ),
    (
        "fake_think_tank", "paid_task", [PAID, VAGUE, SENS, PAY], "overt", HANT,
        "李教授您好，我哋基金會想委託您撰寫一份關於香港電訊基建嘅研究報告，題目由您定，但希望涵蓋海底電纜登陸站嘅分布同保安安排。酬金港幣八萬元，可以現金，或者轉去您指定嘅任何戶口。報告唔會公開，只係俾我哋贊助人參考。",
    ),
    (
        "fake_think_tank", "paid_task", [PAID, SENS], "subtle", HANS,
        """赵老师：

新年好！上次电话里聊得很愉快。

我们这边想请您每个月整理一份材料，把您觉得值得关注的政策动向写一写，不用太长，一两页就行，重点是正式文件出来之前大家讨论的方向和分歧。每个月我们会表示一点心意。

祝好
孙浩
远望公共政策研究中心""",
    ),
    (
        "fake_consultant", "paid_task", [PAID, VAGUE, SENS, OFF], "overt", HANT,
        "學長好，我朋友的公司在找懂國防採購的人寫點東西，一篇大概 3000 字，稿費新台幣 5 萬。主題是國軍未來三年的採購規劃，寫你知道的就好，不用署名。有興趣的話我把你的 LINE 給他，他不太用 email。",
    ),
    (
        "fake_think_tank", "paid_task", [PAID, VAGUE, SENS], "subtle", HANS,
        "您好，我们在编一本小范围传阅的小册子，只给少数几位关心产业的朋友看。想请您写写贵所那几个型号现在卡在哪个环节，您觉得怎么写合适就怎么写，一千字上下。写完以后我们按规矩把润笔送过去。",
    ),
    (
        "fake_consultant", "paid_task", [PAID, SENS, PAY], "overt", HANS,
        """> 请问报告需要包括哪些内容？

王先生好，

大纲如下：
1）贵司目前在做的储能项目清单；
2）主要供应商和合同价格区间；
3）明年的扩产计划和选址。
都是行业里常见的信息，不涉及机密。完成后支付人民币3万元，可以打到您家人的卡上，这样不用报税。

Lisa""",
    ),
    # ---- elicitation ----
    (
        "fake_consultant", "elicitation", [PAID, VAGUE, SENS, PAY], "overt", HANS,
        """Hi 王工，

冒昧通过领英联系您。我是 Northbeam Research 的研究总监，我们的客户是一家关注亚洲半导体产业的投资机构，最近在做国产AI芯片的竞品分析。

了解到您在现在的公司负责SoC架构，想请您写一份简短的说明，主要讲讲你们下一代芯片的架构选择、用的工艺节点和预计的流片时间。不涉密，就您知道的写写，三四页就够。

每份给您2万人民币，也可以按您的习惯用USDT结算。期待回复！

Best,
Daniel Xu
Research Director | Northbeam Research""",
    ),
    (
        "handler_followup", "elicitation", [SENS, VAGUE, PAID], "overt", HANS,
        "上次的报告收到了，老板那边说写的太泛。这次能不能具体一点，比如你们所里这次试验的参数、时间和参加单位？不需要原件，拍照也行，看完就删。",
    ),
    (
        "handler_followup", "elicitation", [SENS, SECRET], "subtle", HANT,
        "你上次提過政府入面對嗰條條例仲有分歧，可唔可以講多少少？例如邊幾個局唔同意、下次會幾時開。我只係好奇，唔會同人講㗎。",
    ),
    (
        "handler_followup", "elicitation", [SENS], "subtle", HANS,
        "对了，你们单位最近那个招标最后报价多少？我有个亲戚也在做这一行，想心里有个数。还有参加评审的几位专家名单你方便拍一下吗，不用全的，有几个算几个",
    ),
    (
        "fake_consultant", "elicitation", [SENS, VAGUE, PAID, SECRET], "overt", HANT,
        """主旨：補充資料

陳博士您好：

上週的訪談內容客戶非常滿意。另外想請您補充幾項：貴院與美方合作的計畫名稱、目前的經費規模，以及主要對口人員的姓名。我們理解其中部分屬於內部資訊，您只要口頭說明即可，我們不會留下書面紀錄。費用會另外加計。

謝謝
林柏宇
Eastgrove Consulting
bowen.lin@example.com""",
    ),
    (
        "handler_followup", "elicitation", [SENS], "overt", HANS,
        "不需要代码，只要告诉我们你们训练集群大概多少张卡、什么型号、从哪条渠道进的货就行。这些在你们内部应该不算什么秘密吧？",
    ),
    (
        "fake_think_tank", "elicitation", [SENS], "subtle", HANS,
        """刘处长：

您好！感谢您上周抽空参加我们的座谈。会上您提到下一阶段出口管制清单可能会有调整，我们对此非常感兴趣。

不知能否再请教一下：目前讨论中的草案大致包括哪些物项？预计什么时候正式发布？如果您觉得电话里说更方便，我随时可以打给您。

此致
敬礼！
钱嘉明""",
    ),
    (
        "handler_followup", "elicitation", [SENS, VAGUE, PAID], "overt", HANT,
        "放心啦，我哋唔要機密文件，只係想知你哋公司下季同邊幾間電訊商簽約、合約金額大概幾多。呢啲你開會都會聽到，講吓都無所謂。客戶會另外俾返份辛苦費你。",
    ),
    (
        "handler_followup", "elicitation", [SENS], "subtle", HANS,
        "你们厂新线的设备清单能发我看看么？主要想知道光刻机是哪一代的、一共几台。不用很正式，截个图就行",
    ),
    (
        "handler_followup", "elicitation", [SENS, OFF, VAGUE, SECRET], "overt", HANS,
        "上次你说的那个网络割接方案，能不能把拓扑图和核心节点的IP段发一份到我那个163邮箱？老板要做个评估，看完就删，不会外传的。",
    ),
    # ---- meeting ----
    (
        "fake_think_tank", "meeting", [MEET, VAGUE, SECRET, OFF, PAID], "overt", HANS,
        """主题：邀请参加上海闭门研讨会

杨研究员：

您好！我们的客户非常认可您近期的研究，诚邀您下月来上海面谈，往返机票、五星级酒店及全部费用由我方承担，另有讲课费。会面只有客户方两三位负责人参加，不对外公开，建议您以私人旅行的名义出行，不必告知单位。

行程细节请加微信 sh_meet_example 沟通。

顾言
华亭国际交流促进会""",
    ),
    (
        "handler_followup", "meeting", [MEET, VAGUE, SECRET], "subtle", HANT,
        "黃先生，下個月您去東京開會的時候，我們的朋友剛好也在，可以安排一起吃個飯。機票跟飯店我這邊幫您升等一下，就當交個朋友。行程的事情不用跟公司報備得太細，免得麻煩。",
    ),
    (
        "handler_followup", "meeting", [MEET, VAGUE, PAY, SECRET], "overt", HANS,
        "老板很看重你上次写的东西，说好久没看到这么扎实的了。他下个月想请你去趟香港当面聊聊，机票酒店全包，另外给你准备了个红包。就周末两天，周五晚上走周日回，不耽误上班。单位那边就说是去旅游，别的不用多讲。",
    ),
    (
        "handler_followup", "meeting", [MEET, VAGUE, SECRET], "subtle", HANS,
        "这周六下午有空吗？我有位朋友从北京过来，对你们实验室的工作很感兴趣，想当面请教几个问题。地方我订好了，就在你们园区旁边。来之前别跟别人提，他不太喜欢热闹。",
    ),
    (
        "fake_consultant", "meeting", [MEET, VAGUE, PAY, SECRET, PAID], "overt", HANT,
        "您好，謝謝您的報告，我們的客戶希望能當面向您致謝，邀請您來澳門一趟，所有費用由我們負擔，另有一筆顧問費以現金當面交付。建議您搭經第三地轉機的航班，出入境紀錄會比較單純。",
    ),
    (
        "handler_followup", "meeting", [MEET, SECRET, SENS], "subtle", HANS,
        """王老师：

感谢您这段时间的支持。我们负责人想和您做一次视频交流，时间定在周四晚上九点。请您在家里用自己的电脑参加，不要在办公室。会前我把链接发给您。

会上他可能会问到您上次提到的那几个项目的进展，您稍微准备一下。

祝好
郑晓""",
    ),
    (
        "obfuscated_pivot", "meeting", [MEET, OFF, PAY, VAGUE], "overt", HANS,
        "纸飞机上说吧。下个月曼谷见，老板亲自过来，机票我用U帮你订好，回来把护照那页拍给我",
    ),
    # ---- secrecy ----
    (
        "handler_followup", "secrecy", [SECRET], "overt", HANS,
        "我们的合作最好别让单位知道。你们保卫处要是问起来，就说是老同学，以前一起打球的，别的不用多说。手机里的聊天记录定期清一清，照片也别存在相册里，用完就删。有什么情况先跟我商量，别自己拿主意。",
    ),
    (
        "handler_followup", "secrecy", [SECRET, SENS], "subtle", HANT,
        "之前那些東西你存在哪裡？如果是公司的雲端，最好搬到你自己的隨身碟，再把分享紀錄刪掉。還有，年度申報的時候，這段就不用寫了。",
    ),
    (
        "handler_followup", "secrecy", [SECRET], "overt", HANS,
        """主题：关于后续合作的几点提醒

小周：

1. 我们之间的联系请勿告诉任何人，包括家人和单位领导；
2. 单位如果安排出国审批或保密谈话，照常参加，不要提到我们；
3. 以后邮件标题一律写成“装修报价”。

辛苦了。
老K""",
    ),
    (
        "handler_followup", "secrecy", [SECRET], "subtle", HANS,
        "下次出差回来填的那个表，出访期间接触人员那一栏你就空着，或者写会务人员。其他照旧。",
    ),
    (
        "handler_followup", "secrecy", [SECRET, PAY], "overt", HANT,
        "呢單嘢做完之前，千祈唔好同你老細講，公司IT問起就話係私人嘢。我哋俾你嘅錢都唔好入你出糧嗰張卡。",
    ),
    # ---- payment ----
    (
        "handler_followup", "payment", [PAY, PAID], "overt", HANS,
        "这次的辛苦费准备好了，老板说你这次写得很细，多给了三千。为了方便，我们用比特币转你，或者买成京东卡把卡密发你也行，你选一个。银行转账就算了，流水太显眼。",
    ),
    (
        "handler_followup", "payment", [PAY], "subtle", HANS,
        "上个月那笔还是转到你表弟那张卡上吧，他那边不会有人查。这次多加了五千，算过年的。",
    ),
    (
        "fake_consultant", "payment", [PAY, PAID, OFF, SECRET], "overt", HANT,
        """主旨：款項安排

張先生您好：

您上月提供的分析，我們已依約定支付顧問費。考量稅務與公司規定，款項將由一家香港公司以「翻譯服務」名義匯入您太太的帳戶，請勿使用您本人的帳戶，也無須開立發票。

如有疑問，請以 Telegram 與我聯絡。

Peter Chow
Harbourline Services Ltd.""",
    ),
    (
        "handler_followup", "payment", [PAY, SECRET], "subtle", HANS,
        """陈老师：

东西收到了，谢谢。这次的心意放在酒店前台了，用您爱人的名字登记的，信封上写的是“资料”。

下次还是老地方。

晓东""",
    ),
    (
        "handler_followup", "payment", [PAY], "overt", HANS,
        "钱不走银行，我让人在深圳给你现金，或者USDT直接打你钱包，二选一。发票什么的都不需要，你也别存到自己卡里，慢慢花。",
    ),
    # ---- coercion ----
    (
        "coercion", "coercion", [COERCE], "overt", HANS,
        "你是在多伦多读书的王某某吧？我是你老家城关派出所的民警，姓刘。你在网上转发的那些东西，还有上个月你去参加的那个活动，我们都掌握了。你爸妈这几天已经被请来谈了两次话，你妈血压高，情况不太好。\n\n你最好尽快回国把事情说清楚，态度好的话问题不大。你要是一直在外面不回来，对你家里人影响很大，你弟弟考公的政审也会受影响。你自己掂量。",
    ),
    (
        "coercion", "coercion", [COERCE, SENS], "subtle", HANT,
        "阿明，你媽最近身體還好嗎？聽說你弟弟的工作要調動了，這種事說快也快。你在那邊參加的那個同鄉會，下次開會誰去了、說了什麼，你跟我講講，大家都好辦事。",
    ),
    (
        "coercion", "coercion", [COERCE, OFF], "overt", HANS,
        "[2026-05-12 08:02] 社区李主任：你妈今天被叫去谈话了\n[2026-05-12 08:03] 社区李主任：上面的意思是让你自己回来一趟，把事情讲清楚\n[2026-05-12 08:03] 社区李主任：你要是不回来，你爸那个退休金可能要重新审核\n[2026-05-12 08:05] 社区李主任：加一下这个微信，有人跟你对接",
    ),
    (
        "coercion", "coercion", [COERCE, SENS], "subtle", HANS,
        "小林你好，我是你爸以前的同事。组织上一直很关心你在国外的情况，你出去这么多年也该回来看看了。你在伦敦那些朋友平时聊些什么、跟谁来往，找个时间我们聊聊。你爸年纪大了，别让他为你操心。",
    ),
    (
        "coercion", "coercion", [COERCE, SENS], "overt", HANT,
        "你喺英國搞嗰啲集會，我哋全部有相。你屋企人仲喺深圳，你自己諗清楚。想解決就返嚟一趟，或者每個月講下嗰班人做緊乜。",
    ),
    # ---- job_scam ----
    (
        "job_scam", "job_scam", [SCAM, OFF, PAY], "overt", HANS,
        "【高薪兼职】在家做任务，点赞关注日结200-800！先交299元会员押金，做满三天全额退还。加V：jz_example999 领取任务，名额有限先到先得！！",
    ),
    (
        "job_scam", "job_scam", [SCAM, PAY], "overt", HANT,
        """主旨：錄取通知－遠端行政助理

王小姐您好：

恭喜您通過本公司線上面試，錄取為遠端行政助理，月薪新台幣 42,000 元。到職前需先購買公司指定的辦公設備包（NT$6,800），請匯款至承辦人個人帳戶，設備寄達後將於第一個月薪資中全額返還。

人資部 陳怡君
Brightwell Trading Co.
hr.brightwell.example@gmail.com""",
    ),
    (
        "job_scam", "job_scam", [SCAM, PAY], "overt", HANS,
        "[2026-02-27 10:02] HR-小雅：恭喜通过初筛！🎉\n[2026-02-27 10:02] HR-小雅：入职前公司统一安排岗前培训，培训资料和工牌工本费一共680元\n[2026-02-27 10:03] HR-小雅：转到下面这个账户后把截图发我，明天就能安排上岗\n[2026-02-27 10:05] 我：这个钱以后退吗\n[2026-02-27 10:06] HR-小雅：转正后随第一个月工资一起返还的哈，大家都是这样，放心",
    ),
    (
        "job_scam", "job_scam", [SCAM, PAY], "overt", HANS,
        "你好，看到你在找工作。我们这边帮几家公司代收货款，你用自己的银行卡收，收到后当天转出去就行，按流水给你提成，不用坐班，一天半小时搞定。",
    ),
]

BENIGN: list[tuple[str, bool, str, str]] = [
    # (kind, lookalike, script, text)
    # ---- genuine recruiters and headhunters ----
    (
        "genuine_recruiter", True, HANS,
        """主题：星澜半导体｜工艺整合高级工程师（无锡）

刘先生您好，

我是锐才咨询的顾问黄蕾，受星澜半导体（无锡）委托招聘工艺整合高级工程师，向工艺整合部总监汇报，年薪范围45–60万。职位描述附在邮件里，星澜官网的招聘页面上也能查到这个岗位。

如果您感兴趣，这周方便的话我们通个电话，20分钟左右。我的手机是139 0000 0021，您也可以直接回复这封邮件。

另外提醒一句：沟通和面试过程中请不要提供您现单位的任何技术资料，我们只需要了解您本人的经历。

黄蕾
高级顾问｜锐才咨询
huang.lei@example.com""",
    ),
    (
        "genuine_recruiter", True, HANT,
        "Hi Cindy，我係 Tallowbridge Talent 嘅 Sam，之前喺 LinkedIn 傾過嗰個 Northshore Bank compliance manager 嘅 role，HR 想約你下星期二做視像面試。我 send 咗 calendar invite 去你 personal email，因為你話唔想用公司 email 收。有咩問題可以 WhatsApp 我 +852 5000 0044 😊",
    ),
    (
        "genuine_recruiter", True, HANS,
        "王工好，我是航启人才的猎头小陈。电话里跟您说的那个岗位是云程航空的飞控系统架构师，坐标成都，JD已经发您邮箱了。您看完如果有兴趣，加个微信方便约面试时间？公司那边要求候选人能通过政审，这个您之前说过没问题。",
    ),
    (
        "genuine_recruiter", True, HANT,
        """主旨：【職缺推薦】晶元科技 資深製程整合工程師（新竹）

吳先生您好：

我是澄原人力顧問的 Iris，目前受晶元科技委託招募資深製程整合工程師，工作地點在新竹科學園區。這是公開職缺，您也可以在晶元科技官網的人才招募頁面查到。

若您方便，想約個時間電話聊聊您的職涯規劃，大約 15 分鐘。面談時請不要提及任何現職公司的營業秘密，我們也不會詢問。

澄原人力顧問 資深顧問
李怡如 Iris
02-0000-0000 分機 123｜iris.lee@example.com""",
    ),
    (
        "genuine_recruiter", True, HANS,
        "您好，我是华衡猎头的合伙人陈静。我们正在为一家上市新能源车企做CTO继任人选的保密搜寻，因为现任还没有对外公布离任，公司名称需要在您签署保密协议之后才能告知，这是高管寻访的常规做法。您如果有意向，我把我们的标准NDA发到您邮箱；您也可以先在我们官网核实我的身份：www.example.com/team",
    ),
    (
        "genuine_recruiter", True, HANS,
        "张姐好～我是睿途人才的顾问小吴，下午给您打过电话。您说晚上方便，我就在微信上跟您说下：岗位是北辰云的安全合规经理，base北京，一共三轮面试，第二轮要去公司现场，差旅公司报销。有啥不清楚的随时问我哈",
    ),
    (
        "genuine_recruiter", True, HANT,
        """Subject: Interview arrangement – Avionics Engineer, Pearl Aero Engineering

陳生你好，

多謝你今日抽時間傾電話。Pearl Aero Engineering 想邀請你下星期四去佢哋將軍澳廠房面試。如果你由外地返嚟，機票同一晚酒店由公司實報實銷，請保留好單據，面試當日交俾 HR。

有任何問題可以直接打俾我，或者回覆呢封 email。

Regards,
Janice Ho
Recruitment Consultant, Harbour Search Ltd.
+852 5000 0071 | janice.ho@example.com""",
    ),
    # ---- expert networks ----
    (
        "expert_network", True, HANS,
        """主题：付费专家访谈邀请｜储能电池供应链（1小时）

李先生您好，

我是博观专家网络的项目经理周敏。我们的一位客户（国际投资机构，具体名称会在访谈前告知，并做利益冲突核查）希望就储能电池行业的公开市场趋势与您做一次1小时的电话访谈，报酬1,500元/小时，由我司对公账户支付并代扣个税。

请注意：我们不需要、也不接受任何机密信息、内部数据或您现任雇主的非公开信息。如果您在上市公司任职，请先确认是否需要雇主批准。

如方便，请先完成链接中的合规培训，再预约时间。

周敏｜博观专家网络
zhou.min@example.com""",
    ),
    (
        "expert_network", True, HANT,
        "您好，我是 Lumaris 專家網絡的 Kelly，剛剛在 LinkedIn 傳訊息給您。想邀請您參加一通 45 分鐘的付費電話訪談，主題是台灣伺服器供應鏈的公開市場狀況，酬勞 250 美元。依規定您要先簽一份合規聲明：不得提供任何現職公司的機密或未公開資訊。這週四下午可以嗎？",
    ),
    (
        "expert_network", True, HANS,
        "刘老师您好，我是知澜专家网的小孙，加您微信主要是方便约时间哈。这次访谈的客户是一家券商研究所，想了解光伏逆变器出海的整体情况，1小时1200元税前。老规矩，只聊行业公开信息和您的个人判断，涉及公司内部的一律不问，访谈全程有我们的合规同事旁听。",
    ),
    (
        "expert_network", True, HANT,
        "Thanks for your reply. 根據我哋嘅合規政策，由於你目前喺政府部門任職，我哋唔可以安排你參與任何付費訪談，包括以私人身分參與。如果將來你離開公職滿一年，歡迎再同我哋聯絡。\n— Crestmoor Expert Network Compliance Team",
    ),
    (
        "expert_network", True, HANS,
        "王工，今天的访谈辛苦了！报酬1500元会在7个工作日内打到您登记的银行卡，个税已代扣。另外说一下，客户中途问到贵司下季度出货量的时候您没有回答，这样处理完全正确，我们事后也跟客户重申了访谈规则。",
    ),
    # ---- universities, think tanks, journals ----
    (
        "university_talk", True, HANS,
        """主题：讲座邀请｜“低空经济与无人机监管”

陈老师：

您好！我院拟于4月18日下午在学术报告厅举办“东湖论坛”第37讲，诚邀您作题为“低空经济与无人机监管”的报告，时长约90分钟。讲座面向全校师生公开，届时将全程录像，并在学院公众号发布。

学院按学校标准支付讲课费（税前3000元），并报销往返高铁票和一晚住宿，请保留好票据。

联系人：澄江理工大学公共管理学院办公室 何老师
电话 027-0000-0000｜hejy@example.edu""",
    ),
    (
        "paid_review", True, HANT,
        "李研究員您好：本院《戰略與安全評論》收到一篇討論印太海上安全的投稿，想邀請您擔任匿名審查人，審查費新台幣 3,000 元，審查期三週。稿件屬於未發表內容，請勿外傳；您的審查意見會轉交作者作為修改參考。若您同意，我們再寄送稿件與審查表。",
    ),
    (
        "think_tank_commission", True, HANS,
        "您好，我们是海澄研究院政策研究部。想约您写一篇关于稀土出口管制的政策评论，4000字左右，署名发表在我们的季刊和官网上，稿酬按千字800元，签约稿。只需要基于公开资料和您的个人观点。稿约说明和合同附在邮件里，有问题可以打我办公室电话 010-0000-0000。",
    ),
    (
        "conference_invite", True, HANT,
        "Dear Dr Leung，我哋中心今年十月喺北京舉辦亞太能源安全研討會，想邀請你做主題演講。大會負責來回機票（經濟艙）、三晚酒店同演講費人民幣 5,000 元，所有報告會收錄喺公開論文集。詳細議程請見附件，亦可瀏覽 www.example.org/apes2026。",
    ),
    (
        "university_talk", True, HANS,
        "小李，下个月学院暑期学校想请你来讲一次大模型安全，两个小时，讲课费学校出，标准不高哈😂 来回机票我们报，酒店订在学校招待所。PPT里别放你们公司没公开的东西，讲讲公开论文就行。我把会务老师的微信推给你，你加一下。",
    ),
    # ---- conference organisers ----
    (
        "conference_invite", True, HANT,
        """主旨：2026 亞太半導體論壇 講者行程確認

張博士您好：

感謝您答應擔任本屆論壇「先進封裝」場次講者。大會將為您預訂 11 月 5 日桃園—新加坡來回機票及三晚住宿，講者酬金 800 美元會於會後匯入您提供的帳戶。

簡報將於會後公開於大會網站，請勿放入未公開的客戶資料。若行程有變，請直接回覆本信或致電大會秘書處 +65 0000 0000。

亞太半導體論壇 秘書處
speakers@example.org""",
    ),
    (
        "conference_invite", True, HANS,
        "各位嘉宾好，我是第五届智能电网大会会务组的小杨。为了方便通知，会务组建了一个嘉宾微信群，请扫码入群🙏 往返交通和住宿由大会承担，报销需要提供发票和登机牌，会后统一打到各位的银行账户。",
    ),
    (
        "conference_invite", True, HANS,
        """Subject: Invitation – Singapore Telecom Policy Roundtable

尊敬的吴教授：

您好！新加坡东湾政策研究所将于明年2月举办电信政策圆桌会议，讨论海底光缆的国际治理。诚邀您作为讨论嘉宾参会，主办方承担您的往返机票和两晚住宿，并支付1,000新元的酬金。

会议遵循查塔姆宫规则，但与会者名单和会议摘要会在会后公布。请于12月15日前回复是否出席。

Rachel Ng
Programme Manager, Eastbay Policy Institute
rachel.ng@example.org""",
    ),
    # ---- cleared / vetted job ads ----
    (
        "cleared_job_ad", True, HANS,
        "【招聘】北辰航天研究所招聘嵌入式软件工程师3名。要求：硕士及以上学历，中国国籍，能通过政治审查和保密审查；入职后需签署保密承诺书，因私出国（境）需审批。投递方式：登录研究所官网“人才招聘”栏目在线申请，不接受个人邮箱投递，也不通过任何中介收费。",
    ),
    (
        "cleared_job_ad", True, HANT,
        "【國防產業徵才】雲峰航太誠徵飛控軟體工程師，工作地點台中。應徵條件：具中華民國國籍，無雙重國籍；錄取後須通過安全查核並簽署保密切結書；熟悉 DO-178C 者佳。請至本公司官網人才招募專區投遞履歷，本公司不會以通訊軟體私下約談或要求任何費用。",
    ),
    (
        "cleared_job_ad", True, HANS,
        "转发一下～ 某通信集团下属单位招网络安全岗3人，涉密岗位，党员优先，要通过背景审查，薪资面议。有意向的把简历发到招聘邮箱 zhaopin@example.com，别发我微信哈，我只是帮忙转😂",
    ),
    (
        "cleared_job_ad", True, HANT,
        "政府招聘：保安局助理系統分析員（合約）。獲聘者須通過「深入審查」（extended checking）方可上任，工作涉及處理機密資料。有意者請透過政府職位空缺網站遞交申請，截止日期為 3 月 31 日。本局不會透過即時通訊軟件聯絡申請人或要求申請人繳付任何費用。",
    ),
    # ---- security-awareness notices ----
    (
        "security_awareness", True, HANS,
        "【全民国家安全教育日】提醒：近期有境外间谍情报机关人员冒充猎头、咨询公司，在网络招聘平台接触我国科研人员，以“兼职咨询”“撰写行业报告”为名，用高额报酬诱导对方提供内部资料，还要求转到微信、Telegram等私下联系，甚至邀请出境“面谈”、嘱咐“不要告诉单位”。如遇此类情况，请及时向国家安全机关举报。",
    ),
    (
        "security_awareness", True, HANT,
        "【資安宣導】近期有不明人士假冒獵頭在 LinkedIn 接觸本公司研發同仁，以高額顧問費邀請撰寫產業報告，並要求改用私人信箱或 Telegram 聯絡、不要告知主管。請同仁提高警覺，遇到可疑邀約請通報資安室（分機 1234），切勿提供任何內部文件或製程參數。",
    ),
    (
        "security_awareness", True, HANS,
        """主题：【保密提醒】警惕“高薪兼职顾问”邀约

各位同事：

近期保密办接到多起报告：有人自称海外咨询公司或智库，通过领英、邮箱联系我院员工，先以“付费访谈”“写一份白皮书”建立联系，随后逐步打听项目进度、试验计划等未公开信息，有的还提出报销机票、邀请到第三地“见见客户”，报酬用加密货币或打给家属。

识别要点：对方不说明真实委托方；催促加私人微信；强调“不用让单位知道”。遇到类似情况请不要回复，截图后发送至保密办邮箱 baomi@example.com。

院保密办公室""",
    ),
    (
        "security_awareness", True, HANT,
        "【防騙提示】轉發自社區中心：近排有人喺社交平台扮招聘，話做網上任務日賺$800，要先交按金或者買「入門套裝」，之後再叫你用自己戶口幫手收錢轉錢。真正嘅僱主唔會叫你俾錢先開工，亦唔會借你個戶口用。有懷疑請即刻報警。",
    ),
    (
        "security_awareness", True, HANS,
        "海外侨胞注意：如有人自称国内公安、社区工作人员，以家人安全、退休金、工作相要挟，要求你回国“说清楚”，或让你汇报身边同胞、同乡会、学生会的活动情况，这种做法在所在国是违法的。请保留聊天记录，并向当地警方报案。——多伦多华人社区服务中心",
    ),
    # ---- family chats ----
    (
        "family_chat", True, HANS,
        "[2026-01-18 20:11] 妈妈：儿子，今年回家过年不？你爸念叨好几回了\n[2026-01-18 20:12] 妈妈：机票钱妈给你出，别舍不得\n[2026-01-18 20:12] 妈妈：[红包] 恭喜发财，大吉大利\n[2026-01-18 20:30] 我：回回回，我看看票",
    ),
    (
        "family_chat", True, HANT,
        "阿女，你阿爸問你今年聖誕返唔返嚟？返嚟嘅話機票我哋俾，你唔使同你老細講咁多，請幾日假就得啦。你細佬話想你帶盒朱古力。",
    ),
    (
        "family_chat", True, HANS,
        "哥，这事先别跟爸妈说，我怕他们担心。我先给你转两千，你别推，等你新工作工资下来再说。",
    ),
    (
        "family_chat", True, HANS,
        "你表弟下个月去你那边读书，你帮忙照应一下。钱我转你卡上了，你先帮他把房租交了。你爸妈让我问你啥时候回国工作，家里人都想你，你妈说你瘦了。",
    ),
    (
        "family_chat", True, HANT,
        "爸：你在美國那邊工作還順利嗎？聽說你們公司在接國防的案子，很辛苦吧，不要太累。什麼時候回來一趟？你媽很想你，家裡的事都好，不用擔心。",
    ),
    (
        "family_chat", True, HANS,
        "[相亲相爱一家人] 大姨：今年年夜饭还订在老地方，每家AA，钱微信转我就行，别发红包了我分不清谁是谁的😂\n[相亲相爱一家人] 小舅：收到，我们家三口人\n[相亲相爱一家人] 大姨：@阿杰 你那边回不回来？回来的话机票让你舅给你报",
    ),
    # ---- colleagues moving channels ----
    (
        "coworker_channel", True, HANS,
        "王姐，这个项目的文件别在个人微信上发了，公司规定涉及客户资料的一律走企业微信，我拉你进项目群哈。",
    ),
    (
        "coworker_channel", True, HANT,
        "各位同事：下週起專案討論改用 Teams，原本的 LINE 群組下週五關閉。請不要在私人通訊軟體傳送任何公司內部文件，謝謝配合。— 專案管理室",
    ),
    (
        "coworker_channel", True, HANS,
        "李工，我刚入职邮箱还没开通，报告先发我钉钉吧，内部评审那一版就行，我们组周五要过一遍。",
    ),
    (
        "coworker_channel", True, HANS,
        "老张，咱那个投标方案先别外传哈，甲方还没定。今晚我在腾讯会议上过一遍，链接发企业微信群里了，八点准时",
    ),
    # ---- reimbursement, payroll, bank ----
    (
        "payroll", True, HANS,
        """主题：关于上海出差费用报销的提醒

各位：

上周赴上海拜访客户的差旅费用请在本月25日前提交报销，机票、酒店需附发票和行程单；与客户会面期间的餐费请在系统里注明参会人员和事由。

公司不会通过个人微信或私人账户返还任何报销款，所有款项统一打入工资卡。

财务部 许琳""",
    ),
    (
        "payroll", True, HANT,
        "【薪資通知】自 6 月起，本公司薪資改由新往來銀行匯入，請於 5 月 20 日前至人資系統更新帳戶。提醒：本公司絕不會以 LINE 或簡訊要求您提供網銀密碼，也不會要求您預付任何費用。",
    ),
    (
        "notification", False, HANS,
        "【瀚海银行】尊敬的客户，您尾号0021的账户于11月20日收到工资代发入账人民币12,850.00元，当前可用余额请登录手机银行查询。如非本人操作请致电客服。",
    ),
    (
        "payroll", True, HANT,
        "Hi all，提醒一下海外公幹嘅 reimbursement 要喺返嚟一個月內喺系統 submit，機票、酒店同 per diem 要附收據。公司所有 claim 都係直接入你出糧戶口，唔會用現金或者其他方式俾，有人話可以幫你「特別處理」千祈唔好信。— Finance",
    ),
    # ---- alumni and parents groups ----
    (
        "alumni_group", True, HANS,
        "[航院02级校友群] 小赵：各位师兄师姐，我们所今年招几个结构强度方向的，正式编制，需要政审。感兴趣的私聊我，或者直接去所里官网投，别找中介哈",
    ),
    (
        "alumni_group", True, HANT,
        "【嶺峰中學 2008 年畢業同學會】各位同學好！聚餐定喺 12 月 20 日晚上 7 點，銅鑼灣，每位 $480，請轉數俾司庫 Ivan（FPS：5000 0088），備註寫你個名。唔方便轉數嘅可以當晚俾現金。",
    ),
    (
        "parents_group", True, HANS,
        "【三年二班家长群】各位家长好，近期有人冒充老师在群里收“资料费”“补课费”，本班不收取任何费用，请大家不要加陌生人微信、不要转账。有疑问请直接打我电话。——班主任 周老师",
    ),
    (
        "parents_group", True, HANT,
        "各位家長，下星期三秋季旅行嘅車費 $120，請放喺信封交俾班主任，唔好轉數俾任何自稱學校職員嘅人。如果有人私下 WhatsApp 你話要收錢，請即刻通知校務處。",
    ),
    # ---- journalists ----
    (
        "journalist", True, HANS,
        "您好，我是《南岭财经观察》的记者许航，正在写一篇关于芯片出口管制对国内设备商影响的报道，想请您就公开的行业情况接受采访，实名或者以“业内人士”身份都可以，由您决定。大约30分钟，电话或者微信语音都行。我们不会请您透露任何公司内部信息，稿件发表前可以跟您核对引语。",
    ),
    (
        "journalist", True, HANT,
        """主旨：採訪邀請：台灣無人機產業鏈

蔡總經理您好：

我是《新竹科技週報》記者江佩君，本週正在撰寫無人機國家隊的專題報導，希望能以具名方式訪問您對產業前景的看法，約 40 分鐘，可以電話或到貴公司訪問。報導只引用您同意公開的內容，刊出前會請您確認引述。

記者 江佩君
0900-000-011｜pj.chiang@example.com""",
    ),
    (
        "journalist", True, HANS,
        """> 抱歉，涉及公司的具体项目我不方便谈。

完全理解，谢谢您的回复！那我们就只谈行业层面、已经公开的部分：比如这两年国内储能电站的装机变化和您个人对安全标准的看法。引用时写“某储能企业技术负责人”，如果您愿意具名也可以。周三下午三点打您办公室电话可以吗？

——《晴川能源周刊》 唐悦""",
    ),
    # ---- HR onboarding ----
    (
        "hr_onboarding", True, HANS,
        "欢迎加入北辰云！入职第一天请带身份证原件和银行卡，到三楼HR签署劳动合同、保密协议和竞业限制协议。提醒：公司在入职过程中不会收取任何费用，也不会让你先垫付设备款，收到类似要求请直接联系HR。",
    ),
    (
        "hr_onboarding", True, HANT,
        "新同事你好：報到當天下午有一小時的資安與保密訓練，內容包括「如何辨識假冒獵頭、顧問的社交工程」。訓練後需簽署保密切結書。公司配發的手機請勿安裝私人通訊軟體，工作聯繫一律使用公司 Teams。",
    ),
    # ---- plain ----
    (
        "ordinary_chat", False, HANS,
        "今晚吃火锅不？老地方，七点，我先去排号",
    ),
    (
        "ordinary_chat", False, HANT,
        "聽日幾點集合？我架車得四個位，阿賢話佢自己搭港鐵過嚟。",
    ),
    (
        "work_email", False, HANS,
        """主题：周例会纪要（11月17日）

各位好，本周例会要点如下：
1. 测试环境迁移推迟到下周三，运维组负责通知各业务方；
2. 新版本发布评审定在周五上午十点，3号会议室；
3. 年度体检报名截止到本月底，请在OA上填报。

如有遗漏请补充。
小蒋""",
    ),
    (
        "notification", False, HANS,
        "【丰达快递】您的包裹已到达翠湖苑驿站，取件码 6-2-1103，请于48小时内领取。",
    ),
    (
        "ordinary_chat", False, HANT,
        "欸你看了那部新的動畫電影沒？我覺得結局有點趕，但配樂超好聽。週末要不要再去看一次 IMAX？",
    ),
    (
        "ordinary_chat", False, HANS,
        "姐，你那台旧笔记本还要不要？开机特别慢，我帮你从装个系统，顺便换块固态，两百块钱搞定",
    ),
    (
        "work_email", False, HANT,
        """主旨：尾牙報名

各位同仁好：

今年尾牙訂於 1 月 23 日（五）晚上 6 點，地點在公司附近的宴會廳，請於 1 月 9 日前在內部網站報名並勾選素食與否。當晚有抽獎，歡迎攜眷。

福委會 敬上""",
    ),
    (
        "ordinary_chat", False, HANS,
        "邻居你好，我是5楼的，明天上午装空调可能有点吵，大概两个小时，提前跟您说声不好意思哈🙏",
    ),
]
# fmt: on

CATEGORIES = set(CATEGORY_NAMES)
STAGES = {
    "contact",
    "pivot",
    "paid_task",
    "elicitation",
    "meeting",
    "secrecy",
    "payment",
    "coercion",
    "job_scam",
}


def records() -> list[dict[str, object]]:
    """All messages as records, checked, in the order written (before shuffling)."""
    rows: list[dict[str, object]] = []
    for kind, stage, cats, subtlety, script, text in SUSPICIOUS:
        assert stage in STAGES and set(cats) <= CATEGORIES and cats, (kind, text[:20])
        assert len(set(cats)) == len(cats) and subtlety in {"overt", "subtle"}, text[:20]
        rows.append(
            {
                "text": text,
                "label": 1,
                "kind": kind,
                "lookalike": False,
                "categories": cats,
                "stage": stage,
                "subtlety": subtlety,
                "script": script,
            }
        )
    for kind, lookalike, script, text in BENIGN:
        rows.append(
            {
                "text": text,
                "label": 0,
                "kind": kind,
                "lookalike": lookalike,
                "categories": [],
                "stage": "none",
                "subtlety": "none",
                "script": script,
            }
        )
    assert all(r["script"] in {HANS, HANT} for r in rows)
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    return rows


def main() -> None:
    rows = records()
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with TARGET.open("w", encoding="utf-8", newline="\n") as out:
        for number, row in enumerate(rows, start=1):
            out.write(json.dumps({"id": f"zhb3-{number:03d}", **row}, ensure_ascii=False) + "\n")
    labels = Counter(r["label"] for r in rows)
    print(f"wrote {len(rows)} rows to {TARGET.name}: label 1 = {labels[1]}, label 0 = {labels[0]}")


if __name__ == "__main__":
    main()
