import os
from flask import Flask, request, render_template

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/srv/uploads"
ALLOWED = {".csv", ".xlsx"}


@app.route("/import", methods=["POST"])
def import_sheet():
    f = request.files["sheet"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        err = "<p class='error'>File %s has an unsupported type.</p>" % f.filename
        return err, 400
    return render_template("import_done.html", rows=0)
