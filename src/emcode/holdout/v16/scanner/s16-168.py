import html
from flask import Flask, request, jsonify

app = Flask(__name__)
BUILDS: list[dict] = []
CSS = {"passed": "ok", "failed": "bad", "running": "busy"}


@app.post("/hooks/ci")
def hook():
    data = request.get_json(silent=True) or {}
    BUILDS.append({"name": str(data.get("name", "?")), "status": str(data.get("status", "running"))})
    return jsonify(count=len(BUILDS))


@app.get("/")
def dashboard():
    items = [
        f"<li class='{CSS.get(b['status'], 'busy')}'>{html.escape(b['name'])}</li>" for b in BUILDS[-30:]
    ]
    page = "<html><body><h1>Builds</h1><ul>{}</ul></body></html>".format("".join(items))
    return page
