import os
from flask import Flask, request, jsonify

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"


@app.route("/ci/build", methods=["POST"])
def trigger_build():
    data = request.get_json(force=True)
    branch = data.get("branch", "main")
    target = data.get("target", "test")
    script = f"cd {REPO_DIR} && git fetch origin && git checkout {branch} && make {target}"
    status = os.system(script)
    return jsonify(branch=branch, exit_code=status >> 8)
