import base64
from pickle import loads as decode, dumps as encode
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/quiz/progress")
def progress():
    blob = request.cookies.get("progress")
    if blob:
        progress = decode(base64.b64decode(blob))
    else:
        progress = {"answered": 0, "score": 0}
    resp = make_response({"progress": progress})
    return resp


@app.route("/quiz/answer", methods=["POST"])
def answer():
    blob = request.cookies.get("progress")
    progress = decode(base64.b64decode(blob)) if blob else {"answered": 0, "score": 0}
    progress["answered"] += 1
    if request.form.get("correct") == "1":
        progress["score"] += 1
    resp = make_response({"progress": progress})
    resp.set_cookie("progress", base64.b64encode(encode(progress)).decode())
    return resp
