import hmac, hashlib, json, os, base64
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["STATE_KEY"].encode()

@app.route("/restore", methods=["POST"])
def restore():
    blob, sig = request.form["state"], request.form["sig"]
    expected = hmac.new(KEY, blob.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(403)
    state = json.loads(base64.b64decode(blob))
    return {"user": state.get("user")}
