import os

from flask import Flask, abort, request

app = Flask(__name__)
CONTRACT_DIR = os.path.realpath("/srv/wedding/contracts")


@app.route("/contracts/view")
def view_contract():
    fname = request.args.get("file", "")
    path = os.path.realpath(os.path.join(CONTRACT_DIR, fname))
    if os.path.commonpath([path, CONTRACT_DIR]) != CONTRACT_DIR or not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        data = fh.read()
    return data, 200, {"Content-Type": "applicati