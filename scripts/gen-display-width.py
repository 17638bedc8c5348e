#!/usr/bin/env python3
"""Generate Sources/TextMetrics/DisplayWidthTable.swift from the Unicode Character Database.

Usage:
    python3 scripts/gen-display-width.py UCD_DIR [OUT_SWIFT [OUT_TEST_SWIFT]]

UCD_DIR is a folder holding the UCD text files, e.g. /usr/share/unicode from Debian's
`unicode-data` package (Unicode 15.0.0 on Debian 12). It must contain UnicodeData.txt,
EastAsianWidth.txt, PropList.txt, DerivedCoreProperties.txt, HangulSyllableType.txt,
IndicSyllabicCategory.txt and
emoji/emoji-data.txt, emoji/emoji-variation-sequences.txt.

Outputs (defaults relative to the repository root):
  Sources/TextMetrics/DisplayWidthTable.swift      width tables used by DisplayWidth
  Tests/TextMetricsTests/AssignedScalars.swift     the assigned code points, for the
                                                   reference test against python's wcwidth

Rules (the same ones python's wcwidth package applies, so the two can be compared):
  width 0  general category Mn, Me, Mc, Zl, Zp, Cf (except U+00AD SOFT HYPHEN and the
           Prepended_Concatenation_Mark characters, which print), Hangul jamo medial vowels
           and final consonants (U+1160..U+11FF, U+D7B0..U+D7FF), Default_Ignorable letters
           other than leading jamo (the Hangul fillers), NUL
  width 2  East_Asian_Width W or F, and Emoji_Presentation (adds the regional indicators)
  width 1  everything else (C0/C1 controls are handled in Swift and count 0)
Cluster tables: spacing marks (Mc) add a column after a base; Indic viramas and consonants
form conjuncts; Extended_Pictographic and the emoji-style variation bases decide ZWJ and VS16
sequences.

Standard library only. Bad input: one line naming the file and the problem, exit 1, nothing
written.
"""

import os
import re
import sys

MAX = 0x10FFFF


def fail(msg):
    print(f"gen-display-width: {msg}", file=sys.stderr)
    sys.exit(1)


def read(ucd, name):
    path = os.path.join(ucd, name)
    try:
        with open(path, encoding="utf-8") as f:
            return path, f.read()
    except OSError as e:
        fail(f"{path}: cannot read ({e.strerror})")


def version_of(path, text):
    m = re.search(r"^#\s*\S+-(\d+\.\d+\.\d+)\.txt", text, re.M)
    if not m:
        fail(f"{path}: no version line like '# EastAsianWidth-15.0.0.txt' in its header")
    return m.group(1)


