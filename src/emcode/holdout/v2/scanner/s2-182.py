import logging

from aiohttp import web

log = logging.getLogger("access")


@web.middleware
async def log_requests(request: web.Request, handler):
    response = await handler(request)
    log.info("%s %r -> %d", request.method, request.path, response.status)
    return response


app = web.Application(middlewares=[log_requests])
