from os import system as sh
from flask import Flask, request

app = Flask(__name__)

@app.route("/ci/hook", methods=["POST"])
def hook():
    payload = request.get_json()
    branch = payload["ref"].rsplit("/", 1)[-1]
    repo_dir = "/srv/ci/checkout"
    sh("cd %s && git fetch && git checkout %s" % (repo_dir, branch))
    return {"building": branch}
