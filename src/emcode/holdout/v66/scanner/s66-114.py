from flask import Flask, request

app = Flask(__name__)

@app.route("/stations/lookup")
def lookup():
    station = request.args.get("id", "")
    html_out = "<p>No readings found for station <em>%s</em>.</p>" % station
    return html_out, 404
