"""Hand-written source of the CHINESE training corpus (Simplified and Traditional), both classes.

Run: python3 zh_source.py  -> rewrites zh_messages.jsonl next to this file (deterministic).

Same scheme as fr_source.py: one persona or situation per family, its own templates, slots
filled from small pools with a seeded generator, and openers/closers shared by both classes.
Some families are written in Traditional characters (Hong Kong and Taiwan usage).
Names, firms, handles and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

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
    "handle": ["mk_adv2021", "qing_ce_9", "jade_partner5", "dragon88_wx", "zhi_ku_7", "blue_sea_31"],
    "电话": ["+86 139 0000 1234", "+852 9123 4567", "0086-138-0013-8000", "+86 186 0000 1111", "+853 6612 3456"],
    "邮箱": ["chen.yanjiu@163.com", "research_hz@qq.com", "lw.advisory@126.com", "pine.think@gmail.com"],
    "机构": ["远东战略咨询", "太平洋智库", "华岳顾问", "东方研究院", "海峡发展基金会"],
    "公司": ["华为加拿大", "腾讯", "阿里云", "北方电网", "京东", "中兴"],
    "亲人": ["你妈妈", "你爸爸", "你哥哥", "你父母", "你家里人"],
    "星期": ["周一", "周二", "周三", "周四", "周五"],
}  # fmt: skip
# Openers and closers shared by BOTH classes (chosen by the seeded generator, never by label).
OPENERS = ["", "", "你好，", "您好！", "在吗？", "打扰一下，", "跟你说个事，", "嗯，"]
CLOSERS = ["", "", "谢谢！", "回头聊。", "你看怎么样？", "等你消息。", "😊", "辛苦了。"]

FAMS = Families()
F = FAMS.add


# ---------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------
F("zh-s-01-headhunter_hk", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client", "{姓}工，冒昧打扰。{机构}这边有个长期项目，对有{行业}经历的专家非常看重，时间灵活，兼职顾问报酬丰厚。"),
    ("pivot", "off_platform", "这边发文件有限制，麻烦加个微信 {handle}，资料那边给你。"),
    ("tasking", "paid_task vague_client", "委托方需要一篇{题目}方面的研判材料，三四千字即可，交稿后结算{钱}。"),
    ("tasking", "secrecy", "合作的事千万别跟领导提，委托方要求低调，你知我知。"),
])
F("zh-s-02-think_tank", 1, "think_tank_tasking", "email", False, [
    ("contact", "credential_targeting paid_task", "我们{机构}在找有政府工作背景的专家写内部参考，每篇{钱}，不用署名。"),
    ("tasking", "paid_task sensitive_info", "第一份稿子反响不错。下一篇请侧重你们处里内部的看法，尤其是未公布的部分，稿费加倍。"),
    ("elicitation", "sensitive_info", "不要机密文件，只要你们在{题目}上私下怎么议论的，口头讲讲也可以。"),
    ("tasking", "paid_task", "每份材料{钱}，按月结算，匿名提供即可。"),
])
F("zh-s-03-elicitation", 1, "elicitation", "chat", False, [
    ("elicitation", "sensitive_info", "司里给领导准备的那份内部材料，方便的话拍个照传过来？"),
    ("elicitation", "sensitive_info", "你们实验室{题目}的测试数据，未发表的那部分，对方愿意出高价。"),
    ("elicitation", "sensitive_info", "把那份图纸拍下来传给我，别人不会知道的。"),
    ("elicitation", "sensitive_info", "未公开的数据最值钱，口头说说就行。"),
])
F("zh-s-04-meeting", 1, "client_meeting", "chat", False, [
    ("meeting", "client_meeting", "董事长月底到{城市}出差，很想跟您见一面，往返机票和住宿由我们负责。"),
    ("meeting", "client_meeting", "委托方打算在{城市}约您当面谈谈后续合作，差旅我们报销。"),
    ("meeting", "client_meeting vague_client", "{星期}方便跟委托方开个视频吗？对方身份暂时不便告知。"),
    ("meeting", "client_meeting", "来{城市}见一面吧，吃住全包，顺便认识一下我们领导。"),
])
F("zh-s-05-payment", 1, "payment", "chat", False, [
    ("tasking", "unusual_payment", "稿费走泰达币结算，不经过银行，省去很多麻烦。"),
    ("tasking", "unusual_payment", "钱打到你爸妈的支付宝，不走银行，省得麻烦。"),
    ("tasking", "unusual_payment", "见面时给你现金，{钱}一分不少。"),
    ("tasking", "unusual_payment secrecy", "用境外账户收款更安全，聊完记得把记录删掉。"),
])
F("zh-s-06-secrecy", 1, "secrecy", "chat", False, [
    ("tasking", "secrecy", "看完消息就清空记录，以后别用单位网络找我。"),
    ("tasking", "secrecy", "千万别跟领导提，也不用向单位报备。"),
    ("tasking", "secrecy", "公司邮箱会被查，以后别用。你知我知就好。"),
    ("tasking", "secrecy", "别让所里的人知道这件事，对你对我都好。"),
])
F("zh-s-07-family_threat", 1, "coercion", "chat", False, [
    ("none", "coercion", "{亲人}在老家过得还算安稳，谁也不希望他们出事。怎么做你好好掂量。"),
    ("none", "coercion", "你也不想家里人受影响吧？配合一下，大家都好。"),
    ("none", "coercion", "{亲人}的低保审核出了点问题，你回来一趟配合一下，很快就能解决。"),
    ("none", "coercion", "你不回消息的话，{亲人}那边可能会有麻烦。"),
])
F("zh-s-08-return_home", 1, "persuade_return", "chat", False, [
    ("none", "coercion", "派出所上门找了你爸妈，要你尽快回国，把情况讲清楚。"),
    ("none", "coercion", "派出所约谈了你的亲戚，你最好马上回国。"),
    ("none", "coercion", "组织上希望你早点回国，把问题说清楚，对{亲人}也好。"),
])
F("zh-s-09-inform", 1, "inform_on_community", "chat", False, [
    ("none", "coercion", "你上个月去温哥华的集会我们都知道，把积极分子的名字报给我们。"),
    ("none", "coercion", "把同乡会积极分子的名字报给我们，对你家里有好处。"),
    ("none", "coercion", "你上个月去的那些集会我们都知道，{亲人}也知道了。"),
])
F("zh-s-10-fee_scam", 1, "job_scam", "chat", False, [
    ("none", "job_scam", "您已通过初审，上岗前需先交600元服装费和体检费，缴清后即可排班。"),
    ("none", "job_scam", "上岗前需要先交500元押金，离职退还。"),
    ("none", "job_scam", "充值200元就可以解锁高佣金任务，日结。"),
])
F("zh-s-11-task_scam", 1, "task_scam", "chat", False, [
    ("none", "job_scam", "动动手指就能赚，日结250元，充值80元解锁任务。"),
    ("none", "job_scam", "刷单兼职，一天轻松200元，动动手指就行。"),
    ("none", "job_scam", "支票兑现后，请把多出来的钱转给采购员。"),
])
F("zh-s-12-evasive_pivot", 1, "evasive_pivot", "chat", False, [
    ("pivot", "off_platform", "平台上聊不了细节，薇信搜 {handle}，通过后再说。"),
    ("pivot", "off_platform", "加个vx吧，{handle}，项目材料发你。"),
    ("pivot", "off_platform", "平台消息会被审核，去纸飞机找我，@{handle}。"),
    ("pivot", "off_platform", "我的V信号 {handle}，加的时候备注一下来意。"),
    ("pivot", "off_platform", "电报号 @{handle}，有事找我。"),
])
F("zh-s-13-personal_email", 1, "pivot_email", "inmail", False, [
    ("pivot", "off_platform", "单位的邮件系统会过滤外部来信，稿子请寄到 {邮箱}。"),
    ("pivot", "off_platform", "材料发到 {邮箱} 就行，这边消息我很少看。"),
    ("pivot", "off_platform", "我的手机 {电话}，微信同号。"),
])
F("zh-s-14-traditional_hk", 1, "fake_consultant_hk", "inmail", False, [
    ("contact", "credential_targeting vague_client", "您好，我們是香港一家顧問公司。您在{行业}的經驗非常難得，我們的委託方對您很感興趣。"),
    ("pivot", "off_platform", "領英上我不常上線，WhatsApp 號碼 {电话}，方便的話那邊聯絡。"),
    ("tasking", "secrecy", "此事還請保密，尤其別讓貴司主管知道，就你我之間。"),
    ("meeting", "client_meeting", "總經理想跟你在{城市}見一面，機票酒店我們負責。"),
])

# ---------------------------------------------------------------------------------------------
# Benign (label 0): look-alikes first
# ---------------------------------------------------------------------------------------------
F("zh-b-01-family_wechat", 0, "family", "chat", True, [
    ("none", "", "姥姥，小宝今天会走路了，视频发您微信了，您看看。"),
    ("none", "", "红包收到没？给爷爷买件厚外套，不够再说。"),
    ("none", "", "表哥建了个家族群，{星期}的团圆饭大家在群里报个人数。"),
    ("none", "", "奶奶八十大寿那天我们远程连线，到时候群里发视频链接。"),
])
F("zh-b-02-family_home", 0, "family", "chat", True, [
    ("none", "", "家里一切都好，你弟考上研究生了，寒假什么时候回来？"),
    ("none", "", "小姨一家国庆回来探亲，咱们一起吃个饭吧。"),
    ("none", "", "春节回{城市}跟爸妈见面，记得带点加拿大的特产。"),
])
F("zh-b-03-recruiter_legit", 0, "recruiter_legit", "inmail", True, [
    ("none", "", "{公司}人事部通知：复试定在{星期}上午，日程已发送至您的邮箱，如需改期请致电前台。"),
    ("none", "", "本岗位仅限持有保密资格的加拿大公民，申请请走官网流程，恕不接受私信投递。"),
    ("none", "", "您好，我是猎头，帮{公司}招聘机器学习工程师，年薪面议。方便的话电话聊一下？"),
    ("none", "", "如果感兴趣，请把简历发到公司招聘邮箱，我们会尽快安排视频面试。"),
])
F("zh-b-04-job_ad", 0, "job_ad", "email", True, [
    ("none", "", "诚聘系统管理员（蒙特利尔），须具备政府安全审查资格，三年以上相关经验。"),
    ("none", "", "招聘芯片工程师，地点深圳，请通过官网投递简历。"),
    ("none", "", "香港的咨询公司正在招聘分析师，请通过官网申请。"),
])
F("zh-b-05-expert_network", 0, "expert_network", "email", True, [
    ("none", "", "行业访谈邀请：主题{题目}，时长45分钟，酬金150美元，客户名称会在合同中写明，不涉及任何未公开信息。"),
    ("none", "", "访谈前我们的合规团队会先做利益冲突审查，请勿透露任何机密信息。"),
])
F("zh-b-06-think_tank_signed", 0, "signed_publication", "email", True, [
    ("none", "", "本刊约您就{题目}写一篇评论，署真名发表，稿酬按千字两百元计。"),
    ("none", "", "期刊邀请您撰写一篇署名综述，稿费五百元。"),
    ("none", "", "《{公司}观察》想就{题目}采访您，采访内容会署名发表。"),
])
F("zh-b-07-awareness", 0, "awareness", "email", True, [
    ("none", "", "保密提醒：境外人员常以高薪兼职为诱饵套取资料，遇到可疑联系请向保密办报告。"),
    ("none", "", "防骗小贴士：刷单返利、先交钱后上岗，都是常见骗局。"),
    ("none", "", "安全培训小测：网友约你到境外见面并承担全部费用，正确做法是什么？"),
])
F("zh-b-08-news", 0, "news", "email", True, [
    ("none", "", "据媒体报道，一名研究员因向境外机构出售数据被起诉，双方曾在{城市}会面。"),
    ("none", "", "一名工程师被指控向外国人提供试验数据，法院判处有期徒刑五年。"),
])
F("zh-b-09-colleague", 0, "colleague", "chat", True, [
    ("none", "", "周会改线上了，Zoom 号在日历里，记得提前五分钟进。"),
    ("none", "", "我在外面跑客户，急事打我电话，不急的话钉钉留言。"),
    ("none", "", "下班一起去打羽毛球？我在群里发了场地。"),
])
F("zh-b-10-hr_policy", 0, "hr", "email", True, [
    ("none", "", "新员工请在入职当天签署保密协议，并完成信息安全培训。"),
    ("none", "", "温馨提示：因公出差请提前在系统中提交申请，笔记本电脑须登记后方可带出。"),
    ("none", "", "年终奖将随一月份工资一并发放，请留意工资条。"),
])
F("zh-b-11-conference", 0, "conference", "email", True, [
    ("none", "", "第五届储能论坛将在{城市}举行，诚邀您作大会报告，会议论文集公开出版，差旅由会务组按标准报销。"),
    ("none", "", "敬邀您擔任本校年會評論人，主辦單位補助交通與住宿，議程公開於官網。"),
    ("none", "", "研讨会主办方报销差旅费，论文集将公开出版。"),
])
F("zh-b-12-community", 0, "community", "email", True, [
    ("none", "", "同乡会春节联欢会招募主持人和表演节目，报名截止本周日。"),
    ("none", "", "领事服务提示：证件办理一律网上预约，任何自称领事馆工作人员的电话要求转账都是诈骗。"),
    ("none", "", "请把志愿者名单发给协会秘书。"),
])
F("zh-b-13-everyday", 0, "everyday", "chat", False, [
    ("none", "", "中午吃饺子还是面？我请客。"),
    ("none", "", "各位家长，运动会的班服费30元，请周五前交给生活委员。"),
    ("none", "", "温馨提示：本行工作人员不会要求您提供网银密码。"),
    ("none", "", "快递员电话是多少？包裹放门口就行。"),
])
F("zh-b-14-traditional_family", 0, "family_tw", "chat", True, [
    ("none", "", "阿公，畢業典禮的相片我放在家族群組了，有空看一下喔。"),
    ("none", "", "阿嬤生日那天大家一起視訊，記得準時。"),
    ("none", "", "生日紅包打到你的微信了，收一下。"),
])


if __name__ == "__main__":
    write(build(FAMS, POOLS, OPENERS, CLOSERS, "zh", SEED, PER_TEMPLATE), HERE / "zh_messages.jsonl")
