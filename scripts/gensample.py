#!/usr/bin/python3
"""The sample corpus of the test gates: generated, ours, in the format of ../shared/corpus.

Usage: gensample.py OUTDIR

Writes OUTDIR/sample-res/: Security Council resolutions written for the test in the six
languages (zh en fr es ru ar), each with the layout of the real texts (the "United Nations"
banner, the symbol, the organ, the title line "Resolution N (YYYY)" / "第N(YYYY)号决议" …, the
preamble, the operative part) and the reference forms of the real texts: keyword-led lists
("resolutions 1267 (1999), 1373 (2001) and 1390 (2002)", "第1267(1999)号、…和第1390(2002)号
决议", ar "و1373 (2001)" with the conjunction fused), single references, General Assembly
resolutions with the organ before ("General Assembly resolution 60/288"), after ("la
résolution 60/288 de l'Assemblée générale") or as a genitive ("резолюцию 60/288 Генеральной
Ассамблеи"), the Roman form "2625 (XXV)", bodies and conventions by name; half of them
wrapped at a fixed width, as PDF text is (lists and names broken across lines). Beside them
the seed, data/texts/S_RES_1456_2003.zh.txt (the only real text: it is in the repository).

  sample-res/_links.tsv   the true citations of every text, in the corpus format (file,
                          symbol, lang, target, anchor, href, eId, in_footnote): what each
                          generated text cites is known by construction; the seed's five are
                          read from its text (1267 (1999), 1363 (2001), 1373 (2001),
                          1390 (2002), 1455 (2003))
  sample-res/SOURCE.md    where the texts come from
  names/<lang>/*.expected the bodies and conventions named in each text (tests/names format)

The same script gives byte-identical files (a fixed seed). Used by `make accuracy`, `make
names` and `make analysis`, which run on it always and on ../shared/corpus when it is there.
"""
import os
import random
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED_TEXT = os.path.join(REPO, "data", "texts", "S_RES_1456_2003.zh.txt")
SEED_LINKS = ["S/RES/1267 (1999)", "S/RES/1363 (2001)", "S/RES/1373 (2001)",
              "S/RES/1390 (2002)", "S/RES/1455 (2003)"]

# Security Council resolutions that the texts cite: (number, year of adoption)
SC = [(1267, 1999), (1325, 2000), (1333, 2000), (1373, 2001), (1390, 2002), (1455, 2003),
      (1540, 2004), (1624, 2005), (1735, 2006), (1820, 2008), (1822, 2008), (1888, 2009),
      (1889, 2009), (1904, 2009), (1960, 2010), (1989, 2011), (2083, 2012), (2106, 2013),
      (2122, 2013), (2133, 2014), (2170, 2014), (2178, 2014), (2199, 2015), (2242, 2015),
      (2253, 2015), (2331, 2016), (2368, 2017), (2396, 2017), (2462, 2019), (2467, 2019),
      (2482, 2019), (2493, 2019)]
# the symbols of the texts themselves (all adopted in 2019, after every one cited)
OWN = list(range(2494, 2504))
# General Assembly resolutions cited: (target symbol, how it is written)
GA_SLASH = ["60/288", "46/182", "70/291", "72/284"]
GA_ROMAN = ("A/RES/2625(XXV)", "2625 (XXV)")

LANGS = ["zh", "en", "fr", "es", "ru", "ar"]


def sc(lang, n, y):
    return f"{n}({y})" if lang == "zh" else f"{n} ({y})"


def join(lang, items):
    """A list of references in the language: "A, B and C"."""
    if lang == "zh":
        return "、".join("第" + x + "号" for x in items[:-1]) + "和第" + items[-1] + "号"
    if lang == "ar":
        return " و".join(items)
    last = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и "}[lang]
    return ", ".join(items[:-1]) + last + items[-1]


ORGAN_LINE = {"en": "Security Council", "fr": "Conseil de sécurité", "es": "Consejo de Seguridad",
              "ru": "Совет Безопасности", "ar": "مجلس الأمن", "zh": "安全理事会"}
