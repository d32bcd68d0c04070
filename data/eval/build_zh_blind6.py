"""Build data/eval/zh_blind6.jsonl: a blind Chinese evaluation set (held out, measured by the lead only).

Every text below is written out by hand in full; nothing is generated from slots. The script checks the
counts and the subtlety convention, shuffles with a fixed seed and writes one JSON object per line.
Rebuild: .venv/bin/python data/eval/build_zh_blind6.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("zh_blind6.jsonl")
SEED = 6_2026_1122

CATEGORIES = {
    "credential_targeting", "off_platform", "paid_task", "vague_client", "sensitive_info",
    "client_meeting", "secrecy", "unusual_payment", "coercion", "job_scam",
}
STAGES = {"contact", "pivot", "paid_task", "elicitation", "meeting", "secrecy", "payment", "coercion", "job_scam"}

# A "subtle" suspicious message contains none of these (checked case-insensitively): no app or handle,
# no mail, no client/boss, no fee/pay/money word, no confidential/internal, no cash/crypto/red packet.
TELLTALE = (
    "微信", "v信", "vx", "wx", "薇信", "wechat", "whatsapp", "telegram", "纸飞机", "紙飛機", "飞机", "飛機",
    "signal", "line", "qq", "weixin", "w e i x i n", "@", "邮箱", "郵箱", "信箱", "email", "mail", "客户", "客戶", "client", "老板",
    "老闆", "费", "費", "酬", "辛苦", "报酬", "钱", "錢", "元", "美金", "usd", "转账", "轉帳", "匯款", "汇款",
    "保密", "機密", "机密", "内部", "內部", "涉密", "现金", "現金", "usdt", "比特币", "crypto", "红包", "紅包",
    "礼品卡", "禮品卡", "报告", "報告", "别跟", "別跟", "报备", "報備", "外传", "外傳", "押金", "派出所", "回国",
    "回國", "返嚟",
)

RECORDS: list[dict[str, object]] = []


def sus(kind: str, stage: str, subtlety: str, script: str, cats: str, text: str) -> None:
    RECORDS.append({"text": text, "label": 1, "kind": kind, "lookalike": False,
                    "categories": cats.split(), "stage": stage, "subtlety": subtlety, "script": script})


def ben(kind: str, lookalike: bool, script: str, text: str) -> None:
    RECORDS.append({"text": text, "label": 0, "kind": kind, "lookalike": lookalike,
                    "categories": [], "stage": "none", "subtlety": "none", "script": script})


# ----------------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ----------------------------------------------------------------------------------------------------

# contact
sus("fake_consultant", "contact", "overt", "simplified",
    "credential_targeting off_platform paid_task unusual_payment",
    "您好，看到您在华东电网调度中心干了八年，很难得。我们是一家海外能源咨询机构，正在找熟悉国内特高压调度的顾问，"
    "兼职远程，报酬按小时算，美元结，不走国内账户。方便的话加个vx：energy_lin2026，细聊。")
sus("fake_investor", "contact", "subtle", "simplified", "credential_targeting sensitive_info",
    "刘工您好，深圳电子展上拿了您的名片，上面写的是光刻工艺整合。我们基金最近在看这个方向，想请您给我们讲讲"
    "贵司产线现在实际卡在哪几道工序上，不是网上能查到的那种，越具体越好。")
sus("fake_consultant", "contact", "overt", "traditional", "credential_targeting vague_client paid_task off_platform",
    "陳先生您好，敝人是新加坡一家顧問公司的合夥人。得知您曾任職軍備局，我們的客戶對台灣無人機供應鏈非常有興趣，"
    "想邀請您擔任短期顧問，每月兩次線上交流，酬勞從優。這裡不方便細談，可以加我 LINE：sg_chen_advisory 嗎？")
sus("fake_consultant", "contact", "subtle", "simplified", "credential_targeting sensitive_info",
    "王处您好，冒昧打扰。听说您从能源局退下来了，我们几个做研究的朋友想请您当个顾问，不用坐班，"
    "主要就是聊聊您在任那几年了解到的一些情况，哪些项目是怎么定下来的。")
sus("fake_headhunter", "contact", "overt", "traditional", "credential_targeting vague_client off_platform",
    "Hi 你好，我係Tony，做獵頭嘅。見你LinkedIn寫住有 security clearance，又做過電訊核心網，"
    "我哋有個大陸客戶想搵人做 advisor，你加我 WhatsApp +852 5000 0173 傾吓？")
sus("fake_think_tank", "contact", "overt", "simplified", "credential_targeting paid_task off_platform vague_client",
    "主题：诚邀加入“亚太半导体政策观察”专家库\n\n"
    "尊敬的周老师：\n\n"
    "您好！我们是一家注册在香港的非营利研究平台，长期为海外机构提供中国科技产业政策的独立分析。了解到您现任"
    "市工信局产业处，负责集成电路扶持政策的起草，我们诚挚邀请您加入专家库。\n\n"
    "入库专家每季度提交一篇政策动向分析（3000字左右），每篇稿酬8000元起，委托方信息不便透露，敬请谅解。"
    "因平台邮箱常被拦截，后续请联系：apsp.office@example.com 或微信 apsp_zhou。\n\n"
    "亚太半导体政策观察 秘书处\n"
    "Lydia Wen")
sus("fake_recruiter", "contact", "subtle", "simplified", "credential_targeting sensitive_info",
    "您好，看到您简历上写在适航审定中心工作过。我们在做一个行业研究，想找您这样在审定中心能接触到"
    "型号图纸和试飞数据的人，聊一两个小时就行，时间地点您定，不会耽误您太多功夫。\n\n"
    "何晓峰 | 行业研究部\n启航产业研究院（筹）")
sus("fake_recruiter", "contact", "overt", "simplified", "credential_targeting paid_task off_platform",
    "兄弟，搞军工的吧？有个兼职，报酬不错，加wx聊")

# pivot
sus("fake_headhunter", "pivot", "overt", "simplified", "off_platform",
    "领英不常上，加下V信 lin_consult88")
sus("handler_followup", "pivot", "overt", "traditional", "off_platform secrecy",
    "這邊訊息容易漏看，改用紙飛機吧，ID 是 @harbor_advisory。記得開秘密聊天，聊完會自動清掉。")
sus("handler_followup", "pivot", "subtle", "simplified", "off_platform secrecy",
    "以后别用单位电脑回我了，给我个你自己的手机号，我晚上打过去。")
sus("obfuscated_pivot", "pivot", "overt", "simplified", "off_platform paid_task",
    "这里说话不方便，加我 w e i x i n ：z h o u _ 2 0 2 6，备注“材料”，稿子的事那边细说")
sus("handler_followup", "pivot", "subtle", "traditional", "off_platform secrecy",
    "之後我們不要在這個平台講了。你下載一個訊息看完會自動刪掉的App，我把下載連結傳給你，裝好跟我說一聲。")
sus("fake_procurement_contact", "pivot", "overt", "simplified", "off_platform vague_client sensitive_info",
    "[10:02] 陈经理：展会上跟您聊得挺投缘的\n"
    "[10:03] 陈经理：这个平台我们老板不让用，您装个Signal吧，我号码+86 138 0000 0142\n"
    "[10:05] 陈经理：以后价格、交付的型号和最终用户的情况都从那边走，方便些")
sus("fake_academic", "pivot", "overt", "simplified", "off_platform credential_targeting",
    "主题：Re: 访问学者申请材料\n\n"
    "赵老师：\n材料收到了，谢谢。为了加快审核，后面请不要再用单位邮箱发，直接发到我个人的 "
    "fangwen.liu@example.net 就行。另外麻烦把您参与过的在研项目清单（含项目编号）一起附上，"
    "我们这边需要评估您的研究背景。\n\n刘助理\n国际学术交流中心\n\n"
    "> 刘老师您好，附件是我的简历和推荐信，请查收。赵明")

# paid_task
sus("handler_followup", "paid_task", "overt", "simplified", "paid_task sensitive_info off_platform",
    "李老师，上次说的那份材料，主要写写你们院今年对台海方向的研判，五千字左右，辛苦费两万，写完直接发我微信就行，不用走邮件。")
sus("fake_consultant", "paid_task", "overt", "traditional", "paid_task vague_client sensitive_info",
    "周小姐您好，我們的客戶想要一份關於台電電網韌性的評估報告。不需要引用公開資料，就寫您工作上實際看到的，"
    "例如哪幾個變電所是單點、備援怎麼切換。每篇 USD 1,500，可以長期合作。")
sus("ex_colleague_approach", "paid_task", "subtle", "simplified", "paid_task sensitive_info",
    "张工，帮我个忙呗：把你们厂这两年主要的供应商名单和各家的交货周期整理一下，特别是进口件那几家。"
    "不会让你白干，回头请你吃饭，另外那份心意也少不了。")
sus("fake_think_tank", "paid_task", "overt", "simplified", "paid_task vague_client sensitive_info unusual_payment",
    "主题：委托研究——5G核心网设备采购格局\n\n"
    "陈先生：\n\n"
    "感谢您上周的交流。我方合作机构希望委托您撰写一份约8000字的白皮书，重点是贵省运营商核心网设备的"
    "招标评分细则、各厂商实际中标份额以及尚未公布的二期扩容计划。\n\n"
    "本报告仅供委托方内部参考，不公开发表，不署名。报酬人民币四万元，可分两次支付至您指定的个人或亲属账户。\n\n"
    "顺颂商祺\n"
    "东亚数字基础设施研究中心\n"
    "项目主任 Kevin Ho\n"
    "kevin.ho@example.org")
sus("fake_academic", "paid_task", "subtle", "simplified", "paid_task sensitive_info",
    "刘博，你那篇讲大模型算力调度的论文写得真好。我这边想请你另外写一个不对外的版本，"
    "把你们实验室实际在用的集群规模、卡是从哪几个渠道进来的写清楚，篇幅不限，写完我们另有重谢。")
sus("handler_followup", "paid_task", "overt", "traditional", "paid_task off_platform unusual_payment",
    "報告寫好直接丟 Telegram，錢今晚就匯。")
sus("handler_followup", "paid_task", "overt", "simplified", "paid_task vague_client sensitive_info",
    "老板那边看了你上次写的，挺满意。这次想要你们组那个推荐算法的训练数据是从哪些渠道拿的，"
    "写两页就行，还是老价钱，周五前给我。")

# elicitation
sus("handler_followup", "elicitation", "subtle", "simplified", "sensitive_info",
    "在么？对了，你们所下个月那次试飞定在哪天？我就好奇问问")
sus("handler_followup", "elicitation", "overt", "traditional", "sensitive_info vague_client paid_task",
    "上次那份寫得很好，不過客戶說太像新聞稿了。能不能補一點你們內部會議上討論的東西？"
    "不用機密文件，你記得的就行，酬勞照舊再加一成。")
sus("fake_alumni", "elicitation", "overt", "simplified", "sensitive_info secrecy",
    "小王，你现在在市政府办公厅对吧？下周常务会要讨论的那个港口扩建项目，会前材料能不能先给我瞄一眼？"
    "放心，我就自己看看，绝不外传。")
sus("fake_ngo", "elicitation", "subtle", "simplified", "sensitive_info",
    "您好，我们在做一个关于边境县基层治理的田野研究。想了解一下你们县里维稳这块每年大概投入多少、"
    "具体是哪几个单位在用、晚上怎么排班，还有检查站的位置。您方便的话我们线下聊。")
sus("handler_followup", "elicitation", "subtle", "traditional", "sensitive_info credential_targeting",
    "議員下星期條例草案會點投？佢同其他幾位議員私底下點講，你做佢助理應該聽到啲嘢，幫我留意吓。")
sus("fake_investor", "elicitation", "overt", "simplified", "sensitive_info vague_client off_platform",
    "我们老板很关心你们14纳米那条线的良率，现在大概多少？还有去年订的那几台光刻机是不是都到了、装在哪个厂区？"
    "这些不用写下来，晚上微信语音说说就行。")
sus("fake_procurement_contact", "elicitation", "subtle", "simplified", "sensitive_info",
    "孙工，最近你们采购的那批特种钢，最后是用在哪个型号上的？我这边好安排排产，顺便问下最终用户是哪个单位、"
    "明年大概还要多少吨。")
sus("fake_consultant", "elicitation", "overt", "simplified", "sensitive_info paid_task",
    "你们省公司核心网华为和爱立信设备大概各占多少？还有合法监听接口现在是哪个部门在管、平时谁有权限登录？"
    "这几个问题答清楚，酬劳另算。")
sus("fake_alumni", "elicitation", "subtle", "traditional", "sensitive_info",
    "學長，天弓新批次測試有沒有達到規格？說有或沒有就好。")

# meeting
sus("handler_followup", "meeting", "overt", "simplified", "client_meeting vague_client secrecy",
    "客户想当面感谢你，下个月在曼谷见一面，机票酒店我们全包。周末去周末回，不用请假，单位那边也就不用知道了。")
sus("fake_think_tank", "meeting", "overt", "traditional", "client_meeting secrecy",
    "我們研究院的理事長十月會在澳門，想請您過去吃個便飯，機票住宿都由我們安排。"
    "這趟行程應該不用跟單位報備吧？就當作私人旅遊。")
sus("handler_followup", "meeting", "subtle", "simplified", "client_meeting",
    "听说你下个月去新加坡开会，那几天晚上能不能空出一个？有位前辈很想认识你，他对你们的项目了解得很深，"
    "地方我来订，你到了给我打电话。")
sus("fake_conference", "meeting", "overt", "simplified", "client_meeting secrecy unusual_payment credential_targeting",
    "主题：邀请参加2026海洋信息技术高端论坛（青岛）\n\n"
    "尊敬的马研究员：\n\n"
    "鉴于您在水声通信领域的工作，组委会诚邀您出席本届论坛。会议期间另安排与合作方的小范围闭门交流。"
    "为免繁琐审批，请勿通过所在单位外事部门报名，以个人名义参会即可；往返差旅及住宿由组委会以现金形式报销。\n\n"
    "回执请发送至 ocean_forum2026@example.com\n\n"
    "论坛组委会")
sus("handler_followup", "meeting", "subtle", "traditional", "client_meeting secrecy",
    "到時候你直接從香港過關，我派車在落馬洲接你，有幾位朋友想見見你。護照就不用帶了，用回鄉證就行，"
    "回來的時候我再送你過去。")
sus("handler_followup", "meeting", "overt", "simplified", "client_meeting vague_client unusual_payment",
    "下周来上海见面，老板请你吃饭，路费我们出现金")
sus("fake_investor", "meeting", "subtle", "simplified", "client_meeting secrecy credential_targeting",
    "周总，贵司的项目我们很有兴趣。能不能请贵司负责惯导的首席工程师来一趟迪拜，和我们的技术顾问单独聊聊？"
    "行程我们来安排，就他一个人来，不需要带公司别的同事。")

# secrecy
sus("handler_followup", "secrecy", "overt", "simplified", "secrecy",
    "这事千万别跟单位说，政审那套你懂的，说了反而麻烦")
sus("handler_followup", "secrecy", "overt", "traditional", "secrecy",
    "我們的合作請保密，包括你太太。")
sus("handler_followup", "secrecy", "subtle", "traditional", "secrecy client_meeting",
    "出入境紀錄你不用擔心，這次從第三地轉，台胞證上不會有章。")
sus("fake_consultant", "secrecy", "overt", "simplified", "secrecy unusual_payment credential_targeting",
    "老领导，顾问这个事咱俩知道就行，您原单位那边就不必打招呼了。费用我每季度让司机直接送到府上，不走账。")
sus("handler_followup", "secrecy", "subtle", "traditional", "secrecy paid_task",
    "下次寫東西，不要用你辦公室的電腦，也不要存在雲端。寫完直接印出來，週六我到你家樓下拿，電子檔刪掉。")
sus("fake_consultant", "secrecy", "overt", "simplified", "secrecy off_platform paid_task",
    "主题：合作须知（阅后请删除）\n\n"
    "为保护双方，请遵守以下几点：\n"
    "1. 不向任职单位、同事及家人透露本合作；\n"
    "2. 沟通只用 Telegram，不用单位电话和邮箱；\n"
    "3. 文件中以“A项目”代替真实项目名称；\n"
    "4. 报酬按篇结算，具体另行通知。\n\n"
    "如有疑问请直接在 Telegram 上联系我。\n"
    "——H")

# payment
sus("handler_followup", "payment", "overt", "simplified", "unusual_payment paid_task",
    "这次的辛苦费用USDT结吧，给个钱包地址就行，别走银行。")
sus("handler_followup", "payment", "overt", "traditional", "unusual_payment secrecy",
    "酬勞匯到你媽媽的戶口吧，用你名字銀行會問。")
sus("handler_followup", "payment", "subtle", "simplified", "unusual_payment",
    "上次说好的那份心意，我让表弟周六送到你家楼下。")
sus("handler_followup", "payment", "overt", "simplified", "unusual_payment",
    "报酬给你换成京东卡和加油卡吧，不用走账，面值你定。")
sus("handler_followup", "payment", "subtle", "traditional", "unusual_payment secrecy",
    "你在大陸有沒有親戚？以後給你的東西我先寄到他們那邊，你回去過年的時候再拿，這樣比較不會引起注意。")
sus("fake_think_tank", "payment", "overt", "simplified", "unusual_payment paid_task vague_client",
    "主题：关于第二期研究报告的付款安排\n\n"
    "何老师您好：\n\n"
    "第二期报告委托方已确认收到，评价很高。考虑到您在事业单位任职，按惯例建议本期报酬40,000元不打入您本人账户，"
    "可转至您配偶或父母名下的支付宝，也可以折成比特币。请回复收款人姓名及账号。\n\n"
    "祝好\n"
    "远东政策咨询 财务部\n"
    "finance@fareast-policy.example.com")

# coercion
sus("coercion", "coercion", "overt", "simplified", "coercion",
    "[2026/11/03 21:40] 刘警官：你爸妈年纪大了，你在温哥华一个人也不容易\n"
    "[2026/11/03 21:41] 刘警官：回国把事情说清楚，家里人就少受点罪\n"
    "[2026/11/03 21:45] 刘警官：派出所的同志已经去过你家两次了，你妈血压又上来了，你自己掂量")
sus("coercion", "coercion", "overt", "traditional", "coercion",
    "你喺倫敦同嗰班人搞嘅嘢，我哋清清楚楚。你細佬喺屯門返緊工，做開紀律部隊。想佢份工保得住，就自己返嚟講清楚。")
sus("coercion", "coercion", "subtle", "simplified", "coercion sensitive_info",
    "你女儿户口还在老家，明年上小学要办手续，街道说得你本人回来一趟。"
    "你在荷兰那个同乡会里，哪几个是牵头的、平时在哪儿碰头，你心里有数吧，写给我们，手续就好办了。")
sus("coercion", "coercion", "overt", "simplified", "coercion off_platform",
    "我是你老家派出所的。你在日本网上发的那些东西必须删掉，否则你哥的工作保不住。"
    "加我微信 +86 138 0000 0166，把情况说明白。")
sus("coercion", "coercion", "subtle", "traditional", "coercion",
    "阿姨最近身體不太好，一直念著你。你回來一趟吧，有幾位同志也想跟你聊聊你在台北參加的那個協會，"
    "聊完就沒事了，別讓家裡人再為你操心。")

# job_scam
sus("job_scam", "job_scam", "overt", "simplified", "job_scam unusual_payment",
    "恭喜您通过初筛！入职前需缴纳保密培训费980元，请转至下方个人账户，培训考核合格后全额退还。\n"
    "户名：王丽 卡号：6222 0000 0000 0123")
sus("task_scam", "job_scam", "overt", "simplified", "job_scam off_platform unusual_payment",
    "【居家兼职】给航天文创店铺点赞关注，一单佣金30元，日结。新手前三单返佣，第四单起需先垫付再返还。"
    "感兴趣加QQ 000012377，备注“兼职”。")
sus("job_scam", "job_scam", "overt", "traditional", "job_scam unusual_payment",
    "您好，您已錄取為遠端行政助理。請先購買 3 張 Apple 禮品卡（每張 NT$3,000）作為設備押金，拍下卡號傳給我，到職後退還。")
sus("job_scam", "job_scam", "subtle", "simplified", "job_scam",
    "[09:12] 人事-李姐：面试通过了哈\n"
    "[09:13] 人事-李姐：明天带身份证原件、银行卡和U盾来办入职\n"
    "[09:13] 人事-李姐：银行卡由我们财务统一保管，每天的流水你不用管")
sus("job_scam", "job_scam", "overt", "traditional", "job_scam unusual_payment",
    "職位幫你保留了，先交 2000 押金，今天沒交名額就給別人。")

# ----------------------------------------------------------------------------------------------------
# Benign (label 0)
# ----------------------------------------------------------------------------------------------------

ben("genuine_headhunter", True, "simplified",
    "您好，我是锐衡人才（Ruiheng Search）的顾问孙晴。受星澜半导体委托，在找一位良率提升总监，base上海临港，"
    "年薪区间80–110万，公司官网招聘页也能看到这个岗位。JD我发您邮箱？如果方便，明天下午给您打个电话，"
    "我手机 +86 138 0000 0125。")
ben("genuine_headhunter", True, "traditional",
    "Hi Kelvin，我係 Meridian Talent 嘅 Joyce。而家幫恒訊網絡請 Head of Network Security，要有政府項目同 "
    "security vetting 經驗。有興趣可以 send CV 去 joyce.lam@meridian-talent.example.com，或者我哋約個 call，"
    "或者 WhatsApp 我 +852 5000 0188。公司名同 JD 我會 email 畀你先。")
ben("genuine_headhunter", True, "simplified",
    "王工，JD发你邮箱了，周四下午电话聊？")
ben("genuine_headhunter", True, "simplified",
    "我是智猎科技的刘敏，职位是北辰航电的适航工程师，北辰官网“加入我们”里能查到。微信上发JD方便些，"
    "后面面试都是北辰HR直接跟你约，全程不收任何费用，有任何人让你交钱都是骗子。")
ben("genuine_recruiter", True, "traditional",
    "主旨：鼎曜科技 面試邀約（製程整合工程師）\n\n"
    "林先生您好：\n\n"
    "感謝您應徵本公司職缺。誠摯邀請您於 12/3（三）上午 10:00 至新竹科學園區總部面試，全程約兩小時。"
    "本職缺涉及國防相關專案，錄取後需配合安全查核。外縣市應徵者交通費實報實銷，請保留票根。\n\n"
    "如需改期請回覆此信或來電 03-000-0123 分機 215。\n\n"
    "鼎曜科技 人力資源處 黃怡君")
ben("genuine_recruiter", True, "simplified",
    "您好，我是东衡电力设计研究院人力资源部的周璐。您投递的继电保护工程师岗位已通过简历筛选，"
    "想跟您约个电话初面，20分钟左右，您看明天或后天哪个时间方便？我们的座机是 028-0000-0135，"
    "来电显示是这个号码的才是我们。")
ben("genuine_recruiter", True, "simplified",
    "HR这边：二面改到周五上午10点，腾讯会议号稍后发你。")
ben("expert_network", True, "simplified",
    "您好，我是知行专家网络（Zhixing Expert Network）的项目经理陈婧。我们的客户是一家欧洲资产管理公司，"
    "想就国内储能行业的公开政策趋势做一小时电话访谈，报酬1500元/小时，由我司对公账户支付。\n"
    "访谈前需要您签一份合规声明：不得透露现任或前任雇主的任何保密信息、非公开信息；如您目前在国企或事业单位"
    "任职，请提前告知，我们可能无法安排。")
ben("expert_network", True, "traditional",
    "Hi 陳生，我係 GLX Insights 嘅 Amy。有個美國基金客戶想了解香港數據中心電力供應嘅公開市場情況，"
    "一個鐘電話，酬金 HKD 2,000，由公司轉帳。提提你：凡係涉及你公司未公開嘅資料，請直接拒答，"
    "我哋會全程錄音作合規用途。")
ben("expert_network", True, "simplified",
    "专家访谈那边合规问我现在是不是在国企，我说是，他们就说这个项目不能约我了，哈哈，比我想的严格。")
ben("university_talk", True, "simplified",
    "主题：邀请您为我院“能源转型”系列讲座主讲\n\n"
    "尊敬的郑老师：\n\n"
    "您好！我院研究生会拟于12月中旬举办“能源转型”系列讲座，久仰您在新型电力系统方面的研究，诚邀您作一场公开报告，"
    "时长约90分钟，面向全院师生。讲课费按学校标准2000元（税前），差旅按实报销，学院派车接送。\n\n"
    "讲座内容请以已公开发表的成果为主。如蒙应允，请回复可行日期。\n\n"
    "华滨大学电气工程学院 学术办 宋佳")
ben("university_talk", True, "traditional",
    "主旨：演講邀請——國立北濱大學資訊工程學系專題演講\n\n"
    "吳博士您好：\n本系擬邀請您於 3 月 14 日下午分享「生成式 AI 在晶片設計的應用」，演講費依本校規定"
    "每小時新台幣 2,000 元，另支付交通費。演講內容將錄影並公開於系網，敬請留意勿涉及貴公司未公開資訊。\n\n"
    "系辦 陳小姐 敬上")
ben("university_talk", True, "simplified",
    "李老师，下周讲座的报告费我们财务要您的身份证号和银行卡号，麻烦发我一下哈，走学校正规流程，发票我们来开。")
ben("think_tank_commission", True, "simplified",
    "主题：约稿｜《城市治理评论》2026年第2期\n\n"
    "何老师好，编辑部拟约您撰写一篇关于“超大城市应急管理体制”的评论文章，6000字左右，署名发表，稿酬每千字300元，"
    "发表后由杂志社对公支付。文章基于公开资料和您的研究即可，刊发前会送您审校。\n\n"
    "编辑 林雯")
ben("think_tank_commission", True, "traditional",
    "您好，我是海峽政策論壇的研究助理。本會規劃出版一系列公開政策簡報，想邀請您撰寫一篇關於離島能源韌性的文章，"
    "約 4000 字，具名刊登於本會網站，稿費新台幣 15,000 元，會簽正式委託書。")
ben("cleared_job_ad", True, "simplified",
    "【社会招聘】某研究所2026年社会招聘公告\n"
    "岗位：结构设计工程师（3人）、软件测评工程师（2人）\n"
    "要求：中共党员优先；岗位涉密，需通过政审，入职后签订保密协议，因私出国（境）需审批，证件统一保管。\n"
    "报名方式：登录研究所官网招聘栏目在线投递，不收取任何报名费用。")
ben("cleared_job_ad", True, "traditional",
    "【徵才】國防科技研究單位招募系統工程師\n需具大學以上學歷，錄取後需通過安全查核，任職期間出境須事先申請。"
    "報名請至本單位官網徵才專區，本單位不會以 LINE 或私人信箱聯繫應徵者，亦不收取任何費用。")
ben("clearance_chat", True, "simplified",
    "你们单位那个涉密岗政审要多久啊？我下周交材料了")
ben("cleared_job_ad", True, "simplified",
    "【内推】航天某院下属公司招嵌入式软件工程师，需三级保密资格，内推邮箱 hr-tuijian@example.com。"
    "全程不收任何费用，谨防冒充内推收钱的。")
ben("security_awareness", True, "simplified",
    "【4·15全民国家安全教育日】警惕“高薪兼职”背后的陷阱\n"
    "近年来，境外间谍情报机关常以咨询公司、猎头、智库名义，通过求职网站和社交软件接触涉密人员及学生，"
    "典型套路包括：先加微信、再约写“行业报告”、报酬逐步提高、要求提供内部资料、邀请出境见面、叮嘱“别告诉单位”。"
    "发现可疑情况请拨打12339或登录举报网站。")
ben("security_awareness", True, "traditional",
    "【資安宣導】近期有不明人士以獵頭、顧問名義透過 LinkedIn 接觸本院同仁，要求改用 LINE 或 Telegram 聯繫，"
    "並以高額酬勞請同仁撰寫「產業報告」、邀請出國與「客戶」見面。請勿回應，並將截圖提供資安處。")
ben("security_awareness", True, "simplified",
    "@所有人 保密办提醒：自称猎头加微信让写报告的，一律别理。")
ben("security_awareness", True, "simplified",
    "各位老师：寒假出国（境）学术交流前后请注意，如在境外遇到有人主动邀请单独会面、提供机票住宿、"
    "打听课题进展或以“顾问费”名义给钱，请婉拒并在回国后一周内向外事处报告。——外事处")
ben("security_awareness", True, "traditional",
    "【香港人協會提醒】如有人自稱「家鄉公安」或「國安」致電，以家人安危要求你回國、刪帖或提供同鄉會成員名單，"
    "請唔好回應，保留通話紀錄，並向本地警方報案。有需要可以搵協會義工陪同。")
ben("family_chat", True, "simplified",
    "妈：儿子，过年回家不？你爸给你转了两千，别乱花，机票早点买，别跟你姐说哈，她又要念叨偏心。")
ben("family_chat", True, "simplified",
    "红包收到没？你二姨给的，记得回个谢谢")
ben("family_chat", True, "traditional",
    "阿仔，你老豆話唔好同阿嫲講佢入院，費事佢擔心。")
ben("family_chat", True, "simplified",
    "[20:11] 大舅：小敏在美国读博，搞人工智能的，厉害啊\n"
    "[20:12] 小敏：舅舅别到处说哈😂 我就是个打工的\n"
    "[20:13] 大舅：好好好，保密保密\n"
    "[20:15] 小敏妈：过年回来吗？你奶奶天天问")
ben("family_chat", True, "traditional",
    "媽：你在上海那邊工作還好嗎？錢不夠跟我說，我從郵局匯給你。過年一定要回來喔，你爸說機票他出。")
ben("coworker_channel", True, "simplified",
    "这个群人太多了，技术方案的事转到企业微信里聊吧，我拉个小群。")
ben("coworker_channel", True, "simplified",
    "钉钉上发你了，报价单别外传哈")
ben("coworker_channel", True, "traditional",
    "規格書別用 LINE 傳，我放 SharePoint 給你。")
ben("coworker_channel", True, "simplified",
    "[13:05] 小陈：王姐，下午的会改线上了\n"
    "[13:05] 小陈：飞书链接在日程里，客户那边也会进来\n"
    "[13:06] 王姐：好，材料别发我个人微信，放群文件\n"
    "[13:06] 小陈：收到👌")
ben("reimbursement", True, "simplified",
    "主题：新加坡会议出差报销——请补材料\n\n"
    "李工：\n您11月的新加坡出差报销单已收到。机票行程单和酒店水单齐全，但外币发票需附当日汇率截图，"
    "会议注册费请补充付款凭证。补齐后财务会在下个报销周期打到您的工资卡。\n\n"
    "财务部 费用组 张敏\n\n"
    "> 张老师好，附件是我11月新加坡会议的报销单，会议注册费是用个人信用卡付的，麻烦看下。李工")
ben("reimbursement", True, "traditional",
    "差旅費請款單退件：日本展會的計程車收據缺統一編號，請重新上傳。核准後款項會匯入你的薪轉帳戶。")
ben("reimbursement", True, "simplified",
    "上次去西安的报销到帐了吗？我的还没")
ben("alumni_group", True, "simplified",
    "【华滨大学电子系08级】@全体成员 下周六晚深圳聚会，AA，每人300，微信转班长。"
    "在所里工作的同学如果不方便拍合照发朋友圈，提前说一声，我们拍的时候注意下。")
ben("alumni_group", True, "traditional",
    "北濱高工校友會通知：年會訂於 1/18 晚上在台中舉行，當天有學弟妹的獎學金頒發，"
    "歡迎校友贊助，款項請匯入校友會帳戶並開立收據，請勿轉給任何個人。")
ben("parents_group", True, "simplified",
    "[19:30] 班主任-陈老师：各位家长：本周五前请把研学旅行费用1280元通过班级收款码缴纳\n"
    "[19:31] 班主任-陈老师：学校不会让任何老师私下收钱，有陌生人加你微信说是老师的，请先在群里核实\n"
    "[19:35] 朵朵妈妈：收到，谢谢陈老师\n"
    "[19:36] 浩浩爸爸：收到。我下周去北京出差，回来补交可以吗？")
ben("journalist", True, "simplified",
    "您好，我是《南岸财经》记者许言，正在写一篇关于国产光刻胶的报道，想请您以实名方式谈谈行业的公开情况。"
    "采访可以电话进行，也可以先发问题提纲；稿件发表前会把引语发给您核对。如需经过贵公司宣传部门，我也可以联系他们。")
ben("journalist", True, "traditional",
    "議員辦公室您好，我是《北海日報》記者。想就明年度預算案訪問議員，會具名引述，"
    "時間約 20 分鐘，可以電話或到辦公室，請問助理方便安排嗎？")
ben("conference_invite", True, "simplified",
    "主题：第九届全国电网仿真学术会议（成都）特邀报告邀请\n\n"
    "尊敬的韩教授：\n大会程序委员会诚邀您作特邀报告（30分钟）。会务组承担会议期间住宿，差旅费用请按贵单位规定报销。"
    "报告PPT将在会后公开于会议网站，请勿包含未公开的工程数据。\n\n会务组 联系人：冯老师")
ben("conference_invite", True, "traditional",
    "主旨：Invitation — International Workshop on Advanced Packaging, Kyoto\n\n"
    "黃教授您好，主辦單位誠摯邀請您擔任 session chair，大會提供來回機票及三晚住宿。"
    "請依貴單位規定辦理出國申請，如需正式邀請函請告知。Looking forward to seeing you in Kyoto!")
ben("visiting_scholar", True, "simplified",
    "Prof. Müller 下个月来我们组访问三个月，住宿学校出，机票他们学校报。进实验室之前要签访客承诺书，"
    "B区那几间不能带他进去，大家注意一下。")
ben("hr_onboarding", True, "simplified",
    "入职须知：1. 报到当天签署劳动合同、保密协议和竞业限制协议；2. 工资卡统一办理，由人事带大家去银行；"
    "3. 公司项目资料只能在企业微信和内网传，禁止发个人微信。欢迎加入！")
ben("hr_onboarding", True, "traditional",
    "新人報到提醒：本公司禁止使用私人通訊軟體討論客戶資料，所有對外合作請走法務審核。"
    "您的薪資單及薪資內容屬個人資料，請勿與同事比較或外流。")
ben("bank_notice", True, "simplified",
    "【滨海银行】您尾号0123的账户于11月20日收到境外汇款USD 800.00，附言：SPEAKER FEE。"
    "如需结汇请通过手机银行办理；如非本人业务请致电客服。")
ben("payroll", True, "traditional",
    "【薪資通知】11 月薪資及出差補助已於今日入帳，明細請至公司 HR 系統查詢。本公司不會以簡訊或 LINE 索取帳號密碼。")
ben("genuine_investor", True, "simplified",
    "周总好，我是远澜资本的投资经理。上次路演后我们内部讨论了，想推进尽调。清单附后，都是财务和股权这些常规材料，"
    "技术部分只需要公开专利和脱敏的测试报告，涉及军品的一律不用提供。我们先签NDA再收材料。")
ben("trade_fair", True, "traditional",
    "【台北電子展 參展商通知】攤位費請於 12/10 前匯入主辦單位帳戶。近期有人冒用主辦單位名義以私人帳戶收款，"
    "請務必核對帳號，主辦單位不會要求您加私人 LINE 付款。")
ben("ngo_research", True, "simplified",
    "您好，我们是一个研究海外华人遭受跨境骚扰的NGO。访谈完全匿名，可以用Signal，您随时可以停止。"
    "我们不会问您任何其他人的身份信息，报告发表前会给您看引用的内容。")
ben("surprise_party", True, "simplified",
    "下周五给老刘办退休欢送会，先别告诉他哈，每人凑200转我微信")
ben("ordinary_chat", False, "simplified", "晚上吃火锅不？")
ben("ordinary_chat", False, "traditional", "明天颱風假，記得把陽台的盆栽收進來。")
ben("notification", False, "simplified", "【驿站】您的包裹已到，取件码 3-2-1045，请于19:00前取件。")
ben("work_email", False, "simplified",
    "主题：第47周周报\n\n"
    "本周完成：\n1. 变电站巡检机器人路径规划模块联调；\n2. 修复夜间图像识别误报问题。\n"
    "下周计划：配合运维组做现场测试。\n\n谢谢！\n小吴")
ben("ordinary_chat", False, "traditional", "今晚加班，晚餐幫我訂個便當，謝啦～")
ben("work_email", False, "simplified", "会议室订好了，3楼301，两点半。")
ben("ordinary_chat", False, "simplified", "孩子发烧了，我下午请半天假，有事电话。")
ben("notification", False, "traditional", "【北海電信】您本月帳單金額為 NT$599，已設定自動扣繳。")


def main() -> None:
    texts = [r["text"] for r in RECORDS]
    assert len(texts) == len(set(texts)), "duplicate text"
    assert len(RECORDS) == 120, len(RECORDS)
    assert sum(r["label"] == 1 for r in RECORDS) == 60
    assert sum(bool(r["lookalike"]) for r in RECORDS) >= 48
    for r in RECORDS:
        assert r["script"] in {"simplified", "traditional"}
        if r["label"] == 1:
            assert r["stage"] in STAGES and r["categories"], r
            assert set(r["categories"]) <= CATEGORIES, r  # type: ignore[arg-type]
            low = str(r["text"]).casefold()
            hits = [w for w in TELLTALE if w in low]
            if r["subtlety"] == "subtle":
                assert not hits, (hits, r["text"])
            else:
                assert r["subtlety"] == "overt" and hits, r["text"]
    rows = list(RECORDS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"zhb6-{i:03d}", "text": r["text"], "label": r["label"], "kind": r["kind"],
                   "lookalike": r["lookalike"], "categories": r["categories"], "stage": r["stage"],
                   "subtlety": r["subtlety"], "script": r["script"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
