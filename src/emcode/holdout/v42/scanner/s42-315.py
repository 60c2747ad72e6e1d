import secrets

from flask import Flask, jsonify

app = Flask(__name__)

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@app.post("/tournaments/<int:tid>/invite")
def make_invite(tid):
    code = "".join(secrets.choice(ALPHABET) for _ in range(10))
    return jsonify(tournament=tid, invite_code=code)
