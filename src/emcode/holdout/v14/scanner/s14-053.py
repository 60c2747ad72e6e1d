from flask import Flask, request
import psycopg2

app = Flask(__name__)


@app.get("/leaderboard")
def leaderboard():
    order = request.args.get("order", "score")
    query = "SELECT player, score, games FROM leaderboard"
    query = query + " ORDER BY {} DESC LIMIT 10".format(order)
    conn = psycopg2.connect("dbname=games")
    cur = conn.cursor()
    cur.execute(query)
    rows = cur.fetchall()
    conn.close()
    return {"rows": rows}
