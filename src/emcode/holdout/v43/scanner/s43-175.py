import os

from flask import Flask, request, send_file

app = Flask(__name__)
CONTRACTS = "/srv/planner/contracts"


@app.route("/contracts/download")
def download_contract():
    name = request.args.get("file", "")
    return send_file(os.path.join(CONTRACTS, name), as_attachment=True)
