package io.eventwire.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/** Chinese news prose, written for the benchmark. */
final class ChineseLexicon implements Lexicon {

    static final ChineseLexicon INSTANCE = new ChineseLexicon();

    private static final List<String> SPEAKERS = List.of(
            "新加坡的分析师", "该部门发言人", "鹿特丹港的运营方", "多家行业协会", "一家地区银行的首席经济学家", "当地官员",
            "物流企业负责人", "两家电力公司的采购人员", "柏林一家智库的研究人员", "珠三角的供应商", "华盛顿的一位贸易律师",
            "香港的基金经理", "一家中型分销商的高管", "两名知情人士", "消费者权益组织", "公司首席财务官", "独立审计机构",
            "一位前海关官员", "出席股东大会的投资者");
    private static final List<String> VERBS = List.of("表示", "警告称", "指出", "认为", "估计", "对记者说", "坦言");
    private static final List<String> TOPICS = List.of(
            "安防摄像头的需求", "亚欧航线的运价", "存储芯片的库存", "工业机器人的订单", "稀土磁材的价格", "数据中心的投资",
            "智慧城市项目的支出", "消费级无人机的销量", "出口许可申请的积压", "芯片设计企业的招聘", "光伏逆变器的出货量",
            "元器件分销商的利润率", "合规审查的成本", "机床的出口", "地方政府的招标", "成熟制程晶圆的供应",
            "云视频服务的订阅量", "网络交换机的交货周期", "工厂自动化的进度");
    private static final List<String> CHANGES = List.of(
            "明显放缓", "将逐步恢复", "依然疲软", "再度回升", "可能接近翻倍", "有望企稳", "低于此前预期", "高于去年同期",
            "可能停滞", "越来越难以预测");
    private static final List<String> TIMES = List.of(
            "下半年", "未来几个月", "到今年年底", "自今年春季以来", "节后", "今年夏天", "本季度", "下一个预算周期之前",
            "新规生效后", "在未来十年内");
    private static final List<String> PLACES = List.of(
            "深圳", "杭州", "苏州", "合肥", "成都", "武汉", "西安", "东莞", "宁波", "厦门", "青岛", "南京", "天津", "重庆");
    private static final List<String> GROUPS = List.of(
            "中小零售商", "医院集团", "学校", "区域运营商", "市政部门", "安装商", "代工企业", "批发商", "系统集成商", "电网企业");
    private static final List<String> ACTIONS = List.of(
            "开始重新审查供应商名单", "推迟了多个招标项目", "要求出台更明确的指引", "囤积了备件", "把订单转给了其他厂商",
            "重新谈判了维护合同", "设立了内部审查小组", "推迟了升级计划", "聘请了外部顾问", "发布了新的采购规定");
    private static final List<String> REASONS = List.of(
            "由于未来规则仍不明朗", "为了降低对单一供应商的依赖", "在大量客户咨询之后", "由于预算收紧", "在内部审计之后",
            "出于对数据安全的担忧", "在等待法院裁决期间", "为了保证项目进度");
    private static final List<String> OBJECTS = List.of(
            "摄像系统", "网络设备", "无人机机队", "门禁终端", "封装产线", "视频管理软件", "云存储合同", "热成像设备");
    private static final List<String> HEADLINE_SUBJECTS = List.of(
            "芯片企业", "安防厂商", "零售商", "监管机构", "投资者", "供应商", "出口企业", "无人机厂商", "云服务商");
    private static final List<String> HEADLINE_PREDICATES = List.of(
            "应对更严格的出口管制", "评估新限制的成本", "重新布局供应链", "面临放缓的一年", "寻找替代方案", "抵制拟议中的限制",
            "盘点贸易摩擦的代价", "赶在合规期限前完成整改", "订单回暖", "下调全年预期");
    private static final List<String> SUBHEADINGS = List.of(
            "对采购方意味着什么", "旷日持久的争端", "市场反应", "供应商的看法", "下一步", "背景", "数字背后");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> GIVEN_NAMES = List.of("晓明", "丽华", "建国", "思远", "雨桐", "浩然", "佳怡", "子涵", "一鸣");

    private static final Chrome CHROME = new Chrome(
            List.of("首页", "国内", "国际", "财经", "科技", "汽车", "房产", "教育", "健康", "体育", "文化", "视频", "专题", "评论"),
            "本网站使用Cookie来改善您的浏览体验并统计访问量。您可以随时在隐私设置中更改您的选择。",
            "全部接受", "作者：", "分享到", List.of("微信", "微博", "QQ空间", "复制链接"),
            "相关阅读", "订阅", "每天早上七点，把最重要的新闻送到您的邮箱。", "立即订阅",
            List.of("关于我们", "联系我们", "加入我们", "广告服务", "用户协议", "隐私政策", "网站地图", "违法和不良信息举报"),
            "版权所有，未经授权不得转载。", "阅读全文", "标签", "图");

    private ChineseLexicon() {
    }

    @Override
    public Language language() {
        return Language.ZH;
    }

