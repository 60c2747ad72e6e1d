import uvicorn
from fastapi import FastAPI

app = FastAPI(debug=False)


@app.get("/payroll/health")
def health():
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8001, proxy_headers=True, forwarded_allow_ips="127.0.0.1")
