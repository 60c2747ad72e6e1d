import random

from flask import Flask, jsonify

app = Flask(__name__)

FACTS = [
    "Rioja must age at least 5 years to be labelled Gran Reserva.",
    "Champagne bottles hold about 6 atmospheres of pressure.",
    "Port is fortified with grape spirit during fermentation.",
]


@app.route("/fact")
def fact():
    return jsonify({"fact": random.choice(FACTS)})
