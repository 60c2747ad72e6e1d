from flask import Flask, request
app = Flask(__name__)

TEMPLATE = "<div class='results'>You searched for: {q}<br>{n} results</div>"

@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in ["apple", "banana", "cherry"] if q.lower() in p]
    out = TEMPLATE.format(q=q, n=len(hits))
    return out
