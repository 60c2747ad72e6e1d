import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/services/<name>/restart", methods=["POST"])
def restart(name):
    rc = os.system("systemctl restart " + name + ".service")
    return jsonify(service=name, ok=rc == 0)
