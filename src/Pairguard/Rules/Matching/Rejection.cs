namespace Pairguard.Rules.Matching;

/// <summary>
/// A formula's quick rejection in one language (<see cref="FormulaEvaluator.CannotMatch"/>), compiled into one array: the words,
/// literal texts, types and node kinds its patterns need, and how its operators combine them.
/// </summary>
/// <remarks>
/// The rejection is asked for every formula of every candidate rule on every file, and nearly never twice for the same formula and
/// file. Walking the formula objects and their compiled patterns for it touched memory spread over the heap (the copy of each new
/// file's tree has pushed it out of the caches), and a table lookup per question cost as much again. Here one formula's question
/// reads one array, and the file's answers per text and kind (<see cref="TextOccurrences.Holds"/>, <see cref="MatchTarget.HasKind"/>)
/// are arrays indexed by number (<see cref="TextIds"/>).
/// </remarks>
internal sealed class Rejection
{
    // each node is two numbers: [operator, operand]; a combining node's operand is the index just past its last child
    private const int Never = 0;
    private const int AnyRejects = 1;
    private const int AllReject = 2;
    private const int MissingText = 3;
    private const int MissingStringText = 4;
    private const int MissingType = 5;
    private const int MissingKind = 6;
    private const int MissingAnchors = 7;
    private const int MissingStringAnchors = 8;

    /// <summary>Programs kept per formula at most (one per language and compiler in use): older ones are dropped past this.</summary>
    private const int MaxPerFormula = 4;

    private readonly int[] _code;
    private readonly NeededText[] _texts;
    private readonly string[] _kinds;
    private readonly int[] _kindIds;
    private readonly RegexAnchors[] _anchors;

    private Rejection(Formula formula, string language, int compiler, Builder built, Rejection? next)
    {
        Formula = formula;
        Language = language;
        Compiler = compiler;
        _code = [.. built.Code];
        _texts = [.. built.Texts];
        _kinds = [.. built.Kinds];
        _kindIds = [.. built.Kinds.Select(TextIds.OfKind)];
        _anchors = [.. built.Anchors];
        Next = next;
    }

    /// <summary>The formula object compiled (a copy made with <c>with</c> carries its original's programs, and is not served them).</summary>
    private Formula Formula { get; }

    private string Language { get; }

    /// <summary>The number of the <see cref="PatternCompiler"/> whose compiled patterns were read (its options change what parses).</summary>
    private int Compiler { get; }

    /// <summary>The formula's program for another language or compiler, if any.</summary>
    private Rejection? Next { get; }

    /// <summary>The formula's program for the language and compiler, made on first use and kept on the formula.</summary>
    public static Rejection For(Formula formula, string language, PatternCompiler compiler)
    {
        var head = formula.Rejections;
        var count = 0;
        for (var r = head; r is not null; r = r.Next, count++)
        {
            if (ReferenceEquals(r.Formula, formula) && r.Compiler == compiler.Identity && (ReferenceEquals(r.Language, language) || r.Language == language))
            {
                return r;
            }
        }

        var builder = new Builder(language, compiler);
        builder.Emit(formula);
        // two threads may both build the same program, and one of them be lost: it is built again when next asked
        var made = new Rejection(formula, language, compiler.Identity, builder, count < MaxPerFormula && ReferenceEquals(head?.Formula, formula) ? head : null);
        formula.Rejections = made;
        return made;
    }

    /// <summary>True when the formula certainly matches nothing in the target (see <see cref="FormulaEvaluator.CannotMatch"/>).</summary>
    public bool Rejects(MatchTarget target) => Rejects(0, target);

    private bool Rejects(int at, MatchTarget target)
    {
        var operand = _code[at + 1];
        switch (_code[at])
        {
            case AnyRejects:
                for (var child = at + 2; child < operand; child = NextNode(child))
                {
                    if (Rejects(child, target))
                    {
                        return true;
                    }
                }

                return false;
            case AllReject:
                for (var child = at + 2; child < operand; child = NextNode(child))
                {
                    if (!Rejects(child, target))
                    {
                        return false;
                    }
                }

                return true;
            case MissingText:
                return !target.Occurrences.Holds(_texts[operand], target.Root.Start, target.Root.End);
            case MissingStringText:
                // a literal's content is in the text as written, except in Python's implicit concatenations ("a" "b")
                return !target.HasConcatenatedStrings && !target.Occurrences.Holds(_texts[operand], target.Root.Start, target.Root.End);
            case MissingType:
                return !target.Occurrences.HoldsAnywhere(_texts[operand]);
            case MissingKind:
                return !target.HasKind(_kindIds[operand], _kinds[operand]);
            case MissingAnchors:
                return !target.Occurrences.ContainsAny(_anchors[operand]);
            case MissingStringAnchors:
                // as for a literal's text: in the file's text as written, except in Python's implicit concatenations
                return !target.HasConcatenatedStrings && !target.Occurrences.ContainsAny(_anchors[operand]);
            default:
                return false;
        }
    }

