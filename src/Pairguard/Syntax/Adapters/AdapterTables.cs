using Pairguard.Scanning;

namespace Pairguard.Syntax.Adapters;

/// <summary>The node-kind tables of every code language. Kinds and fields are checked against the grammars by the tests.</summary>
public static class AdapterTables
{
    public static AdapterTable Python { get; } = new()
    {
        Language = Languages.Python,
        Functions = [new("function_definition"), new("lambda", Name: null)],
        Parameters = ["identifier", "typed_parameter", "default_parameter", "typed_default_parameter", "list_splat_pattern", "dictionary_splat_pattern"],
        Calls = [new("call", "function", null, "arguments")],
        Members = [new("attribute", "object", "attribute")],
        Assignments = [new("assignment", "left", "right"), new("augmented_assignment", "left", "right")],
        Strings = ["string", "concatenated_string"],
        InterpolatedStrings = ["string"],
        StringParts = ["string_content", "escape_sequence"],
        HoleWrappers = ["interpolation"],
        HoleNoise = ["format_specifier", "type_conversion", "string_start", "string_end"],
        Concatenations = [new("binary_operator", "+")],
        Returns = ["return_statement"],
        Decorators = ["decorator"],
        Imports = ["import_statement", "import_from_statement", "future_import_statement"],
        ImportCalls = ["__import__", "import_module"],
        Comments = ["comment"],
        Blocks = ["block"],
    };

    public static AdapterTable JavaScript { get; } = new()
    {
        Language = Languages.JavaScript,
        Functions =
        [
            new("function_declaration"), new("generator_function_declaration"), new("function_expression"), new("generator_function"),
            new("arrow_function", Name: null), new("method_definition"),
        ],
        Parameters = ["identifier", "assignment_pattern", "object_pattern", "array_pattern", "rest_pattern"],
        Calls = [new("call_expression", "function", null, "arguments"), new("new_expression", "constructor", null, "arguments")],
        Members = [new("member_expression", "object", "property")],
        Assignments =
        [
            new("assignment_expression", "left", "right"), new("augmented_assignment_expression", "left", "right"), new("variable_declarator", "name", "value"),
        ],
        Strings = ["string", "template_string"],
        InterpolatedStrings = ["template_string"],
        StringParts = ["string_fragment", "escape_sequence"],
        HoleWrappers = ["template_substitution"],
        Concatenations = [new("binary_expression", "+")],
        Returns = ["return_statement"],
        Decorators = ["decorator"],
        Imports = ["import_statement"],
        ImportCalls = ["require", "import"],
        Comments = ["comment"],
        Blocks = ["statement_block", "class_body"],
    };

    public static AdapterTable TypeScript { get; } = JavaScript with
    {
        Language = Languages.TypeScript,
        Functions =
        [
            new("function_declaration"), new("generator_function_declaration"), new("function_expression"), new("generator_function"),
            new("arrow_function", Name: null), new("method_definition"),
        ],
        Parameters = ["required_parameter", "optional_parameter"],
        Assignments =
        [
            new("assignment_expression", "left", "right"), new("augmented_assignment_expression", "left", "right"), new("variable_declarator", "name", "value"),
            new("public_field_definition", "name", "value"),
        ],
    };

    public static AdapterTable Tsx { get; } = TypeScript with { Language = Languages.Tsx };

    public static AdapterTable Java { get; } = new()
    {
        Language = Languages.Java,
        Functions = [new("method_declaration"), new("constructor_declaration"), new("lambda_expression", Name: null)],
        Parameters = ["formal_parameter", "spread_parameter"],
        Calls = [new("method_invocation", "name", "object", "arguments"), new("object_creation_expression", "type", null, "arguments")],
        Members = [new("field_access", "object", "field")],
        Assignments = [new("assignment_expression", "left", "right"), new("variable_declarator", "name", "value")],
        Strings = ["string_literal"],
        StringParts = ["string_fragment", "escape_sequence", "multiline_string_fragment"],
        Concatenations = [new("binary_expression", "+")],
        Returns = ["return_statement"],
        Decorators = ["annotation", "marker_annotation"],
        Imports = ["import_declaration"],
        Comments = ["line_comment", "block_comment"],
        Blocks = ["block", "constructor_body"],
    };

