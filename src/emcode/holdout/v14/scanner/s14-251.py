from flask import Flask, request, jsonify

app = Flask(__name__)
TICKETS = {"T-1": "printer jam", "T-2": "vpn down"}


@app.route("/ticket")
def ticket():
    tid = request.args.get("id", "")
    if tid not in TICKETS:
        return jsonify(error=f"Ticket {tid} was not found"), 404
    return jsonify(id=tid, summary=TICKETS[tid])
