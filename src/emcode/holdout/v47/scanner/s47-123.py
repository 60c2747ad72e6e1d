import subprocess

from flask import Flask, jsonify

app = Flask(__name__)


def build_version():
    try:
        out = subprocess.run(
            ["git", "describe", "--tags", "--always"],
            capture_output=True, text=True, check=True, timeout=5,
        )
        return out.stdout.strip()
    except (subprocess.SubprocessError, FileNotFoundError):
        return "unknown"


VERSION = build_version()


@app.route("/version")
def version():
    return jsonify(version=VERSION)
