import os

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOWED_ORIGINS = {"https://portal.brightsmile.example", "https://app.brightsmile.example"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/appointments")
def appointments():
    return {"patient": session.get("patient_id"), "next": "2026-02-03"}
