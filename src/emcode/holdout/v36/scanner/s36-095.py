from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://smileworks.example", "https://app.smileworks.example"}


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
    return {"upcoming": [{"when": "2026-12-09T10:00", "with": "Dr. Lamb"}]}
