import re

from flask import Flask, jsonify, request

app = Flask(__name__)
DRONES = ["DX-101", "DX-102", "HX-7", "HX-8", "QZ-55"]


def glob_to_regex(pattern):
    parts = [".*" if ch == "*" else re.escape(ch) for ch in pattern[:32]]
    return re.compile("".join(parts))


@app.get("/drones")
def drones():
    rx = glob_to_regex(request.args.get("match", "*"))
    return jsonify([d for d in DRONES if rx.fullmatch(d)])
