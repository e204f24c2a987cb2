#!/usr/bin/env bash
# parley explain --format json on the example corpus in examples/: documents,
# metadata, sentence segmentation of the hard cases, tokens and offsets.
. "$(dirname "$0")/common.sh"

EX=$SRC/examples
DE1=$EX/de/istanbul-runde.txt
DE2=$EX/de/verhandlungen-juli.md
EN1=$EX/en/washington-deadline.txt
JL=$EX/en/statements.jsonl
for f in "$DE1" "$DE2" "$EN1" "$JL"; do
  [ -f "$f" ] || fail "example file missing: $f"
done

# One document per .txt/.md file, one per non-blank line of a .jsonl file.
files=$(find "$EX" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l | tr -d ' ')
jsonl_docs=$(find "$EX" -type f -name '*.jsonl' -exec cat {} + | grep -c '[^[:space:]]' || true)
expected=$((files + jsonl_docs))

check "explain --format json examples/ exits 0 with one JSON line per document ($files files + $jsonl_docs JSON Lines documents)"
expect_exit 0 "$PARLEY" explain --format json "$EX"
expect_stdout_lines "$expected"
expect_json_lines_valid
n=$(grep -c '"sentences":\[{' "$T/out" || true)
[ "$n" -eq "$expected" ] || fail "every document should have a non-empty \"sentences\" array ($n of $expected have)"
expect_stderr_not_matches ': error: '

check "document ids: front matter/JSON id, else the path relative to the directory without extension"
doc_line istanbul-runde >/dev/null
grep -qF '"doc":"de/verhandlungen-juli"' "$T/out" || fail 'expected "doc":"de/verhandlungen-juli"'
grep -qF '"doc":"en/washington-deadline"' "$T/out" || fail 'expected "doc":"en/washington-deadline"'
for id in ukr-delegation-statement kreml-erklaerung-juni austausch-vermittler; do
  grep -qF "\"doc\":\"$id\"" "$T/out" || fail "expected \"doc\":\"$id\""
done

check "documents come in sorted path order, JSON Lines documents in line order"
order=$({ grep -oE '^\{"doc":"[^"]*"' "$T/out" || true; } | sed 's/^{"doc":"//; s/"$//' |
  { grep -E '^(istanbul-runde|de/verhandlungen-juli|ukr-delegation-statement|kreml-erklaerung-juni|austausch-vermittler|en/washington-deadline)$' || true; } |
  tr '\n' ' ')
want="istanbul-runde de/verhandlungen-juli ukr-delegation-statement kreml-erklaerung-juni austausch-vermittler en/washington-deadline "
[ "$order" = "$want" ] || fail "document order is '$order', expected '$want'"

check "metadata: dates, titles, languages and where the language came from"
expect_field istanbul-runde date 2025-06-02
expect_field istanbul-runde title "Zweite Gesprächsrunde in Istanbul – der Tag im Überblick"
expect_field istanbul-runde source "parley-Beispielkorpus (fiktiver Liveblog)"
expect_field istanbul-runde lang de
expect_field istanbul-runde lang_source document
expect_field verhandlungen-juli date 2025-07
expect_field verhandlungen-juli lang de
expect_field verhandlungen-juli lang_source detected
expect_field washington-deadline date 2025-07-15
expect_field washington-deadline lang en
expect_field washington-deadline lang_source detected
expect_field ukr-delegation-statement lang en
expect_field ukr-delegation-statement lang_source document
expect_field ukr-delegation-statement date 2025-06-02
expect_field kreml-erklaerung-juni lang de
expect_field kreml-erklaerung-juni lang_source document
expect_field kreml-erklaerung-juni title "Erklärung zur Istanbuler Runde"
expect_field austausch-vermittler lang de
expect_field austausch-vermittler lang_source detected
line=$(doc_line austausch-vermittler)
grep -qE '"file":"[^"]*statements\.jsonl"' <<<"$line" || fail "austausch-vermittler should name statements.jsonl as its file"

check "output is UTF-8, not \\u escapes (also for the \\u-escaped JSON Lines document)"
expect_stdout_not_matches '\\u[0-9a-fA-F]{4}'

