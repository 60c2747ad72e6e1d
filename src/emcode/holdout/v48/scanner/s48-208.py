from flask import Flask, jsonify

app = Flask(__name__)

OPENING_HOURS = {"mon-fri": "16:00-23:30", "sat-sun": "12:00-00:30"}


@app.get("/public/hours")
def hours():
    resp = jsonify(OPENING_HOURS)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp
