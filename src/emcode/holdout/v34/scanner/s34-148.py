import secrets

from flask import Flask

app = Flask(__name__)
INVITES = set()


@app.post("/invites")
def new_invite():
    code = secrets.token_hex(8)
    INVITES.add(code)
    return {"invite": code}
