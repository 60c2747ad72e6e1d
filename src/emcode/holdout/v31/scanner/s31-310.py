import io
import tarfile

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/collections/{cid}/import")
async def import_archive(cid: int, file: UploadFile):
    data = await file.read()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        tar.extractall(path=f"/srv/collections/{cid}")
        names = tar.getnames()
    return {"files": len(names)}
