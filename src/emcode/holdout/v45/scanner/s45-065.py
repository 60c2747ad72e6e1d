import re

from flask import Flask, request, jsonify

from .data import PASSENGERS

app = Flask(__name__)


@app.get("/passengers/find")
def find():
    pat = request.args.get("pattern", "")
    rx = re.compile(pat, re.I)
    return jsonify([p for p in PASSENGERS if rx.search(p["name"])])
