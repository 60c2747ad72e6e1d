import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
DOCS = Path("/srv/waterworks/public-docs")
INDEX = {
    "tariffs-2024": "tariffs_2024.pdf",
    "water-quality-q1": "wq_report_q1.pdf",
    "drought-plan": "drought_plan_v3.pdf",
}


@app.route("/docs/<slug>")
def doc(slug):
    fname = INDEX.get(slug)
    if fname is None:
        abort(404)
    return send_file(DOCS / fname, mimetype="application/pdf")
