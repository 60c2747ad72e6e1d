import os
import subprocess
import tempfile

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

app = FastAPI()
VOICES = {"es", "fr", "de", "it", "pt", "ja"}


@app.get("/speak")
def speak(text: str, voice: str = "es"):
    if voice not in VOICES or len(text) > 500:
        raise HTTPException(400, "bad request")
    fd, out = tempfile.mkstemp(suffix=".wav")
    os.close(fd)
    subprocess.run(["espeak-ng", "-v", voice, "-w", out, "--", text], check=True, timeout=20)
    return FileResponse(out, media_type="audio/wav", background=BackgroundTask(os.remove, out))
