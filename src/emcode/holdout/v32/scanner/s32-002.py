from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = """<html><body>
<h1>Plot {plot}</h1>
<p>Reserved by {holder} for the {season} season.</p>
</body></html>"""


@app.route("/plots/reserve")
def reserve_preview():
    values = {
        key: escape(request.args.get(key, default))
        for key, default in (("plot", "?"), ("holder", "unknown"), ("season", "spring"))
    }
    resp = make_response(TEMPLATE.format(**values))
    resp.headers["Cache-Control"] = "no-store"
    return resp
