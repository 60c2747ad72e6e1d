from flask import Flask, request, abort
from markupsafe import escape

app = Flask(__name__)

ROW = "<tr><td>%s</td><td>%s</td></tr>"


@app.route("/hub/devices/rename", methods=["GET"])
def preview_rename():
    try:
        device_id = int(request.args.get("id", ""))
    except ValueError:
        abort(400)
    new_label = escape(request.args.get("label", ""))
    table = "<table>" + ROW % ("Device", device_id) + ROW % ("New label", new_label) + "</table>"
    return "<h3>Confirm rename</h3>" + table
