import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)
BOARDS = {}


@app.route("/boards/<board_id>", methods=["POST"])
def save_board(board_id):
    board = pickle.loads(request.data)
    BOARDS[board_id] = board
    with open("/var/lib/chess/%s.bin" % board_id, "wb") as fh:
        fh.write(request.da