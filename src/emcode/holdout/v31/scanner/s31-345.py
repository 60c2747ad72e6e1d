import random
import string

from flask import Flask, jsonify

from .db import save_transfer_code

app = Flask(__name__)


@app.post("/tickets/<int:ticket_id>/transfer")
def start_transfer(ticket_id):
    code = "".join(random.choices(string.ascii_uppercase + string.digits, k=10))
    save_transfer_code(ticket_id, code)
    return jsonify(transfer_code=code)
