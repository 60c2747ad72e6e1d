import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/visits")
def add_visit():
    try:
        data = request.get_json()
        weight = float(data["weight_kg"])
        # save visit ...
        return {"ok": True, "weight": weight}
    except Exception:
        return {"error": traceback.format_exc()}, 500