SUBJECT = {"en": "The Security Council,", "fr": "Le Conseil de sécurité,",
           "es": "El Consejo de Seguridad,", "ru": "Совет Безопасности,",
           "ar": "إن مجلس الأمن،", "zh": "安全理事会，"}
TITLE = {"en": "Resolution {s}", "fr": "Résolution {s}", "es": "Resolución {s}",
         "ru": "Резолюция {s}", "ar": "القرار {s}", "zh": "第{s}号决议"}
LIST = {"en": "Recalling its resolutions {l},", "fr": "Rappelant ses résolutions {l},",
        "es": "Recordando sus resoluciones {l},", "ru": "ссылаясь на свои резолюции {l},",
        "ar": "إذ يشير إلى قراراته {l}،", "zh": "回顾其{l}决议，"}
SINGLE = {"en": "Recalling also its resolution {r},", "fr": "Rappelant également sa résolution {r},",
          "es": "Recordando también su resolución {r},",
          "ru": "ссылаясь также на свою резолюцию {r},", "ar": "وإذ يشير أيضا إلى قراره {r}،",
          "zh": "又回顾其第{r}号决议，"}
GA = {"en": "Recalling General Assembly resolution {g},",
      "fr": "Rappelant la résolution {g} de l'Assemblée générale,",
      "es": "Recordando la resolución {g} de la Asamblea General,",
      "ru": "ссылаясь на резолюцию {g} Генеральной Ассамблеи,",
      "ar": "وإذ يشير إلى قرار الجمعية العامة {g}،", "zh": "回顾大会第{g}号决议，"}
CHARTER = {"en": "Reaffirming the purposes and principles of the Charter of the United Nations,",
           "fr": "Réaffirmant les buts et principes de la Charte des Nations Unies,",
           "es": "Reafirmando los propósitos y principios de la Carta de las Naciones Unidas,",
           "ru": "вновь подтверждая цели и принципы Устава Организации Объединенных Наций,",
           "ar": "وإذ يعيد تأكيد مقاصد ومبادئ ميثاق الأمم المتحدة،",
           "zh": "重申《联合国宪章》的宗旨和原则，"}
COMMITTEE = {"en": "Welcoming the work of the Counter-Terrorism Committee, and requesting the "
                   "Secretary-General to report to it on the steps taken,",
             "fr": "Saluant les travaux du Comité contre le terrorisme, et priant le Secrétaire "
                   "général de lui faire rapport sur les mesures prises,",
             "es": "Acogiendo con beneplácito la labor del Comité contra el Terrorismo, y "
                   "solicitando al Secretario General que le informe de las medidas adoptadas,",
             "ru": "приветствуя работу Контртеррористического комитета и просьбу к Генеральному "
                   "секретарю доложить о принятых мерах,",
             "ar": "وإذ يرحب بعمل لجنة مكافحة الإرهاب، ويطلب إلى الأمين العام أن يقدم تقريرا "
                   "عن الخطوات المتخذة،",
             "zh": "欢迎反恐怖主义委员会的工作，并请秘书长报告所采取的步骤，"}
NAMES = ["charter-un", "counter-terrorism-committee", "general-assembly", "secretary-general",
         "security-council"]
# what the seed names (read from its text: 安全理事会, 反恐委员会, 《联合国宪章》, 秘书长, …)
SEED_NAMES = [("security-council", "body"), ("counter-terrorism-committee", "body"),
              ("charter-un", "convention"), ("secretary-general", "body"),
              ("icsft-1999", "convention"), ("icsant-2005", "convention"),
              ("comprehensive-convention-international-terrorism-draft", "convention"),
              ("monitoring-group-1363", "body")]
DECIDES = {"en": "Decides to remain seized of the matter.",
           "fr": "Décide de rester saisi de la question.",
           "es": "Decide seguir ocupándose de la cuestión.",
           "ru": "постановляет продолжать активно заниматься этим вопросом.",
           "ar": "يقرر أن يبقي المسألة قيد نظره الفعلي.", "zh": "决定继续积极处理此案。"}


