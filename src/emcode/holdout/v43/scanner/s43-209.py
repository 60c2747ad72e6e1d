import random
import string

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/invites/code")
def new_invite_code():
    code = "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return jsonify(code=code)
