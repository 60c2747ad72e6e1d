import html

from flask import Flask, request

app = Flask(__name__)
CHECKS = {}


@app.route("/status/report", methods=["POST"])
def report():
    data = request.get_json(silent=True) or {}
    CHECKS[str(data.get("name", "?"))[:60]] = bool(data.get("ok"))
    return {"ok": True}


@app.route("/status")
def status():
    rows = []
    for name, ok in sorted(CHECKS.items()):
        label = html.escape(name)
        rows.append(f"<tr><td>{label}</td><td>{'UP' if ok else 'DOWN'}</td></tr>")
    table = "<table>" + "".join(rows) + "</table>"
    return f"""<html><body><h1>Service status</h1>{table}</body></html>"""
