import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/reports")

@app.route("/report")
def report():
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep) or not os.path.isfile(path):
        abort(404)
    return send_file(path)
