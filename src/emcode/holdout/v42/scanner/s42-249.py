import random
import time

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/tournaments/<int:tid>/invite")
def make_invite(tid):
    random.seed(time.time())
    code = "%06d" % random.randint(0, 999999)
    return jsonify(tournament=tid, invite_code=code)
