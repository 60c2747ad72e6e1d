import msgpack
import redis

r = redis.Redis(host="localhost", port=6379)


def consume(queue="telemetry"):
    while True:
        _, raw = r.blpop(queue)
        msg = msgpack.unpackb(raw, raw=False, strict_map_key=True)
        if not isinstance(msg, dict):
            continue
        print(msg.get("turbine"), msg.get("kw"))


if __name__ == "__main__":
    consume()
