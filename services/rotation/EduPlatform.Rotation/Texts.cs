using EduPlatform.Kernel;
using EduPlatform.ServiceDefaults;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation;

/// <summary>
/// Everything the rotation service says to people — eligibility findings, plan reasons and shortfalls, round outcomes,
/// review refusals, import errors — in the policy documents' Chinese (交流轮岗, 暂不纳入, 县管校聘, 待岗 …) and in English.
/// </summary>
static class Texts
{
    // Values as people name them.
    public static Words Status(EligibilityStatus status) => status switch
    {
        EligibilityStatus.MustRotate => new("须交流", "must rotate"),
        EligibilityStatus.MayRotate => new("可交流", "may rotate"),
        _ => new("暂不纳入", "exempt"),
    };

    public static Words Role(PersonRole role) => role switch
    {
        PersonRole.Principal => new("校长", "principal"),
        PersonRole.VicePrincipal => new("副校长", "vice-principal"),
        PersonRole.MiddleManager => new("中层干部", "middle manager"),
        _ => new("教师", "teacher"),
    };

    public static Words Stage(string wire) => new(wire switch
    {
        "kindergarten" => "幼儿园", "primary" => "小学", "junior" => "初中", "nine-year" => "九年一贯制", "senior-high" => "高中", _ => wire,
    }, wire);

    public static Words Subject(Subject? subject) => subject is not { } s ? new("不限学科", "any subject") : new(s switch
    {
        Domain.Subject.Chinese => "语文", Domain.Subject.Maths => "数学", Domain.Subject.English => "英语", Domain.Subject.Ideology => "道德与法治",
        Domain.Subject.History => "历史", Domain.Subject.Geography => "地理", Domain.Subject.Physics => "物理", Domain.Subject.Chemistry => "化学",
        Domain.Subject.Biology => "生物", Domain.Subject.Science => "科学", Domain.Subject.PE => "体育", Domain.Subject.Music => "音乐",
        Domain.Subject.Art => "美术", Domain.Subject.IT => "信息技术", Domain.Subject.MentalHealth => "心理健康", _ => "其他",
    }, WireEnum.Text(s));

    public static Words Band(GradeBand band) => band switch
    {
        GradeBand.Lower => new("低年级", "lower"),
        GradeBand.Middle => new("中年级", "middle"),
        _ => new("高年级", "upper"),
    };

    public static Words Status(PlanStatus status) => status switch
    {
        PlanStatus.Draft => new("草案", "draft"),
        PlanStatus.SchoolReview => new("学校审核", "school-review"),
        PlanStatus.AllianceReview => new("教联体审核", "alliance-review"),
        PlanStatus.BureauReview => new("教育局审批", "bureau-review"),
        PlanStatus.Notice => new("公示中", "notice"),
        PlanStatus.Approved => new("已批准", "approved"),
        _ => new("已作废", "superseded"),
    };

    // Eligibility [001] 四(一), [002], [003].
    public static Words Finding(EligibilityStatus effect, Words facts, string source) =>
        new($"{Status(effect).Zh}：{facts.Zh}，{source}", $"{Status(effect).En}: {facts.En}, {source}");
    public static Words NoRuleRequires => new("本学年没有须交流的情形", "no rule requires rotation this year");
    public static Words FirstTerm(PersonRole role, int years, int term) =>
        new($"{Role(role).Zh}在本校任现职 {years} 年，未满一届（{term} 年）", $"{Role(role).En} {years} years in post at this school < one term of {term}");
    public static Words Aged(Gender gender, int age, int over) =>
        new($"{(gender == Gender.Male ? "男" : "女")}，{age} 岁，超过 {over} 岁", $"{(gender == Gender.Male ? "man" : "woman")} aged {age} > {over}");
    public static Words FeaturedCourse => new("承担特色课程或市级以上课题研究，经教体局认定", "leads a featured course or a city-level research project, approved by the bureau");
    public static Words Nursing => new("哺乳期", "nursing");
    public static Words Pregnant => new("孕期或产假", "pregnant or on maternity leave");
    public static Words Illness => new("经指定医院证明患病不宜交流", "illness certified by the designated hospital as unfit to rotate");
    public static Words OtherSchools(int count, int yearsEach, int needed) =>
        new($"曾在 {count} 所其他学校各任教 {yearsEach} 年以上，≥ {needed} 所", $"{count} other schools of {yearsEach}+ years each ≥ {needed}");
    public static Words UrbanWithRuralYears(int years, int needed) =>
        new($"城区教师，在乡村学校任教 {years} 年，≥ {needed} 年", $"urban teacher with {years} years in rural schools ≥ {needed}");
    public static Words BureauCase => new("教体局确定的其他情形", "a case the bureau added");
    public static Words ServingRotation(DateOnly since, int years, int term) =>
        new($"自 {since:yyyy-MM-dd} 起在本校区交流，已满 {years} 年，交流期 {term} 年", $"serving a rotation at this campus since {since:yyyy-MM-dd}, {years} of the term's {term} years");
    public static Words ServingPlacement(DateOnly since, DateOnly until) =>
        new($"自 {since:yyyy-MM-dd} 起在本校区交流，交流期至 {until:yyyy-MM-dd}", $"serving a rotation at this campus from {since:yyyy-MM-dd} until {until:yyyy-MM-dd}");
    public const string TypicalTermSource = "[000][003] 交流期一般为3年";
    public static Words CadreTerms(PersonRole role, int years, int terms, int termYears) =>
        new($"{Role(role).Zh}在本校任现职 {years} 年，≥ {terms} 届（每届 {termYears} 年）", $"{Role(role).En} {years} years in post at this school ≥ {terms} terms of {termYears}");
    public static Words CadreYearsAtSchool(PersonRole role, int years, int limit) =>
        new($"{Role(role).Zh}在本校 {years} 年，≥ {limit} 年", $"{Role(role).En} {years} years at this school ≥ {limit}");
    public static Words CadreNotDue(PersonRole role, int years, int limit) =>
        new($"{Role(role).Zh}在本校任现职 {years} 年，< {limit} 年", $"{Role(role).En} {years} years in post at this school < {limit}");
    public static Words TeacherDue(int years, int limit) => new($"在本校连续任教 {years} 年，≥ {limit} 年", $"{years} consecutive years at this school ≥ {limit}");
    public static Words TeacherNotDue(int years, int limit) => new($"在本校连续任教 {years} 年，< {limit} 年", $"{years} consecutive years at this school < {limit}");
    public static Words CountyTownRecruit(DateOnly hired, DateOnly deadline, int term, int latestStart) =>
        new($"{hired:yyyy-MM-dd} 招录到县城学校，尚无乡村任教经历，须于 {deadline:yyyy-MM-dd} 前在乡村学校交流期满（交流期 {term} 年，最迟 {latestStart} 学年开始）",
            $"recruited {hired:yyyy-MM-dd} in the county town, no rural service yet; a {term}-year rural term ends by {deadline:yyyy-MM-dd}, so it starts in {latestStart} at the latest");
    public static Words CoreRecruit(DateOnly hired, int years, int coreYears, int townshipYears) =>
        new($"{hired:yyyy-MM-dd} 招录到核心校，已 {years} 年，≥ {coreYears} 年：接下来到乡镇校区任教 {townshipYears} 年",
            $"recruited {hired:yyyy-MM-dd} at the core school, {years} years ≥ {coreYears}: {townshipYears} years at a township campus next");

