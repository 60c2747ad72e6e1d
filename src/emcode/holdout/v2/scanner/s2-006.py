from pickle import loads as decode

from aiohttp import web


async def ingest(request: web.Request) -> web.Response:
    payload = decode(await request.read())
    request.app["queue"].append(payload)
    return web.json_response({"queued": len(request.app["queue"])})


app = web.Application()
app["queue"] = []
app.router.add_post("/ingest", ingest)
