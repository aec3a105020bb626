namespace Pairguard.Rules;

/// <summary>A rule's <see cref="Requirement"/> resolved against one prefilter's word numbers: checking a file reads an array of flags instead of hashing words.</summary>
internal abstract class RequirementCheck
{
    private static readonly RequirementCheck Always = new Constant(true);
    private static readonly RequirementCheck Never = new Constant(false);

    /// <summary>True when the words found in a file (<see cref="Prefilter.Search"/>, by number) satisfy the requirement.</summary>
    public abstract bool IsMet(bool[] found);

    /// <summary>The requirement's check against the prefilter's numbers; a word the prefilter does not look for is never found, as a set of found words would answer.</summary>
    public static RequirementCheck For(Requirement requirement, Prefilter prefilter) => requirement switch
    {
        NoRequirement => Always,
        WordRequirement w => prefilter.IdOf(w.Word) is var id and >= 0 ? new Word(id) : Never,
        AllRequirement a => new All([.. a.Parts.Select(p => For(p, prefilter))]),
        AnyRequirement a => new Any([.. a.Parts.Select(p => For(p, prefilter))]),
        _ => new Fallback(requirement, prefilter),
    };

    private sealed class Constant(bool value) : RequirementCheck
    {
        public override bool IsMet(bool[] found) => value;
    }

    private sealed class Word(int id) : RequirementCheck
    {
        public override bool IsMet(bool[] found) => found[id];
    }

    private sealed class All(RequirementCheck[] parts) : RequirementCheck
    {
        public override bool IsMet(bool[] found)
        {
            foreach (var part in parts)
            {
                if (!part.IsMet(found))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class Any(RequirementCheck[] parts) : RequirementCheck
    {
        public override bool IsMet(bool[] found)
        {
            foreach (var part in parts)
            {
                if (part.IsMet(found))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A kind of requirement this class does not know: asked with the set of found words, as before.</summary>
    private sealed class Fallback(Requirement requirement, Prefilter prefilter) : RequirementCheck
    {
        public override bool IsMet(bool[] found) => requirement.IsMet(prefilter.WordsOf(found));
    }
}
