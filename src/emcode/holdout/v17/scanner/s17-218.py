from flask import Flask, abort, send_from_directory, session
from werkzeug.security import safe_join
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
EXPORT_ROOT = "/srv/exports"


@app.route("/exports/<path:filename>")
def get_export(filename):
    user = session.get("user_id")
    if user is None:
        abort(401)
    user_dir = safe_join(EXPORT_ROOT, str(int(user)))
    if user_dir is None or safe_join(user_dir, filename) is None:
        abort(404)
    return send_from_directory(user_dir, filename, as_attachment=True)
