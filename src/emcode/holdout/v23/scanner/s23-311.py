import json
from flask import Flask, request, jsonify

app = Flask(__name__)
BOARDS = {}


@app.route("/boards/<int:board_id>", methods=["POST"])
def save_board(board_id):
    try:
        board = json.loads(request.data)
    except ValueError:
        return jsonify(error="invalid JSON"), 400
    if not isinstance(board, dict) or "fen" not in board:
        return jsonify(error="board needs