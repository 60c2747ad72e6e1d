from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/gauges/echo")
def echo():
    station = request.args.get("station", "")
    return Response(f"station {station} queued for calibration", mimetype="text/plain")


@app.get("/gauges/help")
def help_text():
    return Response("Usage: /gauges/echo?station=ID\nCalibration runs nigh