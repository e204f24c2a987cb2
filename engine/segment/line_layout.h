// Which line ends of a text end a sentence, before ICU sees it.
//
// ICU ends a sentence at every line break. News text breaks lines for two
// other reasons too: hard wrapping (a line break inside a sentence) and
// headlines or list items that stand on their own line without final
// punctuation. This stage keeps the line breaks that must end a sentence
// and turns the others into spaces, so that ICU decides those places as it
// decides any space. Byte offsets do not change.
#ifndef PARLEY_ENGINE_SEGMENT_LINE_LAYOUT_H_
#define PARLEY_ENGINE_SEGMENT_LINE_LAYOUT_H_

#include <string>
#include <string_view>

namespace parley {

// Copies `text` into `work` with every line break that does not end a
// sentence (and a '\r' before it) replaced by a space.
//
// A line break stays when: the next line is blank or only punctuation, either
// line is a Markdown heading ("# ..."), the next line is a list item, or the
// line is a list item not continued by an indented or lowercase line.
// It becomes a space when the line ends with sentence punctuation (ICU then
// decides, with the abbreviation and ordinal corrections), with a comma,
// colon, semicolon or dash, when the next line starts in lowercase or with a
// digit, or when the text is hard-wrapped and the line is long enough to be
// a wrapped line. Any other line without final punctuation is a headline and
// ends a sentence.
void MarkSoftLineBreaks(std::string_view text, std::string* work);

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_LINE_LAYOUT_H_
