from flask import Flask, request, jsonify, abort
import sqlite3

app = Flask(__name__)


@app.route("/players/<int:player_id>/stats")
def stats(player_id):
    season = request.args.get("season", type=int)
    conn = sqlite3.connect("league.db")
    base = "SELECT kills, deaths, assists FROM stats WHERE player_id = ?"
    args = (player_id,)
    if season is not None:
        base += " AND season = ?"
        args += (season,)
    row = conn.execute(base, args).fetchone()
    conn.close()
    if row is None:
        abort(404)
    k, d, a = row
    return jsonify({"kills": k, "deaths": d, "assists": a, "kda": round((k + a) / max(d, 1), 2)})
