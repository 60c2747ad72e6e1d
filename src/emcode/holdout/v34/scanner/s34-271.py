import os

from cryptography.fernet import Fernet
from flask import Flask, request

app = Flask(__name__)
fernet = Fernet(os.environ["NOTES_KEY"].encode())
NOTES = {}


@app.post("/customers/<int:cid>/note")
def save_note(cid):
    NOTES[cid] = fernet.encrypt(request.get_data())
    return {"stored": True}, 201


@app.get("/customers/<int:cid>/note")
def read_note(cid):
    blob = NOTES.get(cid)
    if blob is None:
        return {"error": "no note"}, 404
    return {"note": fernet.decrypt(blob).decode()}
