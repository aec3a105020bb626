using System.Text;

namespace Pairguard.Tests.Secrets;

/// <summary>Produces one string matching a detector regex (the subset the detector files use): literals, classes, groups, alternation, bounded quantifiers.</summary>
internal sealed class PatternSampler
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Random _rng;
    private string _p = "";
    private int _i;

    public PatternSampler(Random rng)
    {
        _rng = rng;
    }

    /// <summary>A string matching <paramref name="pattern"/>; wide ranges are sampled at a realistic length, optional parts are left out.</summary>
    public string Sample(string pattern)
    {
        _p = pattern;
        _i = 0;
        var sb = new StringBuilder();
        Alternation(sb);
        return sb.ToString();
    }

    private void Alternation(StringBuilder sb)
    {
        var branches = new List<StringBuilder>();
        var current = new StringBuilder();
        var raw = new List<int>();
        var start = _i;
        while (_i < _p.Length && _p[_i] != ')')
        {
            if (_p[_i] == '|')
            {
                branches.Add(current);
                raw.Add(_i - start);
                current = new StringBuilder();
                _i++;
                start = _i;
                continue;
            }

            Piece(current);
        }

        branches.Add(current);
        raw.Add(_i - start);

        // Prefer an end-of-line branch ($ or ^ produce nothing), else the first branch.
        var chosen = branches.FindIndex(b => b.Length == 0);
        sb.Append(branches[chosen >= 0 && branches.Count > 1 ? chosen : 0]);
    }

    private void Piece(StringBuilder sb)
    {
        var atomStart = sb.Length;
        Func<string> atom = Atom();
        var (min, max) = Quantifier();
        var count = min == max ? min : min == 0 ? 0 : Math.Clamp(24, min, max);
        for (var k = 0; k < count; k++)
        {
            sb.Append(atom());
        }

        _ = atomStart;
    }

    private Func<string> Atom()
    {
        var c = _p[_i];
        switch (c)
        {
            case '(':
                {
                    _i++;
                    if (_i < _p.Length && _p[_i] == '?')
                    {
                        // (?: ... ) or (?i: ... ) / (?im: ... )
                        while (_p[_i] != ':')
                        {
                            _i++;
                        }

                        _i++;
                    }

                    var inner = new StringBuilder();
                    var save = _i;
                    Alternation(inner);
                    var end = _i;
                    _i++; // ')'
                    var innerPattern = _p[save..end];
                    var first = inner.ToString();
                    var used = false;
                    return () =>
                    {
                        if (!used)
                        {
                            used = true;
                            return first;
                        }

                        var nested = new PatternSampler(_rng);
                        return nested.Sample(innerPattern);
                    };
                }

            case '[':
                {
                    var set = ParseClass();
                    return () => Pick(set);
                }

            case '\\':
                {
                    _i++;
                    var e = _p[_i++];
                    return e switch
                    {
                        'd' => () => _rng.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        'w' => () => Pick(Alnum + "_"),
                        's' => () => " ",
                        'b' or 'B' or 'A' or 'z' or 'Z' => () => "",
                        'r' => () => "\r",
                        'n' => () => "\n",
                        't' => () => "\t",
                        _ => () => e.ToString(),
                    };
                }

            case '^' or '$':
                _i++;
                return () => "";
            case '.':
                _i++;
                return () => Pick(Alnum);
            default:
                _i++;
                return () => c.ToString();
        }
    }

    private (int Min, int Max) Quantifier()
    {
        if (_i >= _p.Length)
        {
            return (1, 1);
        }

        (int, int) q;
        switch (_p[_i])
        {
            case '?': _i++; q = (0, 1); break;
            case '*': _i++; q = (0, 50); break;
            case '+': _i++; q = (1, 50); break;
            case '{':
                {
                    var close = _p.IndexOf('}', _i);
                    var body = _p[(_i + 1)..close];
                    _i = close + 1;
                    var parts = body.Split(',');
                    var min = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                    var max = parts.Length == 1 ? min : parts[1].Length == 0 ? min + 50 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                    q = (min, max);
                    break;
                }

            default: return (1, 1);
        }

        if (_i < _p.Length && _p[_i] == '?')
        {
            _i++;
        }

        return q;
    }

    private string ParseClass()
    {
        _i++; // '['
        var negate = false;
        if (_p[_i] == '^')
        {
            negate = true;
            _i++;
        }

        var members = new HashSet<char>();
        var first = true;
        while (first || _p[_i] != ']')
        {
            first = false;
            char lo;
            if (_p[_i] == '\\')
            {
                var e = _p[_i + 1];
                _i += 2;
                switch (e)
                {
                    case 'd': foreach (var ch in "0123456789") { members.Add(ch); } continue;
                    case 'w': foreach (var ch in Alnum + "_") { members.Add(ch); } continue;
                    case 's': foreach (var ch in " \t\r\n") { members.Add(ch); } continue;
                    case 'r': lo = '\r'; break;
                    case 'n': lo = '\n'; break;
                    case 't': lo = '\t'; break;
                    default: lo = e; break;
                }
            }
            else
            {
                lo = _p[_i++];
            }

            if (_p[_i] == '-' && _p[_i + 1] != ']')
            {
                var hi = _p[_i + 1] == '\\' ? _p[_i + 2] : _p[_i + 1];
                _i += _p[_i + 1] == '\\' ? 3 : 2;
                for (var ch = lo; ch <= hi; ch++)
                {
                    members.Add(ch);
                }
            }
            else
            {
                members.Add(lo);
            }
        }

        _i++; // ']'
        if (!negate)
        {
            var alnum = members.Where(char.IsAsciiLetterOrDigit).ToList();
            return alnum.Count >= 2 ? new string(alnum.ToArray()) : new string(members.ToArray());
        }

        var allowed = Alnum.Where(ch => !members.Contains(ch)).ToArray();
        if (allowed.Length == 0)
        {
            allowed = " !\"#%&'()*,;<>?@[]^`{|}~".Where(ch => !members.Contains(ch)).ToArray();
        }

        return new string(allowed);
    }

    private string Pick(string set) => set[_rng.Next(set.Length)].ToString();
}