def parse_ranges(path, text, want=None):
    """Yield (lo, hi, value) from a 'XXXX..YYYY ; value # comment' file."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2:
            fail(f"{path}:{n}: expected 'code points ; value'")
        cps = parts[0]
        try:
            if ".." in cps:
                lo, hi = (int(x, 16) for x in cps.split(".."))
            else:
                lo = hi = int(cps, 16)
        except ValueError:
            fail(f"{path}:{n}: bad code point '{cps}'")
        if not (0 <= lo <= hi <= MAX):
            fail(f"{path}:{n}: code point out of range '{cps}'")
        if want is None or parts[1] in want:
            out.append((lo, hi, parts[1]))
    return out


def parse_unicode_data(path, text):
    """Return {code point: general category} for every assigned code point."""
    cat = {}
    first = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        f = line.split(";")
        if len(f) < 3:
            fail(f"{path}:{n}: expected at least 3 ';' fields")
        try:
            cp = int(f[0], 16)
        except ValueError:
            fail(f"{path}:{n}: bad code point '{f[0]}'")
        if f[1].endswith(", First>"):
            first = cp
            continue
        if f[1].endswith(", Last>"):
            if first is None:
                fail(f"{path}:{n}: range Last without First")
            for c in range(first, cp + 1):
                cat[c] = f[2]
            first = None
            continue
        cat[cp] = f[2]
    if len(cat) < 100000:
        fail(f"{path}: only {len(cat)} code points; is this UnicodeData.txt?")
    return cat


def to_ranges(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def swift_array(name, doc, ranges, public=False):
    lines = [f"    /// {doc}", f"    {'public ' if public else ''}static let {name}: [UInt32] = ["]
    items = [f"0x{lo:05X}, 0x{hi:05X}," for lo, hi in ranges]
    for i in range(0, len(items), 4):
        lines.append("        " + " ".join(items[i:i + 4]))
    lines.append("    ]")
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        fail("usage: gen-display-width.py UCD_DIR [OUT_SWIFT [OUT_TEST_SWIFT]]")
    ucd = argv[1]
    if not os.path.isdir(ucd):
        fail(f"{ucd}: not a folder (install Debian's unicode-data: /usr/share/unicode)")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = argv[2] if len(argv) > 2 else os.path.join(root, "Sources/TextMetrics/DisplayWidthTable.swift")
    out_test = argv[3] if len(argv) > 3 else os.path.join(root, "Tests/TextMetricsTests/AssignedScalars.swift")

    ud_path, ud = read(ucd, "UnicodeData.txt")
    eaw_path, eaw = read(ucd, "EastAsianWidth.txt")
    pl_path, pl = read(ucd, "PropList.txt")
    dcp_path, dcp = read(ucd, "DerivedCoreProperties.txt")
    hst_path, hst = read(ucd, "HangulSyllableType.txt")
    isc_path, isc = read(ucd, "IndicSyllabicCategory.txt")
    em_path, em = read(ucd, "emoji/emoji-data.txt")
    vs_path, vs = read(ucd, "emoji/emoji-variation-sequences.txt")

    version = version_of(eaw_path, eaw)
    for p, t in ((pl_path, pl), (isc_path, isc), (dcp_path, dcp), (hst_path, hst)):
        if version_of(p, t) != version:
            fail(f"{p}: version {version_of(p, t)} differs from {eaw_path} ({version})")
    m = re.search(r"Emoji Version (\d+\.\d+)", em)
    emoji_version = m.group(1) if m else "?"

    cat = parse_unicode_data(ud_path, ud)
    pcm = set()
    for lo, hi, _ in parse_ranges(pl_path, pl, {"Prepended_Concatenation_Mark"}):
        pcm.update(range(lo, hi + 1))

    zero = {0}
    for cp, gc in cat.items():
        if gc in ("Mn", "Me", "Mc", "Zl", "Zp") or (gc == "Cf" and cp != 0xAD and cp not in pcm):
            zero.add(cp)
    zero.update(range(0x1160, 0x1200))
    # Default_Ignorable letters (the Hangul fillers U+3164, U+FFA0) never show, except the
    # leading-jamo filler U+115F, which starts a syllable block and keeps its two columns.
    leading = {c for lo, hi, _ in parse_ranges(hst_path, hst, {"L"}) for c in range(lo, hi + 1)}
    for lo, hi, _ in parse_ranges(dcp_path, dcp, {"Default_Ignorable_Code_Point"}):
        zero.update(c for c in range(lo, hi + 1) if cat.get(c) == "Lo" and c not in leading)
    zero.update(range(0xD7B0, 0xD800))

    wide = set()
    for lo, hi, v in parse_ranges(eaw_path, eaw, {"W", "F"}):
        wide.update(range(lo, hi + 1))
    wide -= zero  # e.g. combining marks inside wide blocks still take no column
    # Emoji_Presentation is W in UAX #11 except the regional indicators (N), which show as wide.
    for lo, hi, _ in parse_ranges(em_path, em, {"Emoji_Presentation"}):
        wide.update(c for c in range(lo, hi + 1) if c not in zero)

    mc = to_ranges(c for c, gc in cat.items() if gc == "Mc")
    virama = to_ranges(c for lo, hi, _ in parse_ranges(isc_path, isc, {"Virama"}) for c in range(lo, hi + 1))
    consonant = to_ranges(c for lo, hi, _ in parse_ranges(isc_path, isc, {"Consonant"}) for c in range(lo, hi + 1))
    pictographic = to_ranges(c for lo, hi, _ in parse_ranges(em_path, em, {"Extended_Pictographic"})
                             for c in range(lo, hi + 1))
    vs16 = set()
    for n, line in enumerate(vs.splitlines(), 1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        parts = [p.strip() for p in body.split(";")]
        seq = parts[0].split()
        if len(parts) < 2 or len(seq) != 2:
            fail(f"{vs_path}:{n}: expected 'XXXX FE0E|FE0F ; style'")
        if seq[1] == "FE0F" and parts[1] == "emoji style":
            c = int(seq[0], 16)
            if c not in wide:
                vs16.add(c)

    assigned = to_ranges(c for c, gc in cat.items() if gc not in ("Cs", "Co"))
    n_assigned = sum(hi - lo + 1 for lo, hi in assigned)

    header = (f"// Generated by scripts/gen-display-width.py from the Unicode Character Database "
              f"{version} (emoji data {emoji_version}).\n// Do not edit: change the script and run "
              f"`python3 scripts/gen-display-width.py /usr/share/unicode`.\n")
    body = "\n\n".join([
        swift_array("zeroWidth", "Scalars of width 0: Mn, Me, Mc, Zl, Zp, Cf (but U+00AD and the "
                    "prepended concatenation marks), Hangul medial/final jamo, Hangul fillers.", to_ranges(zero)),
        swift_array("wide", "Scalars of width 2: East_Asian_Width W or F, Emoji_Presentation.", to_ranges(wide)),
        swift_array("spacingMark", "General category Mc: no width alone, one column after a base.", mc),
        swift_array("virama", "Indic_Syllabic_Category=Virama: joins the next consonant into a conjunct.",
                    virama),
        swift_array("consonant", "Indic_Syllabic_Category=Consonant.", consonant),
        swift_array("extendedPictographic", "Extended_Pictographic: emoji that ZWJ sequences join.",
                    pictographic),
        swift_array("emojiStyleBase", "Narrow bases with an emoji-style variation sequence: wide "
                    "when followed by U+FE0F.", to_ranges(vs16)),
    ])
    swift = (header + "\n/// Unicode property ranges for `DisplayWidth`, as flat `[lo, hi, lo, hi, …]` "
             "arrays sorted by code point.\nenum DisplayWidthTable {\n"
             f"    /// The Unicode version the tables were generated from.\n"
             f"    static let unicodeVersion = \"{version}\"\n\n" + body + "\n}\n")
    test_swift = (header + "\n/// Every assigned code point of Unicode " + version +
                  f" except surrogates and private use ({n_assigned} scalars), as flat "
                  "`[lo, hi, …]` ranges.\nenum AssignedScalars {\n"
                  f"    static let unicodeVersion = \"{version}\"\n\n"
                  + swift_array("ranges", "Assigned ranges.", assigned) + "\n}\n")
    for path in (out, out_test):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    for path, text in ((out, swift), (out_test, test_swift)):
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    print(f"Unicode {version}: {len(to_ranges(zero))} zero-width and {len(to_ranges(wide))} wide ranges, "
          f"{n_assigned} assigned scalars -> {os.path.relpath(out, root)}, {os.path.relpath(out_test, root)}")


if __name__ == "__main__":
    main(sys.argv)
