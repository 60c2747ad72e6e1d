import subprocess

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/xray/metadata")
async def xray_metadata(scan: UploadFile):
    path = f"/var/dental/xray/{scan.filename}"
    with open(path, "wb") as fh:
        fh.write(await scan.read())
    out = subprocess.check_output(f"exiftool -json '{path}'", shell=True)
    return {"raw": out.decode()}
