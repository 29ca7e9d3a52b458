using EduPlatform.Kernel;

namespace EduPlatform.ServiceDefaults;

/// <summary>What the shared HTTP layer says to people, in Chinese and English (the reader's language is picked per request).</summary>
static class Texts
{
    public static Words InvalidFields => new("请求中有字段不符合要求。", "The request has invalid fields.");
    public static Words FieldsInvalid(int count) => new($"{count} 个字段有误。", $"{count} fields are invalid.");
    public static Words InvalidRows => new("文件中有不符合要求的行。", "The file has invalid rows.");
    public static Words RowsInvalid(int count) => new($"{count} 行有误，整个文件均未导入。", $"{count} row(s) are invalid; nothing was imported.");
    public static Words NotFound => new("未找到。", "Not found.");
    public static Words NotForYourRole => new("您的角色无权处理此记录。", "Not allowed for your role.");
    public static Words VersionConflict => new("版本冲突。", "Version conflict.");
    public static Words RuleViolated(string rule) => new($"不符合规则 {rule}。", $"Rule {rule} is violated.");
    public static Words RulesViolated(int count) => new($"不符合 {count} 条规则。", $"{count} rules are violated.");

    public static Words Exists(string entity, int current) =>
        new($"{entity}已存在（版本 {current}）；如要替换，请带上 version = {current} 重新提交。",
            $"{entity} exists already (version {current}); to replace it, send version {current}.");

    public static Words Gone(string entity, int sent) =>
        new($"{entity}已不存在（您提交的版本 {sent}）。", $"{entity} no longer exists (you sent version {sent}).");

    public static Words Changed(string entity, int sent, int? current) =>
        new($"{entity}已被他人修改（您提交的版本 {sent}，当前版本 {current}），请刷新后重试。",
            $"{entity} was changed since you read it (you sent version {sent}, it is now {current}). Reload and try again.");

    public static Words DatabaseBusy => new("数据库繁忙。", "The database is busy.");
    public static Words NothingWrittenRetry => new("数据库繁忙，本次请求未写入任何内容，请 5 秒后重试。", "The database is busy; nothing was written. Try again in 5 s.");
    public static Words Unexpected => new("系统发生意外错误，已记录，请将 traceId 告知运维人员。", "An unexpected error occurred; it was logged. Give the traceId to your IT operator.");
    public static Words TooManyRequests => new("请求过于频繁。", "Too many requests.");
    public static Words RetryIn(int seconds) => new($"查询过于频繁，请 {seconds} 秒后再试。", $"Too many requests from this address; try again in {seconds} s.");
    public static Words DrawRunning => new("正在生成方案。", "A draw is already running.");
    public static Words CountyDrawRunning(string county) => new($"县（区）{county} 正在生成另一份方案，请稍后再试。", $"Another draw for county {county} is running; try again shortly.");
    public static Words ServerDrawing => new("服务器正在生成其他县（区）的方案，请稍后再试。", "The server is drawing other counties' plans; try again shortly.");

    public static Words CountyCode => new("必须是 6 位行政区划代码。", "must be a 6-digit administrative division code (行政区划代码)");
    public static Words CountyCodeOf(string code) => new($"“{code}”不是 6 位行政区划代码。", $"'{code}' must be a 6-digit administrative division code");
    public static Words CountyNotFound(string code) => new($"未找到县（区）{code}。", $"County {code} was not found.");

    public static Words UnknownField => new("不是本请求的字段，请对照接口文档（/openapi/v1.json）检查拼写。",
        "is not a field of this request; check its spelling against the API document (/openapi/v1.json)");
    public static Words NotJson => new("不是有效的 JSON。", "is not valid JSON");
    public static Words NotA(Words expected) => new($"应为{expected.Zh}。", $"is not {expected.En}");
    public static Words AnyValue => new("本字段允许的值", "a valid value for this field");
    public static Words OneOf(IEnumerable<string> names) { var list = names.ToList(); return new($"以下之一：{string.Join("、", list)}", "one of " + string.Join(", ", list)); }
    public static Words AnId => new("编号（GUID）", "an id (GUID)");
    public static Words ADate => new("日期，如 2024-09-01", "a date such as 2024-09-01");
    public static Words AWholeNumber => new("整数", "a whole number");
    public static Words ANumber => new("数值", "a number");
    public static Words TrueOrFalse => new("true 或 false", "true or false");
    public static Words AText => new("文本", "text");
    public static Words AList => new("列表", "a list");

