import base64
import os

from Crypto.Cipher import ARC4
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["LICENSE_KEY"].encode()


@app.post("/pilots")
def add_pilot():
    lic = request.form["license"]
    enc = base64.b64encode(ARC4.new(KEY).encrypt(lic.encode())).decode()
    return {"stored": enc}
