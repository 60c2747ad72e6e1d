import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/hooks/push", methods=["POST"])
def on_push():
    event = request.get_json()
    branch = event["ref"].split("/")[-1]
    cmd = f"cd /srv/build && git fetch origin && git checkout {branch} && make test"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return {"rc": proc.returncode, "tail": proc.stdout[-500:]}