check "'am 16. Mai' stays inside one sentence (live blog line and hard-wrapped line)"
n=$({ grep -oE "\"text\":\"$JSTR""am 16\\. Mai$JSTR\"" "$T/out" || true; } | wc -l | tr -d ' ')
[ "$n" -ge 2 ] || fail "expected a sentence with 'am 16. Mai' in istanbul-runde and in verhandlungen-juli, found $n"
expect_no_sentence_ending istanbul-runde "am 16."
expect_no_sentence_ending verhandlungen-juli "am 16."
expect_no_sentence_starting verhandlungen-juli "Mai "

# --- examples/de/istanbul-runde.txt: live blog, one paragraph per line -------
D=istanbul-runde
check "$D: headlines without final punctuation are sentences of their own"
for h in "Zweite Runde in Istanbul nach gut einer Stunde vorbei" \
         "Kiew hält an seinen Bedingungen fest" \
         "Moskau knüpft Feuerpause an Bedingungen" \
         "Gefangenenaustausch bleibt das einzige greifbare Ergebnis" \
         "Fachleute sehen wenig Spielraum" \
         "Washington schaltet sich ein" \
         "Nächste Runde noch ohne Termin"; do
  expect_sentence "$D" "$h"
done

check "$D: ordinals, dates, abbreviations and numbers do not end sentences"
expect_sentence "$D" "Bereits am 16. Mai hatten die beiden Delegationen im Dolmabahçe-Palast verhandelt, damals allerdings nur knapp zwei Stunden lang."
expect_sentence "$D" "Die Türkei ist damit bereits zum 3. Mal Gastgeber direkter Gespräche zwischen beiden Ländern seit Kriegsbeginn."
expect_sentence "$D" "Schon eine Feuerpause von dreißig Tagen wäre aus seiner Sicht ein Erfolg, weil beide Seiten dann zum ersten Mal gemeinsame Kontrollmechanismen erproben müssten."
expect_sentence "$D" "Ein Protokoll jenes Treffens vom 16.05.2025 wurde bis heute nicht veröffentlicht."
expect_sentence "$D" "Konkret vereinbart wurde seinerzeit nur ein Austausch von je 1.000 Gefangenen, der inzwischen abgeschlossen ist."
expect_sentence "$D" "Strittig sind z. B. die Fragen, wer eine Waffenruhe überwachen soll und ob in dieser Zeit weiter Waffen aus dem Westen geliefert werden dürfen."
expect_sentence "$D" "Zur ukrainischen Delegation gehören u. a. Vertreter des Militärgeheimdienstes, des Außenministeriums und des Generalstabs."
expect_sentence "$D" "Der Politologe Dr. Jonas Weidemann von der Universität Kiel hält einen Durchbruch in den Waffenruhe-Gesprächen für unwahrscheinlich."
expect_sentence "$D" "Das Papier, das in Istanbul als Memorandum Nr. 2 kursiert, umfasst nach Angaben von Teilnehmern vier Seiten."
expect_sentence "$D" "Moskau verlangt zudem den Rückzug ukrainischer Truppen aus den Gebieten Donezk und Luhansk bzw. aus Teilen von Saporischschja und Cherson."
expect_sentence "$D" "Auf einen NATO-Beitritt soll Kiew dauerhaft verzichten und dies vertraglich zusichern."
expect_sentence "$D" "Grundlage dafür ist ein US-Vorschlag aus dem März."

check "$D: a quote with a full stop inside stays with its ', sagte ...' continuation"
expect_sentence "$D" "„Wir haben unsere Vorschläge schriftlich übergeben. Jetzt ist Moskau am Zug“, sagte ein Mitglied der ukrainischen Delegation nach dem Treffen."
expect_sentence "$D" "»Wir werden die Vorschläge in Ruhe prüfen. Für Eile gibt es keinen Grund«, sagte er."
expect_sentence "$D" "Ein Sprecher des Kremls gab sich zurückhaltend."

check "$D: a quote that ends a sentence ends it after the closing mark"
expect_sentence "$D" "Ein Berater des Präsidialamts in Kiew schrieb am Abend auf Telegram: „Die Ukraine ist zu jedem Format bereit, das diesen Krieg wirklich beendet.“"
expect_sentence "$D" "Ein Termin für eine dritte Runde steht allerdings noch nicht fest."
expect_sentence "$D" "Der türkische Außenminister sprach dennoch von einem „nützlichen Austausch“."

