import re

from flask import Flask, request, jsonify

app = Flask(__name__)
USERNAME = re.compile(r"[a-z][a-z0-9_]{2,29}")


@app.route("/signup/check")
def check_username():
    name = request.args.get("u", "")
    ok = bool(USERNAME.fullmatch(name))
    return jsonify({"valid": ok})
