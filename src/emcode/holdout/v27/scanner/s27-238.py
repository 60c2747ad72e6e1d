import shutil
from pathlib import Path
from flask import Flask, abort, send_file

app = Flask(__name__)
EXPORTS = Path("/srv/exports")
BUNDLES = {"daily", "weekly"}


@app.route("/bundle/<kind>", methods=["POST"])
def bundle(kind):
    if kind not in BUNDLES:
        abort(404)
    archive = shutil.make_archive(str(EXPORTS / kind), "zip", root_dir=EXPORTS / "current")
    return send_file(archive, as_attachment=True)
