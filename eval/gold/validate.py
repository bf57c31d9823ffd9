"""Sanity checks for the gold files in this folder (run: python3 eval/gold/validate.py)."""
import csv, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = [Path('/work/shared/wikidata/countries.tsv'), Path('/work/shared/wikidata/verified-qids.tsv')]
# fall back to ../shared next to the project root when /work/shared is not there
TSV = [p if p.exists() else HERE.parents[2] / 'shared' / 'wikidata' / p.name for p in TSV]
QID = re.compile(r'^Q[1-9][0-9]*$')
known = set()
for p in TSV:
    with p.open(encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            known.add(row['qid'])

def norm(t):
    t = unicodedata.normalize('NFKD', str(t or '')).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', ' ', t.lower()).strip()

ETYPES = {'PhoneCall', 'VideoCall', 'Meeting', 'Visit', 'Summit', 'Negotiation', 'Interview'}
ATYPES = {'Person', 'State', 'Organization', 'Place', 'Agreement'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
errors, n_pub, n = [], 0, 0
for f in sorted(HERE.glob('*.json')):
    n += 1
    err = lambda m: errors.append(f'{f.name}: {m}')
    d = json.loads(f.read_text(encoding='utf-8'))
    if set(d) != {'id', 'lang', 'published', 'title', 'gold', 'text'}:
        err(f'top-level keys {sorted(d)}')
    if d['id'] + '.json' != f.name:
        err('id does not match file name')
    if d['lang'] not in ('de', 'en') or not d['id'].endswith('.' + d['lang']):
        err('lang')
    if d['published'] is not None:
        n_pub += 1
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', d['published']):
            err('published format')
    text, g = d['text'], d['gold']
    if set(g) != {'actors', 'events', 'statements', 'roles', 'memberships', 'agreements'}:
        err(f'gold keys {sorted(g)}')
    if text.split('\n', 1)[0] != d['title']:
        err('title is not the first line of text')
    wc = len(text.split())
    if not 200 <= wc <= 450:
        err(f'word count {wc}')
    names, qids = {}, set()
    for a in g['actors']:
        if a['type'] not in ATYPES:
            err(f'actor type {a}')
        q = a['wikidata']
        if q is not None:
            if not QID.match(q) or q not in known:
                err(f'unknown QID {q} ({a["label"]})')
            if q in qids:
                err(f'duplicate actor {q}')
            qids.add(q)
        else:
            if not a.get('aliases') or a['label'] not in a['aliases']:
                err(f'null-id actor without aliases incl. label: {a["label"]}')
        for nm in [a['label'], *a.get('aliases', [])]:
            k = norm(nm)
            if k in names and names[k] is not a:
                err(f'name "{nm}" used by two actors')
            names[k] = a
    def ref(r, what):
        if r is None:
            err(f'{what}: null reference'); return
        if QID.match(r):
            if r not in known: err(f'{what}: unknown QID {r}')
            if r not in qids: err(f'{what}: QID {r} is not an actor of this file')
        elif norm(r) not in names:
            err(f'{what}: "{r}" is not a label/alias of an actor')
    for e in g['events']:
        if e['type'] not in ETYPES: err(f'event type {e["type"]}')
        if e['status'] not in ('happened', 'planned'): err(f'status {e["status"]}')
        if e['date'] is not None and not DATE.match(e['date']): err(f'date {e["date"]}')
        if e['date'] and len(e['date']) > 4 and d['published'] is None and e['date'][:4] not in text:
            err(f'resolved date {e["date"]} without publication date and without the year in the text')
        if e['evidence'] not in text: err(f'evidence not in text: {e["evidence"][:60]}')
        for p in e['participants']: ref(p, f'{e["type"]} participant')
        if e['place'] is not None: ref(e['place'], f'{e["type"]} place')
        if len(set(e['participants'])) < 1: err('event without participants')
    plain = text
    for q in '„“”»«‚‘’"\'':
        plain = plain.replace(q, '')
    twords = set(norm(text).split())
    for s in g['statements']:
        ref(s['speaker'], 'speaker')
        qt = s['quote']
        for q in '„“”»«‚‘’"\'':
            qt = qt.replace(q, '')
        if s['direct']:
            if qt.strip() not in plain:
                err(f'direct quote not verbatim in text: {s["quote"][:60]}')
        else:
            w = norm(qt).split()
            share = sum(x in twords for x in w) / len(w)
            if share < 0.8: err(f'paraphrase words not in text ({share:.2f}): {qt[:60]}')
    for r in g['roles']:
        ref(r['person'], 'role person'); ref(r['of'], 'role of')
    for m in g['memberships']:
        ref(m['member'], 'member'); ref(m['organization'], 'membership org')
    for ag in g['agreements']:
        ref(ag['wikidata'] or ag['label'], 'agreement')
        for p in ag['parties']: ref(p, 'agreement party')
        if ag['wikidata'] and ag['wikidata'] not in known: err(f'agreement QID {ag["wikidata"]}')
        for k in ('signed', 'expires'):
            if k in ag and not DATE.match(ag[k]): err(f'agreement {k} {ag[k]}')
print(f'{n} files, {n_pub} with a publication date')
print('\n'.join(errors) if errors else 'all checks passed')
sys.exit(1 if errors else 0)