check "$D: the long sentence with a relative clause is one sentence"
LONG="Die Ukraine, die sich seit Februar 2022 gegen die russische Invasion verteidigt, fordert in ihrem am Montag übergebenen Memorandum weiterhin eine bedingungslose 30-tägige Waffenruhe unter internationaler Aufsicht als Voraussetzung für ein persönliches Treffen der Präsidenten Wolodymyr Selenskyj und Wladimir Putin in der Türkei."
expect_sentence "$D" "$LONG"

check "$D: 35 sentences in all (7 headlines, 28 in paragraphs)"
expect_sentence_count "$D" 35

check "$D: sentence numbering, line, column and byte offsets of 'Bereits am 16. Mai ...'"
line=$(doc_line "$D")
S16="Bereits am 16. Mai hatten die beiden Delegationen im Dolmabahçe-Palast verhandelt, damals allerdings nur knapp zwei Stunden lang."
obj=$(sentence_object "$line" "$S16")
[ -n "$obj" ] || fail "no sentence object for: $S16"
want_line=$(file_line_of "$DE1" "Bereits am 16. Mai")
want_start=$(file_offset_of "$DE1" "Bereits am 16. Mai")
want_end=$((want_start + $(printf '%s' "$S16" | wc -c)))
[ "$(field_number "$obj" line)" = "$want_line" ] || fail "sentence line should be $want_line: $obj"
[ "$(field_number "$obj" column)" = 1 ] || fail "sentence column should be 1: $obj"
[ "$(field_number "$obj" start)" = "$want_start" ] || fail "sentence start should be byte $want_start (offsets count from the start of the file, front matter included): $obj"
[ "$(field_number "$obj" end)" = "$want_end" ] || fail "sentence end should be byte $want_end: $obj"
first=$({ grep -oE '"sentences":\[\{"index":[0-9]+' <<<"$line" || true; } | sed 's/.*://')
[ "$first" = 1 ] || fail "the first sentence should have index 1, has $first"

check "$D: tokens: hyphens split, numbers, dates and abbreviations stay whole"
expect_tokens "$D" 30 tägige Waffenruhe
expect_number_token "$D" 30 30
expect_tokens "$D" NATO Beitritt
tok=$(token_object "$line" NATO)
grep -qF '"fold":"nato"' <<<"$tok" || fail "token NATO should fold to nato: $tok"
expect_tokens "$D" US Vorschlag
expect_tokens "$D" Waffenruhe Gesprächen
expect_number_token "$D" 1.000 1000
expect_number_token "$D" dreißig 30
tok=$(token_object "$line" 16.05.2025)
[ -n "$tok" ] || fail "16.05.2025 should be one token"
tok=$(token_object "$line" Dr.)
[ -n "$tok" ] || fail "Dr. should be one token"
tok=$(token_object "$line" Nr.)
[ -n "$tok" ] || fail "Nr. should be one token"
tok=$(token_object "$line" „)
[ -z "$tok" ] || fail "punctuation is not a token: $tok"

check "$D: token offsets are bytes into the file"
tok=$(token_object "$line" 1.000)
want=$(( $(file_offset_of "$DE1" "je 1.000 Gefangenen") + 3 ))
[ "$(field_number "$tok" start)" = "$want" ] || fail "token 1.000 should start at byte $want: $tok"
[ "$(field_number "$tok" end)" = "$((want + 5))" ] || fail "token 1.000 should end at byte $((want + 5)): $tok"
tok=$(token_object "$line" dreißig)
want=$(( $(file_offset_of "$DE1" "von dreißig Tagen") + 4 ))
[ "$(field_number "$tok" start)" = "$want" ] || fail "token dreißig should start at byte $want: $tok"
[ "$(field_number "$tok" end)" = "$((want + 8))" ] || fail "token dreißig is 8 bytes long (ß is two): $tok"

# --- examples/de/verhandlungen-juli.md: hard-wrapped text ----------------------
D=verhandlungen-juli
check "$D: the leading date line is metadata, not a sentence"
expect_no_sentence_starting "$D" "date 2025-07"
expect_no_sentence_starting "$D" "2025-07"

