from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/classes/search")
def class_search():
    q = request.args.get("q", "")
    classes = ["Spin", "Yoga", "HIIT", "Pilates", "Boxing"]
    hits = [c for c in classes if q.lower() in c.lower()]
    items = "".join(f"<li>{escape(c)}</li>" for c in hits)
    page = f"<h2>Classes matching '{escape(q)}'</h2><ul>{items}</ul>"
    if not hits:
        page += "<p>No classes found. Try another sea