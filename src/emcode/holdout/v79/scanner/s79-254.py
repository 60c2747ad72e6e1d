import re
from flask import Flask, request

app = Flask(__name__)

with open("/var/log/windfarm/all.log") as fh:
    LINES = fh.read().splitlines()


@app.route("/grep")
def grep():
    pattern = re.compile(request.args["pattern"])
    return {"hits": [l for l in LINES if pattern.search(l)][:100]}
