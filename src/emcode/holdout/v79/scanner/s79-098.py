import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
HOOK_TOKEN = os.environ["HOOK_TOKEN"]


@app.post("/hooks/scada")
def scada_hook():
    sent = request.headers.get("X-Hook-Token", "")
    if not hmac.compare_digest(sent.encode(), HOOK_TOKEN.encode()):
        abort(403)
    return {"accepted": True}
