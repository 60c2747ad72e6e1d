import subprocess

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/evidence/annotate")
def annotate_photo():
    photo = request.files["photo"]
    plate = request.form["plate"]
    src = "/tmp/evidence_in.jpg"
    photo.save(src)
    out = "/var/enforcement/annotated.jpg"
    cmd = f"convert {src} -gravity south -annotate +0+10 'Plate: {plate}' {out}"
    subprocess.run(cmd, shell=True, check=True)
    return send_file(out, mimetype="image/jpeg")
