import secrets
import string

from flask import Flask, jsonify

app = Flask(__name__)
ALPHABET = string.ascii_uppercase + string.digits


@app.route("/vouchers", methods=["POST"])
def new_voucher():
    code = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return jsonify(code=code), 201
