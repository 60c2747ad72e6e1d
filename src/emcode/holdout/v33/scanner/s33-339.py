from flask import Flask, request

app = Flask(__name__)


@app.route("/seating")
def seating():
    guest = request.args.get("guest", "")
    table = request.args.get("table", "?")
    html = f"<h2>{guest}</h2><p>You are seated at table {table}.</p>"
    return html


@app.route("/seating/map")
def seating_map():
    tables = request.args.getlist("t")
    svg = ["<svg width='400' height='300'>"]
    for i, t in enumerate(tables):
        svg.append(f"<text x='{20 + i * 40}' y='40'>{t}</text>")
    svg.append("</s