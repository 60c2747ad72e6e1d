import hashlib
import hmac
import os
import pickle

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
KEY = os.environ["RESULT_HMAC_KEY"].encode()


@app.route("/results", methods=["POST"])
def accept_result():
    blob = request.get_data()
    sig = request.headers.get("X-Result-Signature", "")
    expected = hmac.new(KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(403)
    result = pickle.loads(blob)
    return jsonify(job=result.get("job"), ok=True)
