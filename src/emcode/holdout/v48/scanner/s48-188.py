import io

from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/certificates/download")
def certificate():
    student = request.args.get("student", "student")
    pdf = io.BytesIO(b"%PDF-1.4 placeholder")
    return send_file(pdf, mimetype="application/pdf", as_attachment=True,
                     download_name=f"certificate-{student}.pdf")
