from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"https://app.acme.io", "https://admin.acme.io"}

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
