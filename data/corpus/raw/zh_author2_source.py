"""Second source of the CHINESE training corpus (Simplified and Traditional): new families, both classes.

Run: python3 zh_author2_source.py  -> rewrites zh_author2.jsonl next to this file (deterministic).

Written after zh_source.py by an engineer who did not reuse its templates: WeChat register
(加个V, 飞机号, 辛苦费, 老板那边, 内部消息, 机票我们出, 别声张, 回国配合), Traditional-script
families, approaches that carry almost no warning word (marked subtle), and hard look-alikes
(headhunters, expert networks, family and class groups, work trips, clearance job ads, security
notices). Families never share a template; build.py splits them by family. Names, firms, handles
and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

SEED = 8_2026
PER_TEMPLATE = 5
HERE = Path(__file__).resolve().parent

POOLS = {
    "称呼": ["王老师", "李工", "张博士", "陈总", "刘姐", "赵老师", "周工", "吴博士"],
    "城市": ["上海", "北京", "天津", "深圳", "广州", "杭州", "香港", "澳门"],
    "渠道": ["微信", "vx", "飞机", "Telegram", "WhatsApp", "Signal"],
    "钱": ["八千", "五千块", "一万", "两千美金", "三千加币", "1200美元"],
    "单位": ["国防部", "航天所", "雷达研究所", "电网调度中心", "通信研究院", "外交部", "核电集团", "海军装备部门"],
    "话题": ["北极航道", "稀土出口", "芯片管制", "潜艇采购", "5G频谱拍卖", "量子通信", "无人机规划"],
    "号": ["qingshan_88", "lan_yue66", "hx_consult", "bq2024v", "mingyue_adv"],
    "老家": ["福州", "乌鲁木齐", "拉萨", "温州", "哈尔滨"],
    "家人": ["你妈", "你爸", "你弟弟", "你父母", "你外婆"],
    "星期": ["周一", "周二", "周三", "周四", "周五"],
    "公司": ["中信", "联想", "招商局", "比亚迪", "宁德时代"],
}  # fmt: skip
# Shared by both classes (the generator picks them, never the label).
OPENERS = ["", "", "在吗，", "哈喽，", "打扰了，", "嗯嗯，", "对了，", "方便说两句吗？"]
CLOSERS = ["", "", "哈哈", "好嘞", "有空回我", "🙏", "先这样", "晚安"]
SUBTLE = {
    "zh2-s-05-闲聊打听", "zh2-s-06-人情往来", "zh2-s-11-家乡关心", "zh2-s-12-慢慢来", "zh2-s-14-繁体引荐",
}

FAMS = Families()
F = FAMS.add

# ---------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------
F("zh2-s-01-加个V", 1, "转平台", "chat", False, [
    ("pivot", "off_platform", "{称呼}，领英这边消息我很少看，加个V吧：{号}，细节那边聊。"),
    ("pivot", "off_platform", "方便的话留个飞机号，这边说话不太方便。"),
    ("pivot", "off_platform", "我私人手机号码方便联系，微信同号，你直接加就行。"),
    ("pivot", "off_platform", "扫一下我的码加一下，{渠道}上发你资料。"),
])
F("zh2-s-02-写个材料", 1, "有偿报告", "chat", False, [
    ("tasking", "paid_task", "想请你写个材料，讲讲{话题}的情况，辛苦费{钱}。"),
    ("tasking", "paid_task vague_client", "老板那边想要一份{话题}的分析，三五页就够，酬劳好说。"),
    ("tasking", "paid_task", "每月一份简报，{钱}一份，不用署名，按月结。"),
    ("tasking", "paid_task", "简单整理一下你们那边的看法，少不了你的。"),
])
F("zh2-s-03-内部消息", 1, "套取信息", "chat", False, [
    ("elicitation", "sensitive_info", "能不能打听一下{单位}对{话题}的内部动向？"),
    ("elicitation", "sensitive_info paid_task", "还没对外的那些计划最有价值，写进去报酬翻倍。"),
    ("elicitation", "sensitive_info", "有什么消息提前透露一下，我们好早做准备。"),
    ("elicitation", "sensitive_info", "你们领导私下怎么评价{话题}？随便说说就行。"),
])
F("zh2-s-04-来见面", 1, "见面", "chat", False, [
    ("meeting", "client_meeting", "找时间来趟{城市}，大家见见，机票我们出。"),
    ("meeting", "client_meeting vague_client", "下次带你认识一下我们老板，他对你很欣赏，来回机票都包了。"),
    ("meeting", "client_meeting", "{星期}我们在{城市}有个小饭局，客户想跟你当面聊聊，食宿全包。"),
    ("meeting", "client_meeting secrecy", "这次来{城市}就说是旅游，别跟单位说，费用我们负责。"),
])
F("zh2-s-05-闲聊打听", 1, "套取信息", "chat", False, [
    ("elicitation", "sensitive_info", "最近你们所里是不是挺忙的？听说{话题}那块又有新动作了。"),
    ("elicitation", "sensitive_info", "你们部门谁说了算？我就是好奇，随便聊聊。"),
    ("elicitation", "sensitive_info", "上次你说的那个会，后来定下来什么没有？"),
])
F("zh2-s-06-人情往来", 1, "有偿报告", "chat", False, [
    ("tasking", "paid_task unusual_payment", "上次聊得很有收获，给你包了个红包，{钱}，一点心意。"),
    ("tasking", "paid_task", "朋友那边对你的见解评价很高，以后常交流，不会亏待你的。"),
    ("tasking", "unusual_payment", "钱不走银行，见面时给你现金，省得麻烦。"),
])
F("zh2-s-07-保密", 1, "保密", "chat", False, [
    ("tasking", "secrecy", "这事千万别跟单位说，也别跟同事提。"),
    ("tasking", "secrecy", "我们合作的事务必保密，不要声张。"),
    ("tasking", "secrecy", "聊完记得删记录，就你我之间。"),
    ("tasking", "secrecy", "不用跟你们保卫处报备，就是朋友间聊聊。"),
])
F("zh2-s-08-海外胁迫", 1, "胁迫", "chat", False, [
    ("none", "coercion", "{家人}在{老家}挺好的，希望一直这样，你自己掂量。"),
    ("none", "coercion", "派出所的人上周去过你老家了，回国把事情说清楚，对你有好处。"),
    ("none", "coercion", "配合一下，你父母的退休金就不会有问题。"),
    ("none", "coercion", "帮我们留意一下同乡会里都有谁去游行，名单发我。"),
])
F("zh2-s-09-刷单", 1, "诈骗", "chat", False, [
    ("none", "job_scam", "在家动动手指，点赞视频佣金日结，一天三百起。"),
    ("none", "job_scam", "入职前先交培训费680元，三个月后全额退还。"),
    ("none", "job_scam", "任务需要先垫付本金，完成后连本带利返还。"),
])
F("zh2-s-10-涉密背景", 1, "资历", "inmail", False, [
    ("contact", "credential_targeting vague_client", "{称呼}您好，您在{单位}的背景非常难得，我们客户特别需要您这样的专家。"),
    ("contact", "credential_targeting", "听说您有安全许可，像您这样的国防背景，市面上很少见。"),
    ("contact", "credential_targeting paid_task", "体制内出来的专家，兼职做做咨询，报酬丰厚。"),
])
F("zh2-s-11-家乡关心", 1, "胁迫", "chat", False, [
    ("none", "coercion", "老家的人都挺惦记你的，你在外面要懂事，别让你爸妈难做。"),
    ("none", "coercion", "街道的同志去看望了你父母，他们希望你多回来走动。"),
    ("none", "coercion", "你弟弟考公务员的事，就看你这边表现了。"),
])
F("zh2-s-12-慢慢来", 1, "发展关系", "inmail", False, [
    ("contact", "vague_client", "我们是一个小圈子，几位朋友对加拿大的政策很感兴趣，想找懂行的人聊聊。"),
    ("contact", "credential_targeting", "您这些年在{单位}的经历一定很精彩，有机会喝杯咖啡吗？"),
    ("tasking", "paid_task", "几位朋友很认可您的观点，想请您定期分享一下，当然不会让您白忙。"),
])
F("zh2-s-13-繁体转平台", 1, "转平台", "chat", False, [
    ("pivot", "off_platform", "這邊訊息看得少，加我{渠道}：{号}，那邊細談。"),
    ("pivot", "off_platform", "公司的郵件系統會過濾外部來信，麻煩寄到我私人郵箱。"),
    ("tasking", "paid_task secrecy", "辛苦費照舊，這次的材料要長一點，請務必保密。"),
])
F("zh2-s-14-繁体引荐", 1, "见面", "email", False, [
    ("meeting", "client_meeting", "委託方希望在{城市}與您見個面，來回機票我們負責。"),
    ("meeting", "vague_client", "對方身份暫時不便告知，但對您的研究非常欣賞。"),
    ("meeting", "client_meeting", "有機會來{城市}坐坐，介紹您認識幾位朋友。"),
])

# ---------------------------------------------------------------------------------------------
# Benign (label 0): hard look-alikes first
# ---------------------------------------------------------------------------------------------
F("zh2-b-01-猎头", 0, "正规猎头", "inmail", True, [
    ("none", "", "{称呼}您好，我是猎头，客户是{公司}，岗位是研发总监，年薪面议，方便加微信发JD吗？"),
    ("none", "", "客户名称面试前不便透露，岗位职责和任职要求我发您邮箱。"),
    ("none", "", "面试安排在{星期}下午，地点在公司总部，差旅按公司标准报销。"),
])
F("zh2-b-02-专家网络", 0, "专家网络", "email", True, [
    ("none", "", "我们是专家访谈平台，客户是一家公开注册的基金，访谈一小时报酬两千元，不涉及任何保密信息。"),
    ("none", "", "访谈前请确认您的单位允许参加，合规团队会全程旁听。"),
    ("none", "", "报酬将通过银行转账支付到您本人账户，并开具正规发票。"),
])
F("zh2-b-03-家人群", 0, "家人", "chat", True, [
    ("none", "", "{家人}说周末回家吃饭，加个微信群方便通知大家。"),
    ("none", "", "外婆学会用微信视频了，过年大家记得跟她视频拜年。"),
    ("none", "", "这事先别告诉妈，下周她生日，给她个惊喜。"),
    ("none", "", "过年回{城市}吃饭，爸妈都等着呢，机票我帮你订好了。"),
])
F("zh2-b-04-同事", 0, "同事", "chat", True, [
    ("none", "", "客户那边要求{星期}交付，今晚大家辛苦加个班。"),
    ("none", "", "内部培训资料我放共享盘了，同事自取。"),
    ("none", "", "老板那边说周五开会，报告记得提前发群里。"),
    ("none", "", "公司邮箱系统今晚维护，急事打我手机。"),
])
F("zh2-b-05-家长群", 0, "学校群", "chat", True, [
    ("none", "", "各位家长好，班级群里发了春游通知，费用自愿，请在{星期}前交给班主任。"),
    ("none", "", "请家长扫码加入新学期家长群，老师会在群里发作业。"),
    ("none", "", "学生会招募志愿者，有意者加群报名。"),
])
F("zh2-b-06-出差报销", 0, "出差", "email", True, [
    ("none", "", "去{城市}参加学术会议的机票和住宿按学校规定报销，请保留发票。"),
    ("none", "", "出国出差须提前向保密办报备，涉密设备一律不得带出。"),
    ("none", "", "研讨会主办方承担受邀嘉宾的往返机票。"),
])
F("zh2-b-07-招聘涉密", 0, "招聘", "email", True, [
    ("none", "", "招聘：涉密岗位软件工程师，要求持有保密资格，简历请投递官网。"),
    ("none", "", "本岗位需通过政审，具体要求见招聘公告。"),
])
F("zh2-b-08-安全提示", 0, "安全提示", "email", True, [
    ("none", "", "安全提示：有陌生人在领英上要你加微信、写有偿报告、别跟单位说，请立即报告保卫处。"),
    ("none", "", "反诈提醒：刷单点赞、先交押金的兼职都是诈骗。"),
    ("none", "", "保密培训测验：对方提出机票我们出、来{城市}见面，你应该怎么做？"),
])
F("zh2-b-09-日常", 0, "日常", "chat", True, [
    ("none", "", "房租现金给房东就行，她不用支付宝。"),
    ("none", "", "过年奶奶用微信转账给你发了红包，记得谢谢奶奶。"),
    ("none", "", "周末一起去{城市}玩吧，酒店我来订。"),
])
F("zh2-b-10-新闻", 0, "新闻", "email", True, [
    ("none", "", "据报道，一名工程师因向所谓的咨询公司提供内部文件被起诉。"),
    ("none", "", "人权组织报告显示，一些海外留学生的父母被警察约谈。"),
])
F("zh2-b-11-繁体日常", 0, "家人", "chat", True, [
    ("none", "", "媽，我已經用LINE把照片傳給你了，週末再打電話。"),
    ("none", "", "同學會改到{星期}晚上，餐廳訂好了，大家記得來。"),
    ("none", "", "公司年會的抽獎結果先保密，明天公布。"),
])

if __name__ == "__main__":
    rows = build(FAMS, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE)
    for row in rows:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    write(rows, HERE / "zh_author2.jsonl")
