from flask import Flask, request, jsonify, abort
import sqlite3

app = Flask(__name__)


@app.route("/players/<int:player_id>/stats")
def stats(player_id):
    season = request.args.get("season")
    conn = sqlite3.connect("league.db")
    base = "SELECT kills, deaths, assists FROM stats WHERE player_id = %d" % player_id
    if season:
        base += " AND season = " + season
    row = conn.execute(base).fetchone()
    conn.close()
    if row is None:
        abort(404)
    k, d, a = row
    return jsonify({"kills": k, "deaths": d, "assists": a})
