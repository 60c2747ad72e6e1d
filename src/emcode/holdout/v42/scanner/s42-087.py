import logging

from flask import Flask, jsonify, request

from enrolment.service import enrol_subject

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/enrol")
def enrol():
    try:
        subject = enrol_subject(request.get_json(force=True))
    except Exception:
        log.exception("enrolment failed")
        return jsonify(error="enrolment failed"), 500
    return jsonify(subject_id=subject.id), 201