    @Override
    public String filler(Draw r) {
        return switch (r.shape(9)) {
            case 5 -> Names.firm(Language.ZH, r) + "采购负责人" + author(r) + "表示，公司已经" + r.one(ACTIONS) + "，预计"
                    + r.one(TOPICS) + r.one(TIMES) + r.one(CHANGES) + "。";
            case 6 -> "总部位于" + r.one(PLACES) + "的" + Names.firm(Language.ZH, r) + "员工约" + r.between(40, 9000)
                    + "人，主要客户包括" + r.one(GROUPS) + "。";
            case 7 -> r.one(PLACES) + "一份价值" + r.between(20, 9500) + "万元的" + r.one(OBJECTS) + "合同由"
                    + Names.firm(Language.ZH, r) + "中标，共有" + r.between(3, 40) + "家企业参与投标。";
            case 8 -> Names.firm(Language.ZH, r) + "计划在" + r.one(PLACES) + "新建生产基地，预计新增就业岗位"
                    + r.between(20, 2500) + "个，董事长" + author(r) + "说。";
            case 0 -> r.one(SPEAKERS) + r.one(VERBS) + "，" + r.one(TOPICS) + r.one(TIMES)
                    + r.one(CHANGES) + "。";
            case 1 -> r.one(REASONS) + "，" + r.one(PLACES) + "的" + r.one(GROUPS)
                    + r.one(ACTIONS) + "。";
            case 2 -> "“我们" + r.one("从未", "很少", "多年没有") + "见过" + r.one(TOPICS) + "出现这样的变化。”"
                    + r.one(PLACES) + "一家" + r.one(GROUPS) + "的负责人说。";
            case 3 -> "在" + r.one(PLACES) + "接受调查的" + r.one(GROUPS) + "中，约有" + r.between(12, 88)
                    + "%表示已经" + r.one(ACTIONS) + "，而一年前这一比例仅为" + r.between(5, 40) + "%。";
            default -> r.one(PLACES) + "的" + r.one(GROUPS) + "安装的" + r.one(OBJECTS)
                    + r.one("需要", "可能要", "将") + r.one(TIMES)
                    + r.one("更换", "审查", "检修", "升级") + "，" + r.one(SPEAKERS) + r.one(VERBS) + "。";
        };
    }

    @Override
    public String sanction(Draw r, LocalDate published) {
        String target = r.one(Entity.SANCTION_TARGETS).zh();
        String authority = r.one(Entity.AUTHORITIES).zh();
        String when = eventDate(r, published);
        return switch (r.nextInt(6)) {
            case 0 -> when + "，" + authority + "将" + target + "列入“实体清单”。";
            case 1 -> "据知情人士透露，" + authority + "正在准备对" + target + "实施新的制裁。";
            case 2 -> when + "，" + authority + "禁止联邦机构采购" + target + "生产的设备。";
            case 3 -> "有报道称，" + authority + "正考虑对" + target + "实施投资禁令。";
            case 4 -> when + "，" + authority + "冻结了" + target + "的资产。";
            default -> when + "，" + authority + "对" + target + "实施出口管制，要求对其出口美国技术须获得许可证。";
        };
    }

    @Override
    public String market(Draw r, LocalDate published) {
        String company = r.one(Entity.LISTED).zh();
        return switch (r.nextInt(5)) {
            case 0 -> company + "股价" + r.one("下跌", "大跌", "上涨", "大涨") + r.decimal(0.5, 9.9, '.') + "%，报"
                    + r.decimal(5, 400, '.') + "元。";
            case 1 -> company + (published.getYear() - 1) + "年实现营业收入" + r.decimal(10, 900, '.') + "亿元，同比增长"
                    + r.decimal(1, 40, '.') + "%。";
            case 2 -> company + "市值" + r.one("蒸发", "增加") + "约" + r.decimal(10, 900, '.') + "亿元。";
            case 3 -> "预计到" + (published.getYear() + r.between(2, 6)) + "年，全球视频监控市场规模将达到"
                    + r.decimal(40, 150, '.') + "亿美元。";
            default -> company + (published.getYear() - 1) + "年净利润为" + r.decimal(1, 300, '.') + "亿元，同比"
                    + r.one("下降", "增长") + r.decimal(1, 60, '.') + "%。";
        };
    }

    private static String eventDate(Draw r, LocalDate published) {
        LocalDate date = published.minusDays(r.between(0, 900));
        return switch (r.nextInt(3)) {
            case 0 -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case 1 -> date.getYear() + "年" + date.getMonthValue() + "月";
            default -> "本月早些时候";
        };
    }

    @Override
    public String headline(Draw r) {
        return r.one(PLACES) + r.one(HEADLINE_SUBJECTS) + r.one(HEADLINE_PREDICATES);
    }

    @Override
    public String subheading(Draw r) {
        return r.one(SUBHEADINGS);
    }

    @Override
    public String author(Draw r) {
        return r.one(SURNAMES) + r.one(GIVEN_NAMES);
    }

    @Override
    public String sentenceJoiner() {
        return "";
    }

    @Override
    public Chrome chrome() {
        return CHROME;
    }
}
