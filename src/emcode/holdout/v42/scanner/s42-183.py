import random
import uuid

from flask import Flask, jsonify

app = Flask(__name__)
LINKS = {}


@app.post("/enrol/links")
def create_link():
    token = uuid.uuid1().hex[:8] + str(random.getrandbits(32))
    LINKS[token] = {"used": False}
    return jsonify(url=f"https://enrol.trialnet.org/start/{token}")
