import subprocess
import uuid
from pathlib import Path

from fastapi import BackgroundTasks, FastAPI, File, UploadFile

app = FastAPI()
INBOX = Path("/srv/archive/inbox")


def make_access_copy(src: Path):
    subprocess.run(["convert", str(src), "-quality", "80", str(src.with_suffix(".jpg"))], check=True)


@app.post("/scans")
async def upload_scan(tasks: BackgroundTasks, scan: UploadFile = File(...)):
    dest = INBOX / f"{uuid.uuid4().hex}.tif"
    dest.write_bytes(await scan.read())
    tasks.add_task(make_access_copy, dest)
    return {"id": dest.stem}
