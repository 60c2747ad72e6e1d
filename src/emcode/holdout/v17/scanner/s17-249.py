import io
import re
import csv

from flask import Flask, Response, abort

app = Flask(__name__)
SLUG = re.compile(r"^[a-z0-9-]{1,60}$")
REPORTS = {"q1-sales": [("north", 120), ("south", 95)]}


@app.route("/reports/<slug>.csv")
def export(slug: str):
    if not SLUG.match(slug) or slug not in REPORTS:
        abort(404)
    buf = io.StringIO()
    csv.writer(buf).writerows(REPORTS[slug])
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{slug}.csv"'})
