import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["NOTES_KEY"].encode()[:8]
NOTES = {}


@app.route("/notes/<int:nid>", methods=["PUT"])
def put_note(nid):
    NOTES[nid] = DES.new(KEY, DES.MODE_ECB).encrypt(pad(request.get_data(), 8))
    return "", 204


@app.route("/notes/<int:nid>")
def get_note(nid):
    return unpad(DES.new(KEY, DES.MODE_ECB).decrypt(NOTES[nid]), 8)
