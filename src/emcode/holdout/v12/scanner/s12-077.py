import os
from flask import Flask, make_response, request, jsonify

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login/remember", methods=["POST"])
def remember_me():
    user = request.form["user"]
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember_user", user, max_age=30 * 24 * 3600)
    return resp
