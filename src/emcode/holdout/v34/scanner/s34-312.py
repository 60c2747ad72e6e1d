import random

from flask import Flask

app = Flask(__name__)
INVITES = set()


@app.post("/invites")
def new_invite():
    code = "%08d" % random.randint(0, 99_999_999)
    INVITES.add(code)
    return {"invite": code}
