from subprocess import call as run_cmd
from flask import Flask, request

app = Flask(__name__)
REPO_DIR = "/srv/ci/repo"


@app.post("/hooks/build")
def build_hook():
    event = request.get_json(force=True)
    branch = event.get("ref", "refs/heads/main").split("/")[-1]
    steps = ["cd " + REPO_DIR, "git fetch origin", "git checkout " + branch, "make test"]
    script = " && ".join(steps)
    rc = run_cmd(script, shell=True)
    return {"branch": branch, "rc": rc}
