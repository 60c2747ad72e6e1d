from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<h1>Search results</h1><p>You searched for: {query}</p><ul>{items}</ul>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    shown = escape(q)
    hits = [p for p in ["widget", "gadget", "gizmo"] if q.lower() in p]
    items = "".join("<li>%s</li>" % h for h in hits)
    return TEMPLATE.format(query=shown, items=items)
