from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
ATTACH_DIR = "/var/lib/helpdesk/attachments"


@app.route("/tickets/<int:ticket_id>/files/<path:name>")
def attachment(ticket_id, name):
    path = safe_join(ATTACH_DIR, str(ticket_id), name)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
