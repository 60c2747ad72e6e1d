import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("registrations")


@app.post("/register-team")
def register_team():
    team = request.form.get("team", "")
    if not 2 <= len(team) <= 40:
        return {"error": "team name must be 2-40 characters"}, 400
    log.info("team registered: %r", team)
    return {"team": team}, 201
