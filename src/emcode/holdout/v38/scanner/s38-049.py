import traceback

from flask import Flask, request

from adoption import score_application

app = Flask(__name__)


@app.route("/score", methods=["POST"])
def score():
    try:
        return {"score": score_application(request.get_json())}
    except Exception:
        return {"error": traceback.format_exc()}, 500
