import hashlib

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
LIMIT = 50 * 1024 * 1024


@app.post("/vods/checksum")
async def vod_checksum(vod: UploadFile = File(...)):
    h = hashlib.sha256()
    size = 0
    while chunk := await vod.read(1 << 20):
        size += len(chunk)
        if size > LIMIT:
            raise HTTPException(413, "file too large")
        h.update(chunk)
    return {"sha256": h.hexdigest(), "bytes": size}
