from html import escape as esc

from flask import Flask, request

app = Flask(__name__)
STATUS = {}


@app.post("/agents/report")
def report():
    payload = request.get_json(silent=True) or {}
    STATUS[str(payload.get("host", "?"))] = str(payload.get("state", "unknown"))
    return "", 204


@app.get("/status")
def status_page():
    rows = []
    for host, state in sorted(STATUS.items()):
        css = "ok" if state == "up" else "bad"
        rows.append(f'<tr class="{css}"><td>{esc(host)}</td><td>{esc(state)}</td></tr>')
    table = "<table>" + "\n".join(rows) + "</table>"
    return f"<html><body><h1>Fleet status</h1>{table}</body></html>"
