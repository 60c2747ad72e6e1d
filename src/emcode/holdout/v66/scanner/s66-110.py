from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/sailings")
def sailings(port: str = Query(..., max_length=40)):
    return {"port": port, "sailings": [], "note": f"No sailings from {port} today"}
