import re
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
LINES = Path("/srv/catalog.txt").read_text(encoding="utf-8").splitlines()


@app.route("/grep")
def grep():
    needle = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return {"matches": [line for line in LINES if pattern.search(line)][:100]}
