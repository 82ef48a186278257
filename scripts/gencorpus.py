#!/usr/bin/python3
"""Synthetic UN resolution corpus for benchmarks: seeded, reproducible.

Usage: gencorpus.py [--seed S] [--docs N] OUTDIR

Writes N documents OUTDIR/NNNN/A_RES_<session>_<n>.<lang>.txt (1,000 per folder), cycling
through the six languages. Each is a General Assembly resolution A/RES/<session>/<n> with
what the real texts have: a job number and the symbol at the top and as a running page
header, page numbers, a title line, preambular paragraphs that cite earlier resolutions
singly and in lists ("resolutions 12/3, 14/7 and 20/1"), a Security Council resolution
"N (YYYY)" now and then, UN bodies by name, and lines wrapped at a fixed width so that
lists and names break across lines. Cited resolutions are drawn by preferential attachment
(a resolution already cited is cited again in proportion to its citations), so the
in-degree follows a power law. The same seed and N give byte-identical files.
"""
import argparse
import os
import random

PER_SESSION = 2000  # resolutions per session: symbols A/RES/<1..>/<1..2000>

# (verb phrase, "resolution", "resolutions", list "and", final punctuation, wrap width)
LANGS = {
    'en': ('Recalling its', 'resolution', 'resolutions', ' and ', ',', 78),
    'fr': ('Rappelant ses', 'résolution', 'résolutions', ' et ', ',', 78),
    'es': ('Recordando sus', 'resolución', 'resoluciones', ' y ', ',', 78),
    'ru': ('ссылаясь на свои', 'резолюцию', 'резолюции', ' и ', ',', 78),
    'ar': ('إذ يشير إلى', 'قراره', 'قراراته', ' و ', '،', 78),
    'zh': ('回顾其', '号决议', '号决议', '和', '，', 40),
}
TITLE = {'en': 'Resolution adopted by the General Assembly', 'fr': 'Résolution adoptée par l’Assemblée générale',
         'es': 'Resolución aprobada por la Asamblea General', 'ru': 'Резолюция, принятая Генеральной Ассамблеей',
         'ar': 'قرار اتخذته الجمعية العامة', 'zh': '大会通过的决议'}
BODIES = {
    'en': ['the Human Rights Council', 'the Security Council', 'the Economic and Social Council',
           'the Convention on the Rights of the Child'],
    'fr': ['le Conseil des droits de l’homme', 'le Conseil de sécurité', 'le Conseil économique et social',
           'la Convention relative aux droits de l’enfant'],
    'es': ['el Consejo de Derechos Humanos', 'el Consejo de Seguridad', 'el Consejo Económico y Social',
           'la Convención sobre los Derechos del Niño'],
    'ru': ['Совет по правам человека', 'Совет Безопасности', 'Экономический и Социальный Совет',
           'Конвенция о правах ребенка'],
    'ar': ['مجلس حقوق الإنسان', 'مجلس الأمن', 'المجلس الاقتصادي والاجتماعي', 'اتفاقية حقوق الطفل'],
    'zh': ['人权理事会', '安全理事会', '经济及社会理事会', '儿童权利公约'],
}
FILLER = {
    'en': 'Reaffirming the purposes and principles of the Charter of the United Nations and noting '
          'the report of the Secretary-General on the work of the Organization',
    'fr': 'Réaffirmant les buts et principes énoncés dans la Charte des Nations Unies et prenant note '
          'du rapport du Secrétaire général sur l’activité de l’Organisation',
    'es': 'Reafirmando los propósitos y principios de la Carta de las Naciones Unidas y tomando nota '
          'del informe del Secretario General sobre la labor de la Organización',
    'ru': 'вновь подтверждая цели и принципы Устава Организации Объединенных Наций и принимая к '
          'сведению доклад Генерального секретаря о работе Организации',
    'ar': 'وإذ تؤكد من جديد مقاصد ومبادئ ميثاق الأمم المتحدة وإذ تحيط علما بتقرير الأمين العام عن أعمال المنظمة',
    'zh': '重申《联合国宪章》的宗旨和原则，注意到秘书长关于本组织工作的报告',
}
ORDER = ['zh', 'en', 'fr', 'es', 'ru', 'ar']


