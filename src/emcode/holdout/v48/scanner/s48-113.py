import secrets

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/rides/<int:ride_id>/pin")
def ride_pin(ride_id):
    pin = f"{secrets.randbelow(10**6):06d}"
    return jsonify(ride=ride_id, pin=pin)
