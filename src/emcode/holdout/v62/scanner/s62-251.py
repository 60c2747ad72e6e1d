import random
import string

from flask import Flask, request, jsonify

app = Flask(__name__)
RESET = {}


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.json["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=32))
    RESET[token] = email
    # email sending omitted
    return jsonify(sent=True)