    // Plan reasons and targets.
    public static Words CadreDue => new("干部到期须交流，且有对应岗位", "a cadre due to rotate, with a matching post");
    public static Words TowardShares(decimal share, decimal? backbone) =>
        new($"计入本校交流比例（符合条件教师的 {Percent(share)}）{(backbone is { } b ? $"和骨干教师比例（{Percent(b)}）" : "")}",
            $"toward the school's share ({Percent(share)} of eligible teachers){(backbone is { } c ? $" and the backbone share ({Percent(c)})" : "")}");
    public static Words Wish(int rank) => new($"第 {rank} 志愿", $"wish #{rank}");
    public static Words FillsPost(string school) => new($"补充{school}申报的岗位", $"fills a post {school} asked for");
    public static Words SendsBack(string school, string person) => new($"{school}对等选派{person}", $"{school} sends {person} back");
    public static Words ReturnsFor(string person) => new($"对等交流：与{person}互派", $"returns in kind for {person}");
    public static Words Team(Words what, string group) => new($"牵头学校团队：为{group}各成员校选派{what.Zh} [001]", $"team: {what.En} for the members of {group} [001]");
    public static Words ManagementTeam => new("管理团队", "management team");
    public static Words PrimaryBackboneOf(Subject subject) => new($"小学{Subject(subject).Zh}骨干教师", $"primary backbone teacher of {Subject(subject).En}");
    public static Words PrimaryBackboneBand(GradeBand band) => new($"小学{Band(band).Zh}骨干教师", $"primary backbone teachers of the {Band(band).En} grades");
    public static Words Pair(Words what, string group) => new($"高中结对互派：{group}互派{what.Zh} [001]", $"senior-high pair: {group} exchanges a {what.En} [001]");
    public static Words PairTeacherOf(Subject subject) => new($"有高三教学经验的高中{Subject(subject).Zh}教师", $"senior-high {Subject(subject).En} teacher who has taught senior three");
    public static Words JuniorBackbone => new("初中骨干学科教师", "junior backbone subject teachers");
    public static Words TeamOffer(int available, string core, int members, int each) =>
        new($"{core}有 {available} 名人选，{members} 所成员校各需 {each} 名", $"{available} candidates at {core} for {members} members needing {each} each");
    public static Words TeamOfferWithReturns(Words offer, int matching, string member) =>
        new($"{offer.Zh}；{member}有 {matching} 名对应人员可对等选派", $"{offer.En}; {matching} matching people at {member} to send back");
    /// <summary>A share as the texts write it (10%, 30%), whatever the machine's culture: sources are quoted, not localised.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
    // Hand edits of a drawn plan.
    public const string EditSource = "[001] 区教体局对选派对象进行考察认定；人工调整后逐条复核交流规则并重算方案指标";
    public static Words EditAction(EditAction action) => action switch
    {
        Domain.Planning.EditAction.Add => new("加入", "add"),
        Domain.Planning.EditAction.Remove => new("移出", "remove"),
        Domain.Planning.EditAction.Swap => new("替换", "swap"),
        Domain.Planning.EditAction.Pin => new("锁定", "pin"),
        _ => new("取消锁定", "unpin"),
    };
    public static Words HandEdited(EditAction action, string actor, string why) =>
        new($"人工调整（{EditAction(action).Zh}，{actor}）：{why}", $"edited by hand ({EditAction(action).En}, {actor}): {why}");
    public static Words ShortAfterEdit => new("人工调整后未达到（编制时已达到）", "short after a hand edit (met when drawn)");
    public static Words EditOnlyDraft(PlanStatus status) =>
        new($"只有草案可以人工调整；当前为“{Status(status).Zh}”，请先退回为草案。", $"only a draft can be edited by hand; the plan is {Status(status).En}, return it first");
    public static Words EditNeedsReason => new("人工调整须写明理由。", "a hand edit needs a reason");
    public static Words NotInPlan(string person) => new($"{person}不在本方案中。", $"{person} is not in this plan");
    public static Words AlreadyInPlan(string person) => new($"{person}已在本方案中。", $"{person} is already in this plan");
    public static Words ExemptPerson(string person, Words why) => new($"{person}暂不纳入交流：{why.Zh}", $"{person} is exempt: {why.En}");
    public static Words SameSchool(string person, string school) => new($"{person}已在{school}任职，不能交流到本校。", $"{person} already works at {school}");
    public static Words NoRoute(string from, string to) =>
        new($"本方案中{from}不向{to}派出人员：交流在教联体内（牵头校 → 成员校）或由城镇学校到乡村学校进行。",
            $"in this plan {from} does not send people to {to}: moves go from an alliance's core school to its members, or from town to rural schools");
    public static Words NoPostFor(string person, string school) =>
        new($"{school}没有与{person}的学段、学科相符的岗位。", $"{school} has no post of {person}'s stage and subject");
    public static Words NotTheirSubject(string person, Subject subject) =>
        new($"{person}不任教{Subject(subject).Zh}。", $"{person} does not teach {Subject(subject).En}");
    public static Words NoMoveToReturnFor(string person, string school) =>
        new($"{school}没有等待对等人员的派出，{person}不能作为对等人员加入；请在 inReturnFor 中指明对应的派出人员。",
            $"no move from {school} waits for a person in return; name the sent person in inReturnFor");
    public static Words DoesNotMatchPost(string person, string other) =>
        new($"{person}与{other}的岗位（角色、学段、学科）不对应。", $"{person} does not match {other}'s post (role, stage, subject)");
    public static Words SwapNotSameSchool(string person, string other) =>
        new($"替换须在同一学校内：{other}与{person}不在同一所学校。", $"a swap stays at one school: {other} is not at {person}'s school");
    public static Words PinnedMove(string person) => new($"{person}已锁定，请先取消锁定。", $"{person} is pinned; unpin first");
    public static Words PinDropped(string person, string why) => new($"重新编制时未能保留锁定：{person}，{why}", $"a pin could not be kept on redrawing: {person}, {why}");
    public static Words ExcludedFromDraw => new("本次编制时被排除（excludePersonIds）。", "excluded from this draw (excludePersonIds)");
    public static Words NotAPerson(Guid id) => new($"{id} 不是本县在册人员。", $"{id} is not a person of this county");

