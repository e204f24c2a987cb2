// Sentence splitting of news text (SPEC §2 "Tokens, sentences, paragraphs").
#include <doctest/doctest.h>

#include "test_support.h"

using parley::Language;
using parley::Segmentation;
using parley::testing::MakeSegmenter;
using parley::testing::Sentences;
using Lines = std::vector<std::string>;

TEST_CASE("German ordinals and dates do not end a sentence") {
  CHECK(Sentences("Die Delegationen trafen sich am 16. Mai zum ersten Mal. Danach war Pause.",
                  Language::kGerman) ==
        Lines{"Die Delegationen trafen sich am 16. Mai zum ersten Mal.", "Danach war Pause."});
  CHECK(Sentences("Sie verhandelten zum 3. Mal in Istanbul. Es gab keinen Durchbruch.",
                  Language::kGerman) ==
        Lines{"Sie verhandelten zum 3. Mal in Istanbul.", "Es gab keinen Durchbruch."});
  CHECK(Sentences("Seit dem 24. Februar 2022 herrscht Krieg. Niemand weiß, wie lange.",
                  Language::kGerman)
            .size() == 2);
  CHECK(Sentences("Das Treffen am 16.05.2025 blieb ohne Ergebnis. Beide reisten ab.",
                  Language::kGerman)
            .size() == 2);
}

TEST_CASE("a number at a sentence end still ends it") {
  CHECK(Sentences("Die Zahl der Gefangenen stieg auf 390. Weitere sollen folgen.",
                  Language::kGerman) ==
        Lines{"Die Zahl der Gefangenen stieg auf 390.", "Weitere sollen folgen."});
  CHECK(Sentences("The talks lasted until 16. Then both sides left.", Language::kEnglish).size() ==
        2);
}

TEST_CASE("German abbreviations stay inside their sentence") {
  const std::string text =
      "Mehrere Staaten, z. B. Polen und u. a. Litauen, unterstützen Kiew. Dr. Meier leitet die "
      "Runde Nr. 2 bzw. Nr. 3 der Gespräche. Das ist neu.";
  CHECK(Sentences(text, Language::kGerman) ==
        Lines{"Mehrere Staaten, z. B. Polen und u. a. Litauen, unterstützen Kiew.",
              "Dr. Meier leitet die Runde Nr. 2 bzw. Nr. 3 der Gespräche.", "Das ist neu."});
  CHECK(Sentences("Es ging um Waffen, Geld usw. Russland lehnte alles ab.", Language::kGerman)
            .size() == 2);
}

TEST_CASE("English abbreviations stay inside their sentence") {
  CHECK(Sentences("The U.S. President met Mr. Smith and Dr. Jones. They agreed.",
                  Language::kEnglish) ==
        Lines{"The U.S. President met Mr. Smith and Dr. Jones.", "They agreed."});
  CHECK(Sentences("Some states, e.g. Poland, back Kyiv. Others do not.", Language::kEnglish) ==
        Lines{"Some states, e.g. Poland, back Kyiv.", "Others do not."});
  CHECK(Sentences("Sanctions were imposed by the U.S. The Kremlin protested.", Language::kEnglish)
            .size() == 2);
  CHECK(Sentences("Donald J. Trump set a deadline. Moscow ignored it.", Language::kEnglish) ==
        Lines{"Donald J. Trump set a deadline.", "Moscow ignored it."});
}

TEST_CASE("quotes") {
  CHECK(Sentences("„Wir sind bereit.“, sagte Selenskyj. Putin schwieg.", Language::kGerman) ==
        Lines{"„Wir sind bereit.“, sagte Selenskyj.", "Putin schwieg."});
  CHECK(Sentences("Er sagte: »Eine Waffenruhe ist möglich.« Moskau widersprach.",
                  Language::kGerman) ==
        Lines{"Er sagte: »Eine Waffenruhe ist möglich.«", "Moskau widersprach."});
  CHECK(Sentences("\"We will not give up,\" he said. \"Never.\" The room was silent.",
                  Language::kEnglish) ==
        Lines{"\"We will not give up,\" he said.", "\"Never.\"", "The room was silent."});
}

