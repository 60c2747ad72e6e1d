import os

from flask import Flask, request, render_template_string
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["LEAGUE_SECRET_KEY"]
csrf = CSRFProtect(app)

CONFIRM = """<html>
<head><title>Registration received</title></head>
<body>
  <p>Thanks! Team <strong>{{ team }}</strong> is registered for the {{ season }} season.</p>
  <p>Captain contact: {{ email }}</p>
</body>
</html>"""


@app.route("/league/register", methods=["POST"])
def register_team():
    team = request.form.get("team_name", "")
    email = request.form.get("captain_email", "")
    return render_template_string(CONFIRM, team=team, season="spring", email=email), 201
