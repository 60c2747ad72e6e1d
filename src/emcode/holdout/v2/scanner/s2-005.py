import re

from flask import Flask, request

app = Flask(__name__)
LINES = open("/srv/catalog.txt", encoding="utf-8").read().splitlines()


@app.route("/grep")
def grep():
    pattern = re.compile(request.args.get("pattern", ""))
    return {"matches": [line for line in LINES if pattern.search(line)][:100]}
