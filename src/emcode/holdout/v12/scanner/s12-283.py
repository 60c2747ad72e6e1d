import sqlite3
from flask import Flask, make_response
from markupsafe import escape

app = Flask(__name__)


def cards_for(board):
    with sqlite3.connect("kanban.db") as con:
        return con.execute("SELECT title, column FROM cards WHERE board = ? ORDER BY position", (board,)).fetchall()


@app.route("/boards/<board>")
def board_view(board):
    cards = cards_for(board)
    columns = {"todo": [], "doing": [], "done": []}
    for title, column in cards:
        columns.setdefault(column, []).append(title)
    sections = []
    for name, titles in columns.items():
        items = "".join([f"<li>{escape(t)}</li>" for t in titles])
        sections.append(f"<section><h3>{escape(name)}</h3><ul>{items}</ul></section>")
    body = "<h1>Board: {}</h1>{}".format(escape(board), "".join(sections))
    return make_response(body)
