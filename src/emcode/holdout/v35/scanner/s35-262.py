from flask import Flask, jsonify

app = Flask(__name__)

OPEN_SLOTS = {"2024-06-03": 4, "2024-06-04": 2, "2024-06-05": 0}


@app.get("/public/slots")
def public_slots():
    resp = jsonify(OPEN_SLOTS)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp
