"""Hand-written source of the CHINESE training corpus (Simplified and Traditional), both classes.

Run: python3 zh_source.py  -> rewrites zh_messages.jsonl next to this file (deterministic).

Same scheme as fr_source.py: one persona or situation per family, its own templates, slots
filled from small pools with a seeded generator, and openers/closers shared by both classes.
Some families are written in Traditional characters (Hong Kong and Taiwan usage).
Names, firms, handles and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

from template_families import Family, Template, build, write

SEED = 6_2026
PER_TEMPLATE = 5
HERE = Path(__file__).resolve().parent

POOLS = {
    "姓": ["王", "李", "张", "陈", "刘", "赵", "周", "吴"],
    "城市": ["上海", "北京", "香港", "澳门", "深圳", "曼谷", "迪拜", "新加坡"],
    "app": ["微信", "WhatsApp", "Telegram", "Signal"],
    "钱": ["两千美金", "三千美元", "1500美元", "五千元", "一万块", "2000美金"],
    "行业": ["国防科研院所", "航天研究院", "半导体研究所", "通信设备公司", "电网公司", "外交部", "核电研究院", "雷达研究所"],
    "题目": ["加拿大国防采购", "北极政策", "5G网络建设", "电池供应链", "关键矿产出口", "芯片出口管制", "海军造船计划"],
    "handle": ["hk_zx2023", "lily_consult8", "east_adv_01", "dragon88_wx", "zhi_ku_7", "north_wind_22"],
    "电话": ["+86 139 0000 1234", "+852 9123 4567", "0086-138-0013-8000", "+86 186 0000 1111", "+853 6612 3456"],
    "邮箱": ["zhang.consult@163.com", "research_hz@qq.com", "lw.advisory@126.com", "east.think@gmail.com"],
    "机构": ["远东战略咨询", "太平洋智库", "华岳顾问", "东方研究院", "海峡发展基金会"],
    "公司": ["华为加拿大", "腾讯", "阿里云", "北方电网", "京东", "中兴"],
    "亲人": ["你妈妈", "你爸爸", "你哥哥", "你父母", "你家里人"],
    "星期": ["周一", "周二", "周三", "周四", "周五"],
}  # fmt: skip
# Openers and closers shared by BOTH classes (chosen by the seeded generator, never by label).
OPENERS = ["", "", "你好，", "您好！", "在吗？", "打扰一下，", "跟你说个事，", "嗯，"]
CLOSERS = ["", "", "谢谢！", "回头聊。", "你看怎么样？", "等你消息。", "😊", "辛苦了。"]

FAMS: list[Family] = []


def F(family: str, label: int, kind: str, register: str, lookalike: bool, templates: list[Template]) -> None:
    """A family: (stage, categories separated by spaces, template) for each message template."""
    FAMS.append((family, label, kind, register, lookalike, templates))


# ---------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------
F("zh-s-01-headhunter_hk", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client", "{姓}先生您好，我是{机构}的顾问。看到您在{行业}工作多年，我们的客户对您非常感兴趣，想请您做兼职咨询，报酬从优。"),
    ("pivot", "off_platform", "领英上说话不太方便，加我微信吧：{handle}，细节微信上聊。"),
    ("tasking", "paid_task vague_client", "客户想请您写一份关于{题目}的分析报告，大概五千字，稿酬{钱}，写完就付。"),
    ("tasking", "secrecy", "这件事别跟单位说，客户很注重隐私，就我们两个知道。"),
])
F("zh-s-02-think_tank", 1, "think_tank_tasking", "email", False, [
    ("contact", "credential_targeting paid_task", "我们{机构}在找有政府工作背景的专家写内部参考，每篇{钱}，不用署名。"),
    ("tasking", "paid_task sensitive_info", "上一篇客户很满意。这次希望多写一些你们部门内部讨论的情况，还没公开的那些，报酬翻倍。"),
    ("elicitation", "sensitive_info", "不需要涉密的东西，就是你们内部开会时大家对{题目}的看法，你自己的判断就行。"),
    ("tasking", "paid_task", "每份材料{钱}，按月结算，匿名提供即可。"),
])
F("zh-s-03-elicitation", 1, "elicitation", "chat", False, [
    ("elicitation", "sensitive_info", "能不能把部里准备的内部简报发我一份？拍照也可以。"),
    ("elicitation", "sensitive_info", "你们所里{题目}相关的试验数据，还没发表的部分，客户愿意出高价。"),
    ("elicitation", "sensitive_info", "把那份图纸拍下来传给我，别人不会知道的。"),
    ("elicitation", "sensitive_info", "未公开的数据最值钱，口头说说就行。"),
])
F("zh-s-04-meeting", 1, "client_meeting", "chat", False, [
    ("meeting", "client_meeting", "我们老板下个月来{城市}，想请您见个面，机票酒店我们全包。"),
    ("meeting", "client_meeting", "合作方希望和您在{城市}当面谈长期合作，来回路费我们报销。"),
    ("meeting", "client_meeting vague_client", "{星期}晚上能不能和我们客户视频一下？他暂时不方便透露身份。"),
    ("meeting", "client_meeting", "来{城市}见一面吧，吃住全包，顺便认识一下我们领导。"),
])
F("zh-s-05-payment", 1, "payment", "chat", False, [
    ("tasking", "unusual_payment", "报酬可以用USDT支付，这样银行不会查。"),
    ("tasking", "unusual_payment", "钱打到你爸妈的支付宝，不走银行，省得麻烦。"),
    ("tasking", "unusual_payment", "见面时给你现金，{钱}一分不少。"),
    ("tasking", "unusual_payment secrecy", "用境外账户收款更安全，聊完记得把记录删掉。"),
])
F("zh-s-06-secrecy", 1, "secrecy", "chat", False, [
    ("tasking", "secrecy", "聊完记得把聊天记录删掉，不要用公司电脑联系我。"),
    ("tasking", "secrecy", "千万别跟领导提，也不用向单位报备。"),
    ("tasking", "secrecy", "公司邮箱会被查，以后别用。你知我知就好。"),
    ("tasking", "secrecy", "不要让你们单位知道，保密对大家都好。"),
])
F("zh-s-07-family_threat", 1, "coercion", "chat", False, [
    ("none", "coercion", "{亲人}在老家挺好的，我们也不希望出什么事。你自己掂量一下。"),
    ("none", "coercion", "你也不想家里人受影响吧？配合一下，大家都好。"),
    ("none", "coercion", "{亲人}的退休金最近有点问题，只要你配合我们，回来一趟，什么都好说。"),
    ("none", "coercion", "你不回消息的话，{亲人}那边可能会有麻烦。"),
])
F("zh-s-08-return_home", 1, "persuade_return", "chat", False, [
    ("none", "coercion", "公安已经找过你父母了，让你尽快回国把问题说清楚。"),
    ("none", "coercion", "派出所约谈了你的亲戚，你最好马上回国。"),
    ("none", "coercion", "组织上希望你早点回国，把问题说清楚，对{亲人}也好。"),
])
F("zh-s-09-inform", 1, "inform_on_community", "chat", False, [
    ("none", "coercion", "你在多伦多参加的那些活动我们都知道。把组织者的名单发过来。"),
    ("none", "coercion", "把同乡会积极分子的名字报给我们，对你家里有好处。"),
    ("none", "coercion", "你上个月去的那些集会我们都知道，{亲人}也知道了。"),
])
F("zh-s-10-fee_scam", 1, "job_scam", "chat", False, [
    ("none", "job_scam", "恭喜您通过面试！入职前需要先交800元培训费，交完马上安排工作。"),
    ("none", "job_scam", "上岗前需要先交500元押金，离职退还。"),
    ("none", "job_scam", "充值200元就可以解锁高佣金任务，日结。"),
])
F("zh-s-11-task_scam", 1, "task_scam", "chat", False, [
    ("none", "job_scam", "在家兼职，每天点赞视频就能赚300元，先充值100元激活账户。"),
    ("none", "job_scam", "刷单兼职，一天轻松200元，动动手指就行。"),
    ("none", "job_scam", "支票兑现后，请把多出来的钱转给采购员。"),
])
F("zh-s-12-evasive_pivot", 1, "evasive_pivot", "chat", False, [
    ("pivot", "off_platform", "这里不方便，加我薇信详聊，搜 {handle} 就行。"),
    ("pivot", "off_platform", "加个vx吧，{handle}，项目材料发你。"),
    ("pivot", "off_platform", "我们换到纸飞机上聊吧，用户名 @{handle}。"),
    ("pivot", "off_platform", "V信：{handle}，备注“报告”，我马上通过。"),
    ("pivot", "off_platform", "电报号 @{handle}，有事找我。"),
])
F("zh-s-13-personal_email", 1, "pivot_email", "inmail", False, [
    ("pivot", "off_platform", "有事发我的私人邮箱 {邮箱}，公司邮箱经常收不到。"),
    ("pivot", "off_platform", "材料发到 {邮箱} 就行，这边消息我很少看。"),
    ("pivot", "off_platform", "我的手机 {电话}，微信同号。"),
])
F("zh-s-14-traditional_hk", 1, "fake_consultant_hk", "inmail", False, [
    ("contact", "credential_targeting vague_client", "您好，我們是香港一家顧問公司。您在{行业}的經驗非常難得，我們的委託方對您很感興趣。"),
    ("pivot", "off_platform", "這邊訊息看得少，麻煩加我 WhatsApp：{电话}，我們在那邊細談。"),
    ("tasking", "secrecy", "這件事請不要讓你們公司知道，只有我們兩個知道。"),
    ("meeting", "client_meeting", "總經理想跟你在{城市}見一面，機票酒店我們負責。"),
])

# ---------------------------------------------------------------------------------------------
# Benign (label 0): look-alikes first
# ---------------------------------------------------------------------------------------------
F("zh-b-01-family_wechat", 0, "family", "chat", True, [
    ("none", "", "妈，我在微信上给你发了孩子的照片，晚上视频一下。"),
    ("none", "", "我用支付宝给你转了500块，给外婆买点水果。"),
    ("none", "", "大家加一下家里的微信群，{星期}聚餐在哪里订位置商量一下。"),
    ("none", "", "爷爷生日那天大家视频，用微信还是WhatsApp都行。"),
])
F("zh-b-02-family_home", 0, "family", "chat", True, [
    ("none", "", "家里人都挺好的，你爸身体也不错，过年回国的机票买了吗？"),
    ("none", "", "你哥哥春节回国，妈妈特别高兴，你今年能回来吗？"),
    ("none", "", "春节回{城市}跟爸妈见面，记得带点加拿大的特产。"),
])
F("zh-b-03-recruiter_legit", 0, "recruiter_legit", "inmail", True, [
    ("none", "", "您好，我是{公司}的HR，面试安排在{星期}，正式邀请会发到您的邮箱，有问题可以打公司电话。"),
    ("none", "", "感谢投递简历。这个职位需要加拿大公民身份和安全许可，请通过公司官网申请。"),
    ("none", "", "您好，我是猎头，帮{公司}招聘机器学习工程师，年薪面议。方便的话电话聊一下？"),
    ("none", "", "如果感兴趣，请把简历发到公司招聘邮箱，我们会尽快安排视频面试。"),
])
F("zh-b-04-job_ad", 0, "job_ad", "email", True, [
    ("none", "", "招聘：网络安全工程师（渥太华），要求持有政府安全许可，五年以上经验。"),
    ("none", "", "招聘芯片工程师，地点深圳，请通过官网投递简历。"),
    ("none", "", "香港的咨询公司正在招聘分析师，请通过官网申请。"),
])
F("zh-b-05-expert_network", 0, "expert_network", "email", True, [
    ("none", "", "我们是专家咨询平台，邀请您参加一小时电话访谈，话题是{题目}，报酬两百美元。本次访谈不涉及任何保密信息。"),
    ("none", "", "访谈前我们的合规团队会先做利益冲突审查，请勿透露任何机密信息。"),
])
F("zh-b-06-think_tank_signed", 0, "signed_publication", "email", True, [
    ("none", "", "我们研究院邀请您撰写一篇署名文章，谈{题目}，稿费八百元，文章将在官网公开发表。"),
    ("none", "", "期刊邀请您撰写一篇署名综述，稿费五百元。"),
    ("none", "", "《{公司}观察》想就{题目}采访您，采访内容会署名发表。"),
])
F("zh-b-07-awareness", 0, "awareness", "email", True, [
    ("none", "", "安全提示：如果有陌生人要你加微信、写有偿报告、或者让你别跟单位说，请立即向安全部门报告。"),
    ("none", "", "反诈提醒：凡是要求先交培训费、押金的工作都是诈骗，请提高警惕。"),
    ("none", "", "培训测验：有人出高价请你写报告，还让你删除聊天记录，你应该怎么做？"),
])
F("zh-b-08-news", 0, "news", "email", True, [
    ("none", "", "据报道，一名前雇员被指控向所谓的咨询公司提供内部报告，并在{城市}收取现金。"),
    ("none", "", "一名工程师被指控向外国人提供试验数据，法院判处有期徒刑五年。"),
])
F("zh-b-09-colleague", 0, "colleague", "chat", True, [
    ("none", "", "下午三点的会改到Teams上开，链接发你邮箱了。"),
    ("none", "", "我工作手机没电了，先用微信联系吧，明天办公室见。"),
    ("none", "", "周末去爬山吗？有事WhatsApp找我。"),
])
F("zh-b-10-hr_policy", 0, "hr", "email", True, [
    ("none", "", "人力资源部提醒：公司内部资料不得对外分享，请在周五前签署保密协议。"),
    ("none", "", "通知：员工出国须提前向单位报备，涉密文件一律不得带出办公楼。"),
    ("none", "", "本月工资将于15号打到您的银行账户。"),
])
F("zh-b-11-conference", 0, "conference", "email", True, [
    ("none", "", "诚邀您出席在{城市}举办的国际研讨会并作报告，差旅费用按学校规定报销。"),
    ("none", "", "我們誠摯邀請您參加台北的學術研討會，講者機票由主辦單位負擔。"),
    ("none", "", "研讨会主办方报销差旅费，论文集将公开出版。"),
])
F("zh-b-12-community", 0, "community", "email", True, [
    ("none", "", "华人协会中秋晚会举行，欢迎报名当志愿者，详情看微信群公告。"),
    ("none", "", "领事馆通知：护照延期请在网上预约，领事馆不会通过电话要求付款。"),
    ("none", "", "请把志愿者名单发给协会秘书。"),
])
F("zh-b-13-everyday", 0, "everyday", "chat", False, [
    ("none", "", "今天晚上吃火锅吗？我六点下班。"),
    ("none", "", "家长们好，下周三春游，每人交20元现金给班主任。"),
    ("none", "", "银行提醒：我们不会通过短信索取您的验证码。"),
    ("none", "", "快递员电话是多少？包裹放门口就行。"),
])
F("zh-b-14-traditional_family", 0, "family_tw", "chat", True, [
    ("none", "", "媽，我已經用LINE把照片傳給你了，週末再打電話給你。"),
    ("none", "", "阿嬤生日那天大家一起視訊，記得準時。"),
    ("none", "", "生日紅包打到你的微信了，收一下。"),
])


if __name__ == "__main__":
    write(build(FAMS, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE), HERE / "zh_messages.jsonl")
