from flask import Flask, request

app = Flask(__name__)


@app.route("/echo-station")
def echo_station():
    station = request.args.get("id", "")
    msg = "Station {} is offline for maintenance".format(station)
    return msg
