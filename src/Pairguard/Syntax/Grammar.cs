using System.Runtime.InteropServices;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>A loaded tree-sitter grammar: its name, node kind and field names. Immutable and shared by every thread.</summary>
public sealed unsafe class Grammar
{
    private const ushort ErrorSymbol = ushort.MaxValue;

    private readonly string[] _symbols;
    private readonly string[] _fields;
    private readonly Dictionary<string, ushort> _fieldIds;
    private readonly bool[] _commentSlots;

    private Grammar(string name, string language, nint pointer)
    {
        Name = name;
        Language = language;
        Pointer = pointer;
        AbiVersion = (int)TreeSitterApi.ts_language_abi_version(pointer);

        var symbolCount = TreeSitterApi.ts_language_symbol_count(pointer);
        _symbols = new string[symbolCount];
        for (ushort i = 0; i < symbolCount; i++)
        {
            _symbols[i] = string.Intern(TreeSitterApi.ToManaged(TreeSitterApi.ts_language_symbol_name(pointer, i)));
        }

        SkippedTokens = new byte[_symbols.Length];
        for (var i = 0; i < _symbols.Length; i++)
        {
            SkippedTokens[i] = _symbols[i] is "(" or ")" or "," or ";" && TreeSitterApi.ts_language_symbol_type(pointer, (ushort)i) == TreeSitterApi.SymbolTypeAnonymous ? (byte)1 : (byte)0;
        }

        _commentSlots = new bool[_symbols.Length + 2];
        for (var i = 0; i < _symbols.Length; i++)
        {
            _commentSlots[i] = _symbols[i].Contains("comment", StringComparison.Ordinal);
        }

        var fieldCount = TreeSitterApi.ts_language_field_count(pointer);
        _fields = new string[fieldCount + 1];
        _fieldIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        _fields[0] = "";
        for (ushort i = 1; i <= fieldCount; i++)
        {
            var field = string.Intern(TreeSitterApi.ToManaged(TreeSitterApi.ts_language_field_name_for_id(pointer, i)));
            _fields[i] = field;
            _fieldIds.TryAdd(field, i);
        }
    }

    /// <summary>Grammar name, e.g. <c>python</c>, <c>tsx</c>, <c>php_only</c>.</summary>
    public string Name { get; }

    /// <summary>Pairguard language id this grammar parses.</summary>
    public string Language { get; }

    /// <summary>tree-sitter ABI version the grammar was generated for.</summary>
    public int AbiVersion { get; }

    /// <summary>Every node kind (named and anonymous) the grammar can produce.</summary>
    public IReadOnlyCollection<string> NodeKinds => _symbols;

    /// <summary>True when the grammar has a node kind of that name.</summary>
    public bool HasKind(string kind) => Array.IndexOf(_symbols, kind) >= 0;

    /// <summary>True when the grammar has a field of that name.</summary>
    public bool HasField(string field) => _fieldIds.ContainsKey(field);

    /// <summary>Every field name of the grammar.</summary>
    public IReadOnlyList<string> FieldNames => _fields[1..];

    internal nint Pointer { get; }

    /// <summary>
    /// Per symbol, 1 for the anonymous tokens <c>(</c> <c>)</c> <c>,</c> <c>;</c>: the copy the rule engine matches on leaves them out
    /// (one byte long and not inserted by error recovery), as its matching passes over them (<see cref="Rules.Matching.AstNode.Significant"/>).
    /// </summary>
    internal byte[] SkippedTokens { get; }

    /// <summary>How many distinct values <see cref="SymbolSlot"/> gives.</summary>
    internal int SymbolSlots => _symbols.Length + 2;

    /// <summary>A dense index for a symbol (the two error symbols after the grammar's own), for per-symbol arrays.</summary>
    internal int SymbolSlot(ushort symbol) => symbol < _symbols.Length ? symbol : symbol == ErrorSymbol ? _symbols.Length : _symbols.Length + 1;

    /// <summary>True when the symbol's kind names a comment (as <see cref="Rules.Matching.AstNode.IsComment"/> tells), per <see cref="SymbolSlot"/>.</summary>
    internal bool IsCommentSlot(int slot) => _commentSlots[slot];

    /// <summary>Name of a node kind symbol.</summary>
    internal string SymbolName(ushort symbol) => symbol < _symbols.Length ? _symbols[symbol] : symbol == ErrorSymbol ? "ERROR" : "_ERROR";

    /// <summary>Name of a field id ("" for none).</summary>
    internal string FieldName(ushort field) => field < _fields.Length ? _fields[field] : "";

    /// <summary>Id of a field name, 0 when the grammar has no such field.</summary>
    internal ushort FieldId(string name) => _fieldIds.TryGetValue(name, out var id) ? id : (ushort)0;

    internal static Grammar Load(string name, string language, string symbol)
    {
        var library = NativeLibraryResolver.Handle;
        if (!NativeLibrary.TryGetExport(library, symbol, out var export))
        {
            throw new SyntaxUnavailableException($"{NativeLibraryResolver.FileName} has no grammar entry point {symbol}: rebuild it (native/grammars.txt).");
        }

        var pointer = ((delegate* unmanaged<nint>)export)();
        if (pointer == 0)
        {
            throw new SyntaxUnavailableException($"grammar {name} returned no language");
        }

        var probe = TreeSitterApi.ts_parser_new();
        try
        {
            if (!TreeSitterApi.ts_parser_set_language(probe, pointer))
            {
                throw new SyntaxUnavailableException(
                    $"grammar {name} has ABI version {TreeSitterApi.ts_language_abi_version(pointer)}, which this tree-sitter runtime does not accept");
            }
        }
        finally
        {
            TreeSitterApi.ts_parser_delete(probe);
        }

        return new Grammar(name, language, pointer);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
