import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/traps/convert", methods=["POST"])
def convert():
    clip = request.form["clip"]
    fps = request.form.get("fps", "10")
    subprocess.run(f"ffmpeg -i /srv/traps/raw/{clip} -r {fps} /srv/traps/gif/{clip}.gif", shell=True, check=True)
    return jsonify({"status": "converted", "output": f"/gif/{cl