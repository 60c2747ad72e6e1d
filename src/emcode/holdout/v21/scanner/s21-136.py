from subprocess import call as run_cmd
from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/ci/checkout"


@app.route("/ci/build", methods=["POST"])
def build():
    event = request.get_json()
    branch = event["ref"].split("/")[-1]
    steps = [
        f"cd {REPO} && git fetch origin",
        f"cd {REPO} && git checkout {branch}",
        f"cd {REPO} && make test",
    ]
    for step in steps:
        rc = run_cmd(step, shell=True)
        if rc != 0:
            return {"status": "failed", "step": step}, 500
    return {"status": "passed"}
