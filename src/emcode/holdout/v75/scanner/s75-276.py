import json
import os

from flask import Flask, request

app = Flask(__name__)
EXPORT_DIR = "/srv/vetlab/exports"


@app.post("/export")
def export_results():
    payload = request.get_json()
    clinic = str(payload.get("clinic_id", "0"))
    if not clinic.isdigit():
        return {"error": "bad clinic"}, 400
    target = os.path.join(EXPORT_DIR, f"clinic_{clinic}.json")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(payload.get("results", []), fh)
    return {"written": target}
