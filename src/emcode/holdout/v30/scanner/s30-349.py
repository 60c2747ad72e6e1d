import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/applications")
def submit_application():
    try:
        data = request.get_json()
        score = float(data["gpa"]) * 25
        return {"score": score}
    except Exception:
        return {"error": traceback.format_exc()}, 500
