from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = "<h1>Welcome, {{ team }}!</h1><p>Check-in closes at {{ closes }}.</p>"


@app.get("/welcome")
def welcome():
    team = request.args.get("team", "challenger")
    return render_template_string(PAGE, team=team, closes="18:00 UTC")
