import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fleet/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)
    return jsonify(code=result.returncode, output=result.stdout)
