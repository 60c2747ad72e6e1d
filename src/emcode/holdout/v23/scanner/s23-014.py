import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request, jsonify, make_response

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["QUIZ_SECRET"], salt="quiz-progress")


def load_progress():
    token = request.cookies.get("progress")
    if not token:
        return {"answered": 0, "score": 0}
    try:
        data = serializer.loads(token)
    except BadSignature:
        return {"answered": 0, "score": 0}
    return {"answered": int(data.get("answered", 0)), "score": int(data.get("score", 0))}


@app.route("/quiz/answer", methods=["POST"])
def answer():
    progress = load_progress()
    progress["answered"] += 1
    if request.form.get("correct") == "1":
        progress["score"] += 1
    resp = make_response(jsonify(progress))
    resp.set_cookie("progress", serializer.dumps(progress), httponly=True, secure=True, samesite="Lax")
    return resp
