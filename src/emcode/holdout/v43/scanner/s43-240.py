import os
import shutil
import tempfile

from flask import Flask, send_file

app = Flask(__name__)
DOCS = "/srv/planner/checklists"


@app.get("/checklists.zip")
def checklists_zip():
    tmp = tempfile.mkdtemp()
    archive = shutil.make_archive(os.path.join(tmp, "checklists"), "zip", DOCS)
    return send_file(archive, as_attachment=True, download_name="checklists.zip")
