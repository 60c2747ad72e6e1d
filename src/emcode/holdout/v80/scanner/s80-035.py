from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/tides/echo")
def echo():
    station = request.args.get("station", "")
    return jsonify(station=station, status="queued")