    public static AdapterTable CSharp { get; } = new()
    {
        Language = Languages.CSharp,
        Functions =
        [
            new("method_declaration"), new("constructor_declaration"), new("local_function_statement"), new("lambda_expression", Name: null),
            new("anonymous_method_expression", Name: null),
        ],
        Parameters = ["parameter"],
        Calls = [new("invocation_expression", "function", null, "arguments"), new("object_creation_expression", "type", null, "arguments")],
        ArgumentWrappers = ["argument"],
        Members = [new("member_access_expression", "expression", "name")],
        Assignments = [new("assignment_expression", "left", "right"), new("variable_declarator", "name", null)],
        Strings = ["string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression"],
        InterpolatedStrings = ["interpolated_string_expression"],
        StringParts = ["string_literal_content", "string_content", "raw_string_content", "escape_sequence"],
        HoleWrappers = ["interpolation"],
        HoleNoise =
        [
            "interpolation_brace", "interpolation_alignment_clause", "interpolation_format_clause", "interpolation_start", "interpolation_quote",
            "raw_string_start", "raw_string_end",
        ],
        Concatenations = [new("binary_expression", "+")],
        Returns = ["return_statement"],
        Decorators = ["attribute"],
        Imports = ["using_directive"],
        Comments = ["comment"],
        Blocks = ["block"],
    };

    public static AdapterTable Go { get; } = new()
    {
        Language = Languages.Go,
        Functions = [new("function_declaration"), new("method_declaration"), new("func_literal", Name: null)],
        Parameters = ["parameter_declaration", "variadic_parameter_declaration"],
        Calls = [new("call_expression", "function", null, "arguments")],
        Members = [new("selector_expression", "operand", "field")],
        Assignments =
        [
            new("assignment_statement", "left", "right"), new("short_var_declaration", "left", "right"), new("var_spec", "name", "value"),
            new("const_spec", "name", "value"),
        ],
        Strings = ["interpreted_string_literal", "raw_string_literal"],
        StringParts = ["interpreted_string_literal_content", "raw_string_literal_content", "escape_sequence"],
        Concatenations = [new("binary_expression", "+")],
        Returns = ["return_statement"],
        Decorators = [],
        Imports = ["import_declaration", "import_spec"],
        Comments = ["comment"],
        Blocks = ["block"],
    };

    public static AdapterTable Php { get; } = new()
    {
        Language = Languages.Php,
        Functions =
        [
            new("function_definition"), new("method_declaration"), new("anonymous_function", Name: null), new("arrow_function", Name: null),
        ],
        Parameters = ["simple_parameter", "variadic_parameter", "property_promotion_parameter"],
        Calls =
        [
            new("function_call_expression", "function", null, "arguments"), new("member_call_expression", "name", "object", "arguments"),
            new("nullsafe_member_call_expression", "name", "object", "arguments"), new("scoped_call_expression", "name", "scope", "arguments"),
        ],
        ArgumentWrappers = ["argument"],
        Members =
        [
            new("member_access_expression", "object", "name"), new("nullsafe_member_access_expression", "object", "name"),
            new("scoped_property_access_expression", "scope", "name"),
        ],
        Assignments = [new("assignment_expression", "left", "right"), new("augmented_assignment_expression", "left", "right")],
        Strings = ["string", "encapsed_string", "nowdoc", "heredoc"],
        InterpolatedStrings = ["encapsed_string"],
        StringParts = ["string_content", "escape_sequence"],
        Concatenations = [new("binary_expression", ".")],
        Returns = ["return_statement"],
        Decorators = ["attribute"],
        Imports = ["namespace_use_declaration", "require_expression", "require_once_expression", "include_expression", "include_once_expression"],
        Comments = ["comment"],
        Blocks = ["compound_statement"],
    };

    public static AdapterTable Ruby { get; } = new()
    {
        Language = Languages.Ruby,
        Functions = [new("method"), new("singleton_method"), new("lambda", Name: null)],
        Parameters = ["identifier", "optional_parameter", "keyword_parameter", "splat_parameter", "hash_splat_parameter", "block_parameter"],
        Calls = [new("call", "method", "receiver", "arguments")],
        Members = [new("call", "receiver", "method"), new("scope_resolution", "scope", "name")],
        Assignments = [new("assignment", "left", "right"), new("operator_assignment", "left", "right")],
        Strings = ["string"],
        InterpolatedStrings = ["string"],
        StringParts = ["string_content", "escape_sequence"],
        HoleWrappers = ["interpolation"],
        Concatenations = [new("binary", "+")],
        Returns = ["return"],
        ImplicitReturn = true,
        BareNameCalls = true,
        Decorators = [],
        Imports = [],
        ImportCalls = ["require", "require_relative", "load"],
        Comments = ["comment"],
        Blocks = ["body_statement", "do_block", "block", "block_body"],
    };

    /// <summary>Every table, one per code language.</summary>
    public static IReadOnlyList<AdapterTable> All { get; } = [Python, JavaScript, TypeScript, Tsx, Java, CSharp, Go, Php, Ruby];
}
