using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>The readings of speaker phrases kept from one parse to the next.</summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// What recent speaker phrases (the statements) read as, kept by the thread from one parse to the next: the same
    /// phrases come back article after article ("Donald Trump", "White House", "he"), and reading a phrase costs about
    /// 2,000 instructions with its tokenizing, where finding it here costs a hash probe and a compare. (The name pass
    /// keeps its spellings in a table of its own, <see cref="SpellingMemo"/>.)
    /// </summary>
    /// <remarks>
    /// A reading depends on the text and the knowledge alone (the name pass's table of spellings keys readings by their
    /// text too), so a kept reading is exact for as long as the knowledge is the same: the memo is emptied when a parse
    /// with other knowledge uses it (<c>ReadingMemoTests</c>). It holds at most the texts it was made for, of at most
    /// <see cref="MaxKeyLength"/> characters, and is emptied when full, so its room is bounded whatever the input (about
    /// 94 bytes a text: the reading 40, its key 16, its slots 8, its characters). Keys are hashed by <see cref="Spelling.HashOf"/>, which mixes every character whole (one beyond
    /// ASCII too).
    /// </remarks>
    private sealed class ReadingMemo
    {
        /// <summary>Longer spellings and phrases (a few speaker phrases, and odd or hostile text) are not kept.</summary>
        internal const int MaxKeyLength = 64;

        /// <summary>Characters of key room per entry: most names and phrases are shorter, and a longer one takes more.</summary>
        private const int CharsPerEntry = 16;

        /// <summary>How many texts the memo keeps; when full it is emptied, and fills again with the texts read next.</summary>
        private readonly int _capacity;

        private CompiledKnowledge? _knowledge;
        // Made on the first text kept, at their full size: a memo never grows, so a thread's first article allocates it
        // once. Each slot holds 1 + the index of its entry, 0 when empty; at most half the slots are full.
        private int[]? _slots;
        private Key[] _keys = [];
        private Analysis[] _readings = [];
        private char[] _chars = [];
        // Each entry's text collapsed (CollapsedText), made when first asked: only the memo of speaker phrases is asked.
        private string?[]? _texts;
        private int _count;
        private int _charCount;

        private readonly record struct Key(int Offset, int Length, int Hash, int Slot);

        /// <summary>A memo of at most <paramref name="capacity"/> texts (a power of two).</summary>
        public ReadingMemo(int capacity) => _capacity = capacity;

        /// <summary>How many texts the memo holds.</summary>
        public int Count => _count;

        /// <summary>How many entries the memo can hold; an entry number is below it.</summary>
        public int Capacity => _capacity;

        /// <summary>Makes the memo answer for <paramref name="knowledge"/>: readings made under other knowledge are forgotten.</summary>
        public void Use(CompiledKnowledge knowledge)
        {
            if (ReferenceEquals(knowledge, _knowledge)) return;
            Empty();
            _knowledge = knowledge;
        }

        /// <summary>The entry of the text <paramref name="text"/> (hashed as <paramref name="hash"/>), or -1 when the memo has none.</summary>
        public int Find(ReadOnlySpan<char> text, int hash)
        {
            if (_count == 0) return -1;
            var slots = _slots!;
            int mask = slots.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                int entry = slots[slot] - 1;
                if (entry < 0) return -1;
                var key = _keys[entry];
                if (key.Hash == hash && key.Length == text.Length && text.SequenceEqual(_chars.AsSpan(key.Offset, key.Length))) return entry;
            }
        }

        /// <summary>True when <see cref="Add"/> of a text of <paramref name="length"/> characters would empty the memo first.</summary>
        public bool EmptiesToAdd(int length) =>
            length <= MaxKeyLength && _slots is not null && (_count == _capacity || _charCount + length > _chars.Length);

        /// <summary>The reading at <paramref name="entry"/>, a number <see cref="Find"/> gave.</summary>
        public ref readonly Analysis this[int entry] => ref _readings[entry];

        /// <summary>
        /// The text at <paramref name="entry"/>, a number <see cref="Find"/> or <see cref="Add"/> gave, as
        /// <see cref="Chars.Collapse(ReadOnlySpan{char})"/> makes it: made once while the memo holds the entry, and the
        /// same string for every statement of that phrase. <paramref name="simplySpaced"/>: the text is known to hold no
        /// whitespace but single spaces (<see cref="Chars.IsSimplySpaced"/>), so collapsing it only trims.
        /// </summary>
        public string CollapsedText(int entry, bool simplySpaced)
        {
            _texts ??= new string?[_capacity];
            var text = _chars.AsSpan(_keys[entry].Offset, _keys[entry].Length);
            return _texts[entry] ??= simplySpaced ? new string(text.Trim(' ')) : Chars.Collapse(text);
        }

        /// <summary>
        /// Keeps <paramref name="reading"/> for the text <paramref name="text"/>, which the memo does not hold, and gives
        /// its entry. A text too long is not kept (-1); a full memo is emptied first.
        /// </summary>
        public int Add(ReadOnlySpan<char> text, int hash, in Analysis reading)
        {
            if (text.Length > MaxKeyLength) return -1;
            if (_slots is null)
            {
                _slots = new int[_capacity * 2];
                _keys = new Key[_capacity];
                _readings = new Analysis[_capacity];
                _chars = new char[_capacity * CharsPerEntry];
            }
            if (_count == _capacity || _charCount + text.Length > _chars.Length) Empty();
            text.CopyTo(_chars.AsSpan(_charCount));
            int entry = _count++;
            _keys[entry] = new Key(_charCount, text.Length, hash, OpenSlots.Place(_slots, hash, entry));
            _readings[entry] = reading;
            _charCount += text.Length;
            return entry;
        }

        /// <summary>Forgets every text and the knowledge they were read with, and gives back the memo's room.</summary>
        public void Trim()
        {
            _knowledge = null;
            _count = 0;
            _charCount = 0;
            _slots = null;
            _keys = [];
            _readings = [];
            _chars = [];
            _texts = null;
        }

        /// <summary>Forgets every text; only the slots in use are cleared.</summary>
        private void Empty()
        {
            for (int entry = 0; entry < _count; entry++) _slots![_keys[entry].Slot] = 0;
            Array.Clear(_readings, 0, _count);
            if (_texts is not null) Array.Clear(_texts, 0, _count);
            _count = 0;
            _charCount = 0;
        }
    }
}
