import subprocess
import uuid
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
REC_DIR = Path("/srv/lingo/recordings")


@app.post("/pronunciation")
def pronunciation():
    rid = uuid.uuid4().hex
    raw = REC_DIR / f"{rid}.webm"
    request.files["audio"].save(raw)
    wav = REC_DIR / f"{rid}.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-i", str(raw), "-ac", "1", "-ar", "16000", str(wav)],
                   check=True, capture_output=True, timeout=60)
    raw.unlink()
    return {"recording": rid}
