import secrets
import string

from flask import Flask, jsonify

from .db import save_transfer_code

app = Flask(__name__)
ALPHABET = string.ascii_uppercase + string.digits


@app.post("/tickets/<int:ticket_id>/transfer")
def start_transfer(ticket_id):
    code = "".join(secrets.choice(ALPHABET) for _ in range(12))
    save_transfer_code(ticket_id, code)
    return jsonify(transfer_code=code)
