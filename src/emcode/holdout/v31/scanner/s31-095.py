import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=["https://members.gymclub.example", "https://app.gymclub.example"], supports_credentials=True)


@app.get("/api/bookings")
def bookings():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="unauthenticated"), 401
    from .classes import bookings_for
    return jsonify(bookings_for(uid))
