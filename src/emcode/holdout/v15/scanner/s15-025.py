from flask import Flask, request

app = Flask(__name__)
CHECKS = {}


@app.route("/status/report", methods=["POST"])
def report():
    data = request.get_json(silent=True) or {}
    CHECKS[str(data.get("name", "?"))] = bool(data.get("ok"))
    return {"ok": True}


@app.route("/status")
def status():
    rows = []
    for name, ok in sorted(CHECKS.items()):
        rows.append("<tr><td>{}</td><td>{}</td></tr>".format(name, "UP" if ok else "DOWN"))
    table = "<table>" + "".join(rows) + "</table>"
    return f"""<html><body><h1>Service status</h1>{table}</body></html>"""
