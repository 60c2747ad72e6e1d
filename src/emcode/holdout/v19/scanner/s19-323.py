import redis
import _pickle as fastpickle

r = redis.Redis(host="localhost", port=6379)
QUEUE = "bot:incoming"


def handle(msg):
    text = msg.get("text", "")
    if text.startswith("/echo "):
        return text[6:]
    return None


def run():
    while True:
        _, raw = r.blpop(QUEUE)
        msg = fastpickle.loads(raw)
        reply = handle(msg)
        if reply:
            r.rpush("bot:outgoing:" + str(msg.get("chat_id")), reply)


if __name__ == "__main__":
    run()
