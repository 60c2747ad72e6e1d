from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = """<html><body>
<h1>Plot {plot}</h1>
<p>Reserved by {holder} for the {season} season.</p>
</body></html>"""


@app.route("/plots/reserve")
def reserve_preview():
    body = TEMPLATE.format(
        plot=request.args.get("plot", "?"),
        holder=request.args.get("holder", "unknown"),
        season=request.args.get("season", "spring"),
    )
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
