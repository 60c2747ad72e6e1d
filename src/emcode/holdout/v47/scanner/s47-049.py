import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins=r".*", supports_credentials=True)


@app.route("/api/appointments")
def appointments():
    client = session.get("client_id")
    if client is None:
        return jsonify(error="not logged in"), 401
    return jsonify(client=client, upcoming=[{"date": "2024-06-02", "artist": "Mira"}])