    // Itinerant timetables (走教).
    public static Words CurriculumNeeds(int posts) => new($"小规模学校按课程需要申报走教 {posts} 人", $"the small schools asked for {posts} itinerant teachers by curriculum");
    public static Words ClassesUnknown(string school) => new($"{school}本学年秋季班级数未上报，按 1 个班估算", $"{school} has no autumn class count reported; taken as 1 class");
    public static Words LocationUnknown(string school) => new($"{school}位置未知，路程未计入", $"{school} has no location; its travel is not counted");

    // Public notice (公示) and petitions.
    public const string NoticeSource = "公示：名单公示期满、异议答复后由教育局批准（公示期由本县设定，默认 5 个工作日）";
    public static Words PublishAfterReview(PlanStatus status) =>
        new($"方案须经学校、教联体审核并报教育局后才能公示；当前为“{Status(status).Zh}”。", $"a plan is published for notice after the reviews, in bureau review; it is {Status(status).En}");
    public static Words ApproveAfterNotice(PlanStatus status) =>
        new($"方案须先公示，公示期满后才能批准；当前为“{Status(status).Zh}”。", $"a plan is approved after its public notice; it is {Status(status).En}");
    public static Words NoticeRunning(DateOnly until) =>
        new($"公示期至 {until:yyyy-MM-dd}，期满后才能批准。", $"the notice runs until {until:yyyy-MM-dd}; approval comes after it");
    public static Words ObjectionsOpen(int count) =>
        new($"还有 {count} 条公示异议未答复，答复后才能批准。", $"{count} objections to the notice are not answered yet");
    public static Words PetitionKindRequired => new("请填写类型：objection（公示异议）、application（申请）或 appeal（申诉）。", "kind is required: objection, application or appeal");
    public static Words PetitionTextRequired => new("请填写内容。", "text is required");
    public static Words SubmittedByRequired => new("请填写提交人（如 本人、某学校）。", "submittedBy is required");
    public static Words ObjectionNeedsPlan => new("公示异议须指明本县的交流方案。", "an objection names one of the county's plans");
    public static Words ObjectionOutsideNotice(PlanStatus status) =>
        new($"只能在公示期间对方案提出异议；方案当前为“{Status(status).Zh}”。", $"objections are raised while the plan is in notice; it is {Status(status).En}");
    public static Words NotOnNotice(string name) => new($"{name} 不在该方案的公示名单中。", $"{name} is not on the plan's list");
    public static Words PetitionOutcomeRequired => new("请填写处理结果。", "outcome is required");
    public static Words PetitionAnswerRequired => new("请填写答复意见。", "answer is required");
    public static Words OutcomeOf(PetitionKind kind, IEnumerable<string> allowed) =>
        new($"此类事项的处理结果只能是：{string.Join("、", allowed)}。", $"a {kind} is answered {string.Join(" or ", allowed)}");
    public static Words AlreadyAnswered => new("该事项已答复。", "already answered");
    public static Words PetitionEntity(Guid id) => new($"异议/申请/申诉 {id}", $"Petition {id}");
    public static Words Within(decimal value, decimal min, decimal max, string unitZh, string unitEn) =>
        new($"须在 {min}–{max} {unitZh}之间（填写了 {value}）。", $"must be {min}–{max} {unitEn}, not {value}");
    public static Words NoticeDaysRange(int days) => new($"公示期须为 0–30 个工作日（填写了 {days}）。", $"notice days must be 0–30 working days, not {days}");
    public static Words LeagueRange(int min, int max, int schoolShare) => schoolShare > max
        ? new($"城区学校派出 {min}–{max} 名教师；本校 10% 比例要求 {schoolShare} 名，按比例派出", $"the urban school sends {min}–{max} teachers; its own share asks {schoolShare}, which it sends")
        : new($"城区学校派出 {min}–{max} 名教师", $"the urban school sends {min}–{max} teachers");
    public static Words EligibleAtSchool(int eligible) => new($"本校符合条件教师 {eligible} 名", $"{eligible} eligible teachers at this school");
    public static Words ShareOfRuralBound(decimal share, int teachers) => new($"到乡村学校交流教师 {teachers} 名的 {Percent(share)}", $"{Percent(share)} of {teachers} teachers going to rural schools");
    public static Words ShareOfRotating(decimal share, int teachers) => new($"交流教师 {teachers} 名的 {Percent(share)}", $"{Percent(share)} of {teachers} rotating teachers");
    public static Words ShareOfEligible(decimal share, int eligible) => new($"符合条件教师 {eligible} 名的 {Percent(share)}", $"{Percent(share)} of {eligible} eligible teachers");
    public static Words Scope(string scope) => scope == "county" ? new("全县", "county") : Words.Same(scope);
    public static Words CrossAllianceGroup => new("跨教联体交流（本县允许）", "across alliances (the county allows it)");
    public static Words CountyGroup => new("未加入教联体的县域学校", "county schools outside alliances");

