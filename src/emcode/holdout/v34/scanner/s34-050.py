import os
import sqlite3

from flask import Flask, abort, g, render_template, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TOURNEY_SECRET"]


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("tourney.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/events/<int:event_id>")
def event(event_id):
    row = get_db().execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        abort(404)
    team_filter = request.args.get("team", "")
    teams = get_db().execute(
        "SELECT name, seed FROM teams WHERE event_id = ? AND name LIKE ? ORDER BY seed",
        (event_id, f"%{team_filter}%"),
    ).fetchall()
    return render_template("event.html", event=row, teams=teams, team_filter=team_filter)
