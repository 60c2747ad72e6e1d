import html
from flask import Flask, request

app = Flask(__name__)
TEMPLATE = "<div class='results'>You searched for: {q}<br>{n} results</div>"


def clean(value: str) -> str:
    return html.escape(value, quote=True)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in ["apple", "banana"] if q.lower() in p]
    safe_q = clean(q)
    return TEMPLATE.format(q=safe_q, n=len(hits))
