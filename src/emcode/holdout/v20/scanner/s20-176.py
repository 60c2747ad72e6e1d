import os

from cryptography.fernet import Fernet
from flask import Flask, request, jsonify

app = Flask(__name__)
fernet = Fernet(os.environ["NOTES_KEY"].encode())
NOTES = {}


@app.route("/notes/<int:nid>", methods=["PUT"])
def put_note(nid):
    NOTES[nid] = fernet.encrypt(request.get_data())
    return "", 204


@app.route("/notes/<int:nid>")
def get_note(nid):
    token = NOTES.get(nid)
    if token is None:
        return jsonify({"error": "not found"}), 404
    return jsonify({"text": fernet.decrypt(token).decode()})
