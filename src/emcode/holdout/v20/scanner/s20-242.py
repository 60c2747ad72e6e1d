from flask import Flask, abort, jsonify, session

app = Flask(__name__)
INVOICES = {1: {"owner": "alice", "total": 120}, 2: {"owner": "bob", "total": 75}}


@app.route("/invoices/<int:inv_id>")
def invoice(inv_id):
    if "user" not in session:
        abort(401)
    inv = INVOICES.get(inv_id)
    if inv is None:
        abort(404)
    return jsonify(inv)
