import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/process")
def process():
    try:
        data = request.get_json()
        return {"result": 100 / int(data["divisor"])}
    except Exception:
        return {"error": traceback.format_exc()}, 500