check "$D: sentences run across hard line breaks (whitespace folded to one space)"
expect_sentence "$D" "Die ukrainische Regierung hat Russland eine weitere Gesprächsrunde angeboten."
expect_sentence "$D" "Ein Sprecher des Präsidialamts erinnerte daran, dass sich die Unterhändler beider Länder bereits am 16. Mai und am 2. Juni gegenübergesessen hatten, ohne bei der Frage einer Waffenruhe voranzukommen."
expect_sentence "$D" "Auf der Tagesordnung stehen vor allem praktische Themen, z. B. Gefangenenaustausche nach dem Muster vom Frühjahr oder die Übergabe von Schwerverletzten."
expect_sentence "$D" "Der Kreml sei grundsätzlich zu Gesprächen bereit, halte aber an seinen Zielen fest, sagte ein Sprecher."
expect_sentence "$D" "Der US-Präsident hatte Moskau Mitte Juli eine Frist von 50 Tagen gesetzt, um einer Waffenruhe zuzustimmen."
expect_sentence "$D" "Für den Fall, dass bis dahin keine Einigung zustande kommt, hat Trump Strafzölle gegen Russlands Handelspartner angekündigt."
expect_sentence "$D" "Ob die Drohung wirkt, bezweifelt etwa Dr. Anna Reimers, die an einer Bremer Forschungsstelle über russische Außenpolitik arbeitet."
expect_sentence "$D" "Die Ukraine fordert weiterhin eine bedingungslose Waffenruhe von dreißig Tagen."
expect_no_sentence_ending "$D" "z. B."
expect_no_sentence_ending "$D" "Dr."

check "$D: a Markdown headline and list items without final punctuation are sentences"
expect_sentence_matching "$D" "(# )?Ukraine bietet Russland weitere Gespräche in Istanbul an"
expect_sentence_matching "$D" "(- )?weitere Gefangenenaustausche"
expect_sentence_matching "$D" "(- )?die Übergabe gefallener Soldaten"
expect_sentence_matching "$D" "(- )?die Rückkehr verschleppter Kinder"
expect_sentence "$D" "Als Themen für die nächste Runde nennen Diplomaten:"
expect_sentence_count "$D" 20

check "$D: a sentence that starts mid-line and spans lines keeps its first line, column and file offsets"
line=$(doc_line "$D")
S="Ein Sprecher des Präsidialamts erinnerte daran, dass sich die Unterhändler beider Länder bereits am 16. Mai und am 2. Juni gegenübergesessen hatten, ohne bei der Frage einer Waffenruhe voranzukommen."
obj=$(sentence_object "$line" "$S")
want_line=$(file_line_of "$DE2" "Ein Sprecher des Präsidialamts")
want_col=$(awk -v n="$want_line" 'NR == n { print index($0, "Ein Sprecher des") }' "$DE2")
want_start=$(file_offset_of "$DE2" "Ein Sprecher des Präsidialamts")
want_end=$(( $(file_offset_of "$DE2" "Waffenruhe voranzukommen.") + 25 ))
[ "$(field_number "$obj" line)" = "$want_line" ] || fail "sentence line should be $want_line: $obj"
[ "$(field_number "$obj" column)" = "$want_col" ] || fail "sentence column should be $want_col: $obj"
[ "$(field_number "$obj" start)" = "$want_start" ] || fail "sentence start should be byte $want_start: $obj"
[ "$(field_number "$obj" end)" = "$want_end" ] || fail "sentence end should be byte $want_end (offsets are into the file as read, line breaks included): $obj"

# --- examples/en/washington-deadline.txt ---------------------------------------
D=washington-deadline
check "$D: English abbreviations, clitics and quotes"
for h in "Washington gives Moscow 50 days" "Kyiv welcomes the pressure" \
         "Moscow's answer" "What the tariffs could mean"; do
  expect_sentence "$D" "$h"