TEST_CASE("a quotation of several sentences stays with its speaker") {
  CHECK(Sentences("„Wir haben geliefert. Jetzt ist Moskau am Zug“, sagte ein Delegierter. Dann "
                  "endete die Runde.",
                  Language::kGerman) ==
        Lines{"„Wir haben geliefert. Jetzt ist Moskau am Zug“, sagte ein Delegierter.",
              "Dann endete die Runde."});
  CHECK(Sentences("»Wir prüfen das. Eile gibt es nicht«, sagte er. Kiew wartet.", Language::kGerman) ==
        Lines{"»Wir prüfen das. Eile gibt es nicht«, sagte er.", "Kiew wartet."});
  CHECK(Sentences("\"We gave them time. The clock is running,\" the official said. Moscow was silent.",
                  Language::kEnglish) ==
        Lines{"\"We gave them time. The clock is running,\" the official said.",
              "Moscow was silent."});
  CHECK(Sentences("“We gave them time. The clock is running” said the envoy. Nothing moved.",
                  Language::kEnglish) ==
        Lines{"“We gave them time. The clock is running” said the envoy.", "Nothing moved."});
  // A quotation that ends its sentence does not join the next one.
  CHECK(Sentences("Er schrieb: „Wir sind bereit. Jederzeit.“ Ein Termin fehlt.", Language::kGerman) ==
        Lines{"Er schrieb: „Wir sind bereit.", "Jederzeit.“", "Ein Termin fehlt."});
}

TEST_CASE("headlines and list items without punctuation are sentences of their own") {
  const std::string text =
      "Kiew schlägt neue Gespräche vor\n"
      "Der Präsident lud Moskau zu einem weiteren Treffen ein. Die Antwort steht aus.\n"
      "Russland bleibt hart\n"
      "Die Forderungen lauten:\n"
      "- Anerkennung der annektierten Gebiete\n"
      "- Verzicht auf die NATO\n"
      "* keine westlichen Waffen\n";
  CHECK(Sentences(text, Language::kGerman) ==
        Lines{"Kiew schlägt neue Gespräche vor",
              "Der Präsident lud Moskau zu einem weiteren Treffen ein.", "Die Antwort steht aus.",
              "Russland bleibt hart", "Die Forderungen lauten:",
              "Anerkennung der annektierten Gebiete", "Verzicht auf die NATO",
              "keine westlichen Waffen"});
}

TEST_CASE("hard-wrapped paragraphs are not broken at each line end") {
  const std::string text =
      "Die Delegationen aus Kiew und Moskau trafen sich nach langer Pause am 16.\n"
      "Mai erneut in Istanbul. Vermittler der Türkei, z. B. der Außenminister,\n"
      "hatten das Treffen vorbereitet und eine Waffenruhe als erstes Ziel\n"
      "genannt. Die ukrainische Seite forderte eine bedingungslose Feuerpause\n"
      "Waffenstillstand und Gefangenenaustausch standen ebenfalls auf der\n"
      "Tagesordnung der beiden Delegationen in dem Palast am Bosporus.\n"
      "\n"
      "Ergebnisse der Runde\n"
      "\n"
      "Am Ende einigten sich beide Seiten auf einen Austausch von jeweils\n"
      "tausend Gefangenen.\n";
  CHECK(Sentences(text, Language::kGerman) ==
        Lines{"Die Delegationen aus Kiew und Moskau trafen sich nach langer Pause am 16. Mai "
              "erneut in Istanbul.",
              "Vermittler der Türkei, z. B. der Außenminister, hatten das Treffen vorbereitet und "
              "eine Waffenruhe als erstes Ziel genannt.",
              "Die ukrainische Seite forderte eine bedingungslose Feuerpause Waffenstillstand und "
              "Gefangenenaustausch standen ebenfalls auf der Tagesordnung der beiden Delegationen "
              "in dem Palast am Bosporus.",
              "Ergebnisse der Runde",
              "Am Ende einigten sich beide Seiten auf einen Austausch von jeweils tausend "
              "Gefangenen."});
}

