from flask import Flask, request

app = Flask(__name__)


@app.route("/yield")
def yield_estimate():
    panels = request.args.get("panels", default=0, type=int)
    hours = request.args.get("hours", default=0.0, type=float)
    kwh = panels * hours * 0.4
    return "<p>{} panels for {:.1f} h produce about <b>{:.1f} kWh</b></p>".format(panels, hours, kwh)
