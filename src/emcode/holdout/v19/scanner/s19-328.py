import html
from flask import Flask, request, make_response, jsonify

app = Flask(__name__)
READINGS = {}


@app.post("/api/readings")
def post_reading():
    body = request.get_json(force=True)
    READINGS[str(body["device"])] = {"name": str(body.get("name", body["device"])), "temp": float(body["temp"])}
    return jsonify(ok=True)


@app.get("/dashboard")
def dashboard():
    site = html.escape(request.args.get("site", "HQ"))
    rows = []
    for _, r in sorted(READINGS.items()):
        rows.append("<tr><td>{}</td><td>{:.1f}</td></tr>".format(html.escape(r["name"]), r["temp"]))
    page = """<html><head><title>Sensors</title></head><body>
<h1>Site: %s</h1><table>%s</table></body></html>""" % (site, "".join(rows))
    return make_response(page)