def symbol(i):
    return 1 + i // PER_SESSION, 1 + i % PER_SESSION


def ref(lang, i):
    s, n = symbol(i)
    if lang == 'zh':
        return f'第{s}/{n}'
    return f'{s}/{n}'


def cite_list(lang, targets):
    verb, one, many, and_, punct, _ = LANGS[lang]
    items = [ref(lang, t) for t in targets]
    if lang == 'zh':
        body = '号、'.join(items[:-1])
        body = (body + '号' + and_ if len(items) > 1 else '') + items[-1] + one
        return verb + body + punct
    body = ', '.join(items[:-1]) + (and_ if len(items) > 1 else '') + items[-1]
    return f'{verb} {one if len(items) == 1 else many} {body}{punct}'


def sc_ref(lang, rng):
    n = rng.randint(1000, 2700)
    year = 1995 + (n - 1000) * 29 // 1700
    if lang == 'zh':
        return f'安全理事会第{n}({year})号决议'
    word = {'en': 'Security Council resolution', 'fr': 'la résolution', 'es': 'la resolución',
            'ru': 'резолюцию Совета Безопасности', 'ar': 'قرار مجلس الأمن'}[lang]
    return f'{word} {n} ({year})'


def wrap(text, width):
    lines, line = [], ''
    for word in text.split(' ') if ' ' in text else [text[i:i + width] for i in range(0, len(text), width)]:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f'{line} {word}' if line else word
    if line:
        lines.append(line)
    return lines


def document(i, lang, rng, cited):
    s, n = symbol(i)
    sym = f'A/RES/{s}/{n}'
    job = f'{rng.randint(10, 25):02d}-{rng.randint(0, 99999):05d}'
    paras = []
    k = min(i, int(rng.paretovariate(1.6)) + 1, 25)
    targets = []
    for _ in range(k):
        if cited and rng.random() < 0.8:
            t = rng.choice(cited)  # preferential attachment: proportional to citations
        else:
            t = rng.randrange(i)
        if t not in targets:
            targets.append(t)
    cited.extend(targets)
    rng.shuffle(targets)
    while targets:
        take = min(len(targets), rng.choice([1, 1, 2, 3, 5]))
        paras.append(cite_list(lang, sorted(targets[:take])))
        targets = targets[take:]
        if rng.random() < 0.5:
            paras.append(FILLER[lang] + LANGS[lang][4])
    for _ in range(rng.randint(1, 6)):
        paras.append(FILLER[lang] + LANGS[lang][4])
    if rng.random() < 0.3:
        paras.append(FILLER[lang] + ' ' + sc_ref(lang, rng) + LANGS[lang][4])
    paras.append(FILLER[lang] + ' ' + rng.choice(BODIES[lang]) + LANGS[lang][4])
    width = LANGS[lang][5]
    out = [job, sym, '', TITLE[lang], '', f'{s}/{n}.', '']
    page, lines_on_page = 1, 0
    for p in paras:
        for line in wrap(p, width):
            out.append(line)
            lines_on_page += 1
            if lines_on_page == 45:  # page break: footer, running header
                page += 1
                out += ['', f'{page - 1}/{page + 1}', job, '', sym, '']
                lines_on_page = 0
        out.append('')
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--docs', type=int, default=10000)
    ap.add_argument('outdir')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    cited = []
    total = 0
    for i in range(a.docs):
        lang = ORDER[i % 6]
        folder = os.path.join(a.outdir, f'{i // 1000:04d}')
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        s, n = symbol(i)
        text = document(i, lang, rng, cited).encode()
        total += len(text)
        with open(os.path.join(folder, f'A_RES_{s}_{n}.{lang}.txt'), 'wb') as f:
            f.write(text)
    print(f'gencorpus: {a.docs} documents, {total / 1e6:.1f} MB in {a.outdir}')


if __name__ == '__main__':
    main()
