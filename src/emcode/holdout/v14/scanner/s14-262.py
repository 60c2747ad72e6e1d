import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request, jsonify, make_response

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["WIZARD_SECRET"], salt="wizard")


@app.get("/wizard")
def wizard():
    raw = request.cookies.get("wizard")
    try:
        state = signer.loads(raw) if raw else {"step": 1}
    except BadSignature:
        state = {"step": 1}
    return jsonify(step=int(state.get("step", 1)))


@app.post("/wizard/next")
def next_step():
    step = int(request.form.get("step", 1)) + 1
    resp = make_response(jsonify(step=step))
    resp.set_cookie("wizard", signer.dumps({"step": step}), httponly=True, secure=True, samesite="Lax")
    return resp