done
expect_sentence "$D" "The U.S. president on Monday gave Russia 50 days to agree to a ceasefire with Ukraine, warning that buyers of Russian oil and gas would otherwise face secondary tariffs."
expect_sentence "$D" "Mr. Trump didn't say what Moscow would have to do to avoid the penalties, e.g. whether a partial truce covering energy facilities would be enough."
expect_sentence "$D" "A senior administration official said the White House won't extend the deadline."
expect_sentence "$D" '\"We have given them time, and the clock is running now,\" the official said.'
expect_sentence "$D" 'Another official was blunter: \"Nobody in this building expects Moscow to move without pressure.\"'
expect_sentence "$D" "Kyiv’s negotiators said the announcement doesn’t change Ukraine's core demand."
expect_sentence "$D" "Officials in Kyiv said a third round of direct talks could take place within two weeks."
expect_sentence "$D" "After the first round in Istanbul both sides exchanged 1,000 prisoners each, still the only concrete result of the talks."
expect_sentence "$D" "Dr. Helen Marsh, a sanctions researcher at a Washington think tank, said the tariffs would mostly hit large buyers of Russian crude, e.g. China and India."
expect_sentence "$D" '\"If they are enforced, they will hurt Moscow more than any sanctions package so far.\"'
expect_sentence_count "$D" 18

check "$D: tokens"
line=$(doc_line "$D")
tok=$(token_object "$line" U.S.)
[ -n "$tok" ] || fail "U.S. should be one token"
expect_tokens "$D" Ukraine "'s" core
expect_tokens "$D" did "n't" say
expect_sentence_matching "$D" "Kyiv’s negotiators$JSTR"
grep -qE '\{"text":"Kyiv"[^{}]*\},\{"text":"(’|'"'"')s"' <<<"$line" ||
  fail "Kyiv’s should be the tokens Kyiv and ’s"
grep -qE '\{"text":"does"[^{}]*\},\{"text":"n(’|'"'"')t"' <<<"$line" ||
  fail "doesn’t should be the tokens does and n’t"
expect_tokens "$D" 30 day ceasefire
expect_number_token "$D" 30 30
expect_number_token "$D" 1,000 1000
expect_number_token "$D" two 2

# --- examples/en/statements.jsonl ----------------------------------------------
check "statements.jsonl: paragraphs from \\n, decoded \\u escapes, quotes"
expect_sentence ukr-delegation-statement "Ukraine's position is unchanged: we call for a full and unconditional ceasefire of at least 30 days, monitored by international partners."
expect_sentence ukr-delegation-statement "The Russian side didn't give an answer at the table."
expect_sentence_count ukr-delegation-statement 5
expect_sentence kreml-erklaerung-juni "Zu einem weiteren Austausch von Gefangenen, z. B. von Schwerverwundeten, sei Moskau dagegen jederzeit bereit."
expect_sentence_count kreml-erklaerung-juni 4
expect_sentence austausch-vermittler "„Das ist ein Zeichen, dass die Gespräche nicht umsonst sind“, sagte ein Vertreter des Gastgeberlandes."
expect_sentence_count austausch-vermittler 4

# --- other ways to name the same files ------------------------------------------
check "a directory below examples/: ids are relative to the directory given"
expect_exit 0 "$PARLEY" explain --format json "$EX/de"
expect_stdout_lines "$(find "$EX/de" -type f | wc -l)"
grep -qF '"doc":"verhandlungen-juli"' "$T/out" || fail 'expected "doc":"verhandlungen-juli"'

check "a file given by name: its id is the file name without extension"
expect_exit 0 "$PARLEY" explain --format json "$EN1"
expect_stdout_lines 1
grep -qF '"doc":"washington-deadline"' "$T/out" || fail 'expected "doc":"washington-deadline"'

check "--lang en applies to documents that do not name their language, not to the others"
expect_exit 0 "$PARLEY" explain --format json --lang en "$DE1" "$DE2"
expect_stdout_lines 2
expect_field verhandlungen-juli lang en
expect_field verhandlungen-juli lang_source option
expect_field istanbul-runde lang de
expect_field istanbul-runde lang_source document

check "the default text format works on the whole corpus"
expect_exit 0 "$PARLEY" explain "$EX"
[ -s "$T/out" ] || fail "explain printed nothing in text format"
expect_stdout_contains "Waffenruhe"
expect_stderr_not_matches ': error: '

check "--format text is the same as the default"
expect_exit 0 "$PARLEY" explain --format text "$EN1"
expect_stdout_contains "Kyiv"

pass
