"""Build ``zh_blind5.jsonl``: the fifth blind Chinese evaluation set (120 hand-written messages).

Every text below was written out by hand, one message at a time, by a writer who never opened the rule
packs, the training corpus, ``data/dev/`` or any other evaluation set. All people, firms, institutes,
handles, e-mail addresses and numbers are invented (``example.com/.net/.org``, ``+86 138 0000 01xx``,
``+852 5000 01xx``, ``0900-000-1xx``). The script checks the counts and the "subtle" convention, shuffles
with a fixed seed and writes the file next to itself. Rebuild::

    .venv/bin/python data/eval/build_zh_blind5.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from recruitscreen.types import CATEGORIES

OUT = Path(__file__).with_name("zh_blind5.jsonl")
SEED = 20261122

STAGES = set(
    "contact pivot paid_task elicitation meeting secrecy payment coercion job_scam".split()
)

# A "subtle" suspicious message contains none of these: no app name or handle, no client, no fee word,
# no secrecy word, no boss, no cash or crypto. Its intent shows only in what it asks for.
TELLTALE = tuple(
    """
    微信 vx wx v信 薇信 wechat whatsapp telegram 电报 電報 纸飞机 飞机 飛機 signal line qq @ 邮箱 郵箱 email
    客户 客戶 client 费 費 酬 辛苦 保密 机密 機密 内部 內部 涉密 老板 老闆 现金 現金 usdt 比特币 加密货币
    加密貨幣 crypto 红包 紅包
    """.split()
)

ROWS: list[dict[str, object]] = []


def sus(meta: str, text: str) -> None:
    """Record one suspicious message (label 1); ``meta`` is "kind/stage/subtlety/script: categories"."""
    head, categories = meta.split(":")
    kind, stage, subtlety, script = head.split("/")
    ROWS.append(
        {
            "text": text,
            "label": 1,
            "kind": kind,
            "lookalike": False,
            "categories": categories.split(),
            "stage": stage,
            "subtlety": subtlety,
            "script": script,
        }
    )


def ben(meta: str, text: str) -> None:
    """Record one benign message (label 0); ``meta`` is "kind/lookalike-or-plain/script"."""
    kind, look, script = meta.split("/")
    assert look in ("lookalike", "plain"), meta
    ROWS.append(
        {
            "text": text,
            "label": 0,
            "kind": kind,
            "lookalike": look == "lookalike",
            "categories": [],
            "stage": "none",
            "subtlety": "none",
            "script": script,
        }
    )


# ---------------------------------------------------------------- suspicious: contact

sus(
    "fake_headhunter/contact/overt/simplified: credential_targeting vague_client off_platform",
    "王工您好，我是一家亚太猎头公司的顾问Kevin。看到您在研究所做相控阵雷达T/R组件这块，"
    "目前有个海外客户在找类似背景的专家，薪资大概是您现在的两到三倍。"
    "这边不太方便细说，您方便加个vx吗？kevin_hr_example",
)
sus(
    "fake_academic/contact/subtle/traditional: credential_targeting sensitive_info client_meeting",
    "李博士您好，我是新加坡一所大學訪問學者計畫的協調人。拜讀過您幾篇關於無人機導引的論文，非常佩服。\n"
    "我們想邀請您明年春天來做三個月的訪問學者，題目您自己訂。唯一的希望是，您能跟我們的研究團隊分享"
    "貴院這兩年在實際測試上遇到的瓶頸，還有目前做到哪一步了——論文裡看不到的那些。\n"
    "住宿和機票全部由我們安排，您只要人過來就好。",
)
sus(
    "fake_recruiter/contact/overt/traditional: credential_targeting vague_client off_platform secrecy",
    "張先生您好，我們是一家香港人力資源公司的顧問。我們的客戶是一家國際半導體公司，正在物色熟悉"
    "先進封裝（CoWoS）製程的資深工程師，年薪可達新台幣800萬。因客戶身份保密，詳情不便在此透露，"
    "能否加LINE或微信詳談？LINE ID：hr_asia_example",
)
sus(
    "fake_alumni/contact/subtle/simplified: credential_targeting sensitive_info",
    "师兄好！我是电子系12级的小蔡，现在在一家做产业研究的公司。听说师兄去了那边做预警机相关的，太厉害了！"
    "周末有空一起吃个饭吗？想跟师兄请教下你们那边现在具体在做哪几个型号、进度到哪了，"
    "我们这边有些项目说不定能合作。我请客哈",
)
sus(
    "fake_headhunter/contact/overt/simplified: credential_targeting vague_client off_platform sensitive_info",
    "Hi Dr. Chen, I'm a senior headhunter from a Hong Kong based firm. 我们手上有个 confidential search，"
    "client 是欧洲一家 AI chip startup，想找熟悉国内大模型训练集群部署的人——特别是你们现在内部实际用的卡的型号和规模。"
    "Package very attractive. 方便加个 WeChat 吗？ID: amy_hh_example",
)
sus(
    "fake_recruiter/contact/overt/traditional: credential_targeting off_platform secrecy",
    "您好，我們是大陸一家航空科技公司的人資部，看到您曾在台中的飛機廠服務多年，現有高階顧問職缺，"
    "年薪人民幣150萬起，可遠端兼職，不影響您現在的工作。請加微信 aero_hr_example，保證隱私，不會讓您公司知道。",
)
sus(
    "fake_journalist/contact/subtle/simplified: credential_targeting sensitive_info",
    "您好，我是一家海外中文媒体的特约撰稿人，在做一篇关于芯片出口管制下国内企业如何应对的深度报道。\n"
    "想匿名采访您，主要想了解贵公司被列入实体清单以后，实际是通过哪些渠道、哪些中间商继续拿到设备和零部件的。"
    "您的名字和公司都不会出现在稿子里。",
)
sus(
    "fake_think_tank/contact/overt/simplified: credential_targeting paid_task unusual_payment off_platform sensitive_info",
    "杨女士您好，我是北京一家智库的研究员，注意到您在渥太华一位国会议员的办公室做政策助理。"
    "我们正在做一个中加关系的长期项目，想邀请您定期提供一些'观察笔记'，主要是议员办公室里对华政策怎么讨论的，"
    "每篇都有稿费，可以打到您国内父母的账户上，省得您那边报税麻烦。方便的话加微信聊：thinktank_bj_example",
)
sus(
    "fake_investor/contact/overt/simplified: credential_targeting sensitive_info off_platform vague_client",
    "崔总您好，我是一家海外家族办公室的投资经理。我们的LP对贵司的卫星载荷业务非常有兴趣，估值可以给到远高于市场的水平。\n"
    "不过投之前，LP希望先了解一下贵司给军方客户交付的具体型号、数量和交付节点。这些东西邮件里不好写，"
    "方便的话加个私人微信，我把问题清单发您。",
)
sus(
    "ex_colleague_approach/contact/subtle/simplified: credential_targeting",
    "老领导好！我是以前在办公厅跟您一起出过差的小蒋，不知道您还记不记得我。听说您今年退下来了，"
    "正好有家研究机构想请您做高级顾问，不用坐班，主要就是聊聊您过去工作里的经验，还有那些年打过交道的人。"
    "待遇肯定让您满意。您看哪天方便，我登门拜访。",
)
sus(
    "fake_headhunter/contact/overt/simplified: credential_targeting vague_client off_platform secrecy",
    "主题：高端岗位推荐（保密）\n\n"
    "您好，\n\n我是XX猎头的Grace。我们受一家不便透露名称的境外企业委托，寻找具有涉密资质背景、熟悉卫星导航系统"
    "研发的专家，待遇面议，远高于国内水平。\n\n由于项目特殊，具体信息只能通过私人邮箱或微信提供：\n"
    "grace.hunter@example.org / vx: grace_hh_example\n\n请勿通过单位邮箱回复。\n\n"
    "Grace Liu\nSenior Consultant\nTalent Bridge Asia",
)

# ---------------------------------------------------------------- suspicious: pivot

sus(
    "obfuscated_pivot/pivot/overt/simplified: off_platform",
    "领英这边我平时不太上，消息经常漏看😅 您加下我 V 信：z h a n g _ consult ，或者 纸飞机 @zc_example 也行，"
    "项目资料我那边发给您更方便。",
)
sus(
    "fake_investor/pivot/overt/simplified: off_platform secrecy",
    "我们基金这边对贵司的激光雷达方案很感兴趣。有些尽调问题比较敏感，邮件里不方便谈，"
    "您加我私人微信 +86 138 0000 0167，或者用Signal更稳妥一些。",
)
sus(
    "handler_followup/pivot/overt/traditional: off_platform secrecy",
    "唔好喺公司email覆我啦，用Signal搵我：+852 5000 0134，WhatsApp都得。啲文件我會用加密連結傳俾你，"
    "睇完自己刪咗佢。呢單嘢唔使話俾你老細知。",
)
sus(
    "fake_consultant/pivot/overt/simplified: off_platform",
    "单位邮箱我这边老是被退信，您看以后就发我私人邮箱吧：lily.w1988@example.com。"
    "您那边也别用单位的了，用个自己的163或者qq邮箱，回复快一点。",
)
sus(
    "handler_followup/pivot/subtle/simplified: off_platform secrecy",
    "这里说话不方便。你换个号码打给我，就用你家里那个，别用办公室座机，也别用单位发的手机。",
)
sus(
    "obfuscated_pivot/pivot/overt/simplified: off_platform paid_task",
    "你好~ 关于兼职研究那个事，这边平台会屏蔽，不好说。加我 薇 信：r-e-s-e-a-r-c-h_2023 "
    "或者 🛩 @res_example（就是飞机），我把要求和报酬标准发你。",
)

# ---------------------------------------------------------------- suspicious: paid task

sus(
    "fake_consultant/paid_task/overt/simplified: paid_task vague_client sensitive_info unusual_payment",
    "刘老师，上次聊得很愉快。我们客户想请您写一份关于国内28nm以下产线设备国产化替代进度的报告，五千字左右，"
    "报酬8000美元，可以用USDT支付。材料里最好有各家厂的实际良率数字，公开报道里那些就不需要了。",
)
sus(
    "fake_think_tank/paid_task/overt/simplified: paid_task credential_targeting unusual_payment",
    "我们是一家在新加坡注册的政策研究机构，长期招募兼职研究员，撰写中国军工采购、航天体制方面的分析报告。"
    "每篇2000-3000字，稿酬300-800美元，支付宝或PayPal结算，不要求署名，也不会公开发表。"
    "有相关单位工作经历者优先。",
)
sus(
    "fake_consultant/paid_task/subtle/simplified: paid_task sensitive_info",
    "刘总，想请您帮个忙：就贵公司这几年给电网做的那几个换流站项目，写一页纸说明一下每个站用的主设备型号、"
    "供货商和备品情况，周五前给我就行。这边会按行业标准给您表示一下，不会让您白忙。",
)
sus(
    "fake_consultant/paid_task/overt/traditional: paid_task vague_client unusual_payment off_platform",
    "主旨：研究合作邀請\n\n"
    "李先生：\n\n您好。本公司為一家位於澳門的顧問公司，代表一位不願公開身份的客戶，誠邀您就香港電訊基建"
    "（海底電纜登陸站、5G核心網設備供應商及維護安排）撰寫專題報告。\n\n"
    "每份報告酬金港幣15,000元，現金或加密貨幣支付均可。如有興趣，請以私人電郵回覆 consult.mo@example.com，"
    "毋須經貴公司。\n\n順祝 商祺\n澳門德衡顧問有限公司 研究部",
)
sus(
    "fake_academic/paid_task/subtle/simplified: paid_task sensitive_info credential_targeting",
    "主题：课题合作\n\n许博士：\n\n您好！我们课题组在做一个关于军民融合企业的比较研究，想请您帮忙整理一下贵所近三年"
    "承担过的项目清单，包括合作单位、合同金额和验收时间，表格形式就行，不用写分析。\n\n"
    "完成后按劳务标准结算，也可以挂在您名下做个合作成果。\n\n顺祝研安\n韩立 敬上",
)
sus(
    "fake_consultant/paid_task/overt/simplified: paid_task vague_client unusual_payment sensitive_info",
    "Hi，之前 LinkedIn 上联系过的 Jenny。我们 client 想要一份 PPT，讲你们电网调度系统的网络架构和用的几家安全厂商，"
    "10页左右就够。Fee 2000 USD，可以 crypto 或者 Wise 打到你指定的任何账户。公开资料就不用放了哈。",
)
sus(
    "fake_academic/paid_task/subtle/traditional: paid_task sensitive_info",
    "陳教授您好，我們在整理一份關於兩岸半導體人才流動的研究，想請您協助把貴系畢業、目前在晶圓廠研發部門工作的"
    "學生名單整理給我們，包含部門、職級和聯絡方式。會依照您付出的時間給予適當回饋，也歡迎您的研究生一起參與。",
)

# ---------------------------------------------------------------- suspicious: elicitation

sus(
    "handler_followup/elicitation/subtle/simplified: sensitive_info secrecy",
    "[21:14] 周姐：小吴，你们局里明年那个规划初稿出来没？\n"
    "[21:15] 周姐：出来了拍几页给我看看呗，我就自己学习学习，不往外传\n"
    "[21:15] 周姐：上回你说的那个人事调整，定了没",
)
sus(
    "fake_conference/elicitation/subtle/simplified: sensitive_info",
    "主题：关于您在年会上的报告\n\n孙研究员：\n\n您好！感谢您在上周年会上的精彩报告。会后有几位听众托我问一下："
    "贵所那条中试线目前实际能做到多少层、良率大致多少，和对外公布的数字差多少。\n\n"
    "您方便的时候简单回几句就行，我们整理进会议纪要，不会注明出处。\n\n会务组 钱晨",
)
sus(
    "handler_followup/elicitation/overt/traditional: sensitive_info vague_client paid_task",
    "王組長，上次那份國防預算的分析客戶很滿意。這次想請你提供下一年度的內部編列草案，尤其是採購那一塊，"
    "有哪幾項是新增的。報酬可以加倍，老方式給你。",
)
sus(
    "fake_journalist/elicitation/subtle/traditional: sensitive_info secrecy",
    "學長，想問一下你們所最近那個標案，標案裡寫的規格跟實際要交的版本有沒有差？我在寫一篇產業觀察，"
    "如果方便的話，你們開會那份簡報拍幾頁給我參考就好，不會寫出你的名字，也不會說是從哪來的。",
)
sus(
    "handler_followup/elicitation/overt/simplified: sensitive_info secrecy unusual_payment",
    "[22:41] 阿杰：上次你说那个审批，部里讨论到哪一步了？\n"
    "[22:41] 阿杰：会议纪要要是能拍给我最好，内部那版\n"
    "[22:43] 阿杰：老规矩，看完就删，钱明天到",
)
sus(
    "handler_followup/elicitation/subtle/traditional: sensitive_info",
    "阿文，之前你講過你哋署入面有個新系統測緊，大概係邊間公司做？用緊咩加密？"
    "我有個朋友好想了解下，唔急嘅，你得閒講兩句就得，下次飲茶我請。",
)
sus(
    "fake_procurement_contact/elicitation/subtle/simplified: sensitive_info",
    "王经理，咱们打交道也这么多年了，问您个小事：你们给所里供的那批FPGA，最后装到哪个型号上了？"
    "交付数量和批次方便说一下吗？我这边有人在统计，您口头说个大概就行，不用发文件。",
)
sus(
    "fake_visiting_student/elicitation/subtle/simplified: sensitive_info credential_targeting",
    "学姐你好！我是下学期要来你们组交流的访问生，现在在国外读博。想提前了解一下组里跟二院那个合作项目的"
    "具体指标和进度，还有测试数据一般存在哪台电脑上、怎么登录，这样我来了能快点上手～先谢谢学姐啦",
)

# ---------------------------------------------------------------- suspicious: meeting

sus(
    "fake_think_tank/meeting/overt/simplified: client_meeting vague_client sensitive_info secrecy credential_targeting",
    "主题：闭门研讨邀请\n\n尊敬的赵处长：\n\n您好！我所受一位海外客户委托，诚邀您于11月中旬赴曼谷参加一场小范围闭门交流，"
    "参会者不超过六人。往返商务舱及五星级酒店由我方全额承担，另有讲课酬金3000美元。\n\n"
    "客户希望当面听取您对我国能源安全政策下一步调整的内部考虑，因此本次交流不对外公开，也无需走单位的外事审批。\n\n"
    "此致\n敬礼\n亚洲前瞻研究所 项目部",
)
sus(
    "fake_ngo/meeting/subtle/traditional: client_meeting credential_targeting",
    "Ms Ho，多謝你上次嘅分享，我哋都覺得好有啟發。我哋研究中心有位資深顧問下個月喺吉隆坡，佢好想同你單獨食餐飯，"
    "傾下你喺立法會秘書處嗰邊見到嘅情況。機票酒店我哋搞掂，你唔使擔心，人嚟就得。",
)
sus(
    "handler_followup/meeting/overt/simplified: client_meeting vague_client secrecy credential_targeting",
    "[09:02] Leo: 张工，客户那边很认可你的材料，想请你国庆来一趟香港当面聊聊，机票酒店都我们出，顺便带你转两天。\n"
    "[09:03] Leo: 记得用私人护照，别用因公的，免得单位问。\n"
    "[09:03] Leo: 手机也别带那个工作的",
)
sus(
    "fake_conference/meeting/subtle/simplified: client_meeting credential_targeting",
    "郭老师，下个月我们在伊斯坦布尔有个小型交流，来的都是关心半导体产业的朋友，人不多，气氛很轻松。"
    "您要是能来，行程住宿我们统一安排。到时候有位前辈特别想跟您单独聊聊您们所那条线的事，他对这块很有兴趣。",
)
sus(
    "fake_conference/meeting/overt/simplified: client_meeting vague_client secrecy sensitive_info",
    "尊敬的马教授：我们诚邀您出席在迪拜举办的'未来能源安全国际论坛'，主办方承担往返头等舱、七晚酒店及5000美元演讲费。"
    "会后主办方的一位重要客户希望与您单独见面，就贵单位参与的核电项目做深入交流。"
    "为简化流程，请不必向单位外事部门报备，以私人名义出行即可。",
)
sus(
    "fake_think_tank/meeting/subtle/traditional: client_meeting credential_targeting secrecy",
    "黃委員辦公室主任您好，上次在立法院座談之後，我們有位前輩一直想再跟您請教。他下個月在澳門，"
    "如果您能抽兩天過來，機票和住宿我們處理，行程也很彈性，不用走正式的公務程序，當成私人旅遊就好。",
)

# ---------------------------------------------------------------- suspicious: secrecy

sus(
    "handler_followup/secrecy/overt/traditional: secrecy sensitive_info vague_client",
    "陳生，份報告客戶好滿意🙏 下次可唔可以再詳細啲，特別係你哋部門開會講過但未公布嗰部分。"
    "呢啲嘢唔使同公司講，我哋之間知就得。",
)
sus(
    "handler_followup/secrecy/overt/simplified: secrecy client_meeting",
    "这件事千万别跟单位说，也别跟你们保密办报备。出境就说是去旅游，手机到时候换个新的带过来，旧的放家里。",
)
sus(
    "handler_followup/secrecy/subtle/simplified: secrecy client_meeting",
    "这次出去的事，你就说是陪孩子参加夏令营，别的不用多讲。回来以后也别在单位群里发照片，朋友圈设成仅自己可见。",
)
sus(
    "handler_followup/secrecy/overt/traditional: secrecy client_meeting credential_targeting",
    "陳處長，下週的事都安排好了。出境請用私人行程申報，不要提到跟我們見面。手機請留在台灣，"
    "我們這邊會給您準備一支新的，回去前再還我們。這件事請務必保密。",
)
sus(
    "handler_followup/secrecy/overt/simplified: secrecy off_platform",
    "以后咱们联系都用这个号，之前的聊天记录你清一下。单位保密审查要是问起来，就说不认识我。",
)
sus(
    "handler_followup/secrecy/subtle/traditional: secrecy",
    "這次的事情回去以後就當沒發生過，你太太那邊也不用講。下個月同一時間，我再聯絡你。",
)

# ---------------------------------------------------------------- suspicious: payment

sus(
    "handler_followup/payment/overt/simplified: unusual_payment secrecy",
    "钱已经安排好了，这次不走银行。给你转USDT，或者直接打到你爱人卡上，你挑一个。发票就不用开了。",
)
sus(
    "handler_followup/payment/subtle/simplified: unusual_payment secrecy",
    "上次的心意我让我表妹转给你妈了，走她的卡，你自己那边就不用留什么记录。阿姨收到了吧？",
)
sus(
    "handler_followup/payment/overt/simplified: unusual_payment secrecy",
    "报酬这次分三笔给你：一笔走你表哥的支付宝，一笔现金放老地方，剩下的给你换成购物卡。这样你们单位查流水也查不到。",
)
sus(
    "fake_consultant/payment/overt/simplified: unusual_payment vague_client secrecy",
    "主题：Re: 顾问费支付方式确认\n\n周先生：\n\n感谢您上月提供的材料。根据我方客户要求，顾问费3万元将以比特币支付，"
    "或由我方在香港的合作方以现金当面交付，二选一。请勿通过贵单位财务开具发票，也无需申报。\n\n"
    "Daniel Lam\n顾问部 | 瀚岳咨询\n\n> 在 11月3日，周 写道：\n> 材料已发，请查收。钱怎么给？",
)

# ---------------------------------------------------------------- suspicious: coercion

sus(
    "coercion/coercion/overt/traditional: coercion sensitive_info",
    "黃先生，你喺英國參加嗰啲集會，我哋都有記錄。你阿媽仲住喺觀塘，佢年紀大喇，唔想佢有麻煩嘅話，"
    "就返嚟飲杯茶傾下。順便將你哋嗰個WhatsApp群組入面啲人嘅名同電話整理好帶埋嚟。",
)
sus(
    "coercion/coercion/subtle/simplified: coercion",
    "小郑，我是你们镇上的老周，你爸让我给你带个话。你在多伦多那边认识的人多，你们那个读书会都有谁、平时聊些什么，"
    "你写下来发给我。你弟弟今年考公，政审就要做了，你是明白人。",
)
sus(
    "coercion/coercion/overt/simplified: coercion off_platform",
    "郑女士：你好。我们是XX市公安局的工作人员。你长期在荷兰参与所谓的'人权'活动，已经对你国内家人造成影响。"
    "现通知你于本月底前回国说明情况。如拒不配合，你哥哥在国企的工作、你父母的养老待遇都可能受到影响。"
    "请主动添加我们的微信：gongan_example 联系。",
)
sus(
    "coercion/coercion/subtle/simplified: coercion",
    "你妈最近老念叨你。你在外面那些事，家里人都听说了。派出所的同志来家里坐过两回，说你回来当面讲清楚就没事了，"
    "不回来的话，往后家里办什么事都难。你自己掂量着办吧。",
)
sus(
    "coercion/coercion/overt/traditional: coercion off_platform",
    "李先生，我係溫哥華一個華人服務中心嘅義工，受國內公安委託聯繫你。你之前喺網上發嘅言論已經被記錄在案，"
    "如果你肯返國配合調查，你屋企人就唔會受影響。請WhatsApp我 +1 604 555 0142 約時間。",
)

# ---------------------------------------------------------------- suspicious: job scams

sus(
    "job_scam/job_scam/overt/simplified: job_scam off_platform unusual_payment",
    "【急招】居家兼职数据标注员，日结200-500，无需经验，宝妈学生均可！入职前需缴纳198元培训资料费及账号押金，"
    "三个工作日内退还。有意者加QQ 000012345 或 vx：biaozhu_example",
)
sus(
    "task_scam/job_scam/overt/traditional: job_scam off_platform unusual_payment",
    "你好！我哋係網店推廣平台，幫商家做好評，每單佣金5-30蚊，第一單做完即刻有錢落袋。"
    "之後嘅進階任務要先墊付貨款，系統會連本帶利退返俾你。加 Telegram @hk_task_example 聯絡導師開始。",
)
sus(
    "job_scam/job_scam/overt/simplified: job_scam unusual_payment",
    "主题：录用通知\n\n您好：\n\n恭喜您通过卓远科技（深圳）有限公司的线上面试，岗位：海外采购专员，月薪18000元。\n"
    "请于48小时内将入职体检费、工牌制作费共计680元转账至财务人员个人账户（户名：吴某某，卡号 6222 0000 0000 0188），"
    "并将身份证正反面照片发至 hr_dept@example.net 办理入职。逾期视为放弃。\n\n卓远科技 人力资源部",
)
sus(
    "job_scam/job_scam/subtle/simplified: job_scam",
    "您好，您的简历已通过初筛。面试安排在线上进行，请先下载我们发给您的会议软件，"
    "按提示绑定本人银行卡并输入验证码，用于发放面试补贴。今天之内完成，名额有限。",
)
sus(
    "task_scam/job_scam/overt/simplified: job_scam off_platform unusual_payment",
    "亲，恭喜您被选为短视频平台点赞员！每天点赞关注就能赚钱，做满3单返佣金～先进QQ群 0000123456 找接待员领任务，"
    "后面充值任务收益更高哦",
)
sus(
    "job_scam/job_scam/overt/traditional: job_scam unusual_payment off_platform",
    "【高薪急聘】物流公司招聘文職，月薪$28,000，免經驗。請先繳交$1,500保證金及培訓費，轉數快至 FPS 0000188，"
    "成功入職後全數退還。有意請 WhatsApp 5000 0177。",
)
sus(
    "job_scam/job_scam/overt/traditional: job_scam off_platform unusual_payment",
    "【徵才】在家打字員，時薪500元，需先購買公司指定軟體 NT$3,000，完成第一批工作即退款。請加 LINE ID: typing_example",
)

# ---------------------------------------------------------------- benign look-alikes: recruiters and headhunters

ben(
    "genuine_headhunter/lookalike/simplified",
    "主题：数字验证经理岗位机会（上海张江）\n\n韩先生您好，\n\n我是睿拓人才的顾问许婷。我们正在为上海芯澜微电子招聘一名数字验证经理，"
    "base张江，年薪60-80万，JD附在邮件后面。\n\n如果您有兴趣，可以直接回复这封邮件，或者打我电话 +86 138 0000 0121，"
    "我们约个15分钟的电话简单聊聊。要是暂时不考虑也完全没关系，谢谢您抽时间看完。\n\n"
    "许婷 | 高级顾问 | 睿拓人才\nxu.ting@example.com",
)
ben(
    "genuine_headhunter/lookalike/traditional",
    "嗨 Jason，我是之前在 LinkedIn 跟你聯絡的 Amanda（恆策人才）。客戶是新竹的IC設計公司「昕芯科技」，"
    "職缺是資深類比IC工程師。你方便的話我們約週四晚上通個電話？我的手機 0900-000-123。"
    "有些細節要先簽NDA，等你同意後我再寄到你的email。",
)
ben(
    "genuine_headhunter/lookalike/simplified",
    "刘工你好，我是招聘App上联系你的Vicky，做新能源方向的猎头。这边有个储能BMS算法负责人的岗位，"
    "公司是苏州的宁拓能源，B轮，薪资可以谈。方便的话加个微信吧，JD和公司介绍我发你，你看完觉得合适我们再约电话。"
    "我的微信就是这个手机号 138 0000 0135。",
)
ben(
    "genuine_recruiter/lookalike/simplified",
    "吴同学你好，我是鸿卓半导体校园招聘的HR林然。你投递的工艺整合工程师岗位已通过简历筛选，"
    "二面安排在12月3日下午，线下在我们无锡厂区，往返交通凭票报销。\n面试前后都不会收取任何费用。"
    "有问题可以直接回复邮件，或者打招聘热线 0510-0000-0123。祝顺利！",
)
ben(
    "genuine_recruiter/lookalike/traditional",
    "您好，我是宏崧電子人資 Vivian～你在人力銀行上投的韌體工程師職缺，主管想約你下週二面試，可以線上也可以來竹北。"
    "方便的話留個手機，我打給你確認時間！",
)
ben(
    "genuine_recruiter/lookalike/simplified",
    "张先生您好，我是星衡导航的招聘专员小杜。您在招聘网站上投的组合导航算法岗，我们部门负责人看了挺感兴趣的。"
    "方便加个微信或者留个电话吗？我把岗位说明和公司介绍发您。我们是国企下属单位，面试不收任何费用，"
    "入职要做背景调查，这个提前跟您说一下。",
)

# ---------------------------------------------------------------- benign look-alikes: expert networks

ben(
    "expert_network/lookalike/simplified",
    "主题：行业访谈邀请（工业机器人减速器）\n\n刘先生您好，\n\n我是格睿专家网络的项目经理陈璐。我们的客户是一家美国投资基金，"
    "想就工业机器人减速器的市场格局做一次60分钟电话访谈，报酬为每小时1500元人民币。\n\n需要特别说明：我们不需要、也不接受"
    "贵司的任何非公开信息或保密信息。访谈前您需要在线完成一份合规确认；如果您目前任职的公司本身就是研究对象，我们会另外安排专家。\n\n"
    "方便的话请回复本邮件。\n\n陈璐\n格睿专家网络（GLR Insight）",
)
ben(
    "expert_network/lookalike/traditional",
    "Hi Ms Chan，我係 Kestrel Expert Network 嘅 Joey。有間基金客戶想了解香港冷鏈物流嘅行業趨勢，45分鐘電話訪談，酬金 HK$3,000。"
    "提提你：訪談只會傾公開資訊同你嘅個人見解，任何公司機密或者內部數字都唔好講，我哋合規同事會全程旁聽。"
    "有興趣嘅話直接覆呢個email就得。",
)
ben(
    "expert_network/lookalike/simplified",
    "【专家访谈确认】王工您好，您与益思专家网络客户（某券商研究所）的访谈已确认：11月28日 14:00-15:00，电话会议。"
    "报酬1200元将在访谈后10个工作日内打到您登记的银行卡，需代扣个税。\n温馨提示：请勿透露您所在单位的任何未公开信息、"
    "客户名单或涉密内容；如客户问题涉及以上内容，您可以直接拒绝回答，我们的合规人员也会当场打断。",
)
ben(
    "expert_network/lookalike/traditional",
    "您好，我是 Alpha Bridge 專家網路的 Eric。客戶是一家日本券商，想就車用功率半導體的公開市場趨勢請教您一小時，報酬美金300元。"
    "由於您目前任職於該產業的公司，依我們的合規政策，您不得提及任何公司內部或未公開資訊；如不確定是否合適，"
    "請先與貴公司法務確認後再接受邀請。",
)
ben(
    "expert_network/lookalike/simplified",
    "李老师好，上周的专家访谈客户反馈很好，谢谢您！访谈费2000元已经发起支付，走的是我们公司对公账户，"
    "3个工作日左右到您尾号0177的卡上，完税证明月底邮件给您。下次如果有储能方向的项目再邀请您～",
)

# ---------------------------------------------------------------- benign look-alikes: talks, papers, conferences

ben(
    "university_talk/lookalike/simplified",
    "赵老师好！我是东临大学电子工程学院办公室的小林。学院下个月想请您给研究生做一次射频前端设计方面的讲座，大概两小时，"
    "学院按规定支付讲课费税前3000元，往返高铁票可以报销。讲座以公开的技术进展为主，也欢迎聊聊职业发展。"
    "您看12月哪天比较方便？",
)
ben(
    "university_talk/lookalike/traditional",
    "吳經理您好，本系「產業講座」課程誠摯邀請您於12月10日（三）下午蒞校分享半導體供應鏈的職涯經驗。"
    "演講費依規定每小時新台幣2,000元，交通費實報實銷。講座全程公開，並會錄影放在課程網站上。\n敬請撥冗回覆，謝謝！\n\n"
    "國立東嶼大學 電機系 助教 林怡君",
)
ben(
    "university_talk/lookalike/simplified",
    "刘老：您好！学校'治理大讲堂'想请您来讲一次地方财政改革这二十年，时间您定。讲稿我们会提前送您审定，"
    "讲座对全校师生公开，讲课费按学校标准发放，当天派车去您家接您。您要是身体方便，我们就报学校审批了。",
)
ben(
    "think_tank_commission/lookalike/simplified",
    "周博士：您好！我院《能源转型观察》拟在明年第一期刊发一组储能政策的署名文章，特邀您撰写一篇6000字左右的评论，"
    "稿酬按每千字500元计。文章以您的真实姓名公开发表，内容请基于公开资料和您本人的学术观点。截稿日期1月15日。\n\n"
    "清源政策研究院 编辑部 沈倩",
)
ben(
    "think_tank_commission/lookalike/traditional",
    "梁博士，我哋研究所想委託你寫一份關於大灣區數據跨境流動嘅政策簡報，大約8,000字，報酬HK$20,000，"
    "會用你個名公開發表，出街前經過同行評審。合約同發票會經大學研究處處理，唔使你自己搞。",
)
ben(
    "conference_invite/lookalike/simplified",
    "主题：第九届先进封装技术研讨会 特邀报告邀请\n\n尊敬的孙研究员：\n\n诚邀您在2026年4月于苏州举行的研讨会上作30分钟特邀报告。"
    "会议承担您的往返差旅和两晚住宿，另按标准支付报告劳务费。\n\n报告内容将收录在公开出版的论文集中，请确认内容已通过贵单位的"
    "保密审查。回执请发送至 ipc2026@example.org。\n\n会务组 蒋敏\n\n> 孙研究员 写道：\n> 时间可以，需要先走一下所里的审批流程。",
)
ben(
    "conference_invite/lookalike/traditional",
    "王博士您好，本年度國際能源研討會將在新加坡舉行，大會為受邀講者提供經濟艙機票與三晚住宿。"
    "依貴單位規定，出國前請您先完成公務出國申請，大會可以另外開立正式邀請函給您的單位。",
)
ben(
    "trade_fair/lookalike/simplified",
    "王经理您好，我们是明年慕尼黑电子展中国展团的组织方，贵司报名已确认。展位费请于12月15日前汇入组委会对公账户（账号见附件），"
    "不接受任何个人账户转账。需要签证邀请函的话，请把参展人员护照首页发给展团邮箱 expo_cn@example.net。",
)
ben(
    "ngo_interview/lookalike/traditional",
    "您好，我是綠潮觀察（環境NGO）的研究員，正在做地方政府能源轉型的公開資料盤點。想請教您市府已經公開的再生能源計畫，"
    "訪談具名或匿名由您決定，會提供訪談費新台幣1,500元，紀錄整理後會先給您確認才使用。",
)

# ---------------------------------------------------------------- benign look-alikes: cleared job ads

ben(
    "cleared_job_ad/lookalike/simplified",
    "【招聘】某研究院（北京）招聘嵌入式软件工程师3名。要求：能通过政审，接受涉密岗位管理规定，入职后因私护照由单位统一保管，"
    "出国（境）需提前审批。工作地点：北京海淀。简历请投递至 hr@example.org，邮件标题注明'姓名+岗位'。",
)
ben(
    "cleared_job_ad/lookalike/traditional",
    "【職缺】國防相關研發單位招募系統工程師，須具中華民國國籍且無雙重國籍，錄取後需接受安全查核（約2至3個月），"
    "任職期間出境須事先申請。待遇依規定，面議。請至人力銀行網站投遞，恕不接受私訊。",
)
ben(
    "cleared_job_ad/lookalike/simplified",
    "Hiring！我们公司（弗吉尼亚）在招 Systems Engineer，需要 active Secret clearance，US citizen only。"
    "有兴趣的朋友可以把简历私信发我，我走内部推荐，推荐成功公司给我发奖金😂 不是猎头哈，就是同事内推。",
)
ben(
    "cleared_job_ad/lookalike/simplified",
    "各位，所里今年社招了两个名额，微波组和结构组，岗位要求和政审材料清单在人事处官网上。有合适的朋友可以推荐，"
    "但别在外面群里转具体的项目名称哈，只转招聘公告链接就行。",
)

# ---------------------------------------------------------------- benign look-alikes: awareness notices

ben(
    "security_awareness/lookalike/simplified",
    "【国家安全教育提醒】近期发现境外间谍情报机关以'猎头''咨询公司'名义，通过网络招聘平台联系涉密人员，以高额报酬为诱饵，"
    "要求对方撰写'行业报告'、提供内部资料，并诱导转到微信、Telegram等私人渠道联系，甚至邀请出境'面谈'并承担全部费用。"
    "如遇可疑情况，请拨打国家安全机关举报受理电话12339。",
)
ben(
    "security_awareness/lookalike/traditional",
    "【資安宣導】近日有假冒獵頭透過LinkedIn接觸本公司研發同仁，先稱有海外高薪職缺，接著要求加LINE或微信，"
    "再以「顧問費」為名，請同仁提供製程參數、客戶名單等營業秘密。提醒大家：不要提供任何內部資料，"
    "遇到類似邀約請截圖通報資安室（分機 1234）。",
)
ben(
    "security_awareness/lookalike/simplified",
    "各位家长：近期刷单返利诈骗高发，骗子常以'兼职点赞''日结工资''先垫付后返还''加QQ群领任务'为诱饵。"
    "请提醒家里的大孩子和老人：凡是要先交钱的兼职都是骗局！有疑问可拨打反诈专线96110。——桂园社区居委会",
)
ben(
    "security_awareness/lookalike/traditional",
    "【校友會提提你】有會員收到自稱「內地公安」或者「領事館」嘅電話，話佢屋企人出咗事，要求佢返國協助調查或者過數。"
    "記住：真正嘅執法機構唔會經WhatsApp叫你過數，亦唔會用屋企人嚟威脅你。收到呢類電話請即報警（999），並通知會方。",
)
ben(
    "security_awareness/lookalike/simplified",
    "主题：关于防范境外'猎头'接触的提醒\n\n各部门：\n\n近期多名员工在领英等平台收到自称'海外咨询公司'的联系。对方先以高薪职位接触，"
    "随后要求加微信、有偿撰写'行业分析'，再索要内部资料，并邀请出境与'客户'见面、报销机票酒店，还叮嘱'不要告诉单位'。\n\n"
    "请大家遇到此类情况不要回复，截图发送至保密办邮箱 baomi@example.com。\n\n保密办公室",
)
ben(
    "visiting_scholar_notice/lookalike/simplified",
    "王老师：您好！您申请的公派访问学者项目已获批准。派出前请到学院外事办领取《出国（境）人员保密提醒》并签字。"
    "在外期间，如有境外机构邀请您参加非公开活动、提供资助或询问单位科研情况，请及时向学院报告。祝一切顺利！",
)
ben(
    "bank_notice/lookalike/traditional",
    "【○○銀行】提醒您：本行不會以LINE或電話要求您操作ATM、提供網銀密碼。近期有假冒求職網站要求先付「保證金」"
    "「培訓費」的詐騙案件，請勿匯款，如有疑問請撥165反詐騙專線。",
)
ben(
    "bank_notice/lookalike/simplified",
    "【东岳银行】您尾号0188的账户于11月20日收到境外汇款USD 800.00，汇款人：UNIV OF EXAMPLE，附言：HONORARIUM。"
    "请登录手机银行完成国际收支申报。如非本人业务，请致电客服。",
)

# ---------------------------------------------------------------- benign look-alikes: family, friends, groups

ben(
    "family_chat/lookalike/simplified",
    "妈：儿子，今年过年回家不？你爸给你留了两条腊肉。红包我先给你发了，别跟你姐说我给你发得多😂 [红包]",
)
ben(
    "family_chat/lookalike/simplified",
    "[20:31] 二姨：小琳你在上海那边工作累不累啊\n[20:32] 二姨：你表哥说想让你帮他看看简历，他想去你们单位\n"
    "[20:35] 小琳：二姨我们单位招人要考试的，我把招聘公告链接发给表哥哈\n[20:36] 二姨：好嘞 你加他微信了没",
)
ben(
    "family_chat/lookalike/traditional",
    "阿女，呢個月家用我轉咗落你戶口，唔好同你老豆講我俾多咗😆 你返工咁辛苦，記得食好啲。聖誕返唔返嚟？",
)
ben(
    "family_chat/lookalike/simplified",
    "爸：你妈生日那天你千万别说漏嘴啊，我们几个偷偷订了餐厅。钱我出，你就负责下午把她骗出门。"
    "这事谁都别告诉，尤其你舅，他嘴不严。",
)
ben(
    "family_chat/lookalike/traditional",
    "媽：妹妹，機票我幫你買好了，除夕前一天桃園落地，你哥說要去接你。你在美國那邊工作那麼累，回來好好休息，"
    "什麼都不用帶，人回來就好。",
)
ben(
    "family_chat/lookalike/simplified",
    "儿子，你在墨尔本好好读书，家里一切都好，别担心。你爸单位体检的结果出来了，没事。过年回不回来你自己定，"
    "机票钱妈给你出，别老打工熬夜。",
)
ben(
    "friend_chat/lookalike/simplified",
    "哈哈我跳槽了！新公司做卫星通信的，保密要求挺严，具体干啥我不能跟你说😂 反正比以前忙。周末出来吃饭，我请！",
)
ben(
    "alumni_group/lookalike/simplified",
    "【清溪中学北美校友会】各位校友：今年年会定在12月6日湾区，报名费每人30美元（学生免费），可以Venmo或者到场交现金。"
    "欢迎带家属！在芯片、AI公司工作的校友如果愿意给学弟学妹做职业分享，请私信我报名～",
)
ben(
    "alumni_group/lookalike/traditional",
    "各位師兄師姐：今年工程系舊生聚餐定咗1月18號，每位$450，請FPS俾司庫 Kelvin（5000 0155）。"
    "有冇師兄師姐想分享下喺政府部門做嘢嘅經驗？師弟妹好想聽～",
)
ben(
    "parents_group/lookalike/simplified",
    "各位家长，周六研学活动的费用每人180元，请在群里接龙后统一微信转给家委会财务王妈妈。"
    "另外提醒一下，请不要在群里发孩子的正面照片和学校全称，防止信息泄露。",
)
ben(
    "parents_group/lookalike/traditional",
    "各位家長好，下週五班親會後我們幾位家長想給老師一個小驚喜🎂，請大家先不要在群組裡提，"
    "每家自由樂捐100元，交給班代媽媽就好，謝謝大家配合～",
)

# ---------------------------------------------------------------- benign look-alikes: work channels and money at work

ben(
    "coworker_channel/lookalike/simplified",
    "@所有人 这个项目群下周起转到企业微信，个人微信群周五解散哈。涉及客户资料的文件一律走公司网盘，别在个人微信里传。",
)
ben(
    "coworker_channel/lookalike/simplified",
    "张工，图纸的事钉钉上说吧，我在钉钉拉了个群，把测试那边也拉进来了。个人微信就别发图纸了，信息安全那边最近查得严。",
)
ben(
    "coworker_channel/lookalike/traditional",
    "Hi team，之後啲討論轉去Teams個channel度，WhatsApp group只係用嚟約食飯🙏 客戶啲資料記住唔好放上WhatsApp。",
)
ben(
    "reimbursement/lookalike/simplified",
    "主题：10月差旅报销已到账\n\n各位同事：\n\n10月赴深圳参加高交会的差旅费用（机票、住宿、餐补）已于今日打入工资卡，请注意查收。"
    "如金额不符，请于本周内联系财务部李会计（分机 8021）。\n\n另：下次出差请记得提前在OA提交出差申请，事后补批的不予报销。\n\n财务部",
)
ben(
    "reimbursement/lookalike/traditional",
    "Amy 妳好，妳上次去德國參展的機票跟住宿發票都收到了，不過歐元刷卡那筆要補匯率證明，麻煩本週五前補給我，"
    "下個月薪水會一起撥。\n\n會計部 淑芬",
)
ben(
    "reimbursement/lookalike/simplified",
    "[10:12] 陈姐：小周，下周去成都那个客户现场，机票我给你订了，酒店你先自己垫，回来走报销\n"
    "[10:13] 小周：好的，发票抬头写公司全称对吧\n[10:13] 陈姐：对，税号在企业微信公告里",
)
ben(
    "hr_onboarding/lookalike/simplified",
    "欢迎加入！入职第一天请携带：身份证原件、学历学位证书、离职证明、一寸照片2张、本人名下银行卡一张（用于发工资）。"
    "公司在任何环节都不会收取费用，如有人以HR名义要求转账，请直接联系人事部。入职当天会拉你进企业微信。",
)
ben(
    "hr_onboarding/lookalike/traditional",
    "Hi Karen，歡迎加入！入職前請簽妥保密協議（NDA）同埋填好MPF表格，第一日9:30到前台搵我。"
    "IT會幫你開公司email同Teams帳號，請唔好用私人email傳公司文件。",
)
ben(
    "journalist/lookalike/simplified",
    "您好，我是《南岭经济报》记者吕静，正在写一篇本地储能企业出海的报道，想就贵公司已经公开发布的海外订单情况采访您20分钟，"
    "实名引用，稿件刊发前会把引语发给您核对。如不方便，也可以帮忙介绍贵司品牌部的同事。我的电话 138 0000 0142。",
)
ben(
    "journalist/lookalike/traditional",
    "Hi 陳議員助理，我係《城南週報》記者Ivy，想就區議會海濱長廊嗰個議案做個on-record訪問，問下議員辦事處嘅立場同已經公開嘅文件，"
    "唔涉及任何內部討論。方便嘅話我email份問題清單過嚟先？",
)
ben(
    "genuine_investor/lookalike/simplified",
    "李总好，我是启明远创投的投资经理赵一帆。我们一直关注工业视觉赛道，想约您下周在贵司聊一个小时，先了解公开的产品和商业模式。"
    "如果后面需要看财务数据，我们会先签保密协议，走正式流程。名片附后，谢谢！",
)

# ---------------------------------------------------------------- benign: plain

ben("ordinary_chat/plain/simplified", "晚上吃火锅吗？我订了七点半的位子，你下班直接过来就行。")
ben("ordinary_chat/plain/traditional", "你明天會去瑜珈課嗎？老師說這週改到晚上八點。")
ben("ordinary_chat/plain/traditional", "今日落大雨，你記得帶遮呀☔")
ben(
    "work_email/plain/simplified",
    "主题：周报模板更新\n\n各位，新的周报模板已放在共享盘，请从下周起使用。谢谢。\n\n综合部 小马",
)
ben(
    "notification/plain/simplified",
    "【驿站】您的包裹已到小区驿站，取件码 3-2-1088，请于今日21:00前领取。",
)
ben(
    "notification/plain/traditional",
    "【圖書館】您借閱的《半導體製程概論》將於11/30到期，請記得續借或歸還。",
)


def check(rows: list[dict[str, object]]) -> None:
    """Fail loudly if the set drifts from what the README states."""
    sus_rows = [r for r in rows if r["label"] == 1]
    ben_rows = [r for r in rows if r["label"] == 0]
    assert len(sus_rows) == 60 and len(ben_rows) == 60, (len(sus_rows), len(ben_rows))
    assert sum(bool(r["lookalike"]) for r in ben_rows) >= 48
    texts = [str(r["text"]) for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in sus_rows:
        cats = r["categories"]
        assert isinstance(cats, list) and cats and set(cats) <= set(CATEGORIES), r
        assert r["stage"] in STAGES, r
        assert r["subtlety"] in ("overt", "subtle"), r
        low = str(r["text"]).casefold()
        hits = [w for w in TELLTALE if w in low]
        assert bool(hits) == (r["subtlety"] == "overt"), (hits, r["text"])
    for r in rows:
        assert r["script"] in ("simplified", "traditional"), r


def main() -> None:
    check(ROWS)
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"zhb5-{i:03d}", **row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
