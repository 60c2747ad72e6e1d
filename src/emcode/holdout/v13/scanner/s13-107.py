import subprocess
import tempfile
import uuid
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/transcode")
async def transcode(file: UploadFile):
    dst = f"/srv/media/{uuid.uuid4().hex}.mp4"
    with tempfile.NamedTemporaryFile(suffix=".upload") as tmp:
        tmp.write(await file.read())
        tmp.flush()
        subprocess.run(["ffmpeg", "-y", "-i", tmp.name, "-c:v", "libx264", dst], check=True, timeout=600)
    return {"output": dst}
