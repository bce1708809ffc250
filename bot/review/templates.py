"""The review app's pages (Jinja2, autoescaped: every value is HTML-escaped) and its CSS."""

from __future__ import annotations

import jinja2

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1.2rem;background:#24324a;color:#fff}
header a{color:#fff}
main{padding:1rem 1.2rem;max-width:1200px}
h1{font-size:1.3rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #dde1e7;padding:.35rem .5rem;text-align:left;vertical-align:top}
tr.flagged{background:#fff3f0}
.badge{display:inline-block;border-radius:.6rem;padding:0 .45rem;font-size:.8rem;margin:0 .15rem .1rem 0;background:#e4e8ee}
.badge.safety{background:#c62828;color:#fff}
.badge.safety.check,.badge.safety.medium{background:#ef6c00}
.badge.pattern{background:#fde2b0}
.badge.intent{background:#dfe9f7}
form.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin:.6rem 0 1rem}
form.filters label{display:flex;flex-direction:column;font-size:.8rem}
.turn{margin:.5rem 0;padding:.5rem .7rem;border-radius:.5rem;background:#fff;max-width:52rem}
.turn.user{border-left:4px solid #4e79a7}
.turn.bot{border-left:4px solid #b9c2cf;color:#3d4656}
.turn .meta{font-size:.78rem;color:#5b6576}
.charts{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.chart{background:#fff;padding:.5rem;border:1px solid #dde1e7}
.legend span{margin-right:.8rem;font-size:.8rem}
.swatch{display:inline-block;width:.7rem;height:.7rem;margin-right:.25rem}
.error{color:#b00020}
form.inline{display:inline}
.login{max-width:22rem;margin:4rem auto;background:#fff;padding:1.2rem;border:1px solid #dde1e7}
.login input{display:block;width:100%;margin:.3rem 0 .8rem;padding:.4rem}
button,.button{padding:.35rem .8rem;border:1px solid #24324a;background:#24324a;color:#fff;border-radius:.3rem;text-decoration:none;font-size:.9rem;cursor:pointer}
.button.light{background:#fff;color:#24324a}
"""

LAYOUT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}Mend review{% endblock %}</title><link rel="stylesheet" href="/static/review.css"></head>
<body>
<header><strong>Mend · practitioner review</strong>
{% if csrf %}<nav><a href="/">Conversations</a>
<form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{ csrf }}">
<button type="submit" class="button light">Log out</button></form></nav>{% endif %}
</header>
<main>{% block main %}{% endblock %}</main>
</body></html>
"""

LOGIN = """{% extends "layout.html" %}{% block title %}Log in · Mend review{% endblock %}
{% block main %}<form class="login" method="post" action="/login">
<h1>Log in</h1>
{% if error %}<p class="error" role="alert">{{ error }}</p>{% endif %}
<input type="hidden" name="csrf" value="{{ login_csrf }}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
</form>{% endblock %}
"""

BADGES = """{% macro safety_badge(s) %}{% if s %}<span class="badge safety {{ s.severity or '' }}" title="safety: {{ s.source or '' }}">⚠ {{ s.categories|join(', ') or 'safety' }}{% if s.severity %} ({{ s.severity }}){% endif %}</span>{% endif %}{% endmacro %}
{% macro flag_badges(flags) %}{% for f in flags %}<span class="badge safety {{ f.severity or '' }}" title="{{ f.time or '' }}">⚠ {{ f.category }}{% if f.severity %} ({{ f.severity }}){% endif %}</span>{% endfor %}{% endmacro %}
"""

INDEX = """{% extends "layout.html" %}{% from "badges.html" import flag_badges %}
{% block main %}
<h1>Conversations <small>({{ shown|length }} of {{ total }})</small></h1>
<form class="filters" method="get" action="/" aria-label="Filters">
<label><span>Flagged only</span><input type="checkbox" name="flagged" value="1" {% if f.flagged_only %}checked{% endif %}></label>
<label>Topic<select name="topic"><option value="">any</option>{% for t in topics %}<option value="{{ t }}" {% if f.topic == t %}selected{% endif %}>{{ t }}</option>{% endfor %}</select></label>
<label>Horseman<select name="horseman"><option value="">any</option>{% for h in horsemen %}<option value="{{ h }}" {% if f.horseman == h %}selected{% endif %}>{{ h }}</option>{% endfor %}</select></label>
<label>From<input type="date" name="from" value="{{ f.since or '' }}"></label>
<label>To<input type="date" name="to" value="{{ f.until or '' }}"></label>
<label>Search<input type="search" name="q" value="{{ f.query or '' }}" placeholder="words in the text"></label>
<button type="submit">Apply</button>
<a class="button light" href="/">Clear</a>
<a class="button light" href="/export?{{ query }}{{ '&' if query else '' }}format=jsonl" download>Export JSONL</a>
<a class="button light" href="/export?{{ query }}{{ '&' if query else '' }}format=csv" download>Export CSV</a>
</form>
{% if error %}<p class="error" role="alert">{{ error }}</p>{% endif %}
<table aria-label="Conversations"><thead><tr><th>Conversation</th><th>First</th><th>Last</th><th>Turns</th><th>Topics</th><th>Four Horsemen</th><th>Safety</th></tr></thead>
<tbody>{% for t in shown %}
<tr class="{{ 'flagged' if t.flagged else '' }}" data-pseudonym="{{ t.pseudonym }}">
<td><a href="/c/{{ t.pseudonym }}">{{ t.pseudonym }}</a></td>
<td>{{ date(t.first_time) }}</td><td>{{ date(t.last_time) }}</td><td>{{ t.user_turns }}</td>
<td>{% for topic in t.topics %}<span class="badge">{{ topic }}</span>{% endfor %}</td>
<td>{% for h, n in t.horsemen.items() if n %}<span class="badge pattern">{{ h }} {{ n }}</span>{% endfor %}</td>
<td>{{ flag_badges(t.safety_flags) }}{% if t.flagged and not t.safety_flags %}<span class="badge safety">⚠ finding</span>{% endif %}</td>
</tr>{% else %}<tr><td colspan="7">No conversation matches.</td></tr>{% endfor %}</tbody></table>
<section class="charts" aria-label="Charts">{% for c in charts %}
<figure class="chart"><figcaption>{{ c.title }}</figcaption>
{% if c.empty %}<p>No data yet.</p>{% else %}
<svg width="{{ c.width }}" height="{{ c.height }}" viewBox="0 0 {{ c.width }} {{ c.height }}" role="img" aria-label="{{ c.title }}">
<line x1="30" y1="{{ c.height - 30 }}" x2="{{ c.width }}" y2="{{ c.height - 30 }}" stroke="#8892a0"/>
<text x="2" y="18" font-size="11" fill="#5b6576">{{ c.max_total }}</text>
{% for b in c.bars %}<rect x="{{ b.x }}" y="{{ b.y }}" width="{{ b.width }}" height="{{ b.height }}" fill="{{ b.color }}"><title>{{ b.label }}</title></rect>{% endfor %}
{% for w in c.weeks %}<text x="{{ w.x }}" y="{{ c.height - 12 }}" font-size="10" text-anchor="middle" fill="#5b6576">{{ w.label }}</text>{% endfor %}
</svg>
<div class="legend">{% for l in c.legend %}<span><svg class="swatch" width="10" height="10"><rect width="10" height="10" fill="{{ l.color }}"/></svg>{{ l.label }}</span>{% endfor %}</div>
{% endif %}</figure>{% endfor %}</section>
{% endblock %}
"""

TRANSCRIPT = """{% extends "layout.html" %}{% from "badges.html" import flag_badges, safety_badge %}
{% block title %}{{ t.pseudonym }} · Mend review{% endblock %}
{% block main %}
<p><a href="/">← Conversations</a></p>
<h1>{{ t.pseudonym }}</h1>
<p>{{ date(t.first_time) }} – {{ date(t.last_time) }} · {{ t.user_turns }} user turns
{% for topic in t.topics %}<span class="badge">{{ topic }}</span>{% endfor %}
{% for h, n in t.horsemen.items() if n %}<span class="badge pattern">{{ h }} {{ n }}</span>{% endfor %}
{{ flag_badges(t.safety_flags) }}</p>
<section aria-label="Transcript">{% for turn in t.turns %}
<div class="turn {{ turn.speaker }}"><div class="meta">{{ 'User' if turn.speaker == 'user' else 'Mend' }} · {{ turn.time or '' }}
{% if turn.intent %}<span class="badge intent">{{ turn.intent }}</span>{% endif %}
{% for p in turn.patterns %}<span class="badge pattern">{{ p }}</span>{% endfor %}
{{ safety_badge(turn.safety) }}</div>
<div class="text">{{ turn.text }}</div></div>
{% endfor %}</section>
{% endblock %}
"""

MESSAGE = """{% extends "layout.html" %}{% block main %}<h1>{{ title }}</h1><p>{{ message }}</p><p><a href="/">Back</a></p>{% endblock %}"""


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.DictLoader({
            "layout.html": LAYOUT, "login.html": LOGIN, "badges.html": BADGES,
            "index.html": INDEX, "transcript.html": TRANSCRIPT, "message.html": MESSAGE,
        }),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