def wrap(lang, line, width):
    """Hard line breaks as in PDF text: at spaces (zh: between two characters that are
    not digits, since the PDF text of the real zh files breaks there)."""
    out, cur = [], ""
    if lang == "zh":
        for ch in line:
            if len(cur) >= width and not (cur[-1].isdigit() or ch.isdigit() or ch in "()"):
                out.append(cur)
                cur = ""
            cur += ch
        return out + [cur]
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    return out + [cur]


def document(rng, lang, own, wrapped):
    """The text of S/RES/own (2019) in lang and the symbols it cites."""
    cites = []
    picks = rng.sample(SC, 6)
    listed, single = picks[:3], picks[3]
    lines = ["United Nations", f"S/RES/{own} (2019)", ORGAN_LINE[lang], "Distr.: General",
             TITLE[lang].format(s=sc(lang, own, 2019)), SUBJECT[lang]]
    body = [LIST[lang].format(l=join(lang, [sc(lang, n, y) for n, y in listed])),
            SINGLE[lang].format(r=sc(lang, *single)), CHARTER[lang]]
    cites += [f"S/RES/{n}({y})" for n, y in listed] + [f"S/RES/{single[0]}({single[1]})"]
    g = rng.choice(GA_SLASH)
    body.append(GA[lang].format(g=g))
    cites.append("A/RES/" + g)
    if lang not in ("ar", "zh") and rng.random() < 0.5:
        body.append(GA[lang].format(g=GA_ROMAN[1]))
        cites.append(GA_ROMAN[0])
    body.append(COMMITTEE[lang])
    body.append(DECIDES[lang])
    for para in body:
        lines += wrap(lang, para, 40 if lang == "zh" else 70) if wrapped else [para]
    return "\n".join(lines) + "\n", cites


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gensample.py OUTDIR")
    out = sys.argv[1]
    folder = os.path.join(out, "sample-res")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(folder)
    rng = random.Random(1456)
    links = ["file\tsymbol\tlang\ttarget\tanchor\thref\teId\tin_footnote"]

    def link(name, symbol, lang, target):
        links.append(f"{name}\t{symbol}\t{lang}\t{target}\t{target}\t"
                     f"https://undocs.org/{lang}/{target}\tpara_1\t0")

    for i, own in enumerate(OWN):
        for lang in LANGS:
            name = f"S_RES_{own}_2019.{lang}.txt"
            text, cites = document(rng, lang, own, wrapped=(i + LANGS.index(lang)) % 2 == 1)
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
            for t in dict.fromkeys(cites):
                link(name, f"S/RES/{own} (2019)", lang, t)
            d = os.path.join(out, "names", lang)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, name.replace(".txt", ".expected")), "w",
                      encoding="utf-8") as f:
                f.write(f"# corpus: sample-res/{name}\n# generated by scripts/gensample.py\n")
                for nid in NAMES:
                    f.write(f"{nid}\t{'convention' if nid == 'charter-un' else 'body'}\t-\n")
    seed = os.path.basename(SEED_TEXT)
    shutil.copyfile(SEED_TEXT, os.path.join(folder, seed))
    for t in SEED_LINKS:
        link(seed, "S/RES/1456 (2003)", "zh", t.replace(" ", ""))
    with open(os.path.join(out, "names", "zh", seed.replace(".txt", ".expected")), "w",
              encoding="utf-8") as f:
        f.write(f"# corpus: sample-res/{seed}\n# read from the text (data/texts)\n")
        for nid, kind in SEED_NAMES:
            f.write(f"{nid}\t{kind}\t-\n")
    with open(os.path.join(folder, "_links.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(links) + "\n")
    with open(os.path.join(folder, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("# sample-res\n\nWritten by scripts/gensample.py for the test gates: Security "
                "Council resolutions S/RES/2494 (2019) – S/RES/2503 (2019) in six languages, "
                "generated (not the real texts of those resolutions), and the seed "
                "S/RES/1456 (2003) in Chinese (data/texts). `_links.tsv`: the citations each "
                "text was written with.\n")


if __name__ == "__main__":
    main()
