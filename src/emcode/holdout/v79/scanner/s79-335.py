import re
from flask import Flask, request

app = Flask(__name__)

with open("/var/log/windfarm/all.log") as fh:
    LINES = fh.read().splitlines()


@app.route("/grep")
def grep():
    term = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return {"hits": [l for l in LINES if pattern.search(l)][:100]}
