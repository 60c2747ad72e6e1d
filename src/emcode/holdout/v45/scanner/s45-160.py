from flask import Flask, Response, request
from werkzeug.utils import secure_filename

from .reports import render_audiogram_pdf

app = Flask(__name__)


@app.route("/audiogram.pdf")
def audiogram_pdf():
    patient = request.args.get("patient", "patient")
    pdf = render_audiogram_pdf(patient)
    resp = Response(pdf, mimetype="application/pdf")
    fname = secure_filename(f"{patient}-audiogram.pdf") or "audiogram.pdf"
    resp.headers["Content-Disposition"] = f'attachment; filename="{fname}"'
    return resp
