import os

from flask import Flask, request, send_file

app = Flask(__name__)
WORK = "/srv/claims/convert"


@app.route("/claims/convert", methods=["POST"])
def convert_to_pdf():
    doc = request.files["document"]
    name = doc.filename
    src = os.path.join(WORK, "incoming.docx")
    doc.save(src)
    os.system("libreoffice --headless --convert-to pdf --outdir %s %s && mv %s/incoming.pdf '%s/%s.pdf'"
              % (WORK, src, WORK, WORK, name))
    return send_file(os.path.join(WORK, name + ".pdf"))
