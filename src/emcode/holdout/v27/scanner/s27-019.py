import os
from flask import Flask, request, make_response
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["COOKIE_KEY"], salt="prefs")


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    data = {"units": "metric"}
    if raw:
        try:
            data = signer.loads(raw)
        except BadSignature:
            pass
    return data


@app.route("/prefs/<units>", methods=["POST"])
def set_prefs(units):
    if units not in {"metric", "imperial"}:
        return {"error": "bad units"}, 400
    resp = make_response({"units": units})
    resp.set_cookie("prefs", signer.dumps({"units": units}), httponly=True, secure=True, samesite="Lax")
    return resp
