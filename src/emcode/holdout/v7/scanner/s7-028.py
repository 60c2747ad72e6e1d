import os
from flask import Flask, request, jsonify

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"


@app.route("/ci/changelog", methods=["POST"])
def changelog():
    branch = request.json.get("branch", "main")
    limit = int(request.json.get("limit", 20))
    cmd = "cd %s && git log --oneline -n %d origin/%s" % (REPO_DIR, limit, branch)
    output = os.popen(cmd).read()
    return jsonify(lines=output.splitlines())


@app.route("/ci/status")
def status():
    return jsonify(ok=True)
