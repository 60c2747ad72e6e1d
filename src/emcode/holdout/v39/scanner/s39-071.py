from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/screening/summary", methods=["POST"])
def summary():
    data = request.get_json(silent=True) or {}
    applicants = data.get("applicants", [])
    items = []
    for a in applicants:
        name = escape(str(a.get("name", "")))
        items.append(f"<li>{name}</li>")
    return "<ul>" + "".join(items) + "</ul>"
