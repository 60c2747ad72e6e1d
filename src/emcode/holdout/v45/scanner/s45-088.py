from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
LEAFLETS = {
    "care": "leaflets/hearing-aid-care.pdf",
    "batteries": "leaflets/battery-guide.pdf",
    "tinnitus": "leaflets/tinnitus-tips.pdf",
}


@app.route("/leaflets/<topic>")
def leaflet(topic):
    rel = LEAFLETS.get(topic)
    if rel is None:
        abort(404)
    return send_file(Path(app.root_path) / rel, mimetype="application/pdf")
