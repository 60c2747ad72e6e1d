import sqlite3
from flask import Flask, make_response

app = Flask(__name__)


def cards_for(board):
    with sqlite3.connect("kanban.db") as con:
        return con.execute("SELECT title, column FROM cards WHERE board = ? ORDER BY position", (board,)).fetchall()


@app.route("/boards/<board>")
def board_view(board):
    cards = cards_for(board)
    items = "".join([f"<li class='{column}'>{title}</li>" for title, column in cards])
    body = "<h1>Board: {}</h1><ul>{}</ul>".format(board, items)
    return make_response(body)
