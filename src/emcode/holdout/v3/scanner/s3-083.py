import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    status = os.system(f"ping -c 3 {host} > /tmp/ping.log")
    with open("/tmp/ping.log") as fh:
        output = fh.read()
    return {"status": status, "output": output}
