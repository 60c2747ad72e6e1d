from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/tournament/welcome")
def welcome():
    team = escape(request.args.get("team", ""))
    html = f"""
    <html>
      <head><title>Welcome</title></head>
      <body>
        <h1>Welcome to the Spring Invitational, {team}!</h1>
        <p>Check-in opens 30 minutes before your first match.</p>
      </body>
    </html>
    """
    return html


@app.route("/tournament/rules")
def rules():
    return "<h1>Rules</h1><p>Best of three, single elimin