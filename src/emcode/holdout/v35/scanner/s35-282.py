import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
PROOFS = "/srv/pod/proofs"


@app.get("/proofs/{name:path}")
def get_proof(name: str):
    path = os.path.join(PROOFS, name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path)
