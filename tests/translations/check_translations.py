#!/usr/bin/env python3
"""Checks the desk's translations: every message of every .ts file is translated (no
"unfinished" entries), keeps the source's placeholders (%1…%9, %n) and markup tags, keeps a
mnemonic (&) when the source has one, and gives every plural form of a %n message.

    tests/translations/check_translations.py translations/signet_*.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(re.findall(r'%(?:\d|n)', text))


def tags(text):
    return sorted(re.findall(r'</?[a-z0-9]+>', text))


def main(paths):
    problems = []
    for path in paths:
        root = ET.parse(path).getroot()
        language = root.get('language')
        count = 0
        for context in root.iter('context'):
            name = context.find('name').text
            for message in context.iter('message'):
                count += 1
                source = message.find('source').text or ''
                translation = message.find('translation')
                where = f'{path}: {name}: {source!r}'
                if translation is None or translation.get('type') in ('unfinished', 'vanished',
                                                                      'obsolete'):
                    problems.append(f'{where}: not translated')
                    continue
                if message.get('numerus') == 'yes':
                    forms = [f.text or '' for f in translation.findall('numerusform')]
                    if len(forms) < 2:
                        problems.append(f'{where}: needs its plural forms')
                else:
                    forms = [translation.text or '']
                for form in forms:
                    if not form.strip():
                        problems.append(f'{where}: empty translation')
                    if placeholders(form) != placeholders(source):
                        problems.append(f'{where}: placeholders differ in {form!r}')
                    if tags(form) != tags(source):
                        problems.append(f'{where}: markup differs in {form!r}')
                    if re.search(r'&[^&\s]', source) and not re.search(r'&[^&\s]', form):
                        problems.append(f'{where}: the mnemonic (&) is lost in {form!r}')
        if count == 0:
            problems.append(f'{path}: no messages')
        print(f'{path} ({language}): {count} messages checked')
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
