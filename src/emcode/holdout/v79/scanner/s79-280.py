import traceback
from flask import Flask, request

app = Flask(__name__)


@app.route("/timetable/generate", methods=["POST"])
def generate():
    try:
        slots = int(request.form["slots"])
        return {"grid": [[None] * slots for _ in range(5)]}
    except Exception:
        return {"error": traceback.format_exc()}, 500
