namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>Names and phrases for the demo county (武义县, where the standard was drafted).</summary>
internal static class DemoText
{
    public const string CountyCompany = "国网武义县供电公司";

    public static readonly string[] Townships =
    [
        "桐琴", "泉溪", "履坦", "茭道", "王宅", "熟溪", "白洋", "壶山", "柳城", "新宅",
        "大田", "桃溪", "俞源", "坦洪", "西联", "三港", "大溪口", "白姆", "上黄",
    ];

    public static readonly string[] Villages =
    [
        "后陈村", "郭下村", "上坦村", "下杨村", "新宅村", "章村", "大溪口村", "金村", "徐村", "何宅村",
        "清溪村", "牛头山村", "麻阳村", "上茭道村", "岭下汤村", "项店村", "前山村", "后塘村", "里溪村", "白鹤村",
        "江下村", "三角店村", "俞源村", "郭洞村", "陶村", "南湖村", "东皋村", "山下鲍村", "王大户村", "石门村",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "郭", "何", "高", "林", "郑", "俞", "汤", "鲍", "蒋", "楼"];

    private static readonly string[] GivenNames =
    [
        "建华", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
        "霞", "平", "刚", "桂英", "晓东", "海燕", "志强", "国庆", "红梅", "文斌", "丽萍", "小龙", "建军", "春燕", "振华", "亚萍",
    ];

    public static readonly string[] Demands =
    [
        "新装一户一表申请", "农田灌溉临时用电", "民宿增容", "光伏并网咨询", "低电压整治诉求", "表计迁移", "电费缴纳方式咨询",
        "村内路灯线路检修", "企业峰谷电价咨询", "老旧线路改造", "充电桩报装", "农产品加工厂增容",
    ];

    public static readonly string[] Topics =
    [
        "本月服务承诺兑现情况", "业扩报装时限监督", "抄核收规范性检查结果", "驻村站点服务公开情况", "电力惠民政策落实",
        "重点工程建设进度与廉洁风险", "群众意见建议处理", "小微权力清单执行情况",
    ];

    public static readonly string[] Problems =
    [
        "个别台区经理未按时回访客户", "站点公开栏信息未及时更新", "业扩受理资料收取不规范", "客户意见簿未及时答复",
        "计量装置封印登记不全", "工程物资出入库台账不清", "抢修到达时间记录缺失",
    ];

    public static string PersonName(Random random) =>
        Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    public static string StationName(int index) =>
        index < Townships.Length
            ? $"{Townships[index]}供电所"
            : $"{Townships[index % Townships.Length]}{index / Townships.Length + 1}号供电所";

    public static string TownshipName(int index) => Townships[index % Townships.Length] + (index % 3 == 0 ? "镇" : "乡");
}