    public static Words Required(string choices, string? description) =>
        new($"必填{(choices.Length > 0 ? $"（{choices}）" : "")}。", description is null ? "is required" : $"is required: {description}");
    public static Words NoQuery => new("本接口不接受查询参数。", "this route takes no query parameters");
    public static Words NotAQuery(IReadOnlyList<string?> takes) =>
        new($"本接口不接受此查询参数，可用：{string.Join("、", takes)}。", $"not a query parameter of this route; it takes: {string.Join(", ", takes)}");
    public static Words NotNull => new("不能为 null。", "must not be null");
    public static Words NoNullItems => new("列表中的每一项都必须有内容，不能为 null。", "must not be null: a list holds values, not empty entries");
    public static Words Finite => new("必须是有限的数值。", "must be a finite number");
    public static Words Within(long bound) => new($"必须在 -{bound:N0} 到 {bound:N0} 之间。", $"must be between -{bound:N0} and {bound:N0}");

    public static Words NotACursor => new("游标无效：请传上一页的 next 或某个事件的 cursor。", "not a cursor: pass a page's next or an event's cursor");
    public static Words LimitWithin(int max) => new($"必须在 1–{max} 之间。", $"must be between 1 and {max}");
    public static Words NotAnEvent(string name, IEnumerable<string> known) =>
        new($"“{name}”不是本服务发布的事件；本服务的事件：{string.Join("、", known)}。", $"'{name}' is not an event this service publishes; its events: {string.Join(", ", known)}");

    public static Words UnknownRoles(IEnumerable<string> unknown, IEnumerable<string> known) =>
        new($"未知角色 {string.Join("、", unknown)}；可用：{string.Join("、", known)}。", $"unknown role(s) {string.Join(", ", unknown)}; known: {string.Join(", ", known)}");
    public static Words BadCounties(IEnumerable<string> codes) =>
        new($"{string.Join("、", codes)}：县（区）须为 6 位行政区划代码。", $"{string.Join(", ", codes)}: a county is a 6-digit administrative division code");
    public static Words HoursWithin => new("必须在 1–720 之间。", "must be between 1 and 720");

    public static Words FileRequired => new("必填：请在表单字段 file 中上传 .xlsx 或 .csv 文件。", "is required: a .xlsx or .csv file in a multipart form field named 'file'");
    public static Words FileType(string name) => new($"“{name}”必须是 .xlsx 或 .csv 文件。", $"'{name}' must be .xlsx or .csv");
    public static Words FileSize(long mb, long max) => new($"文件 {mb} MB，最大 {max} MB。", $"is {mb} MB; at most {max} MB");
    public static Words Unreadable(string why) => new($"无法读取为电子表格：{why}", $"cannot be read as a spreadsheet: {why}");
    public static Words NoColumn(string header, string field) => new($"缺少“{header}”（{field}）列。", $"has no '{header}' ({field}) column");
    public static Words NoRows => new("没有数据行。", "has no data rows");

    // Import rows and templates.
    public static Words NoRowsInBody => new("请至少提交一行（JSON 数组中的对象）。", "send at least one row (an object in a JSON array)");
    public static Words RowNotAnObject => new("每一行都必须是 JSON 对象。", "every row must be a JSON object");
    public static Words Yes(bool value) => value ? new("是", "yes") : new("否", "no");
    public static Words TemplateSheet => new("导入数据", "Rows");
    public static Words GuideSheet => new("填表说明", "Columns");
    public static Words TemplateTitle(Words what) => new($"{what.Zh}（导入模板：第 3 行为示例，可改写或删除；每行一条记录）", $"{what.En} (import template: row 3 is a sample to replace or delete; one record per row)");
    public static Words GuideTitle(Words what) => new($"{what.Zh}：各列说明", $"{what.En}: the columns");
    public static Words GuideHeaders => new("列名|字段名|是否必填|说明|可填写的值|也可用的列名", "Column|Field|Required|Meaning|Allowed values|Other headers accepted");
    public static Words NoTemplate(string name, IEnumerable<string> names) =>
        new($"没有名为“{name}”的导入模板；可用：{string.Join("、", names)}。", $"There is no import template '{name}'; templates: {string.Join(", ", names)}.");
}
