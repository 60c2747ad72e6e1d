import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
LEASES = "/srv/tenant-leases"


@app.get("/leases/{filename}")
def lease(filename: str):
    name = os.path.basename(filename)
    if name != filename or name not in os.listdir(LEASES):
        raise HTTPException(404)
    return FileResponse(os.path.join(LEASES, name), media_type="application/pdf")
