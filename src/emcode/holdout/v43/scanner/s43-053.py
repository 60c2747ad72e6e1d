from flask import Flask, request, send_from_directory

app = Flask(__name__)
CONTRACTS = "/srv/planner/contracts"


@app.route("/contracts/download")
def download_contract():
    name = request.args.get("file", "")
    return send_from_directory(CONTRACTS, name, as_attachment=True)
