from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/drone/<drone_id>/status")
def drone_status(drone_id):
    pilot = request.args.get("pilot", "unassigned")
    html = f"""<!doctype html>
<title>{drone_id}</title>
<h1>Drone {drone_id}</h1>
<p>Pilot on duty: {pilot}</p>
"""
    response = make_response(html)
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
