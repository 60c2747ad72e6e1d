from flask import Flask, abort

app = Flask(__name__)

FEEDERS = {101: "Riverside", 102: "Hilltop", 205: "Old Mill"}


@app.route("/outage/<int:feeder_id>")
def outage_feeder(feeder_id):
    name = FEEDERS.get(feeder_id)
    if name is None:
        abort(404)
    html = "<h1>Outages on feeder %d (%s)</h1><p>Crews are being dispatched.</p>" % (feeder_id, name)
    return html
