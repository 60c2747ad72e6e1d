import traceback
from flask import Flask, request

app = Flask(__name__)


@app.post("/accessions")
def create():
    try:
        payload = request.get_json()
        return {"id": int(payload["id"])}
    except Exception:
        return {"error": traceback.format_exc()}, 500
