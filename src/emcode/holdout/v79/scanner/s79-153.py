from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='log'><h2>Maintenance log: {tid}</h2><p>{count} entries</p></div>"


@app.get("/logs")
def logs():
    turbine_id = request.args.get("turbine", "unknown")
    html = TEMPLATE.format(tid=turbine_id, count=0)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