    // Plan workflow.
    public static Words OnlyDraftSubmitted(PlanStatus status) => new($"只有草案可以提交；当前状态为{Status(status).Zh}。", $"only a draft can be submitted; the plan is {Status(status).En}");
    public static Words MovesNobody => new("方案未安排任何人交流。", "the plan moves nobody");
    public static Words OnlyReviewReturned(PlanStatus status) => new($"只有审核中的方案可以退回；当前状态为{Status(status).Zh}。", $"only a plan under review can be sent back; the plan is {Status(status).En}");
    public static Words ReturnNeedsComment => new("退回方案须填写意见说明理由。", "sending a plan back needs a comment saying why");
    public static Words AgreeInReview(PlanStatus status) => new($"学校和教联体在各自审核环节表示同意；当前状态为{Status(status).Zh}。", $"schools and alliances agree during their review steps; the plan is {Status(status).En}");
    public static Words PartyMustAgree(bool school, string? party) =>
        new($"须由本方案涉及的{(school ? "学校" : "教联体")}表示同意（当前为 {party ?? "未填写"}）。", $"{(school ? "a school" : "an alliance")} of this plan must agree (party is {party ?? "missing"})");
    public static Words AlreadyAgreed(string who) => new($"{who} 在本轮已表示同意。", $"{who} has already agreed in this round");
    public static Words CadreWindow(int cadres, DateOnly from, DateOnly to, DateOnly today) =>
        new($"方案提名 {cadres} 名干部；干部提名须在 {from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} 之间报教育局，今天是 {today:yyyy-MM-dd}。",
            $"the plan nominates {cadres} cadres; nominations reach the bureau between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}, not on {today:yyyy-MM-dd}");
    public static Words BureauStep => new("方案由教育局（county-admin 或 hr-bureau）在其审批环节批准或退回。", "the bureau (county-admin or hr-bureau) approves or sends back a plan at its own step");
    public static Words AllianceDrawsOwn => new("教联体办公室只能为本教联体生成方案，请将 allianceId 设为本教联体。", "An alliance office draws plans for its own alliance only: set allianceId to it.");
    public static Words AllianceSubmitsOwn => new("教联体办公室只能提交本教联体的方案，全县方案由教育局提交。", "An alliance office submits its own alliance's plans only; the bureau submits county plans.");
    public static Words AllianceAgreesOwn(string? party) =>
        new($"教联体办公室只能代表本教联体或其校区表示同意（当前为 {party ?? "未填写"}）。", $"An alliance office agrees for its own alliance or one of its campuses only (party is {party ?? "missing"}).");
    public static Words NotYourPeople => new("本方案不涉及您所在教联体的人员。", "This plan moves nobody of your alliance(s).");
    public static Words NotYourCampus(Guid school) =>
        new($"学校 {school} 不是本教联体的校区；教联体办公室只能填报本教联体各校区的需求。", $"School {school} is not a campus of your alliance(s); an alliance office enters needs for its own campuses only.");
    public static Words ChangedSinceDrawn(string person) =>
        new($"{person}在方案生成后发生变动（离岗、调动或更正）；请重新生成方案。", $"{person} changed after the plan was drawn (left, moved or corrected); draw the plan again");
    public static Words ChangedWhileApproving(string person) => new($"{person}在方案审批过程中发生变动，请重试。", $"{person} changed while the plan was being approved; try again");
    public const string AsFoundSource = "审批按方案生成时的人员情况安排交流";
    public static Words DecisionRequired(IEnumerable<string> names) =>
        new($"必填：{string.Join("、", names)} 之一。", $"is required: one of {string.Join(", ", names)}");
    public static Words VersionRequired => new("必填：您读取到的版本号。", "is required: the version you read");

    // Plan needs.
    public static Words NotAnAllianceOn(DateOnly on) => new($"不是本县在 {on:yyyy-MM-dd} 存续的教联体。", $"is not an alliance of this county on {on:yyyy-MM-dd}");
    public static Words NotASchool(Guid id) => new($"{id} 不是本县学校。", $"{id} is not a school of this county");
    public static Words NoPostsOfStage(string school, string schoolStage, string stage) =>
        new($"{school}（{Stage(schoolStage).Zh}）没有{Stage(stage).Zh}岗位。", $"{school} ({schoolStage}) has no '{stage}' posts");
    public static Words NotASubject(string text) => new($"“{text}”不是学科。", $"'{text}' is not a subject");
    public static Words PostsWithin(int max) => new($"须为 1–{max} 个岗位。", $"must be 1–{max} posts");
    public static Words NeedTwice(string school, string stage, Subject? subject, int times) =>
        new($"{school} {Stage(stage).Zh} {Subject(subject).Zh} 重复列出 {times} 次。", $"{school} {stage} {Subject(subject).En} is listed {times} times");

