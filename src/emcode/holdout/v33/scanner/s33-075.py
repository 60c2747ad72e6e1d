import subprocess
import tempfile

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/speak")
def speak(text: str, voice: str = "es"):
    out = tempfile.mkstemp(suffix=".wav")[1]
    cmd = 'espeak-ng -v ' + voice + ' -w ' + out + ' "' + text + '"'
    subprocess.Popen(cmd, shell=True).wait()
    return FileResponse(out, media_type="audio/wav")
