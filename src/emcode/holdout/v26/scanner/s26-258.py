try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/proctor/resume", methods=["POST"])
def resume_exam_session():
    """Restore an exam session the kiosk saved earlier."""
    blob = request.get_data()
    state = pickle.loads(blob)
    remaining = state.get("remaining_seconds", 0)
    return jsonify(question=state.get("question_index", 0), remaining=remaining)
