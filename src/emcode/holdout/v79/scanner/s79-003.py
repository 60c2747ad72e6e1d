from flask import Flask, request

app = Flask(__name__)


@app.route("/label")
def label():
    boat = request.args.get("boat", "Laser 3")
    slot = request.args.get("slot", "10:00")
    return {"label": "{} - {}".format(boat, slot)}
