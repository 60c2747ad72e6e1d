from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": repr(exc), "path": request.url.path,
                                                  "locals": {k: repr(v) for k, v in exc.__traceback__.tb_frame.f_locals.items()}})


@app.get("/fixtures/{event_id}")
def fixtures(event_id: int):
    raise RuntimeError(f"fixture service unavailable for event {event_id}")
