import hmac, hashlib, os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["HOOK_SECRET"].encode()

@app.route("/hook", methods=["POST"])
def hook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature") != expected:
        abort(401)
    return "ok"