    private int NextNode(int at) => _code[at] is AnyRejects or AllReject ? _code[at + 1] : at + 2;

    /// <summary>Writes the program of a formula, in the order <see cref="FormulaEvaluator.CannotMatch"/> used to ask.</summary>
    private sealed class Builder(string language, PatternCompiler compiler)
    {
        public List<int> Code { get; } = [];

        public List<NeededText> Texts { get; } = [];

        public List<string> Kinds { get; } = [];

        public List<RegexAnchors> Anchors { get; } = [];

        public void Emit(Formula f)
        {
            switch (f)
            {
                case PatternFormula p:
                    if (language == RuleLanguages.Generic || compiler.Compile(p, language, out _) is not { } pattern)
                    {
                        Leaf(Never, 0);
                        return;
                    }

                    // a pattern needs its typed metavariables' types, its words, its literals' texts and its node kinds
                    StructuralMatcher.RequiredTexts(pattern);
                    var open = Open(AnyRejects);
                    foreach (var type in pattern.TypeTexts!)
                    {
                        Leaf(MissingType, Add(Texts, type));
                    }

                    var needed = pattern.Needed!;
                    foreach (var text in needed)
                    {
                        Leaf(MissingText, Add(Texts, text));
                    }

                    foreach (var text in pattern.NeededWithStrings!.Skip(needed.Length))
                    {
                        Leaf(MissingStringText, Add(Texts, text));
                    }

                    foreach (var anchors in pattern.StringAnchors!)
                    {
                        Leaf(MissingStringAnchors, Add(Anchors, anchors));
                    }

                    foreach (var kind in StructuralMatcher.RequiredKinds(pattern))
                    {
                        Leaf(MissingKind, Add(Kinds, kind));
                    }

                    Close(open);
                    return;
                case EitherFormula e when e.Alternatives.Count > 0:
                    var either = Open(AllReject);
                    foreach (var alternative in e.Alternatives)
                    {
                        Emit(alternative);
                    }

                    Close(either);
                    return;
                case InsideFormula i:
                    Emit(i.Inner);
                    return;
                case AllFormula a:
                    var all = Open(AnyRejects);
                    foreach (var positive in a.Positives)
                    {
                        Emit(positive);
                    }

                    foreach (var condition in a.Conditions)
                    {
                        Emit(condition);
                    }

                    Close(all);
                    return;
                default:
                    Leaf(Never, 0);
                    return;
            }
        }

        /// <summary>A condition of a <c>patterns</c> formula that can hold for no match when its formula cannot match (what the file lacks, so does any part of it).</summary>
        private void Emit(Condition c)
        {
            switch (c)
            {
                case InsideCondition { Formula: var inside }:
                    Emit(inside);
                    return;
                case InFileCondition { Negated: false, Formula: var inFile }:
                    Emit(inFile);
                    return;
                case MetavariablePatternCondition { Formula: var bound } mp when mp.Language is null || mp.Language == language:
                    Emit(bound);
                    return;
                case MetavariableRegexCondition { Regex: var regex }:
                    // bound code is part of the text: the text holds one word of each set of which every match holds one
                    foreach (var anchors in RegexLiteral.AllAnchors(regex))
                    {
                        Leaf(MissingAnchors, Add(Anchors, anchors));
                    }

                    return;
            }
        }

        private static int Add<T>(List<T> list, T item)
        {
            list.Add(item);
            return list.Count - 1;
        }

        private void Leaf(int op, int operand)
        {
            Code.Add(op);
            Code.Add(operand);
        }

        private int Open(int op)
        {
            Code.Add(op);
            Code.Add(0);
            return Code.Count - 2;
        }

        private void Close(int open) => Code[open + 1] = Code.Count;
    }
}
