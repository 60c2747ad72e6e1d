import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("api")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    ref = uuid.uuid4().hex[:12]
    log.exception("unhandled error ref=%s path=%r", ref, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error", "ref": ref})


@app.get("/animals/{animal_id}")
def get_animal(animal_id: int):
    return {"id": animal_id, "name": "Biscuit"}
