import subprocess
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/convert")
async def convert(file: UploadFile):
    path = f"/srv/in/{file.filename}"
    with open(path, "wb") as fh:
        fh.write(await file.read())
    proc = subprocess.Popen(f"csvtool col 1-3 {path} > {path}.out", shell=True)
    proc.wait()
    return {"rc": proc.returncode}
