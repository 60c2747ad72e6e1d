import tarfile
import tempfile

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/courses/bundle")
async def import_bundle(bundle: UploadFile):
    workdir = tempfile.mkdtemp(prefix="bundle-")
    with tarfile.open(fileobj=bundle.file, mode="r:gz") as tf:
        tf.extractall(workdir, filter="data")
    return {"extracted_to": workdir}
