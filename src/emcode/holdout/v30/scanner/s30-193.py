import re

from flask import Flask, jsonify, request

app = Flask(__name__)
APPLICANTS = ["Amira Khan", "Ben Ortiz", "Chloe Dubois", "Daniel Ng"]


@app.get("/applicants/find")
def find():
    pattern = request.args.get("pattern", ".*")
    rx = re.compile(pattern)
    return jsonify([a for a in APPLICANTS if rx.search(a)])
