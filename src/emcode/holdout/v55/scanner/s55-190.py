import asyncio
import json
import logging

import websockets

log = logging.getLogger("scoreboard")
CLIENTS = set()


async def handler(ws):
    CLIENTS.add(ws)
    try:
        async for raw in ws:
            try:
                msg = json.loads(raw)
            except json.JSONDecodeError:
                log.debug("dropped non-JSON frame of %d bytes", len(raw))
                continue
            if msg.get("type") == "ping":
                await ws.send(json.dumps({"type": "pong"}))
    finally:
        CLIENTS.discard(ws)


async def broadcast(score):
    data = json.dumps({"type": "score", "score": score})
    await asyncio.gather(*(c.send(data) for c in list(CLIENTS)), return_exceptions=True)


async def main():
    async with websockets.serve(handler, "127.0.0.1", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
