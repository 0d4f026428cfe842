namespace RubricEngine.Model.Diagnostics;

// The words the decision store's findings put in their placeholders: kinds, chain positions, what is missing.
public static partial class DiagnosticPhrases
{
    // The record commands' words for the kinds a store holds (records and stored contents).
    private static readonly Dictionary<string, string> ChineseStoredKinds = new(StringComparer.Ordinal)
    {
        ["decision"] = "决定", ["error"] = "错误", ["run-start"] = "运行开始", ["run-end"] = "运行结束",
        ["rubric"] = "评分规则", ["dossier"] = "材料", ["content"] = "内容",
    };

    /// <summary>A record's or a stored content's kind as stored (<c>decision</c>, <c>run-start</c>, <c>rubric</c>...); an unknown kind as stored.</summary>
    public static DiagnosticPhrase StoredKind(string kind) =>
        Phrase("{0}", ChineseStoredKinds.TryGetValue(kind, out var chinese) ? chinese : "{0}", kind);

    /// <summary>"Record 9 was" or "Records 9-11 were" deleted (Chinese "记录 9"); nothing between them reads "One or more records were".</summary>
    public static DiagnosticPhrase RecordsDeleted(long first, long last) => (last - first) switch
    {
        0 => Phrase("Record {0} was", "记录 {0}", first),
        > 0 => Phrase("Records {0}-{1} were", "记录 {0}-{1}", first, last),
        _ => Phrase("One or more records were", "一条或多条记录"),
    };

    /// <summary>A record's kind when its hash was rewritten to match its edited content: "decision, hash rewritten".</summary>
    public static DiagnosticPhrase HashRewritten(string kind) => Phrase("{0}, hash rewritten", "{0}，哈希被改写", StoredKind(kind));

    /// <summary>A record the chain passes through, by its id: "5" in English (after "record"), "记录 5" in Chinese.</summary>
    public static DiagnosticPhrase ChainRecord(long seq) => Phrase("{0}", "记录 {0}", seq);

    /// <summary>Where the chain starts, before its first record.</summary>
    public static DiagnosticPhrase ChainStart { get; } = Phrase("start", "链首");

    /// <summary>Where the chain ends, after its last record.</summary>
    public static DiagnosticPhrase ChainEnd { get; } = Phrase("end", "链尾");

    /// <summary>The first records that refer to a content, "5, 6, 7 and 3 more" (Chinese "5、6、7 及另外 3 条").</summary>
    public static DiagnosticPhrase RecordList(IEnumerable<long> shown, int more)
    {
        var ids = shown.ToList();
        var english = string.Join(", ", ids);
        var chinese = string.Join("、", ids);
        return more > 0 ? Phrase("{0} and {2} more", "{1} 及另外 {2} 条", english, chinese, more) : Phrase("{0}", "{1}", english, chinese);
    }

    /// <summary>RUB0803's message: no run of that id.</summary>
    public static DiagnosticPhrase NoRun(string runId) => Phrase("No run '{0}' in the store", "存储库中没有运行“{0}”", runId);

    /// <summary>RUB0803's message: no record of that id.</summary>
    public static DiagnosticPhrase NoRecord(long recordId) => Phrase("No record {0} in the store", "存储库中没有记录 {0}", recordId);

    /// <summary>RUB0803's message: no decision of that dossier, in the store or in one run.</summary>
    public static DiagnosticPhrase NoDecisionOf(string dossierId, string? runId) => runId is null
        ? Phrase("No recorded decision of dossier '{0}'", "存储库中没有材料“{0}”的决定记录", dossierId)
        : Phrase("No recorded decision of dossier '{0}' in run '{1}'", "运行“{1}”中没有材料“{0}”的决定记录", dossierId, runId);

    /// <summary>Why a stored decision cannot be replayed (RUB0821).</summary>
    public static DiagnosticPhrase StoredDossierUnusable { get; } = Phrase("its stored dossier is missing or was edited", "其存储的材料缺失或被修改");

    /// <inheritdoc cref="StoredDossierUnusable"/>
    public static DiagnosticPhrase StoredRubricUnusable { get; } = Phrase("its stored rubric is missing or was edited", "其存储的评分规则缺失或被修改");

    /// <inheritdoc cref="StoredDossierUnusable"/>
    public static DiagnosticPhrase StoredRubricDoesNotLoad(IEnumerable<Diagnostic> errors)
    {
        var all = errors.ToList();
        return Phrase("its stored rubric does not load: {0}", "其存储的评分规则无法加载：{1}",
            string.Join("; ", all.Select(e => e.Message)), string.Join("；", all.Select(e => e.MessageIn("zh"))));
    }

    /// <inheritdoc cref="StoredDossierUnusable"/>
    public static DiagnosticPhrase UnknownEngine(string engine, string problem) => Phrase("its engine '{0}' is unknown: {1}", "其引擎“{0}”未知：{1}", engine, problem);

    /// <inheritdoc cref="StoredDossierUnusable"/>
    public static DiagnosticPhrase EngineNotProvided(string engine) =>
        Phrase("it was decided by the {0} engine, which the caller did not provide", "它由 {0} 引擎决定，调用方未提供该引擎", engine);

    /// <inheritdoc cref="StoredDossierUnusable"/>
    public static DiagnosticPhrase NotADecision { get; } = Phrase("it is not a decision", "它不是决定");

    /// <summary>A library's own message (a parse error), which has no other wording: the same in every language.</summary>
    public static DiagnosticPhrase Verbatim(string text) => Phrase("{0}", "{0}", text);

    /// <summary>Why a store cannot be opened (RUB0802): the file is not there.</summary>
    public static DiagnosticPhrase StoreMissing(string path) => Phrase("'{0}' does not exist", "“{0}”不存在", path);

    /// <summary>Why a file or database is not a decision store (RUB0800).</summary>
    public static DiagnosticPhrase IsAFolder { get; } = Phrase("it is a folder", "它是文件夹");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase EmptyFile { get; } = Phrase("the file is empty", "该文件为空");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase NotSqlite { get; } = Phrase("it is not a SQLite database", "它不是 SQLite 数据库");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase HoldsNoRecords { get; } = Phrase("it holds no decision records", "其中没有决定记录");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase OtherSqliteDatabase { get; } = Phrase("it is a SQLite database of something else", "它是其他用途的 SQLite 数据库");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase StoreFormat(string format) => Phrase("its format is '{0}'", "其格式为“{0}”", format);

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase SchemaVersionUnreadable { get; } = Phrase("its schema version is unreadable", "其结构版本无法读取");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase NotAnExportedRun { get; } = Phrase("it is JSON but not an exported run", "它是 JSON，但不是导出的运行");

    /// <inheritdoc cref="HoldsNoRecords"/>
    public static DiagnosticPhrase UnreadableExport(string problem) => Phrase("it is not a readable exported run: {0}", "它不是可读取的导出运行：{0}", problem);
}
