from flask import Flask, request

app = Flask(__name__)

CONFIG = {"api_key": "set-from-env", "region": "north"}


class Reading:
    def __init__(self, meter, value):
        self.meter = meter
        self.value = value


@app.route("/readings/label")
def label():
    fmt = request.args.get("fmt", "{r.meter}: {r.value} m3")
    r = Reading("M-1182", 42.7)
    return fmt.format(r=r), 200, {"Content-Type": "text/plain"}
