import subprocess
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
WORK = Path("/srv/choir/work")


@app.post("/recordings/trim")
async def trim(recording: UploadFile, seconds: int = 30):
    if not 1 <= seconds <= 600:
        raise HTTPException(422, "seconds out of range")
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{uuid.uuid4().hex}.wav"
    dst = src.with_name(src.stem + "-trim.wav")
    src.write_bytes(await recording.read())
    subprocess.run(["sox", str(src), str(dst), "trim", "0", str(seconds)], check=True, timeout=60)
    return {"file": dst.name}
