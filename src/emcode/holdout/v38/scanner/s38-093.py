from flask import Flask

app = Flask(__name__)


@app.route("/outage/<region>")
def outage_region(region):
    html = "<h1>Outages in %s</h1><p>Crews are being dispatched.</p>" % region
    return html
