import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
CONTRACTS = "/srv/interp/contracts"


@app.get("/contracts")
def contract():
    name = request.args.get("name")
    if not name:
        abort(400)
    return send_file(os.path.join(CONTRACTS, name))


@app.get("/contracts/list")
def list_contracts():
    files = sorted(f for f in os.listdir(CONTRACTS) if f.endswith(".pdf"))
    return {"contracts": fil