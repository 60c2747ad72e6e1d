import os

from flask import Flask, request

app = Flask(__name__)
REPO_DIR = "/srv/ci/checkout"


@app.post("/hooks/push")
def on_push():
    event = request.get_json(force=True)
    branch = event.get("ref", "refs/heads/main").split("/")[-1]
    os.chdir(REPO_DIR)
    cmd = "git fetch origin && git checkout " + branch + " && make test"
    status = os.system(cmd)
    return {"branch": branch, "exit": status}
