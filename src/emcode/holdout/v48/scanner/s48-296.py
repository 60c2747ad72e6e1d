import random

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/rides/<int:ride_id>/pin")
def ride_pin(ride_id):
    pin = "%06d" % random.randint(0, 999999)
    return jsonify(ride=ride_id, pin=pin)