    // Reappointment rounds (县管校聘) [004].
    public static Words Protected(Words why, string school, string source) =>
        new($"保留岗位：{why.Zh}；在{school}原岗位聘用，{source} 提前聘用在原学校相应岗位上", $"protected: {why.En}; kept at {school}, {source} 提前聘用在原学校相应岗位上");
    public static Words Ranked(decimal score, int rank, int of, string school, int quota) =>
        new($"得分 {score}，在{school} {of} 人中排第 {rank}，本校岗位 {quota} 个", $"score {score} ranked {rank} of {of} at {school} for {quota} own-school posts");
    public static Words OwnSchoolPlaced(Words facts, string source, decimal share) =>
        new($"第一批本校竞聘：{facts.Zh}，{source} 本校竞聘上岗{Percent(share)}", $"batch 1, own school: {facts.En}, {source} 本校竞聘上岗{Percent(share)}");
    public static Words OwnSchoolNotPlaced(Words facts, bool allTaken) =>
        new($"第一批本校竞聘：未聘上（{facts.Zh}，{(allTaken ? "岗位已满" : "没有对应学科的空岗")}）", $"batch 1, own school: not placed ({facts.En}{(allTaken ? ", all taken" : ", no free post of the subject")})");
    public static Words CrossSchoolPlaced(decimal score, string school, int choice, string source, decimal share) =>
        new($"第二批跨校竞聘：得分 {score}，聘到{school}（第 {choice} 志愿），{source} 跨校竞聘上岗{Percent(share)}",
            $"batch 2, cross-school: score {score}, placed at {school} (choice {choice}), {source} 跨校竞聘上岗{Percent(share)}");
    public static Words FollowsStudents(string closed, string into, string source) =>
        new($"{closed}因布局调整撤并，随学生纳入{into}管理，{source} 先期纳入学生流入地学校管理", $"{closed} was merged: belongs to {into}, where its students went, {source} 先期纳入学生流入地学校管理");
    public static Words MergedIntoItself => new("撤并学校与学生流入学校不能是同一所。", "a school cannot be merged into itself");
    public static Words NotWaitingInRound(Guid person) => new($"人员 {person} 在本轮不是待岗人员。", $"person {person} is not waiting after this round");
    public static Words AppliedNowhere => new("第二批跨校竞聘：未报名", "batch 2, cross-school: applied nowhere");
    public static Words NoPostAtChoices => new("第二批跨校竞聘：所选学校没有对应学科的空岗", "batch 2, cross-school: no free post of the subject at the schools chosen");
    public static Words NotWilling => new("组织调剂：本人不服从调剂", "bureau placement: not willing to be placed");
    public static Words BureauPlaced(decimal record, string school, string source) =>
        new($"组织调剂（按任教学科和教学业绩 {record}）：{school}，{source} 依据教师任教学科和教学业绩进行组织调剂",
            $"bureau placement by subject and record ({record}): {school}, {source} 依据教师任教学科和教学业绩进行组织调剂");
    public static Words NoPostInCounty => new("组织调剂：全县没有对应学科的空岗", "bureau placement: no free post of the subject in the county");
    public static Words Waiting(bool again) =>
        new($"{(again ? "继续" : "")}待岗一学期：发放基本工资、基础性绩效{(again ? "" : "和不高于 50% 的年终质量奖")}，不发放奖励性绩效",
            $"waiting (待岗) one semester{(again ? ", again" : "")}: basic pay, basic performance pay{(again ? "" : ", at most 50% of the year-end quality bonus")}, no incentive pay");
    public static Words Dismissal(int years, int limit, string source) =>
        new($"连续 {years} 年未竞聘上岗，≥ {limit} 年：启动解聘程序，{source} 连续三年内不能竞聘上岗成功的…直至解聘",
            $"{years} years without a post ≥ {limit}: dismissal procedures, {source} 连续三年内不能竞聘上岗成功的…直至解聘");
    public static Words MaternityLeave => new("产假", "on maternity leave");
    public static Words SeriousIllnessLeave => new("重病假", "on serious-illness leave");
    public static Words VillageWorkTeam => new("驻村工作队员", "member of a village work team");
    public static Words AidPosting => new("援藏援彝", "on an aid posting");
    public static Words RetiresSoon(DateOnly on, int years) =>
        new($"{on:yyyy-MM-dd} 退休，距竞聘当月不足 {years} 年", $"retires on {on:yyyy-MM-dd}, less than {years} years after the round's month");
    public static Words RoundNameRequired => new("必填，如“2025年秋季县管校聘”。", "is required, e.g. 2025年秋季县管校聘");
    public static Words RoundDateRequired => new("必填：竞聘日期。", "is required: the day the round is held");
    public static Words OwnShareRange => new("须在 0.5–1 之间（[004] 为 0.90）。", "must be 0.5–1 ([004] uses 0.90)");
    public static Words ProtectedYearsRange => new("须在 0–10 之间（[004] 为 3）。", "must be 0–10 ([004] uses 3)");
    public static Words UnplacedYearsRange => new("须在 1–10 之间（[004] 为 3）。", "must be 1–10 ([004] uses 3)");
    public static Words NineYearSaysStage(string school) => new($"{school}是九年一贯制学校：请填 primary（小学）或 junior（初中）。", $"{school} is a nine-year school: say primary or junior");
    public static Words CountWithin(int max) => new($"须在 0–{max} 之间。", $"must be 0–{max}");
    public static Words NotNegative => new("不能为负数。", "must not be negative");
    public static Words NotInService(Guid id) => new($"{id} 不是本县在职人员。", $"{id} is not a person in service in this county");
    public static Words ListedTwice(string name) => new($"{name} 重复列出。", $"{name} is listed twice");
    public static Words NoApplicants => new("至少列出一名教师。", "list at least one teacher");
    public static Words EffectiveOnRequired => new("必填：到新学校报到的第一天。", "is required: the first day at the new schools");
    public static Words RoundApplied(DateOnly from) => new($"本轮已于 {from:yyyy-MM-dd} 起执行。", $"the round was applied from {from:yyyy-MM-dd}");
    public static Words EffectiveBeforeRound(DateOnly effective, DateOnly round) =>
        new($"生效日期 {effective:yyyy-MM-dd} 早于竞聘日期（{round:yyyy-MM-dd}）。", $"effectiveOn {effective:yyyy-MM-dd} is before the round ({round:yyyy-MM-dd})");
    public static Words ChangedSinceRound(string name) =>
        new($"{name}在竞聘后离岗或调动；请先更正记录，再重新组织竞聘。", $"{name} left or moved since the round; correct the record, then run the round again");

