from flask import Flask, request

app = Flask(__name__)

ROW = "<tr><td>%(zone)s</td><td>%(minutes)s min</td></tr>"


@app.route("/irrigation/preview")
def preview():
    data = {"zone": request.args.get("zone", "?"), "minutes": request.args.get("minutes", "0")}
    table = "<table>" + ROW % data + "</table>"
    return table
