import random

from flask import Flask, jsonify

app = Flask(__name__)
VOLUNTEERS = ["Asha", "Ben", "Carys", "Dev", "Elin"]


@app.route("/suggest")
def suggest():
    return jsonify(suggested=random.sample(VOLUNTEERS, 2))