TEST_CASE("one paragraph per line: every line ends its sentences") {
  const std::string text =
      "Russland bleibt bei seinen Forderungen\n"
      "Der Kreml besteht auf Bedingungen, die Kiew ablehnt. Eine Einigung ist fern.\n"
      "Auch die USA erhöhen den Druck auf Moskau mit neuen Sanktionen und Zöllen gegen "
      "Handelspartner Russlands, wie ein Sprecher in Washington bestätigte\n"
      "Neue Runde in Istanbul geplant\n";
  CHECK(Sentences(text, Language::kGerman).size() == 5);
}

TEST_CASE("lines, columns, paragraphs and offsets refer to the text as read") {
  const std::string text =
      "Erste Zeile ohne Punkt\n\n  Die Ukraine fordert eine Waffenruhe. Russland lehnt ab.\n"
      "Neuer Absatz hier.\n";
  auto segmenter = MakeSegmenter(Language::kGerman);
  Segmentation s;
  segmenter->Segment(text, 0, 1, &s);
  REQUIRE(s.sentences.size() == 4);
  CHECK(s.sentences[0].line == 1);
  CHECK(s.sentences[0].paragraph == 0);
  CHECK(s.sentences[1].line == 3);
  CHECK(s.sentences[1].column == 3);
  CHECK(s.sentences[1].paragraph == 1);
  CHECK(s.sentences[2].paragraph == 1);
  CHECK(s.sentences[3].line == 4);
  CHECK(s.sentences[3].paragraph == 2);
  for (const auto& sentence : s.sentences) {
    std::string_view raw = std::string_view(text).substr(sentence.start, sentence.end - sentence.start);
    CHECK(Segmentation::SentenceText(text, sentence) == raw);
  }
  CHECK(text.substr(s.sentences[2].start, s.sentences[2].end - s.sentences[2].start) ==
        "Russland lehnt ab.");
}

TEST_CASE("segmenting from an offset keeps file offsets and lines") {
  const std::string text = "---\nid: x\n---\nDie Ukraine fordert Frieden.\n";
  auto segmenter = MakeSegmenter(Language::kGerman);
  Segmentation s;
  segmenter->Segment(text, 14, 4, &s);
  REQUIRE(s.sentences.size() == 1);
  CHECK(s.sentences[0].start == 14);
  CHECK(s.sentences[0].line == 4);
  CHECK(s.sentences[0].column == 1);
  CHECK(s.tokens.front().start == 14);
}

TEST_CASE("text that is not NFC keeps its byte offsets") {
  // "Gespräche" with a combining diaeresis: 1 byte longer than NFC.
  const std::string text = "Die Gespra\xCC\x88" "che beginnen. Danach Pause.";
  auto segmenter = MakeSegmenter(Language::kGerman);
  Segmentation s;
  segmenter->Segment(text, 0, 1, &s);
  REQUIRE(s.sentences.size() == 2);
  CHECK(s.sentences[0].end == 25);
  CHECK(s.Fold(s.tokens[1]) == "gespräche");
  CHECK(Segmentation::Text(text, s.tokens[1]) == "Gespra\xCC\x88" "che");
}

TEST_CASE("empty and punctuation-only texts give no sentences") {
  CHECK(Sentences("", Language::kGerman).empty());
  CHECK(Sentences("   \n\n  ", Language::kEnglish).empty());
  CHECK(Sentences("---\n***\n", Language::kEnglish).empty());
}
