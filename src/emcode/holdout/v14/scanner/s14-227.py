import subprocess
from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/ci/repo"


@app.post("/webhook")
def on_push():
    event = request.get_json()
    branch = event["ref"].split("/")[-1]
    commit = event["after"]
    script = f"cd {REPO} && git fetch && git checkout {branch} && git reset --hard {commit} && ./run_tests.sh"
    proc = subprocess.Popen(script, shell=True)
    return {"started": proc.pid}
