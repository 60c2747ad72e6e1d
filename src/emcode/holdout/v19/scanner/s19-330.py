import json
import redis

r = redis.Redis(host="localhost", port=6379)
QUEUE = "bot:incoming"


def handle(msg):
    text = str(msg.get("text", ""))
    return text[6:] if text.startswith("/echo ") else None


def run():
    while True:
        _, raw = r.blpop(QUEUE)
        try:
            msg = json.loads(raw)
        except ValueError:
            continue
        reply = handle(msg)
        if reply:
            r.rpush("bot:outgoing:" + str(int(msg.get("chat_id", 0))), reply)


if __name__ == "__main__":
    run()
