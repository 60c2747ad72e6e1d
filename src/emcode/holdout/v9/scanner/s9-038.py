from subprocess import call as run_cmd
from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/ci/checkout"


@app.post("/hooks/push")
def on_push():
    payload = request.get_json()
    branch = payload["ref"].split("/")[-1]
    script = f"cd {REPO} && git fetch origin && git checkout {branch} && make test"
    rc = run_cmd(script, shell=True)
    return {"branch": branch, "rc": rc}
