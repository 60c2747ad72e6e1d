from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<h1>Search results</h1><p>You searched for: {query}</p><ul>{items}</ul>"

@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in ["widget", "gadget", "gizmo"] if q.lower() in p]
    items = "".join("<li>%s</li>" % h for h in hits)
    html = TEMPLATE.format(query=q, items=items)
    return html
