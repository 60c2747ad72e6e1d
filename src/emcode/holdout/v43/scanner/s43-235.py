from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = """<div class="results">
<p>Translators matching <strong>{term}</strong>: {count}</p>
<ul>{items}</ul>
</div>"""

TRANSLATORS = ["Ana (pt-en)", "Kenji (ja-en)", "Marta (pl-de)", "Youssef (ar-fr)"]


@app.route("/translators")
def find_translators():
    term = request.args.get("q", "")
    hits = [t for t in TRANSLATORS if term.lower() in t.lower()]
    items = "".join("<li>{}</li>".format(escape(h)) for h in hits)
    body = TEMPLATE.format(term=escape(term), count=len(hits), items=items)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
