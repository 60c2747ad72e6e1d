import html

from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='team'><h2>{name}</h2><p>Captain: {captain}</p></div>"


@app.route("/tournament/preview", methods=["POST"])
def preview_team():
    name = html.escape(request.form.get("team_name", "Unnamed"))
    captain = html.escape(request.form.get("captain", ""))
    body = TEMPLATE.format(name=name, captain=captain)
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
