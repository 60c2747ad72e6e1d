from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.get("/welcome")
def welcome():
    team = request.args.get("team", "challenger")
    tpl = "<h1>Welcome, " + team + "!</h1><p>Check-in closes at {{ closes }}.</p>"
    return render_template_string(tpl, closes="18:00 UTC")
