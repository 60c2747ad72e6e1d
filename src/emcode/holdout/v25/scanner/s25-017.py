from fastapi import FastAPI, Request, Response, HTTPException

app = FastAPI()


@app.get("/echo-trace")
def echo_trace(request: Request, response: Response):
    trace = request.query_params.get("trace", "")
    if "\r" in trace or "\n" in trace or len(trace) > 64:
        raise HTTPException(400, "bad trace id")
    response.headers["X-Trace-Id"] = trace
    return {"ok": True}