    // Entities in version conflicts and 404s.
    public static Words PersonEntity(Guid id) => new($"人员 {id}", $"Person {id}");
    public static Words NoPersonWithIdNumber(string masked) => new($"本县没有身份证号为 {masked} 的人员。", $"no person with identity number {masked} in this county");
    public static Words PlanEntity(Guid id) => new($"交流轮岗方案 {id}", $"Rotation plan {id}");
    public static Words RoundEntity(Guid id) => new($"县管校聘 {id}", $"Round {id}");
    public static Words PlacementEntity(Guid id) => new($"交流安排 {id}", $"Placement {id}");
    public static Words NotInCounty(Words entity) => new($"本县没有{entity.Zh}。", $"{entity.En} is not in this county.");

    // People.
    public static Words IdRegistered(Guid existing) => new($"该身份证号已登记（人员 {existing}）。", $"is already registered (person {existing})");
    public static Words IdOfAnother(Guid other) => new($"该身份证号属于另一人（{other}）。", $"belongs to another person ({other})");
    public static Words Required => new("必填。", "is required");
    public static Words LeaveReasonOneOf(IEnumerable<string> reasons) => new($"须为以下之一：{string.Join("、", reasons)}。", $"must be one of {string.Join(", ", reasons)}");
    public static Words AlreadyLeft(DateOnly on) => new($"此人已于 {on:yyyy-MM-dd} 离岗。", $"the person already left on {on:yyyy-MM-dd}");
    public static Words LeftBeforeArrival(DateOnly from) => new($"早于此人到现学校的日期（{from:yyyy-MM-dd}）。", $"is before the person came to the current school ({from:yyyy-MM-dd})");
    public static Words NameRequired => new("必填，最多 50 个字。", "is required, at most 50 characters");
    public static Words BirthDateDiffers(DateOnly given) => new($"{given:yyyy-MM-dd} 与身份证号中的出生日期不符。", $"{given:yyyy-MM-dd} differs from the birth date in the identity number");
    public static Words GenderDiffers => new("与身份证号的顺序码不符（奇数为男）。", "differs from the identity number's sequence digit (odd for men)");
    public static Words NotAGender(string text) => new($"“{text}”应为男或女（male/female）。", $"'{text}' is not male/female (男/女)");
    public static Words NotAPersonStage(string text, IEnumerable<string> stages) =>
        new($"“{text}”不是学段：幼儿园、小学、初中或高中（{string.Join("、", stages)}）。", $"'{text}' is not one of {string.Join(", ", stages)} (幼儿园/小学/初中/高中)");
    public static Words NotASubjectOf(string text) => new($"“{text}”不是学科（语文、数学、英语、体育……）。", $"'{text}' is not a subject (语文, 数学, 英语, 体育, …)");
    public static Words TeacherNeedsSubject => new("教师至少要有一门任教学科。", "a teacher needs at least one subject");
    public static Words UnknownSchool(string given) => new($"“{given}”不是本县交流轮岗服务已知的学校。", $"'{given}' is not a school of this county known to rotation");
    public static Words HiredOnRequired => new("必填（参加工作时间）。", "is required (参加工作时间)");
    public static Words HiredBefore16(DateOnly on) => new($"{on:yyyy-MM-dd} 早于此人年满 16 周岁。", $"{on:yyyy-MM-dd} is before the person's 16th birthday");
    public static Words AtSchoolSinceRequired => new("必填：到现学校的日期。", "is required: since when the person is at the current school");
    public static Words AtSchoolBeforeHire => new("早于参加工作时间。", "is before the hire date");
    public static Words OnlyCadresHaveTerms => new("只有校长、副校长有任期。", "only principals and vice-principals have a post term");
    public static Words UnknownHistorySchool(string given) => new($"“{given}”不是交流轮岗服务已知的学校。", $"'{given}' is not a school known to rotation");
    public static Words StintDates => new("须有起止日期，且结束不早于开始。", "needs from and to dates, to not before from");
    public static Words StintOverlaps(DateOnly to, DateOnly since) => new($"{to:yyyy-MM-dd} 与现学校（自 {since:yyyy-MM-dd}）重叠。", $"{to:yyyy-MM-dd} overlaps the current school (since {since:yyyy-MM-dd})");
    public static Words NotAStatus(string text, IEnumerable<string> names) => new($"“{text}”不是状态（{string.Join("、", names)}）。", $"'{text}' is not a status ({string.Join(", ", names)})");
    public static Words PregnantGender => new("“孕期”与身份证号的性别不符。", "pregnant does not fit the identity number's gender");
    public static Words UnknownWish(Guid id) => new($"{id} 不是交流轮岗服务已知的学校。", $"{id} is not a school known to rotation");
    public static Words NotOneOf(string text, IEnumerable<string> wire, IEnumerable<string> chinese) =>
        new($"“{text}”应为 {string.Join("/", chinese)}（{string.Join(", ", wire)}）。", $"'{text}' is not one of {string.Join(", ", wire)} ({string.Join("/", chinese)})");
    public static Words SameIdInRow(int row) => new($"同一身份证号已在第 {row} 行出现。", $"the same identity number is already in row {row}");
    public static Words NotADate(string text) => new($"“{text}”不是日期（如 2024-09-01）。", $"'{text}' is not a date (2024-09-01)");
    public static Words NotAStint(string text) => new($"“{text}”应为 学校标识码:起始日期~结束日期。", $"'{text}' is not 学校标识码:起始日期~结束日期");
    public static Words UnknownSchoolCode(string code) => new($"“{code}”不是交流轮岗服务已知的学校标识码。", $"'{code}' is not a school code known to rotation");

