import subprocess
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/labels/pdf", methods=["POST"])
def keg_labels():
    out = tempfile.mktemp(suffix=".pdf")
    src = request.get_data(as_text=True)
    with open(out + ".md", "w") as fh:
        fh.write(src)
    subprocess.run(["pandoc", out + ".md", "-o", out], check=True)
    return send_file(out, mimetype="application/pdf")
