import fnmatch

from flask import Flask, jsonify, request

app = Flask(__name__)
with open("package-names.txt", encoding="utf-8") as fh:
    NAMES = fh.read().split()


@app.route("/names")
def names():
    pattern = request.args.get("glob", "*")[:40]
    return jsonify(fnmatch.filter(NAMES, pattern)[:100])
