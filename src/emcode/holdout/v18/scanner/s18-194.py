from flask import Flask, send_from_directory
from flask_login import login_required

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.route("/exports/<path:name>")
@login_required
def get_export(name):
    return send_from_directory(EXPORT_DIR, name, as_attachment=True)
