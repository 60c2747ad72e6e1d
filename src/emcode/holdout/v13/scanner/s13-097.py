import hmac, hashlib, os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()

@app.route("/hooks/github", methods=["POST"])
def github():
    sig = request.headers.get("X-Hub-Signature-256", "")
    mac = "sha256=" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig):
        abort(401)
    return {"ok": True}
