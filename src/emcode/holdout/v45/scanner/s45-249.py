import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/fitting/restore")
def restore():
    raw = request.files["backup"].read()
    try:
        backup = json.loads(raw)
    except ValueError:
        return {"error": "backup must be JSON"}, 400
    programs = backup.get("programs", []) if isinstance(backup, dict) else []
    summary = ", ".join(str(p.get("name", "")) for p in programs if isinstance(p, dict))
    return {"patient": backup.get("patient"), "programs": summ