    // Identity numbers (GB 11643).
    public static Words IdLength(int length) => new($"共 {length} 位；身份证号应为 18 位。", $"has {length} characters; an identity number has 18");
    public static Words IdNotDigit(int position) => new($"第 {position} 位不是数字。", $"character {position} is not a digit");
    public static Words IdNoBirthDate(string text) => new($"第 7–14 位（{text}）不是出生日期。", $"characters 7–14 ('{text}') are not a birth date");
    public static Words IdCheck => new("校验码不符（GB 11643 MOD 11-2）。", "the check character does not match (GB 11643 MOD 11-2)");

    // Placements.
    public static Words ReturnAfterStart(DateOnly start) => new($"须晚于交流开始日期 {start:yyyy-MM-dd}。", $"must be after the placement started on {start:yyyy-MM-dd}");
    public static Words OnlyLeadSchoolSent => new("只有牵头学校派到成员校区的人员可以留任。", "only people the lead school placed at a member campus may stay for good");
    public static Words RatingNotExcellent(int year, string? rating) =>
        new($"{year} 学年考核结果为{(rating is null ? "尚未评定" : $"“{rating}”")}，不是优秀。", $"the rating for school year {year} is {(rating is null ? "not yet known" : $"'{rating}'")}, not excellent");
    public static Words PlacementEnded(string status, DateOnly? on) => new($"该交流安排已结束（{status}，{on:yyyy-MM-dd}）。", $"the placement already ended ({status} on {on:yyyy-MM-dd})");
    public static Words NoLongerAtHost => new("此人已不在交流校区（已离岗或调动）；请先更正记录。", "the person is no longer at the host campus (left or moved since); correct the record first");

    // Career checks [001] 四(四)1.
    public static Words NotCountyTown => new("本条适用于县城学校教师；此人所在学校不是县城学校", "the rule binds teachers of county-town schools; this person's school is not one");
    public static Words YearsBelowCompetent(IEnumerable<int> years) => new($"考核不合格的学年不计：{string.Join("、", years)}", $"school years rated below competent do not count: {string.Join(", ", years)}");
    public static Words YearsUnrated(IEnumerable<int> years) => new($"尚未考核的学年已计入：{string.Join("、", years)}", $"school years not yet rated, counted: {string.Join(", ", years)}");

    // Settings.
    public static Words PresetOneOf(IEnumerable<string> names) => new($"须为以下之一：{string.Join("、", names)}。", $"must be one of {string.Join(", ", names)}");
    public static Words TeacherYearsRange(int years) => new($"{years} 不在 3–12 年之间（政策文件为 6 年）。", $"{years} is outside 3–12 years (the seeds use 6)");
    public static Words TermYearsRange(int years) => new($"{years} 不在 2–6 年之间。", $"{years} is outside 2–6 years");
    public static Words ShareRange(decimal share) => new($"{share} 不在 0.10–1 之间（国家 2014 年文件：不低于符合条件教师的 10%）。", $"{share} is outside 0.10–1 (at least 10% of eligible teachers, national 2014)");
    public static Words BackboneRange(decimal share) => new($"{share} 不在 0.20–1 之间（国家 2014 年文件：骨干教师不低于 20%）。", $"{share} is outside 0.20–1 (backbone at least 20%, national 2014)");
    public static Words AgeRange(int age, int min, int max) => new($"{age} 不在 {min}–{max} 之间。", $"{age} is outside {min}–{max}");

    // Import sheets: the file's columns, the JSON rows' fields and the blank templates (GET …/templates/{name}.xlsx).
    static ImportColumn Column(string key, string field, string[] headers, bool required, Words meaning, Words? allowed = null, string sample = "") =>
        new(key, field, headers, required, meaning, allowed, sample);

    static readonly Words DateValue = new("日期，如 2024-09-01", "a date such as 2024-09-01");

    public static readonly ImportSheet PeopleSheet = new("people", new("教职工名册", "Staff roster"),
    [
        Column("name", "name", ["姓名"], true, new("姓名", "the name"), new("最多 50 个字", "at most 50 characters"), "李明"),
        Column("idNumber", "idNumber", ["身份证号", "公民身份号码"], true, new("公民身份号码（18 位，含校验码）", "the identity number (18 characters, check digit included)"), null, "421125198503120038"),
        Column("gender", "gender", ["性别"], false, new("性别；不填则按身份证号", "the gender; from the identity number when empty"), new("男、女", "男, 女"), "男"),
        Column("role", "role", ["岗位类别", "职务"], false, new("岗位；不填为教师", "the post; a teacher when empty"), new("教师、中层干部、副校长、校长（副园长、园长）", "教师, 中层干部, 副校长, 校长 (副园长, 园长)"), "教师"),
        Column("stage", "stage", ["学段"], true, new("任教学段", "the stage taught"), new("幼儿园、小学、初中、高中", "幼儿园, 小学, 初中, 高中"), "小学"),
        Column("subjects", "subjects", ["任教学科"], false, new("任教学科，教师必填；多个用顿号分隔", "subjects taught (teachers); separated by 、"), new("语文、数学、英语、体育……", "语文, 数学, 英语, 体育, …"), "数学"),
        Column("title", "title", ["职称"], false, new("专业技术职称", "the professional title"), null, "一级教师"),
        Column("postLevel", "postLevel", ["岗位等级"], false, new("岗位等级", "the post level"), null, "十级"),
        Column("backbone", "backbone", ["骨干级别"], false, new("骨干教师级别；不填为无", "backbone level; none when empty"), new("无、县级、市级、省级", "无, 县级, 市级, 省级"), "县级"),
        Column("gradeBand", "gradeBand", ["年级段"], false, new("小学教师任教的年级段", "the grade band a primary teacher teaches"), new("低、中、高", "低, 中, 高"), "中"),
        Column("hiredOn", "hiredOn", ["参加工作时间"], true, new("参加工作时间", "the day the person started work"), DateValue, "2008-09-01"),
        Column("inPostSince", "inPostSince", ["任现职时间"], false, new("校长、副校长任现职的时间", "since when a principal or vice-principal holds the post"), DateValue, ""),
        Column("schoolCode", "schoolCode", ["学校标识码", "学校代码"], true, new("现任教学校的标识码", "the code of the current school"), null, "4211250001"),
        Column("atSchoolSince", "atSchoolSince", ["到校时间"], true, new("到现学校的时间", "since when the person is at the current school"), DateValue, "2016-09-01"),
        Column("history", "history", ["工作经历"], false, new("以往任教学校：学校标识码:起始日期~结束日期，多段用分号分隔，交流经历加“(交流)”", "earlier schools: code:from~to, separated by ;, a rotation marked (交流)"),
            null, "4211250002:2008-09-01~2016-08-31"),
        Column("statuses", "statuses", ["状态"], false, new("暂不纳入交流等情形及高三教学经验，多个用顿号分隔", "statuses such as exemptions, and senior-three experience, separated by 、"), new("孕期、哺乳期、患病、特色课程领衔、驻村工作队、援藏援彝、产假、重病假、教体局认定、高三教学经验", "孕期, 哺乳期, 患病, 特色课程领衔, 驻村工作队, 援藏援彝, 产假, 重病假, 教体局认定, 高三教学经验"), ""),
        Column("wishes", "wishes", ["意愿学校"], false, new("交流意愿学校的标识码，按志愿先后，用顿号分隔", "the codes of wished-for schools, in order, separated by 、"), null, ""),
    ]);

