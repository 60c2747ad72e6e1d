from html import escape

from flask import Flask, request

app = Flask(__name__)

LOGS = [
    {"tower": "Skerry Point", "entry": "Replaced lens gasket"},
    {"tower": "Gull Rock", "entry": "Fog horn tested"},
]


@app.route("/logs")
def logs():
    q = request.args.get("q", "").strip()
    hits = [l for l in LOGS if q.lower() in l["entry"].lower()]
    items = "".join(f"<li>{escape(h['tower'])}: {escape(h['entry'])}</li>" for h in hits)
    q_attr = escape(q, quote=True)
    page = f"""<!doctype html>
<title>Maintenance log</title>
<form><input name="q" value="{q_attr}"><button>Search</button></form>
<ul>{items}</ul>
"""
    return page
