from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/loan-batch", methods=["POST"])
def import_loan_batch():
    batch = request.get_json(silent=True)
    if not isinstance(batch, list):
        return jsonify(error="expected a JSON list"), 400
    count = sum(1 for loan in batch if isinstance(loan, dict) and "instrument" in loan)
    return jsonify(imported=count)
