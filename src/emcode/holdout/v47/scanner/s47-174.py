from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    import traceback
    return JSONResponse(
        {"detail": str(exc), "trace": traceback.format_exception(exc), "path": request.url.path},
        status_code=500,
    )


@app.get("/lots/{lot_id}/estimate")
def estimate(lot_id: int):
    from .pricing import estimate_for
    low, high = estimate_for(lot_id)
    return {"lot": lot_id, "low": low, "high": high}
