import json
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/proctor/resume", methods=["POST"])
def resume_exam_session():
    """Restore an exam session the kiosk saved earlier."""
    try:
        state = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    remaining = int(state.get("remaining_seconds", 0))
    index = int(state.get("question_index", 0))
    return jsonify(question=index, remaining=remaining)
