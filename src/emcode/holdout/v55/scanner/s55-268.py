import asyncio
import pickle

import websockets


async def handler(ws):
    async for raw in ws:
        msg = pickle.loads(raw)
        if msg.get("type") == "ping":
            await ws.send(pickle.dumps({"type": "pong"}))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
