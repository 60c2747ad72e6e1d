from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = """<html>
<head><title>Registration received</title></head>
<body>
  <p>Thanks! Team <strong>{team}</strong> is registered for the {season} season.</p>
  <p>Captain contact: {email}</p>
</body>
</html>"""


@app.route("/league/register", methods=["POST"])
def register_team():
    team = request.form.get("team_name", "")
    email = request.form.get("captain_email", "")
    body = TEMPLATE.format(team=team, season="spring", email=email)
    resp = make_response(body, 201)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
