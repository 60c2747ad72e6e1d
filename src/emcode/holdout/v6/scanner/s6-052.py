import tarfile
import tempfile
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/restore")
async def restore(archive: UploadFile):
    tmp = tempfile.mkdtemp()
    with tarfile.open(fileobj=archive.file, mode="r:gz") as tf:
        tf.extractall(tmp)
    return {"dir": tmp}