    // Exports (lists a bureau prints).
    public static Words GenderOf(Gender gender) => gender == Domain.Gender.Male ? new("男", "male") : new("女", "female");
    public static Words Backbone(BackboneLevel level) => level switch
    {
        BackboneLevel.County => new("县级", "county"),
        BackboneLevel.City => new("市级", "city"),
        BackboneLevel.Province => new("省级", "province"),
        _ => new("无", "none"),
    };
    public static Words Yes(bool value) => value ? new("是", "yes") : new("否", "no");
    public static Words EligibilityTitle(int year) => new($"{year}学年交流轮岗对象名单", $"{year} rotation eligibility list");
    public static Words EligibilitySheet => new("交流轮岗对象", "Eligibility");
    public static Words EligibilityHeaders => new("姓名|学校|岗位|骨干教师|结论|依据规则|说明", "Name|School|Post|Backbone|Status|Rules|Explanation");
    public static Words PeopleTitle => new("教职工名册", "staff roster");
    public static Words StaffSheet => new("教职工名册", "Staff");
    public static Words PeopleHeaders => new("姓名|身份证号|性别|岗位|学段|任教学科|职称|骨干级别|学校|参加工作时间|到校时间",
        "Name|Identity number|Gender|Post|Stage|Subjects|Title|Backbone|School|Hired on|At school since");
    public static Words Mode(MoveMode mode) => mode switch
    {
        MoveMode.Support => new("支教", "support"),
        MoveMode.Itinerant => new("走教", "itinerant"),
        MoveMode.Secondment => new("挂职", "secondment"),
        MoveMode.Shadowing => new("跟岗", "shadowing"),
        _ => new("交流", "exchange"),
    };
    public static Words PlacementStatus(PlacementStatus status) => status switch
    {
        Domain.PlacementStatus.Returned => new("已返回", "returned"),
        Domain.PlacementStatus.Transferred => new("已转任", "transferred"),
        _ => new("在岗", "active"),
    };
    public static Words PlanTitle(int year, PlanStatus status) => new($"{year}学年交流轮岗名单（{Status(status).Zh}）", $"{year} rotation list ({Status(status).En})");
    public static Words MovesSheet => new("交流名单", "Moves");
    public static Words MovesHeaders => new("序号|姓名|岗位|骨干教师|学段|学科|派出学校|接收学校|交流方式|起始日期|结束日期|对等交流对象|安排理由",
        "No.|Name|Post|Backbone|Stage|Subject|From|To|Mode|Start|End|In return for|Reasons");
    public static Words TargetsSheet => new("目标完成情况", "Targets");
    public static Words TargetsHeaders => new("目标|范围|要求|安排|差额|是否达到|依据|未达到的原因", "Target|Scope|Required|Planned|Short|Met|Source|Why short");
    public static Words SchoolsSheet => new("分校统计", "By school");
    public static Words SchoolsHeaders => new("教联体|学校|派出人数|接收人数", "Alliance|School|Sent|Received");
    public static Words AllianceTotal => new("教联体合计", "alliance total");
    public static Words PlacementsTitle => new("交流轮岗人员派出与返回情况", "placements and returns");
    public static Words PlacementsSheet => new("派出与返回", "Placements");
    public static Words PlacementsHeaders => new("姓名|派出学校|接收学校|交流方式|学段|学科|起始日期|约定结束日期|状态|实际结束日期",
        "Name|Home school|Host school|Mode|Stage|Subject|Start|Agreed end|Status|Ended on");
    public static Words ItinerariesTitle(int year) => new($"{year}学年走教教师周安排", $"{year} itinerant teachers' weekly timetables");
    public static Words TeachersSheet => new("按教师", "By teacher");
    public static Words TeachersHeaders => new("姓名|学科|所在学校|周一|周二|周三|周四|周五|走教学校及天数|每周路程（公里）|每周路上时间（分钟）|每周交通补助（元）|说明",
        "Name|Subject|Home school|Mon|Tue|Wed|Thu|Fri|Campuses and days|Weekly km|Weekly minutes on the road|Weekly allowance (yuan)|Notes");
    public static Words CampusesSheet => new("按学校", "By campus");
    public static Words CampusesHeaders => new("学校|周一|周二|周三|周四|周五", "Campus|Mon|Tue|Wed|Thu|Fri");
    public static Words UnservedSheet => new("未安排的需求", "Needs not reached");
    public static Words UnservedHeaders => new("学校|学科", "Campus|Subject");
    public static Words CampusDays(string school, int days, double? km) =>
        new($"{school} {days} 天{(km is { } d ? $"（单程 {d:0.#} 公里）" : "")}", $"{school} {days} d{(km is { } e ? $" ({e:0.#} km one way)" : "")}");
}
