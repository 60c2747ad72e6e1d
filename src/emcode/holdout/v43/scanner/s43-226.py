from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/seating")
def seating_chart():
    names = request.args.getlist("guest")
    table = request.args.get("table", 1, type=int)
    parts = ["<table class='seating'>", f"<caption>Table {table}</caption>"]
    for i, n in enumerate(names, 1):
        parts.append("<tr><td>" + str(i) + "</td><td>" + escape(n) + "</td></tr>")
    parts.append("</table>")
    return "\n".join(parts)
