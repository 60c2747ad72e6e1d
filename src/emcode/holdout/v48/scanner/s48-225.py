try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/sessions/restore")
def restore():
    blob = request.get_data()
    session_state = pickle.loads(blob)
    tutor = session_state.get("tutor")
    return {"tutor": tutor, "students": len(session_state.get("stud