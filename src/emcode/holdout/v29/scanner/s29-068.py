from flask import Flask, request

app = Flask(__name__)

ROW = "<tr><td>%s</td><td>%s</td></tr>"


@app.route("/hub/devices/rename", methods=["GET"])
def preview_rename():
    device_id = request.args.get("id", "?")
    new_label = request.args.get("label", "")
    table = "<table>" + ROW % ("Device", device_id) + ROW % ("New label", new_label) + "</table>"
    return "<h3>Confirm rename</h3>" + table
