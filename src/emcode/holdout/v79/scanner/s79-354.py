import os
from flask import Flask, request, abort

app = Flask(__name__)
HOOK_TOKEN = os.environ["HOOK_TOKEN"]


@app.post("/hooks/scada")
def scada_hook():
    if request.headers.get("X-Hook-Token") != HOOK_TOKEN:
        abort(403)
    return {"accepted": True}
