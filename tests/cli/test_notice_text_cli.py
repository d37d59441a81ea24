"""`workstation notices text` prints a letter with no empty labels in a fresh workspace with no settings: a value
not known is named as missing, for a draft and for a notice already sent."""

import re

import pytest

AT = "2025-05-12T04:00:00Z"
EMPTY_LABEL = re.compile(r"^[^\n:]{1,40}:[ \t]*$|[ \t][.,;]|\([ \t]*\)|№[ \t]*(от|,)", re.MULTILINE)
NOT_SET = {"kk": ("[алушы көрсетілмеген]", "[жіберілген күні көрсетілмеген]", "[мерзімі анықталмаған]",
                  "[ұйым көрсетілмеген]"),
           "ru": ("[получатель не указан]", "[дата отправки не указана]", "[срок не определён]",
                  "[организация не указана]"),
           "en": ("[recipient not set]", "[date of sending not set]", "[deadline not set]",
                  "[organisation not set]")}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_notices_text_prints_no_empty_labels_with_or_without_a_sent_notice(run, lang):
    def out(*args) -> str:
        code, text, err = run(*args)
        assert code == 0, err
        return text

    first = out("violations", "add", "https://bonus.example/a", "--type", "phishing", "--at", AT).split("\t")[0]
    second = out("violations", "add", "https://other.example/b", "--type", "phishing", "--at", AT).split("\t")[0]
    out("notices", "send", first, "--at", "2025-05-12T05:00:00Z", "--lang", lang)
    recipient, sent, deadline, organisation = NOT_SET[lang]
    for args in (("--violation", second), ("--violation", first)):
        draft = out("notices", "text", *args, "--lang", lang)
        assert not EMPTY_LABEL.search(draft) and "$" not in draft
        assert all(missing in draft for missing in (recipient, sent, deadline, organisation))
    sent_text = out("notices", "text", "1")
    assert not EMPTY_LABEL.search(sent_text) and "$" not in sent_text
    assert organisation in sent_text and recipient not in sent_text and sent not in sent_text
