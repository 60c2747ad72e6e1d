import traceback

from flask import Flask, jsonify, request

from enrolment.service import enrol_subject

app = Flask(__name__)


@app.post("/enrol")
def enrol():
    try:
        subject = enrol_subject(request.get_json(force=True))
    except Exception:
        return jsonify(error="enrolment failed", detail=traceback.format_exc()), 500
    return jsonify(subject_id=subject.id), 201
