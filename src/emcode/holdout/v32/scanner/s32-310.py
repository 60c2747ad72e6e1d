import os
import pickle
import sqlite3
import time

from flask import Flask, jsonify

app = Flask(__name__, instance_relative_config=True)
CACHE_FILE = os.path.join(app.instance_path, "leaderboard.pkl")
TTL = 300


def build_leaderboard():
    with sqlite3.connect(os.path.join(app.instance_path, "loyalty.db")) as db:
        return db.execute("SELECT name, miles FROM members ORDER BY miles DESC LIMIT 10").fetchall()


@app.route("/leaderboard")
def leaderboard():
    if os.path.exists(CACHE_FILE) and time.time() - os.path.getmtime(CACHE_FILE) < TTL:
        with open(CACHE_FILE, "rb") as fh:
            board = pickle.load(fh)
    else:
        board = build_leaderboard()
        os.makedirs(app.instance_path, exist_ok=True)
        with open(CACHE_FILE, "wb") as fh:
            pickle.dump(board, fh)
    return jsonify([{"name": n, "miles": m} for n, m in board])
