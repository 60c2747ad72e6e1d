import os

from flask import Flask, request, make_response
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["CLIMB_STATE_KEY"], salt="climb-state")


@app.get("/climb/log")
def climb_log():
    raw = request.cookies.get("climb_state")
    try:
        state = serializer.loads(raw) if raw else {"sends": []}
    except BadSignature:
        state = {"sends": []}
    return {"sends": state.get("sends", [])[-10:]}


@app.post("/climb/log")
def add_send():
    raw = request.cookies.get("climb_state")
    try:
        state = serializer.loads(raw) if raw else {"sends": []}
    except BadSignature:
        state = {"sends": []}
    state["sends"].append(request.form.get("route", "")[:40])
    resp = make_response({"count": len(state["sends"])})
    resp.set_cookie("climb_state", serializer.dumps(state), httponly=True, secure=True, samesite="Lax")
    return resp
