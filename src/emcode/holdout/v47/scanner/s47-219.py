import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

BOOKINGS = []


@app.route("/bookings")
def bookings():
    return jsonify(BOOKI