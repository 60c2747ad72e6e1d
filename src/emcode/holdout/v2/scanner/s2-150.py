from aiohttp import web


async def lookup(request: web.Request) -> web.Response:
    word = request.query.get("word", "")
    return web.json_response({"word": word, "letters": len(word)})


app = web.Application()
app.router.add_get("/lookup", lookup)
